"""Walking input folders and recognising formats."""

from pathlib import Path

import pytest

from ingest.files import sniff_format, walk_inputs
from tests.ingest.builders import write


def test_walk_is_sorted_recursive_and_follows_only_symlinks_inside_the_root(tmp_path):
    root = tmp_path / "in"
    write(root / "b/2.txt", "two")
    write(root / "a.txt", "one")
    write(root / ".cache/x.txt", "hidden")
    write(tmp_path / "out/secret.txt", "outside")
    (root / "c-outside").symlink_to(tmp_path / "out")
    (root / "d-inside.txt").symlink_to(root / "a.txt")
    (root / "e-dir").symlink_to(root / "b")
    result = walk_inputs([root])
    assert [path.relative_to(root).as_posix() for path in result.files] == ["a.txt", "b/2.txt"]
    assert result.skipped == {"hidden": 1, "symlink_outside_root": 1, "already_read": 2}


def test_a_missing_input_path_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="does not exist"):
        walk_inputs([tmp_path / "nope"])


@pytest.mark.parametrize(
    ("name", "head", "expected"),
    [
        ("a.txt", b"<!DOCTYPE html><html><body>", "html"),
        ("a.txt", b"Plain words [in brackets]", "text"),
        ("a.dat", b'{"text": "x"}\n{"text": "y"}', "jsonl"),
        ("a.json", b'[{"text": "x"}]', "json"),
        ("a.jsonl.gz", b'{"text": "x"}', "jsonl"),
        ("feed", b"<?xml version='1.0'?><rss version='2.0'>", "feed"),
        ("a.xml", b"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'>", "feed"),
        ("capture", b"WARC/1.1\r\nWARC-Type: warcinfo", "warc"),
        ("a.htm", "\ufeff<html lang='tr'>".encode("utf-16"), "html"),
    ],
)
def test_sniff_format(name, head, expected):
    assert sniff_format(Path(name), head) == expected
