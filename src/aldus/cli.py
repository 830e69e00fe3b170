"""The ``aldus`` command line (Typer + Rich)."""
from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.markup import escape

from .model import Article, ReadError

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="aldus: who says what in news articles.")
model_app = typer.Typer(no_args_is_help=True, help="Train and inspect the Dutch language pipeline.")
app.add_typer(model_app, name="model")

err = Console(stderr=True)

EXIT_OK, EXIT_FAILED, EXIT_PARTIAL = 0, 1, 3


class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


def _progress(total_files: int, quiet: bool):
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(TextColumn("[progress.description]{task.description}"), BarColumn(),
                    MofNCompleteColumn(), TimeElapsedColumn(), console=err,
                    disable=quiet or not err.is_terminal, transient=True)


def _expected_items(paths: List[Path]) -> Optional[int]:
    """How many articles the inputs should give, for the progress bar: one per file, one per
    non-empty line of a JSON Lines file; None when unknown (CSV records may span lines)."""
    total = 0
    for path in paths:
        suffix = path.suffix.lower()
        if suffix in (".jsonl", ".ndjson"):
            try:
                with open(path, "rb") as fh:
                    total += sum(1 for line in fh if line.strip())
            except OSError:
                total += 1
        elif suffix in (".csv", ".json", ".tsv"):
            return None
        else:
            total += 1
    return total


def _read_all(paths: List[Path], max_bytes: Optional[int] = None):
    from .readers import MAX_BYTES, read_path

    for path in paths:
        yield from read_path(path, max_bytes=MAX_BYTES if max_bytes is None else max_bytes)


@app.command()
def analyze(
    paths: List[Path] = typer.Argument(..., help="Files to read: .txt, PDF-copied text, .pdf, .html, .jsonl, .csv"),
    format: Format = typer.Option(Format.table, "--format", "-f", help="table (for people), json or jsonl"),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here instead of standard output"),
    structure_only: bool = typer.Option(False, "--structure-only", help="Only read the structure; skip NLP and attribution"),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar"),
    max_size: float = typer.Option(20.0, "--max-size", help="Refuse single-article files larger than this many MB (corpus files are streamed)"),
):
    """Read articles and lay out who says what.

    Exit status: 0 all read; 1 nothing could be read; 3 some items failed (each is
    reported on stderr and, in json/jsonl, as an error record) while the rest was processed.
    """
    from .pipeline import analyze as run

    n_ok = n_err = 0
    out = open(output, "w", encoding="utf-8") if output else sys.stdout
    collected: list = []
    try:
        with _progress(len(paths), quiet) as progress:
            task = progress.add_task("analysing", total=_expected_items(paths))
            for item in run(_read_all(paths, int(max_size * 1_000_000)), structure_only=structure_only):
                progress.advance(task)
                if isinstance(item, ReadError):
                    n_err += 1
                    err.print(f"[red]error[/red] {escape(str(item))}", highlight=False, markup=True, soft_wrap=True)
                else:
                    n_ok += 1
                if format is Format.jsonl:
                    out.write(item.model_dump_json() + "\n")
                    out.flush()
                elif format is Format.json:
                    collected.append(item.model_dump(mode="json"))
                elif isinstance(item, Article):
                    from .render import print_article

                    print_article(item, file=out if output else None)
        if format is Format.json:
            data = collected[0] if len(collected) == 1 and len(paths) == 1 and collected[0].get("status") == "ok" \
                and paths[0].suffix.lower() not in (".jsonl", ".csv", ".ndjson") else collected
            json.dump(data, out, ensure_ascii=False, indent=1)
            out.write("\n")
    finally:
        if output:
            out.close()
    if n_err and not n_ok:
        raise typer.Exit(EXIT_FAILED)
    if n_err:
        err.print(f"{n_err} item(s) failed, {n_ok} processed")
        raise typer.Exit(EXIT_PARTIAL)


@app.command()
def evaluate(
    folder: Path = typer.Argument(..., help="Evaluation folder with texts/ and gold/ (e.g. ../shared/eval/dev)"),
    predictions: Optional[Path] = typer.Option(None, "--predictions", "-p", help="Also write the predictions here (JSON Lines)"),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="List misses, spurious records and wrong speakers"),
    scorer: Optional[Path] = typer.Option(None, "--scorer", help="score_attributions.py to use (default: in FOLDER or its parent)"),
):
    """Run aldus over FOLDER/texts and score its attributions against FOLDER/gold."""
    from .evaluate import run_evaluation

    raise typer.Exit(run_evaluation(folder, predictions, verbose=verbose, scorer=scorer))


@app.command()
def schema():
    """Print the JSON Schema of the output records."""
    from .model import Article

    typer.echo(json.dumps(Article.model_json_schema(), ensure_ascii=False, indent=1))


@model_app.command("train")
def model_train(
    data: Path = typer.Option(..., "--data", help="The training data folder (../shared/data)"),
    output: Path = typer.Option(Path("build/model"), "--output", help="Where to write the trained pipeline"),
    max_minutes: Optional[float] = typer.Option(None, "--max-minutes", help="Stop each training stage after this long"),
):
    """Train the Dutch pipeline (tokenizer rules, tagger, morphologizer, lemmatizer, parser, NER)."""
    from .nlp.train import train

    train(data, output, max_minutes=max_minutes)


@model_app.command("info")
def model_info():
    """Show the shipped pipeline: components, labels, scores."""
    from .nlp import load, model_path

    nlp = load()
    typer.echo(f"path: {model_path()}")
    typer.echo(f"pipeline: {', '.join(nlp.pipe_names)}")
    meta = nlp.meta
    for key in ("name", "version", "spacy_version"):
        typer.echo(f"{key}: {meta.get(key)}")
    perf = meta.get("performance") or {}
    for k, v in perf.items():
        if isinstance(v, (int, float)):
            typer.echo(f"{k}: {v:.3f}")


def main():  # pragma: no cover
    app()


if __name__ == "__main__":  # pragma: no cover
    app()
