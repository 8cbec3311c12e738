"""XML helpers shared by the XML formats: HTML fragments from plain text, serialisation."""

from __future__ import annotations

import html
import xml.etree.ElementTree as ET

from quiz.export.citation import Citation
from quiz.export.textutil import xml_safe


def html_text(text: str) -> str:
    """Plain text as an HTML fragment: escaped, line breaks as ``<br>``."""
    escaped = html.escape(xml_safe(text), quote=True)
    return escaped.replace("\r\n", "\n").replace("\n", "<br>")


def html_feedback(citation: Citation) -> str:
    """Explanation, quote (as a blockquote) and source as an HTML fragment."""
    return (
        f"<p>{html_text(citation.explanation)}</p>"
        f"<blockquote>“{html_text(citation.quote)}”</blockquote>"
        f"<p><cite>{html_text(citation.source_line())}</cite></p>"
    )


def sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    """Append a child element, optionally with text (made XML-safe) and attributes."""
    child = ET.SubElement(parent, tag, attrs)
    if text is not None:
        child.text = xml_safe(text)
    return child


def to_bytes(root: ET.Element) -> bytes:
    """Serialise with an XML declaration, two-space indentation and a final newline."""
    ET.indent(root, space="  ")
    body = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n").encode("utf-8")
