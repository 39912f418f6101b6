"""A Spark job that parses a news crawl: WARC or JSON Lines files in, Parquet out.

    spark-submit examples/spark/job.py OUT_DIR INPUT...

INPUT are WARC files (``.warc``, ``.warc.gz``: their HTML responses), JSON
Lines files (``.jsonl``: a field ``html`` or ``text`` per record, the other
fields kept) or page files (``.html``, ``.txt``). Needs ``newsparse[spark,warc]``
on the driver and the executors. Each output row holds the page's source,
its URL where the input gives one, and ``article``: the parsed page (see
:mod:`newsparse.spark`), with ``article.error`` set for a page that failed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F
from pyspark.sql.types import BinaryType, StringType, StructField, StructType

from newsparse.sources import read_warc
from newsparse.spark import with_article

PAGES = StructType(
    [
        StructField("source", StringType()),
        StructField("url", StringType()),
        StructField("page", BinaryType()),
        StructField("read_error", StringType()),
    ]
)


def warc_pages(path: str) -> list[tuple[str, str | None, bytes | None, str | None]]:
    """The HTML responses of one WARC file (runs on an executor)."""
    return [
        (p.source, p.extra.get("url"), p.data if isinstance(p.data, bytes) else None, p.error)
        for p in read_warc(Path(path))
    ]


def load(spark: SparkSession, inputs: list[str]) -> DataFrame:
    """One row per page of *inputs*: ``source``, ``url``, ``page`` (bytes) and ``read_error``."""
    frames = []
    warcs = [p for p in inputs if ".warc" in Path(p).name]
    if warcs:
        rdd = spark.sparkContext.parallelize(warcs, len(warcs)).flatMap(warc_pages)
        frames.append(spark.createDataFrame(rdd, PAGES))
    jsonl = [p for p in inputs if p.endswith((".jsonl", ".jsonl.gz"))]
    if jsonl:
        records = spark.read.json(jsonl)
        page = F.coalesce(*(F.col(c) for c in ("html", "text") if c in records.columns))
        url = F.col("url") if "url" in records.columns else F.lit(None).cast("string")
        frames.append(records.select(
            F.input_file_name().alias("source"), url.alias("url"), page.cast("binary").alias("page"),
            F.lit(None).cast("string").alias("read_error"),
        ))
    files = [p for p in inputs if p.endswith((".html", ".htm", ".txt"))]
    if files:
        frames.append(spark.read.format("binaryFile").load(files).select(
            F.col("path").alias("source"), F.lit(None).cast("string").alias("url"), F.col("content").alias("page"),
            F.lit(None).cast("string").alias("read_error"),
        ))
    if not frames:
        raise SystemExit("no WARC, JSON Lines or page files among the inputs")
    out = frames[0]
    for frame in frames[1:]:
        out = out.unionByName(frame)
    return out


def run(spark: SparkSession, inputs: list[str]) -> DataFrame:
    """The parsed pages of *inputs* (a page is read as HTML when it starts with markup; its
    URL, where the input gives one, is evidence of its date)."""
    return with_article(load(spark, inputs), "page", url_column="url").drop("page")


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    out, inputs = argv[0], argv[1:]
    spark = SparkSession.builder.appName("newsparse").getOrCreate()
    run(spark, inputs).write.mode("overwrite").parquet(out)
    spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
