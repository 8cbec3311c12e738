"""All bank file I/O: load with clear errors, dump deterministically, save atomically."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import ValidationError

from quiz import atomic
from quiz.bank.models import SCHEMA_VERSION, Bank
from quiz.errors import QuizError


def load_bank(path: str | Path) -> Bank:
    """Read and validate a bank file; raise QuizError with one clear line on any problem."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise QuizError(f"bank {p}: no such file") from None
    except IsADirectoryError:
        raise QuizError(f"bank {p}: is a directory, expected a .json bank file") from None
    except OSError as exc:
        raise QuizError(f"bank {p}: cannot read ({exc.strerror})") from None
    try:
        return Bank.model_validate_json(data)
    except ValidationError as exc:
        raise QuizError(f"bank {p}: {_diagnose(data, exc)}") from None


def _diagnose(data: bytes, exc: ValidationError) -> str:
    return explain_invalid(data, exc, SCHEMA_VERSION, "a bank")


def explain_invalid(data: bytes, exc: ValidationError, version: int, what: str) -> str:
    """One line saying why ``data`` failed validation: bad JSON, wrong version, or the first
    field error. Shared by every versioned JSON file quiz reads (banks, review sidecars)."""
    try:
        raw = json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        return f"not valid JSON ({err})"
    if not isinstance(raw, dict):
        return f"not {what} (expected a JSON object)"
    found = raw.get("schema_version")
    if found != version:
        return (
            f"unsupported schema_version {found!r}; this quiz reads version {version}"
            " (rebuild it or upgrade quiz)"
        )
    first = exc.errors()[0]
    where = ".".join(str(part) for part in first["loc"]) or "top level"
    more = f" (and {exc.error_count() - 1} more problems)" if exc.error_count() > 1 else ""
    return f"invalid at {where}: {first['msg']}{more}"


def dump_bank(bank: Bank) -> str:
    """Serialise a bank deterministically (stable key order, UTF-8, trailing newline)."""
    return bank.model_dump_json(indent=2) + "\n"


def save_bank(bank: Bank, path: str | Path) -> None:
    """Write a bank atomically: an interrupted save leaves the previous file intact."""
    atomic.write_text(path, dump_bank(bank))
