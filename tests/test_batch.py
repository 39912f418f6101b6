"""Batch parsing: parse_many, the ordered map under it, and ``newsparse batch``."""

from __future__ import annotations

import io
import itertools
import json
import os
import subprocess
import sys
import time

import pytest
from conftest import EXAMPLES

import newsparse
from newsparse.batch import BatchError, Failure, ordered_map
from newsparse.cli import main

TEXT = (EXAMPLES / "harbour-ferry.txt").read_text(encoding="utf-8")
HTML = (EXAMPLES / "library-reopens.html").read_text(encoding="utf-8")
WHOLE = (EXAMPLES / "whole-page.txt").read_text(encoding="utf-8")


# -- parse_many ----------------------------------------------------------------


@pytest.mark.parametrize("workers", [1, 2])
def test_parse_many_gives_what_parse_gives_in_order(workers):
    inputs = [TEXT, HTML, WHOLE, HTML.encode("utf-8"), TEXT] * 3
    expected = [newsparse.parse_html(x) if str(x[:15]).find("DOCTYPE") >= 0 else newsparse.parse(x) for x in inputs]
    got = list(newsparse.parse_many(inputs, workers=workers, chunksize=2))
    assert [a.to_json() for a in got] == [a.to_json() for a in expected]


def test_parse_many_kind_forces_the_reading():
    (as_text,) = newsparse.parse_many([HTML], workers=1, kind="text")
    assert as_text.to_json() == newsparse.parse(HTML).to_json()


@pytest.mark.parametrize("workers", [1, 2])
def test_failures_take_their_place(workers):
    short = "Ferry returns\n\nThe ferry is back."
    inputs = [short, None, "x" * 50, short]
    got = list(newsparse.parse_many(inputs, workers=workers, max_size=40, errors="yield"))
    assert got[1] == Failure(1, "TypeError", "parse() takes str or bytes, not NoneType")
    assert got[2].index == 2 and got[2].error == "InputTooLarge"
    assert got[0].to_json() == got[3].to_json() == newsparse.parse(short).to_json()


def test_errors_raise_at_the_failing_input():
    results = newsparse.parse_many([TEXT, 42, TEXT], workers=1)
    assert next(results).headline
    with pytest.raises(BatchError) as caught:
        next(results)
    assert caught.value.failure.index == 1 and caught.value.failure.error == "TypeError"


def test_inputs_are_read_lazily():
    endless = (TEXT for _ in itertools.count())
    first = list(itertools.islice(newsparse.parse_many(endless, workers=2, chunksize=4), 10))
    assert len(first) == 10 and all(a.headline == first[0].headline for a in first)


def test_bad_arguments():
    with pytest.raises(ValueError, match="errors"):
        next(newsparse.parse_many([TEXT], errors="ignore"))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="workers"):
        next(ordered_map(len, ["a"], workers=0))


def crash_on_three(item: int) -> int:
    """Ends its worker process abruptly on 3 (as a crash in a C library would)."""
    if item == 3:
        os._exit(1)
    return item * 10


def raise_on_five(item: int) -> int:
    if item == 5:
        raise RuntimeError("five")
    return item * 10


def test_a_page_that_kills_its_worker_fails_alone():
    got = list(ordered_map(crash_on_three, range(12), workers=2, chunksize=2))
    assert got[3] == Failure(3, "WorkerCrashed", "the worker process parsing this input ended abruptly")
    assert [g for k, g in enumerate(got) if k != 3] == [k * 10 for k in range(12) if k != 3]


def _slow_after_the_crash():
    yield 3  # (its worker dies on it)
    time.sleep(1.5)  # (long enough for the crash to break the pool before the next chunk is sent)
    yield from range(4, 8)


def test_a_crash_before_the_next_chunk_is_sent_fails_only_its_page():
    got = list(ordered_map(crash_on_three, _slow_after_the_crash(), workers=2, chunksize=1))
    assert got[0] == Failure(0, "WorkerCrashed", "the worker process parsing this input ended abruptly")
    assert got[1:] == [40, 50, 60, 70]


def test_a_page_that_raises_fails_alone():
    got = list(ordered_map(raise_on_five, range(8), workers=2, chunksize=3))
    assert got[5] == Failure(5, "RuntimeError", "five")
    assert got[:5] == [0, 10, 20, 30, 40] and got[6:] == [60, 70]


# -- newsparse batch -------------------------------------------------------------


def _jsonl(path, records):
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records), encoding="utf-8")
    return path


def _read(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def inputs(tmp_path):
    folder = tmp_path / "pages"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "sub" / "b.html").write_text(HTML, encoding="utf-8")
    (folder / "notes.md").write_text("not a page", encoding="utf-8")
    dump = _jsonl(tmp_path / "dump.jsonl", [
        {"id": 1, "url": "https://example.org/1", "html": HTML},
        "{not json",
        {"id": 3, "text": WHOLE},
        {"id": 4, "body": "no page field"},
        {"id": 5, "text": "x" * 3000},
    ])
    return [str(folder), str(dump)]


def test_batch_writes_one_record_per_page_in_order(inputs, tmp_path):
    out = tmp_path / "out.jsonl"
    assert main(["batch", *inputs, "-o", str(out), "--workers", "2", "--max-size", "2000"]) == 0
    records = _read(out)
    assert [r["source"].rsplit("/", 1)[-1] for r in records] == [
        "a.txt", "b.html", "dump.jsonl:1", "dump.jsonl:2", "dump.jsonl:3", "dump.jsonl:4", "dump.jsonl:5"]
    assert "article" in records[0]  # 1,696 bytes
    assert records[1]["error"].startswith("InputTooLarge")  # 4,351 bytes: over --max-size, and the batch goes on


def test_batch_records(inputs, tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    assert main(["batch", *inputs, "-o", str(out), "--workers", "2"]) == 0
    a, b, one, bad, three, missing, big = _read(out)
    assert a["article"] == {k: v for k, v in newsparse.parse(TEXT).to_dict().items() if k != "segments"}
    assert b["article"]["headline"] == "Central library reopens with a rooftop reading garden"
    assert one["id"] == 1 and one["url"] == "https://example.org/1" and "html" not in one
    assert one["article"] == b["article"]
    assert bad["error"].startswith("JSONDecodeError") and "article" not in bad
    assert three["id"] == 3 and three["article"]["headline"] == newsparse.parse(WHOLE).headline
    assert missing["id"] == 4 and missing["error"].startswith("KeyError")
    assert big["id"] == 5 and "article" in big
    assert capsys.readouterr().err == ""  # no progress bar when stderr is not a terminal


def test_batch_output_is_utf8_whatever_the_input_holds(tmp_path):
    dump = _jsonl(tmp_path / "dump.jsonl", ['{"text": "Ferry returns\\n\\nA lone \\ud800 surrogate in the ferry story."}'])
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(dump), "-o", str(out)]) == 0
    (record,) = _read(out)
    assert "\ud800" in record["article"]["headline"] + " ".join(b["text"] for b in record["article"]["body"])


def test_batch_page_that_raises_is_recorded(inputs, tmp_path):
    out = tmp_path / "out.jsonl"
    assert main(["batch", *inputs, "-o", str(out), "--max-size", "2500"]) == 0
    records = {r["source"].rsplit("/", 1)[-1]: r for r in _read(out)}
    assert records["dump.jsonl:5"]["error"].startswith("InputTooLarge")
    assert "article" in records["a.txt"]


def test_batch_same_output_on_one_and_two_workers(inputs, tmp_path):
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    main(["batch", *inputs, "-o", str(one), "--workers", "1", "--segments"])
    main(["batch", *inputs, "-o", str(two), "--workers", "2", "--segments"])
    assert one.read_bytes() == two.read_bytes()
    assert "segments" in _read(one)[0]["article"]


def test_batch_resumes_without_duplicating(inputs, tmp_path):
    full, part = tmp_path / "full.jsonl", tmp_path / "part.jsonl"
    main(["batch", *inputs, "-o", str(full)])
    lines = full.read_bytes().splitlines(keepends=True)
    part.write_bytes(b"".join(lines[:3]) + lines[3][:20])  # interrupted while writing the fourth record
    assert main(["batch", *inputs, "-o", str(part), "--resume"]) == 0
    assert part.read_bytes() == full.read_bytes()
    assert main(["batch", *inputs, "-o", str(part), "--resume"]) == 0  # nothing left to do
    assert part.read_bytes() == full.read_bytes()


def test_batch_refuses_what_it_cannot_do(inputs, tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    main(["batch", *inputs, "-o", str(out)])
    assert main(["batch", *inputs, "-o", str(out)]) == 2
    assert "--resume" in capsys.readouterr().err
    assert main(["batch", inputs[1], "-o", str(out), "--resume"]) == 2  # other inputs than the output's
    assert "does not match" in capsys.readouterr().err
    assert main(["batch", *inputs, "-o", str(out), "--force"]) == 0
    assert main(["batch", *inputs, "-o", str(out), "--force", "--workers", "0"]) == 2
    assert main(["batch", *inputs, str(tmp_path / "typo.jsonl"), "-o", str(out), "--force"]) == 2
    assert "no such input" in capsys.readouterr().err


def test_batch_progress_on_a_terminal():
    from newsparse import batch_command

    shown = io.StringIO()
    progress = batch_command.Progress(shown, enabled=True)
    progress.shown = -1e9  # (shows at once)
    progress.step(failed=True)
    progress.close()
    assert "1 pages" in shown.getvalue() and "pages/s" in shown.getvalue() and "1 errors" in shown.getvalue()


def test_batch_from_the_command_line(inputs, tmp_path):
    out = tmp_path / "out.jsonl"
    done = subprocess.run([sys.executable, "-m", "newsparse", "batch", *inputs, "-o", str(out)],
                          capture_output=True, check=False, timeout=300)
    assert done.returncode == 0, done.stderr.decode()
    assert len(_read(out)) == 7


# -- WARC ------------------------------------------------------------------------


@pytest.fixture
def warc_files(tmp_path):
    pytest.importorskip("warcio", reason="WARC input needs the warc extra (pip install 'newsparse[warc]')")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    paths = []
    for gz in (False, True):
        path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
        with open(path, "wb") as fh:
            writer = WARCWriter(fh, gzip=gz)
            for k, (ctype, body) in enumerate([("text/html; charset=utf-8", HTML.encode()),
                                               ("image/png", b"\x89PNG..."), ("text/html", HTML.encode())]):
                headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
                writer.write_record(writer.create_warc_record(
                    f"https://example.org/{k}", "response", payload=io.BytesIO(body), http_headers=headers))
        paths.append(path)
    truncated = tmp_path / "truncated.warc.gz"
    data = paths[1].read_bytes()
    truncated.write_bytes(data[: len(data) * 2 // 3])
    return [*paths, truncated]


def test_batch_reads_warc_responses(warc_files, tmp_path):
    out = tmp_path / "out.jsonl"
    assert main(["batch", *map(str, warc_files), "-o", str(out), "--workers", "2"]) == 0
    records = _read(out)
    names = [r["source"].rsplit("/", 1)[-1] for r in records]
    # the PNG response is no page; the truncated file ends with an error, and its reading stops there
    assert names[:4] == ["crawl.warc#1", "crawl.warc#3", "crawl.warc.gz#1", "crawl.warc.gz#3"]
    assert records[0]["url"] == "https://example.org/0" and records[0]["warc_date"]
    assert records[0]["article"]["headline"] == "Central library reopens with a rooftop reading garden"
    assert all("article" in r for r in records[:4])
    rest = records[4:]
    assert rest and all(n.startswith("truncated.warc.gz#") for n in names[4:])
    assert "truncated record" in rest[-1]["error"] and all("article" in r for r in rest[:-1])


def test_batch_skips_json_lines_too_long_for_the_size_limit(tmp_path, monkeypatch):
    from newsparse import sources

    monkeypatch.setattr(sources, "_JSON_FIELDS", 100)  # (a line may be 6 x --max-size + 100 bytes)
    short = "Ferry returns\\n\\nThe ferry is back on the water after two years of repairs."
    dump = _jsonl(tmp_path / "dump.jsonl", [{"id": 1, "text": short}, {"id": 2, "text": "x" * 5000},
                                             {"id": 3, "text": short}])
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(dump), "-o", str(out), "--max-size", "200", "--workers", "1"]) == 0
    one, two, three = _read(out)
    assert one["id"] == 1 and three["id"] == 3 and "article" in one and "article" in three
    assert two["source"].endswith("dump.jsonl:2") and two["error"].startswith("InputTooLarge: the line is over 1,300")


def test_a_warc_pages_address_is_its_target(warc_files):
    from newsparse.sources import read_warc

    assert [p.url for p in read_warc(warc_files[0])] == ["https://example.org/0", "https://example.org/2"]


def test_batch_does_not_read_pages_over_the_size_limit(warc_files, inputs, tmp_path):
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(warc_files[0]), inputs[0], "-o", str(out), "--max-size", "2000"]) == 0
    records = {r["source"].rsplit("/", 1)[-1]: r for r in _read(out)}
    assert records["crawl.warc#1"]["error"].startswith("InputTooLarge")  # 4,351 bytes of HTML
    assert records["crawl.warc#1"]["url"] == "https://example.org/0"
    assert records["b.html"]["error"].startswith("InputTooLarge: input of 4,351 exceeds")
    assert "article" in records["a.txt"]


def test_batch_reads_gzipped_json_lines_and_stops_at_a_cut(tmp_path):
    import gzip

    records = [json.dumps({"id": k, "text": TEXT}) for k in range(40)]
    whole = gzip.compress(("\n".join(records) + "\n").encode("utf-8"))
    (tmp_path / "dump.ndjson.gz").write_bytes(whole)
    (tmp_path / "cut.jsonl.gz").write_bytes(whole[: len(whole) * 2 // 3])
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(tmp_path / "dump.ndjson.gz"), str(tmp_path / "cut.jsonl.gz"), "-o", str(out)]) == 0
    got = _read(out)
    assert [r["id"] for r in got[:40]] == list(range(40)) and all("article" in r for r in got[:40])
    cut = got[40:]
    assert cut and "error" in cut[-1] and all("article" in r for r in cut[:-1])  # the cut is reported, then no more


def test_importing_newsparse_starts_no_pool_machinery():
    # concurrent.futures, multiprocessing and the logging they import are a fifth of the
    # import's time: parse_many imports them when it starts a pool
    code = "import sys, newsparse; print(sorted(m for m in ('concurrent.futures', 'multiprocessing') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
