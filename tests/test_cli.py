"""The command line."""

import json
import subprocess
import sys

import pytest
from conftest import EXAMPLES

from newsparse.cli import main

EXAMPLE = EXAMPLES / "harbour-ferry.txt"


def test_json(capsys):
    assert main([str(EXAMPLE)]) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["headline"] == "Harbour ferry service returns after two-year repair programme"


def test_several_files_give_json_lines(capsys):
    assert main([str(EXAMPLE), str(EXAMPLES / "whole-page.txt")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 2 and all(json.loads(line)["headline"] for line in out)


def test_text_and_markdown(capsys):
    assert main([str(EXAMPLE), "--format", "markdown"]) == 0
    md = capsys.readouterr().out
    assert md.startswith("# Harbour ferry service") and "## What changes for passengers" in md
    assert main([str(EXAMPLE), "-f", "text"]) == 0
    assert "By Maria Lindqvist" in capsys.readouterr().out


def test_missing_file(capsys, tmp_path):
    assert main([str(tmp_path / "nope.txt")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_stdin_and_module():
    out = subprocess.run(
        [sys.executable, "-m", "newsparse", "-"], input=EXAMPLE.read_bytes(), capture_output=True, check=True
    ).stdout
    assert json.loads(out)["byline"]["agencies"] == ["Reuters"]


def test_negative_max_size_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--max-size", "-5", "-"])
    assert exc.value.code == 2 and "negative" in capsys.readouterr().err
