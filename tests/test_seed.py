"""The seed article is reproduced exactly (needs ../shared)."""

import json

import newsparse


def test_seed_reproduced_exactly(shared):
    seed = shared / "seed"
    text = (seed / "euronews-nk-arms.txt").read_text(encoding="utf-8")
    expected = json.loads((seed / "euronews-nk-arms.json").read_text(encoding="utf-8"))
    got = newsparse.parse(text).to_dict()
    for key, value in expected.items():
        assert got[key] == value, key


def test_seed_bytes_equal_text(shared):
    raw = (shared / "seed" / "euronews-nk-arms.txt").read_bytes()
    assert newsparse.parse(raw).to_dict() == newsparse.parse(raw.decode("utf-8")).to_dict()
