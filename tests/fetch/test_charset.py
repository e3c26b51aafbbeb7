"""Decoding page bytes (pipeline/fetch/charset.py): a declared charset, and UTF-8 bytes under a wrong one."""

from __future__ import annotations

import pytest

from pipeline.fetch.charset import decode, detect


@pytest.mark.parametrize("declared", ["iso-8859-1", "windows-1252", "euc-kr"])
def test_utf8_bytes_under_a_wrong_declared_charset_are_read_as_utf8(declared: str) -> None:
    text = "Forstærket håb om 737 MAX-erstatning · 코로나19 극복 성금"
    body = f'<html><head><meta charset="{declared}"></head><body><p>{text}</p></body></html>'.encode()
    assert detect(body) == "utf-8" and text in decode(body)
    assert detect(body, header_charset=declared) == "utf-8"  # the HTTP header can be as wrong as the meta tag


def test_a_declared_legacy_charset_stands_when_its_bytes_are_not_utf8() -> None:
    text = "Forstærket håb"
    body = f'<meta charset="iso-8859-1"><p>{text}</p>'.encode("cp1252")
    assert detect(body) == "cp1252" and text in decode(body)
    korean = '<meta charset="euc-kr"><p>코로나19 극복</p>'.encode("euc-kr")
    assert detect(korean) == "euc_kr" and "코로나19 극복" in decode(korean)
