"""`quiz build`, `quiz validate` and `quiz schema` end to end, including every bad input."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.cli.helpers import run

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="module")
def seed_bank(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bank") / "seeds.json"
    from quiz.cli import main

    with pytest.raises(SystemExit) as exc:
        main(["build", str(SEEDS), "-o", str(out)])
    assert exc.value.code == 0
    return out


def test_build_then_validate(seed_bank: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "validate", str(seed_bank))
    assert code == 0 and "valid bank, 3 articles" in out
    bank = json.loads(seed_bank.read_text())
    assert bank["schema_version"] == 1
    types = {q["type"] for q in bank["questions"]}
    # three football reports: no quotation has a named speaker, no false statement is safe
    # to make (no person is swapped into one), and no player's position is named beside the
    # name, so no choice can be kept to people of the answer's role: typed questions remain
    assert {"fill_blank", "numeric"} <= types


def test_committed_bank_is_reproducible(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(ROOT)
    out = tmp_path / "rebuilt.json"
    code, _, _ = run(capsys, "build", "seeds", "-o", str(out))
    assert code == 0
    assert out.read_bytes() == (ROOT / "questions" / "seeds.json").read_bytes()


def test_build_summary_and_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "rejected.md"
    code, out, _ = run(
        capsys, "build", str(SEEDS), "-o", str(tmp_path / "b.json"), "--report", str(report)
    )
    assert code == 0
    assert "3 articles, 0 skipped" in out and "questions (" in out
    text = report.read_text()
    assert text.startswith("# Rejected candidates") and "| reason | count |" in text


def test_schema_prints_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schema")
    schema = json.loads(out)
    assert code == 0 and schema["title"] == "Bank"
    assert "questions" in schema["properties"]


def test_directory_build_skips_bad_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "src"
    shutil.copytree(SEEDS, src)
    (src / "empty.txt").write_bytes(b"")
    (src / "blob.txt").write_bytes(b"\x00\x01\x02\x03" * 50)
    code, out, err = run(capsys, "build", str(src), "-o", str(tmp_path / "b.json"))
    assert code == 0
    assert "skipped" in err and "empty.txt: empty file" in err and "blob.txt: binary file" in err
    assert "3 articles, 2 skipped" in out


@pytest.mark.parametrize(
    ("setup", "args", "message"),
    [
        (
            None,
            ["build", "{tmp}/missing", "-o", "{tmp}/o.json"],
            "missing: no such file or directory",
        ),
        ("emptydir", ["build", "{tmp}/d", "-o", "{tmp}/o.json"], "no usable articles in"),
        ("empty", ["build", "{tmp}/e.txt", "-o", "{tmp}/o.json"], "e.txt: empty file"),
        ("binary", ["build", "{tmp}/b.txt", "-o", "{tmp}/o.json"], "b.txt: binary file"),
        (None, ["validate", "{tmp}/none.json"], "none.json: no such file"),
        ("corrupt", ["validate", "{tmp}/c.json"], "c.json: not valid JSON"),
        ("future", ["validate", "{tmp}/f.json"], "unsupported schema_version 99"),
        ("notbank", ["validate", "{tmp}/n.json"], "invalid at"),
        (None, ["build", "seeds", "--bogus"], "No such option"),
        (None, ["build", "seeds", "-o", "x.json", "--max-per-article", "0"], "--max-per-article"),
        (None, ["nonsense"], "No such command"),
    ],
)
def test_bad_input_gets_one_line(
    setup: str | None,
    args: list[str],
    message: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    if setup == "emptydir":
        (tmp_path / "d").mkdir()
    elif setup == "empty":
        (tmp_path / "e.txt").write_bytes(b"")
    elif setup == "binary":
        (tmp_path / "b.txt").write_bytes(b"\x00\xff" * 100)
    elif setup == "corrupt":
        (tmp_path / "c.json").write_text('{"schema_version": 1, "articles": [')
    elif setup == "future":
        (tmp_path / "f.json").write_text('{"schema_version": 99, "articles": []}')
    elif setup == "notbank":
        (tmp_path / "n.json").write_text('{"schema_version": 1, "articles": "no"}')
    code, out, err = run(capsys, *[a.format(tmp=tmp_path) for a in args])
    assert code != 0
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("quiz: error:"), err
    assert message in lines[0]
    assert "Traceback" not in err + out


def test_failed_build_keeps_previous_bank(
    seed_bank: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "keep.json"
    shutil.copy(seed_bank, target)
    before = target.read_bytes()
    (tmp_path / "d").mkdir()
    code, _, _ = run(capsys, "build", str(tmp_path / "d"), "-o", str(target))
    assert code == 1 and target.read_bytes() == before


@pytest.mark.parametrize("command", ["build", "validate", "schema"])
def test_every_command_has_help_with_example(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, command, "--help")
    assert code == 0 and "Example:" in out and f"quiz {command}" in out


def test_large_builds_get_a_progress_bar(capsys: pytest.CaptureFixture[str]) -> None:
    from quiz.cli.bank_cmds import PROGRESS_FROM, _progress

    with _progress(PROGRESS_FROM - 1) as tick:
        assert tick is None
    with _progress(PROGRESS_FROM) as tick:
        assert tick is not None
        for _ in range(PROGRESS_FROM):
            tick()
    assert capsys.readouterr().out == ""  # the bar goes to stderr, never into piped output
