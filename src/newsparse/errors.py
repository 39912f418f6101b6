"""The exceptions newsparse raises on purpose.

Wrong argument types raise the built-in :class:`TypeError`.  Everything else
a caller can act on derives from :class:`NewsparseError`.
"""

from __future__ import annotations

#: The default largest input :func:`newsparse.parse` and :func:`newsparse.parse_html`
#: accept: characters for ``str``, bytes for ``bytes``.  Pass ``max_size`` to change it.
DEFAULT_MAX_SIZE = 100_000_000


class NewsparseError(Exception):
    """Base class of the errors newsparse raises on purpose."""


class InputTooLarge(NewsparseError, ValueError):
    """The input is larger than the ``max_size`` the parser was given.

    ``size`` is the input's length (characters, or bytes for ``bytes``) and
    ``limit`` the limit it exceeded.
    """

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(f"input of {size:,} exceeds the size limit of {limit:,} (pass max_size to change it)")
        self.size = size
        self.limit = limit


def describe_error(error: BaseException) -> str:
    """``"TypeName: message"`` for *error*, as batch output records a page that failed
    (an :class:`OSError` by its reason alone, without the number and path)."""
    message = error.strerror if isinstance(error, OSError) and error.strerror else error
    return f"{type(error).__name__}: {message}"
