"""``quiz export`` end to end through ``quiz.cli.main``: formats, filters, reports, errors."""

from __future__ import annotations

import importlib.util
import io
import subprocess
import sys
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

from quiz.bank.io import load_bank, save_bank
from quiz.cli import main
from quiz.export.registry import formats

_FACTORY = Path(__file__).resolve().parents[1] / "unit" / "export" / "export_factory.py"


def _factory() -> ModuleType:
    spec = importlib.util.spec_from_file_location("export_factory_cli", _FACTORY)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def bank_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("QUIZ_HOME", str(tmp_path / "home"))
    path = tmp_path / "bank.json"
    save_bank(_factory().make_bank(), path)
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run ``quiz ARGS``; return exit code, stdout, stderr."""
    with pytest.raises(SystemExit) as exited:
        main(list(args))
    out, err = capsys.readouterr()
    return int(exited.value.code or 0), out, err


def test_help_shows_an_example(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "export", "--help")
    assert code == 0
    assert "Example:" in out and "quiz export --format gift" in out


def test_list_prints_one_line_per_format(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "export", "--list")
    lines = out.splitlines()
    assert code == 0
    assert [line.split()[0] for line in lines] == list(formats())
    assert len(lines) == 10


@pytest.mark.parametrize("name", sorted(formats()))
def test_every_format_writes_its_file(
    name: str, bank_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / f"out{formats()[name].suffix}"
    code, out, err = run(
        capsys, "export", "--format", name, "--bank", str(bank_path), "-o", str(out_file)
    )
    assert (code, err) == (0, "")
    assert out.startswith("exported ") and f"to {out_file} ({name})" in out
    data = out_file.read_bytes()
    assert data
    if formats()[name].suffix in (".zip", ".apkg", ".xlsx"):
        assert zipfile.ZipFile(io.BytesIO(data)).testzip() is None
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_json_export_passes_quiz_validate(
    bank_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "labour.json"
    code, out, _ = run(
        capsys,
        "export",
        "-f",
        "json",
        "--bank",
        str(bank_path),
        "-o",
        str(out_file),
        "--tag",
        "labour",
    )
    assert code == 0 and "exported 2 of 2 questions" in out
    code, out, _ = run(capsys, "validate", str(out_file))
    assert code == 0 and "valid bank, 1 articles, 2 questions" in out
    assert [q.id for q in load_bank(out_file).questions] == ["fill-zurich", "quote-lopez"]


def test_filters_combine(
    bank_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "b.json"
    code, _, _ = run(
        capsys,
        "export",
        "-f",
        "json",
        "--bank",
        str(bank_path),
        "-o",
        str(out_file),
        "--type",
        "true_false",
        "--type",
        "numeric",
        "--difficulty",
        "medium",
        "--limit",
        "2",
    )
    assert code == 0
    assert [q.id for q in load_bank(out_file).questions] == ["tf-bridge", "num-cost"]


def test_skips_are_reported_with_counts_and_reasons(
    bank_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        capsys,
        "export",
        "-f",
        "kahoot",
        "--bank",
        str(bank_path),
        "-o",
        str(tmp_path / "k.xlsx"),
        "--time",
        "60",
    )
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == f"exported 7 of 12 questions to {tmp_path / 'k.xlsx'} (kahoot)"
    assert lines[1] == "skipped 5:"
    assert lines[2].startswith("  4 × typed answer: Kahoot quizzes only take choices (ids: ")
    assert lines[3] == (
        "  1 × question over 120 characters and cannot be shortened safely (ids: long-prompt)"
    )


def test_default_bank_and_approved_only_are_passed_through(
    bank_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import quiz.bank.curation
    import quiz.paths

    seen: list[tuple[Path, bool]] = []
    real = quiz.bank.curation.load_curated

    def spy(path: Path, *, approved_only: bool = False):  # type: ignore[no-untyped-def]
        seen.append((Path(path), approved_only))
        return real(path, approved_only=approved_only)

    monkeypatch.setattr(quiz.paths, "default_bank", lambda: bank_path)
    monkeypatch.setattr(quiz.bank.curation, "load_curated", spy)
    code, _, _ = run(
        capsys, "export", "-f", "csv", "-o", str(tmp_path / "a.csv"), "--approved-only"
    )
    assert code == 0
    assert seen == [(bank_path, True)]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-f", "pdf"], "quiz: error: unknown export format 'pdf'; choose one of: anki, blooket"),
        (["-o", "x.csv"], "quiz: error: missing --format FMT (see 'quiz export --list')"),
        (["-f", "csv"], "quiz: error: missing -o/--output FILE"),
        (
            ["-f", "gift", "--time", "30"],
            "quiz: error: gift has no time limit; --time applies to blooket, kahoot, quizizz",
        ),
        (["-f", "kahoot", "--time", "45"], "quiz: error: kahoot: --time must be one of 5, 10, 20"),
        (["-f", "csv", "--tag", "nope"], "quiz: error: no questions match the filters (tag nope)"),
        (
            ["-f", "kahoot", "--type", "numeric"],
            "quiz: error: nothing to export: kahoot skipped all 2",
        ),
    ],
)
def test_user_errors_are_one_line(
    args: list[str],
    message: str,
    bank_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    default = ["--bank", str(bank_path)] + (
        [] if "-o" in args or args == ["-f", "csv"] else ["-o", "out.file"]
    )
    code, _, err = run(capsys, "export", *args, *default)
    assert code == 1
    assert err.startswith(message), err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "out.file").exists()


def test_missing_bank_and_directory_output(
    bank_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(
        capsys,
        "export",
        "-f",
        "csv",
        "--bank",
        str(tmp_path / "no.json"),
        "-o",
        str(tmp_path / "x.csv"),
    )
    assert code == 1 and err.startswith("quiz: error: bank ") and "no such file" in err
    code, _, err = run(capsys, "export", "-f", "csv", "--bank", str(bank_path), "-o", str(tmp_path))
    assert code == 2 and "is a directory" in err and err.count("\n") == 1


def test_failed_export_leaves_the_previous_file_intact(
    bank_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "k.xlsx"
    out_file.write_bytes(b"previous")
    code, _, _ = run(
        capsys,
        "export",
        "-f",
        "kahoot",
        "--bank",
        str(bank_path),
        "-o",
        str(out_file),
        "--type",
        "fill_blank",
    )
    assert code == 1
    assert out_file.read_bytes() == b"previous"


def test_module_entry_point_in_a_subprocess(bank_path: Path, tmp_path: Path) -> None:
    out_file = tmp_path / "deck.gift"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "quiz",
            "export",
            "-f",
            "gift",
            "--bank",
            str(bank_path),
            "-o",
            str(out_file),
            "--category",
            "News/Week 1",
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert out_file.read_text("utf-8").startswith("$CATEGORY: News/Week 1\n")
