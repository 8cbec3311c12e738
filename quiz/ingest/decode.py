"""Bytes to text: UTF-8 first, then cp1252 and Latin-1; refuse empty and binary files."""

from __future__ import annotations

_FALLBACKS = ("cp1252", "latin-1")


class IngestError(Exception):
    """A file that cannot become an article; the message is the reason, for the skip report."""


def decode_bytes(data: bytes) -> str:
    """Decode an article file's bytes, or raise IngestError saying why not."""
    if not data.strip():
        raise IngestError("empty file")
    if _looks_binary(data):
        raise IngestError("binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    for encoding in _FALLBACKS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _mostly_printable(text):
            return text
    raise IngestError("undecodable text (not UTF-8, cp1252 or Latin-1)")


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls > len(head) * 0.05


def _mostly_printable(text: str) -> bool:
    bad = sum(1 for ch in text if not (ch.isprintable() or ch.isspace()))
    return bad <= len(text) * 0.01
