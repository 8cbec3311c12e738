"""Deterministic zip archives: fixed entry order, timestamps and permissions.

Exports that are zips (QTI packages, .apkg, .xlsx) must be byte-identical for the same bank
and flags, so every entry gets the same fixed date instead of "now".
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable

#: The timestamp every entry carries (the earliest a zip can store).
FIXED_DATE = (1980, 1, 1, 0, 0, 0)


def build_zip(entries: Iterable[tuple[str, bytes]]) -> bytes:
    """Zip ``(name, data)`` pairs in the given order with fixed metadata; return the bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3  # Unix, whatever machine runs the export
            archive.writestr(info, data, compresslevel=6)
    return buffer.getvalue()


def normalise_zip(data: bytes) -> bytes:
    """Rewrite a zip made by another library with fixed timestamps, keeping entry order."""
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        entries = [(info.filename, source.read(info)) for info in source.infolist()]
    return build_zip(entries)
