"""Small text helpers shared by the export formats (no format-specific knowledge here)."""

from __future__ import annotations

import re

# Characters XML 1.0 (and so xlsx, Moodle XML, QTI, Anki's HTML) cannot carry at all.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SPACES = re.compile(r"\s+")


def xml_safe(text: str) -> str:
    """Drop control characters that XML 1.0 cannot represent (tab, LF and CR are kept)."""
    return _XML_ILLEGAL.sub("", text)


def one_line(text: str) -> str:
    """Collapse every run of whitespace (newlines included) to one space and strip the ends."""
    return _SPACES.sub(" ", text).strip()
