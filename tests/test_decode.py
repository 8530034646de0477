"""decode_bytes and looks_like_html: declared vs. real charsets, BOMs, binary and empty bodies."""

from __future__ import annotations

import gzip

import pytest

from extractors.decode import UndecodableError, decode_bytes, looks_like_html

TEXT = "Grüße aus Köln – «café» für 5 €"


def test_cp1252_page_declared_utf8_is_not_mojibake() -> None:
    content = f"<html><body><p>{TEXT}</p></body></html>".encode("cp1252")
    assert TEXT in decode_bytes(content, declared_charset="utf-8")


def test_utf8_page_declared_latin1_is_read_as_utf8() -> None:
    content = f"<html><body><p>{TEXT}</p></body></html>".encode("utf-8")
    assert TEXT in decode_bytes(content, declared_charset="iso-8859-1")


def test_latin1_label_means_windows_1252() -> None:
    assert decode_bytes("5 € only".encode("cp1252"), declared_charset="latin-1") == "5 € only"


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16", "utf-32"])
def test_bom_wins_over_declared_charset(codec: str) -> None:
    assert decode_bytes(TEXT.encode(codec), declared_charset="cp1252") == TEXT


def test_meta_charset_is_used_without_header() -> None:
    content = f'<html><head><meta charset="windows-1251"></head><body>Привет, мир</body></html>'.encode("cp1251")
    assert "Привет, мир" in decode_bytes(content)


def test_http_equiv_charset_is_used() -> None:
    content = '<meta http-equiv="Content-Type" content="text/html; charset=shift_jis"><p>日本語のテキスト</p>'.encode("shift_jis")
    assert "日本語のテキスト" in decode_bytes(content)


def test_undeclared_cp1252_is_detected() -> None:
    content = f"<p>{TEXT} und noch ein paar Wörter über Straßen.</p>".encode("cp1252")
    assert TEXT in decode_bytes(content)


@pytest.mark.parametrize(
    "content",
    [b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", b"\x89PNG\r\n\x1a\n\x00\x00", gzip.compress(b"<html>hello</html>"), bytes(range(256)) * 4],
)
def test_binary_bodies_raise(content: bytes) -> None:
    with pytest.raises(UndecodableError, match="not text"):
        decode_bytes(content, content_type="text/html")


@pytest.mark.parametrize("content", [b"", b"  \n\t "])
def test_empty_bodies_raise(content: bytes) -> None:
    with pytest.raises(UndecodableError, match="empty"):
        decode_bytes(content)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<!DOCTYPE html><html><body>x</body></html>", True),
        ("\ufeff  <html lang='de'><p>x</p></html>", True),
        ("<div><p>fragment</p></div>", True),
        ('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>', True),
        ('<?xml version="1.0"?><rss version="2.0"><channel/></rss>', False),
        ("<feed xmlns='http://www.w3.org/2005/Atom'></feed>", False),
        ("Plain text mentioning 3 < 4 and nothing else.", False),
        ("", False),
    ],
)
def test_looks_like_html(text: str, expected: bool) -> None:
    assert looks_like_html(text) is expected


@pytest.mark.parametrize(
    "head",
    [b"<html>" + b"x" * 8000, b"<p>\x01\x02 text</p>" * 200, bytes(range(1, 32)) * 10 + b"<html>", b"\x1b[0m<html>\t\r\n\x0c",
     b"a" * 8191 + b"\x01" * 500, bytes(range(32, 256)) * 40],
)
def test_binary_reason_counts_control_bytes_like_a_loop(head: bytes) -> None:
    from extractors.decode import binary_reason

    controls = sum(1 for byte in head[:8192] if byte in set(range(32)) - {9, 10, 12, 13, 27})
    expected = f"binary data ({controls} control bytes in the first {len(head[:8192])})" if controls > 0.05 * len(head[:8192]) else None
    assert binary_reason(head) == expected
