"""Parse a Spark DataFrame's pages: :func:`with_article` adds a column of parsed results.

Needs PySpark (the ``spark`` extra: ``pip install "newsparse[spark]"``) and
the Java it runs on. The column is a struct with SPEC.md's schema
(:data:`ARTICLE_FIELDS`): ``headline``, ``standfirst``, ``byline``,
``published``, ``updated`` (ISO 8601 strings), ``captions``, ``body``,
``related``, ``boilerplate``, ``language``, and ``error`` (``None``, or the
error a page raised: one page never fails the job).

The documentation's cookbook shows it on a JSON Lines dump, and
``examples/spark/job.py`` in the repository is a complete job (WARC, JSON
Lines or page files in, Parquet out).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newsparse.batch import article_record
from newsparse.errors import DEFAULT_MAX_SIZE
from newsparse.parse import Kind, check_kind

if TYPE_CHECKING:
    from pyspark.sql import DataFrame
    from pyspark.sql.types import StructType

#: The fields of the article column, in order (SPEC.md's schema, plus ``language`` and ``error``).
ARTICLE_FIELDS = (
    "headline", "standfirst", "byline", "published", "updated", "captions", "body", "related", "boilerplate",
    "language", "error",
)


def article_schema() -> StructType:
    """The Spark type of the article column."""
    from pyspark.sql.types import ArrayType, StringType, StructField, StructType

    def strings(*names: str) -> list[StructField]:
        return [StructField(n, StringType()) for n in names]

    text_list = ArrayType(StringType())
    return StructType(
        [
            *strings("headline", "standfirst"),
            StructField("byline", StructType([*strings("text"), StructField("authors", text_list),
                                              StructField("agencies", text_list)])),
            *strings("published", "updated"),
            StructField("captions", ArrayType(StructType(strings("text", "credit")))),
            StructField("body", ArrayType(StructType(strings("kind", "text")))),
            StructField("related", ArrayType(StructType([*strings("heading"), StructField("items", text_list)]))),
            StructField("boilerplate", ArrayType(StructType(strings("kind", "text")))),
            *strings("language", "error"),
        ]
    )


def article_row(
    data: str | bytes | None, kind: Kind = "auto", max_size: int | None = DEFAULT_MAX_SIZE, url: str | None = None
) -> dict[str, Any]:
    """The article column's value for one page (what the UDF returns): the
    article as SPEC.md's plain data, or only ``error`` when the page raised."""
    if data is None:
        return {"error": "no data"}
    url = url if isinstance(url, str) else None
    row = article_record(bytes(data) if isinstance(data, bytearray) else data, kind, url=url, max_size=max_size)
    row.setdefault("error", None)
    return row


def with_article(
    df: DataFrame,
    column: str,
    *,
    kind: Kind = "auto",
    output: str = "article",
    max_size: int | None = DEFAULT_MAX_SIZE,
    url_column: str | None = None,
) -> DataFrame:
    """*df* with a column *output* holding each row's page of *column* (text or
    HTML, a string or binary column) parsed: a struct of :func:`article_schema`.

    *kind* says what the pages are: ``"text"``, ``"html"``, or ``"auto"``
    (HTML when a page starts with markup).  *url_column*, if given, holds each
    page's address (see :func:`newsparse.parse`)."""
    from pyspark.sql.functions import col, lit, udf

    check_kind(kind)

    # (a plain Python UDF: no type hints for Spark to read, no Arrow, so neither pandas nor pyarrow is needed)
    parse_page = udf(lambda data, url: article_row(data, kind, max_size, url), article_schema(), useArrow=False)
    url = col(url_column) if url_column is not None else lit(None).cast("string")
    return df.withColumn(output, parse_page(col(column), url))
