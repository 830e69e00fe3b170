"""`aldus analyze --structure-only` on good and bad files."""
import json

from typer.testing import CliRunner

from aldus.cli import app

runner = CliRunner()

GOOD = "Brug gaat dicht\n\nDe brug gaat vier maanden dicht voor onderhoud, meldt de provincie.\n"


def run(*args):
    return runner.invoke(app, ["analyze", "--structure-only", "-q", "-f", "jsonl", *map(str, args)])


def test_cli_one_bad_file_exits_nonzero(tmp_path):
    bad = tmp_path / "leeg.txt"
    bad.write_bytes(b"")
    result = run(bad)
    assert result.exit_code != 0
    assert f"{bad}: empty file" in " ".join(result.stderr.split())
    records = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert [r["status"] for r in records] == ["error"]


def test_cli_good_and_bad_file_exit_3(tmp_path):
    good, bad = tmp_path / "goed.txt", tmp_path / "plaatje.txt"
    good.write_text(GOOD, encoding="utf-8")
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    result = run(good, bad)
    assert result.exit_code == 3
    records = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert [r["status"] for r in records] == ["ok", "error"]
    assert records[0]["headline"] == "Brug gaat dicht"
    assert records[1]["source"] == str(bad) and "binary file, not text" in records[1]["error"]
    assert "binary file, not text" in result.stderr


def test_cli_corpus_with_bad_record_exit_3(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "1", "title": "T", "text": "Een zin."}) + "\n{kapot\n", encoding="utf-8")
    result = run(corpus)
    assert result.exit_code == 3
    assert f"{corpus}:2: invalid JSON" in " ".join(result.stderr.split())


def test_cli_max_size(tmp_path):
    good = tmp_path / "goed.txt"
    good.write_text(GOOD * 50, encoding="utf-8")
    result = runner.invoke(app, ["analyze", "--structure-only", "-q", "-f", "jsonl", "--max-size", "0.001", str(good)])
    assert result.exit_code == 1
    assert "file too large" in result.stderr


def test_cli_error_with_brackets_in_name(tmp_path):
    bad = tmp_path / "[bold]x[bold].txt"
    bad.write_bytes(b"")
    result = run(bad)
    assert result.exit_code == 1
    assert "[bold]x[bold].txt" in result.stderr
