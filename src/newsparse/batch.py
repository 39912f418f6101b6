"""Parse many pages on every core: :func:`parse_many`, and the ordered map the
``newsparse batch`` command runs on.

Work goes to a pool of worker processes a chunk at a time, with only a few
chunks in flight, so memory stays flat however long the input is; results
come back in input order. A page that raises is a :class:`Failure` in its
place, never the end of the batch; a page that kills its worker process (a
crash in a C library, the kernel's OOM killer) is found by running the pages
that were in flight one at a time in a fresh pool, and only that page fails.
"""

from __future__ import annotations

import itertools
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, Literal, TypeVar

import attrs

from newsparse.errors import DEFAULT_MAX_SIZE, NewsparseError, describe_error
from newsparse.model import Article
from newsparse.parse import Kind, check_kind, parse, parse_any

if TYPE_CHECKING:
    import concurrent.futures

# (concurrent.futures and multiprocessing are imported where a pool is started: importing
# them, and the logging they import, is a fifth of importing newsparse)

T = TypeVar("T")
R = TypeVar("R")

def article_record(
    data: str | bytes,
    kind: Kind = "auto",
    *,
    url: str | None = None,
    max_size: int | None = DEFAULT_MAX_SIZE,
    segments: bool = False,
) -> dict[str, Any]:
    """*data* (from the address *url*, if known) parsed, as SPEC.md's plain data (with the
    segments if *segments*), or only ``{"error": "TypeName: message"}`` when parsing
    raised: in a batch or a Spark job, one page never stops the rest."""
    try:
        article = parse_any(data, kind, url=url, max_size=max_size)
    except Exception as e:  # noqa: BLE001  (recorded in the page's place)
        return {"error": describe_error(e)}
    return article.to_dict(segments=segments)


@attrs.frozen
class Failure:
    """An input that could not be parsed, in its place among the results.

    ``index`` is the input's position (from 0), ``error`` the exception's type
    name (``WorkerCrashed`` when the page ended its worker process) and
    ``message`` what it said.
    """

    index: int
    error: str
    message: str

    def __str__(self) -> str:
        return f"input {self.index}: {self.error}: {self.message}"


class BatchError(NewsparseError):
    """An input of :func:`parse_many` failed (with ``errors="raise"``); ``failure`` says which and why."""

    def __init__(self, failure: Failure) -> None:
        super().__init__(str(failure))
        self.failure = failure


def _guarded(func: Callable[[T], R], index: int, item: T) -> R | Failure:
    """``func(item)``, or the :class:`Failure` it raised."""
    try:
        return func(item)
    except Exception as e:  # noqa: BLE001  (a page that raises is recorded, never the end of the batch)
        return Failure(index, type(e).__name__, str(e))


def _run_chunk(func: Callable[[T], R], chunk: list[tuple[int, T]]) -> list[R | Failure]:
    return [_guarded(func, index, item) for index, item in chunk]


def _warm_up() -> None:
    """Build the rule tables in a new worker (a forked worker inherits them)."""
    parse("warm up")


#: Chunks in flight per worker: enough that no worker waits while the oldest chunk,
#: whose results must come first, is still being parsed.
_CHUNKS_IN_FLIGHT = 8


def ordered_map(
    func: Callable[[T], R], items: Iterable[T], *, workers: int = 1, chunksize: int = 16
) -> Iterator[R | Failure]:
    """``func(item)`` for every item, in input order, on *workers* processes.

    *func* must be a module-level function (it is sent to the workers by
    name); an item whose call raises, or kills its worker, gives a
    :class:`Failure`. *items* are read lazily, a few chunks ahead of the
    results (at most ``8 * chunksize`` items a worker), so an endless
    iterable is fine.
    """
    if workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    if chunksize < 1:
        raise ValueError(f"chunksize must be at least 1, not {chunksize}")
    if workers == 1:
        for index, item in enumerate(items):
            yield _guarded(func, index, item)
        return
    from concurrent.futures.process import BrokenProcessPool

    chunks = _chunks(enumerate(items), chunksize)
    pool = _pool(workers)
    pending: deque[tuple[list[tuple[int, T]], concurrent.futures.Future[list[R | Failure]]]] = deque()
    try:
        while True:
            while len(pending) < _CHUNKS_IN_FLIGHT * workers and (chunk := next(chunks, None)) is not None:
                pending.append((chunk, _submit(pool, func, chunk)))
            if not pending:
                return
            chunk, future = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                # one of the chunks in flight killed its worker: run them all again,
                # a page at a time, so that only the page that crashes fails
                pool.shutdown(wait=False, cancel_futures=True)
                suspects = [chunk, *(c for c, _ in pending)]
                pending.clear()
                pool = _pool(workers)
                for suspect in suspects:
                    for index, item in suspect:
                        result, pool = _isolated(func, index, item, pool, workers)
                        yield result
                continue
            yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _submit(
    pool: concurrent.futures.ProcessPoolExecutor, func: Callable[[T], R], chunk: list[tuple[int, T]]
) -> concurrent.futures.Future[list[R | Failure]]:
    """*chunk* sent to *pool*; a pool a worker's crash broke before the chunk was sent gives a
    future holding that error, which is read in the chunk's turn as a crash in flight is.
    (Inputs are read lazily: a slow input gives a crash time to happen between two sends.)"""
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    try:
        return pool.submit(_run_chunk, func, chunk)
    except BrokenProcessPool as broken:
        future: Future[list[R | Failure]] = Future()
        future.set_exception(broken)
        return future


def _isolated(
    func: Callable[[T], R], index: int, item: T, pool: concurrent.futures.ProcessPoolExecutor, workers: int
) -> tuple[R | Failure, concurrent.futures.ProcessPoolExecutor]:
    """One item alone in *pool*; a crash fails it and gives a fresh pool."""
    from concurrent.futures.process import BrokenProcessPool

    try:
        return pool.submit(_run_chunk, func, [(index, item)]).result()[0], pool
    except BrokenProcessPool:
        pool.shutdown(wait=False, cancel_futures=True)
        return Failure(index, "WorkerCrashed", "the worker process parsing this input ended abruptly"), _pool(workers)


def _pool(workers: int) -> concurrent.futures.ProcessPoolExecutor:
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(max_workers=workers, initializer=_warm_up)


def _chunks(items: Iterator[T], size: int) -> Iterator[list[T]]:
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


@attrs.frozen
class _ParseTask:
    """What one input of :func:`parse_many` needs in a worker."""

    data: str | bytes
    kind: Kind
    max_size: int | None
    url: str | None = None


def _parse_task(task: _ParseTask) -> Article:
    return parse_any(task.data, task.kind, url=task.url, max_size=task.max_size)


_MISSING = object()


def _paired(inputs: Iterable[str | bytes], urls: Iterable[str | None]) -> Iterator[tuple[str | bytes, str | None]]:
    """Each input with its address; :class:`ValueError` where one of the two runs out first."""
    for data, url in itertools.zip_longest(inputs, urls, fillvalue=_MISSING):
        if data is _MISSING or url is _MISSING:
            raise ValueError("parse_many() was given a different number of urls than inputs")
        yield data, url  # type: ignore[misc]


def parse_many(
    inputs: Iterable[str | bytes],
    *,
    workers: int | None = None,
    kind: Kind = "auto",
    max_size: int | None = DEFAULT_MAX_SIZE,
    errors: Literal["raise", "yield"] = "raise",
    chunksize: int = 16,
    urls: Iterable[str | None] | None = None,
) -> Iterator[Article | Failure]:
    """Parse every input, on *workers* processes (default: every core), and yield
    the articles in input order.

    Each input is ``str`` or ``bytes``, read as HTML when it starts with markup
    (or as *kind* says: ``"text"`` or ``"html"``). *urls*, if given, holds each
    input's address (or ``None``), in the same order; one more or fewer than the
    inputs raises :class:`ValueError` where they part. An input that fails raises
    :class:`BatchError` when its turn comes (``errors="raise"``), or takes its
    place as a :class:`Failure` (``errors="yield"``), and the batch goes on.
    Inputs are read lazily, a few chunks of *chunksize* ahead.
    """
    if errors not in ("raise", "yield"):
        raise ValueError(f"errors must be 'raise' or 'yield', not {errors!r}")
    check_kind(kind)
    count = workers if workers is not None else (os.cpu_count() or 1)
    pairs = zip(inputs, itertools.repeat(None)) if urls is None else _paired(inputs, urls)
    tasks = (_ParseTask(data, kind, max_size, url) for data, url in pairs)
    for result in ordered_map(_parse_task, tasks, workers=count, chunksize=chunksize):
        if isinstance(result, Failure) and errors == "raise":
            raise BatchError(result)
        yield result
