"""Bytes to text: BOMs, UTF-16 without BOM, strict UTF-8, then charset-normalizer among legacy code pages."""

from __future__ import annotations

from marsad.errors import IngestError

# Legacy code pages of our languages: Arabic (Windows-1256, ISO-8859-6) and French (Windows-1252, Latin-1).
LEGACY_ENCODINGS = ["cp1256", "iso8859_6", "cp1252", "latin_1"]

_MAGIC = {
    b"\x89PNG": "PNG image",
    b"%PDF": "PDF document",
    b"PK\x03\x04": "ZIP archive or Office document",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"\x1f\x8b": "gzip archive",
    b"\x7fELF": "executable",
}

_BOMS = [
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
]


def decode_bytes(data: bytes, forced: str = "") -> tuple[str, str]:
    """Return ``(text, encoding)``; raise IngestError E104/E105/E106 for empty, binary or undecodable data."""
    if not data.strip():
        raise IngestError("E104")
    if forced:
        try:
            return data.decode(forced), forced
        except (UnicodeDecodeError, LookupError):
            raise IngestError("E106", tried=forced) from None
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding), encoding
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            raise IngestError("E105", kind=kind)
    utf16 = _utf16_without_bom(data)
    if utf16:
        return data.decode(utf16), utf16
    if b"\x00" in data[:4096]:
        raise IngestError("E105", kind="contains NUL bytes")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _legacy(data)


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4000]
    even, odd = sample[0::2], sample[1::2]
    if len(odd) < 2:
        return None
    # The high byte of Latin (0x00) and Arabic (0x06) code points alternates with the low byte.
    if _share(odd, (0, 6)) > 0.6 and _decodes(data, "utf-16-le"):
        return "utf-16-le"
    if _share(even, (0, 6)) > 0.6 and _decodes(data, "utf-16-be"):
        return "utf-16-be"
    return None


def _share(seq: bytes, values: tuple[int, ...]) -> float:
    return sum(b in values for b in seq) / len(seq)


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def _legacy(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=LEGACY_ENCODINGS).best()
    if best is None:
        raise IngestError("E106", tried="UTF-8, UTF-16, " + ", ".join(LEGACY_ENCODINGS))
    encoding = best.encoding
    if encoding in ("iso8859_6", "cp1256"):
        encoding = _arabic_codepage(data)
    return data.decode(encoding), encoding


def _arabic_codepage(data: bytes) -> str:
    """Windows-1256 and ISO-8859-6 both decode most Arabic bytes; keep the one with fewer oddities."""
    scores = {}
    for encoding in ("cp1256", "iso8859_6"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        arabic = sum(1 for ch in text if "\u0621" <= ch <= "\u064a")
        odd = sum(1 for ch in text if ch.isalpha() and not ("\u0600" <= ch <= "\u06ff") and ord(ch) > 127)
        scores[encoding] = arabic - 5 * odd
    return max(scores, key=lambda enc: scores[enc]) if scores else "cp1256"
