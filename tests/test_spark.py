"""newsparse.spark in a local Spark job (skipped where PySpark or Java is missing)."""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys

import pytest
from conftest import EXAMPLES

import newsparse

if importlib.util.find_spec("pyspark") is None:
    pytest.skip("PySpark is not installed (pip install 'newsparse[spark]')", allow_module_level=True)
if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
    pytest.skip("Java is not installed: PySpark needs it (no 'java' on PATH, no JAVA_HOME)", allow_module_level=True)

from newsparse.spark import ARTICLE_FIELDS, article_schema, with_article


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    # the workers run this interpreter (which has newsparse), not the first python on PATH
    saved = os.environ.get("PYSPARK_PYTHON")
    os.environ["PYSPARK_PYTHON"] = sys.executable

    session = (
        SparkSession.builder.master("local[2]").appName("newsparse-tests")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    yield session
    session.stop()
    if saved is None:
        del os.environ["PYSPARK_PYTHON"]
    else:
        os.environ["PYSPARK_PYTHON"] = saved


def _job():
    """The documented example job, examples/spark/job.py."""
    spec = importlib.util.spec_from_file_location("spark_job", EXAMPLES / "spark" / "job.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_schema_is_spec_md():
    assert tuple(f.name for f in article_schema().fields) == ARTICLE_FIELDS
    spec_keys = set(newsparse.Article().to_dict()) - {"segments"}
    assert spec_keys | {"error"} == set(ARTICLE_FIELDS)


def test_example_job_over_the_example_files(spark):
    pages = sorted(str(p) for p in EXAMPLES.glob("*.*[lt]"))  # the .txt and .html examples
    rows = {r["source"].rsplit("/", 1)[-1]: r for r in _job().run(spark, pages).collect()}
    assert set(rows) == {"harbour-ferry.txt", "library-reopens.html", "whole-page.txt"}
    row = rows["library-reopens.html"].asDict(recursive=True)
    expected = newsparse.parse_html((EXAMPLES / "library-reopens.html").read_bytes()).to_dict()
    del expected["segments"]
    article = row["article"]
    for field in ARTICLE_FIELDS:  # every field of the parsed row
        assert article[field] == expected.get(field), field
    assert article["error"] is None
    assert rows["harbour-ferry.txt"]["article"]["byline"]["agencies"] == ["Reuters"]


def test_a_page_that_fails_is_an_error_in_its_row(spark):
    text = (EXAMPLES / "harbour-ferry.txt").read_text(encoding="utf-8")
    df = spark.createDataFrame([("ok", text), ("empty", None), ("big", "x" * 5000)], "name string, page string")
    rows = {r["name"]: r["article"] for r in with_article(df, "page", kind="text", max_size=4000).collect()}
    assert rows["ok"]["headline"] == newsparse.parse(text).headline and rows["ok"]["error"] is None
    assert rows["empty"]["error"] == "no data" and rows["empty"]["headline"] is None
    assert rows["big"]["error"].startswith("InputTooLarge")


def test_a_url_column_gives_each_page_its_address(spark):
    text = ("Harbour ferry service returns\n" + "The ferry across the harbour runs again from Monday, the city said "
            "after two years of repairs to its landing stages and to the boat itself.\n" * 2)
    url = "https://news.example.org/2024/03/14/harbour-ferry-service-returns/"
    df = spark.createDataFrame([("with", text, url), ("without", text, None)], "name string, page string, url string")
    rows = {r["name"]: r["article"] for r in with_article(df, "page", kind="text", url_column="url").collect()}
    for name, address in (("with", url), ("without", None)):
        expected = newsparse.parse(text, url=address)
        assert rows[name]["headline"] == expected.headline
        assert rows[name]["published"] == (expected.published.isoformat() if expected.published else None)
    assert rows["with"]["published"] != rows["without"]["published"]


def test_example_job_reads_jsonl_and_warc(spark, tmp_path):
    pytest.importorskip("warcio", reason="WARC input needs the warc extra")
    import io
    import json

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    html = (EXAMPLES / "library-reopens.html").read_bytes()
    warc = tmp_path / "crawl.warc.gz"
    with open(warc, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://example.org/library", "response",
                                                      payload=io.BytesIO(html), http_headers=headers))
    dump = tmp_path / "dump.jsonl"
    dump.write_text(json.dumps({"url": "https://example.org/ferry",
                                "text": (EXAMPLES / "harbour-ferry.txt").read_text(encoding="utf-8")}) + "\n")
    rows = {r["url"]: r["article"] for r in _job().run(spark, [str(warc), str(dump)]).collect()}
    assert rows["https://example.org/library"]["headline"] == "Central library reopens with a rooftop reading garden"
    assert rows["https://example.org/ferry"]["byline"]["authors"] == ["Maria Lindqvist", "Tom Okafor"]
