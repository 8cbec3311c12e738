"""Spreadsheet cell safety: neutralise formula injection (CSV/"formula" injection, OWASP).

A spreadsheet program treats a cell whose text starts with ``=``, ``+``, ``-`` or ``@`` (or a tab
or carriage return, which some programs skip before looking) as a formula. Text from articles
and question banks must never run as one, so every exported CSV cell passes through
:func:`safe_cell`. Reused by any module that writes CSV a teacher may open in Excel.
"""

from __future__ import annotations

#: First characters that make a spreadsheet evaluate a cell (OWASP's list).
FORMULA_TRIGGERS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(text: str) -> str:
    """Return ``text`` safe to put in a spreadsheet cell.

    Text starting with ``= + - @``, a tab or a carriage return gets a leading ``'`` so the
    spreadsheet shows it as text instead of evaluating it; anything else is returned unchanged.

    >>> safe_cell("=HYPERLINK(\\"http://x\\")")
    '\\'=HYPERLINK("http://x")'
    >>> safe_cell("-5")
    "'-5"
    >>> safe_cell("Paris")
    'Paris'
    """
    return "'" + text if text.startswith(FORMULA_TRIGGERS) else text
