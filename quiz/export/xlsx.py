"""Writing .xlsx workbooks deterministically, with every text cell stored as text.

openpyxl turns a string starting with ``=`` into a formula; here every string cell is forced
to the string type, so article text can never become a formula, and the workbook carries fixed
document dates and zip timestamps so the same rows give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Sequence
from typing import Any

from quiz.export.textutil import xml_safe
from quiz.export.zips import normalise_zip

Cell = str | int | None
FIXED_TIME = dt.datetime(2024, 1, 1, 0, 0, 0)


def workbook_bytes(rows: Sequence[Sequence[Cell]], *, sheet: str = "Sheet1",
                   widths: Sequence[int] = ()) -> bytes:  # fmt: skip
    """An .xlsx with one sheet holding ``rows`` (row 1 first); strings stay strings."""
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.properties.creator = "quiz"
    workbook.properties.created = workbook.properties.modified = FIXED_TIME
    worksheet = workbook.active
    assert worksheet is not None
    worksheet.title = sheet
    for r, row in enumerate(rows, 1):
        for c, value in enumerate(row, 1):
            if value is not None and value != "":
                _set(worksheet.cell(row=r, column=c), value)
    for index, width in enumerate(widths):
        worksheet.column_dimensions[chr(ord("A") + index)].width = width
    return _save(workbook)


def _set(cell: Any, value: str | int) -> None:
    if isinstance(value, str):
        cell.value = xml_safe(value)
        cell.data_type = "s"  # never "f": text that looks like a formula stays text
    else:
        cell.value = value


def _save(workbook: Any) -> bytes:
    # openpyxl's save() stamps "modified" with the clock; its writer without that step does not.
    from openpyxl.writer.excel import ExcelWriter

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    return normalise_zip(buffer.getvalue())
