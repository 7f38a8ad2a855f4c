"""Encoding detection: BOMs, UTF-16, legacy Arabic and French code pages, binary and empty input."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.errors import IngestError
from marsad.ingest.decode import decode_bytes

ARABIC = "قال وزير الخارجية الروسي إن موسكو تدعم جهود الحكومة العراقية لاستقرار الأوضاع والقضاء على الإرهاب."
FRENCH = "Le ministre irakien des Affaires étrangères a rencontré à Moscou son homologue russe, à l'été dernier."


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        (FRENCH.encode("utf-8"), FRENCH, "utf-8"),
        (b"\xef\xbb\xbf" + ARABIC.encode("utf-8"), ARABIC, "utf-8-sig"),
        (FRENCH.encode("utf-16"), FRENCH, "utf-16"),
        (ARABIC.encode("utf-16"), ARABIC, "utf-16"),
        (FRENCH.encode("utf-16-le"), FRENCH, "utf-16-le"),
        (ARABIC.encode("utf-16-be"), ARABIC, "utf-16-be"),
        (ARABIC.encode("cp1256"), ARABIC, "cp1256"),
        (FRENCH.encode("cp1252"), FRENCH, None),
        (FRENCH.encode("latin-1"), FRENCH, None),
    ],
)
def test_decodes(data: bytes, text: str, encoding: str | None) -> None:
    decoded, used = decode_bytes(data)
    assert decoded == text
    if encoding:
        assert used == encoding


def test_iso_8859_6_arabic_is_readable() -> None:
    text = "أعلنت وزارة الدفاع العراقية عن تسلم منظومات دفاع جوي جديدة من روسيا في بغداد"
    decoded, used = decode_bytes(text.encode("iso8859_6"))
    assert decoded == text
    assert used in ("iso8859_6", "cp1256")


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "E104"),
        (b"  \n\n\t ", "E104"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "E105"),
        (b"%PDF-1.7\n" + bytes(200), "E105"),
        (b"abc\x00\x01\x02\x03\xff\xfe\xfa" * 50, "E105"),
    ],
)
def test_rejects_empty_and_binary(data: bytes, code: str) -> None:
    with pytest.raises(IngestError) as info:
        decode_bytes(data)
    assert info.value.code == code


def test_forced_encoding_that_does_not_fit_is_an_error() -> None:
    with pytest.raises(IngestError) as info:
        decode_bytes(ARABIC.encode("utf-8"), forced="ascii")
    assert info.value.code == "E106"


def _plain(text: str) -> bool:
    """Not empty, no NUL, and not starting like a BOM or a binary format's magic number."""
    return bool(text.strip()) and "\x00" not in text and not text.startswith(("\ufeff", "%PDF", "GIF8", "PK"))


@given(st.text(min_size=1).filter(_plain))
def test_any_utf8_text_round_trips(text: str) -> None:
    decoded, _ = decode_bytes(text.encode("utf-8"))
    assert decoded == text
