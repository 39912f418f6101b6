"""newsparse: structure from the raw text (or the HTML) of news pages.

>>> import newsparse
>>> article = newsparse.parse("Storm hits coast\n\nBy Jane Doe\n\nA storm hit the coast on Monday, and the town was left without power for most of the night.")
>>> article.headline
'Storm hits coast'
"""

from newsparse.batch import BatchError, Failure, parse_many
from newsparse.errors import DEFAULT_MAX_SIZE, InputTooLarge, NewsparseError
from newsparse.model import (
    Article,
    BodyBlock,
    Boilerplate,
    Byline,
    Caption,
    RelatedBlock,
    Segment,
    Segments,
)
from newsparse.parse import parse, parse_html

#: The version of newsparse (the one place it is written; packaging reads it here).
__version__ = "0.1.0"

__all__ = [
    "DEFAULT_MAX_SIZE",
    "Article",
    "BatchError",
    "BodyBlock",
    "Boilerplate",
    "Byline",
    "Caption",
    "Failure",
    "InputTooLarge",
    "NewsparseError",
    "RelatedBlock",
    "Segment",
    "Segments",
    "__version__",
    "parse",
    "parse_html",
    "parse_many",
]
