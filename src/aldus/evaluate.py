"""``aldus evaluate``: run the product over an evaluation folder and score it with the
scorer that ships beside the gold (``score_attributions.py``), so the figure is the
project's official metric and not a re-implementation."""
from __future__ import annotations

import importlib.util
import json
import sys
import tempfile
from pathlib import Path
from typing import Optional


def _load_scorer(folder: Path, scorer: Optional[Path] = None):
    cands = [scorer] if scorer else [folder / "score_attributions.py", folder.parent / "score_attributions.py"]
    for cand in cands:
        if cand.exists():
            spec = importlib.util.spec_from_file_location("score_attributions", cand)
            mod = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(mod)
            return mod
    raise FileNotFoundError(f"no score_attributions.py in {folder} or {folder.parent}; pass --scorer")


def predict_folder(texts: Path):
    """Yield (id, article) for every text file, with attributions."""
    from .model import ReadError
    from .pipeline import analyze
    from .readers import read_path

    files = sorted(texts.glob("*.txt"))

    def items():
        for f in files:
            yield from read_path(f)

    for item in analyze(items()):
        yield item


def run_evaluation(folder: Path, predictions: Optional[Path] = None, verbose: bool = False,
                   scorer: Optional[Path] = None) -> int:
    from .model import ReadError

    folder = Path(folder)
    texts, gold = folder / "texts", folder / "gold"
    if not texts.is_dir() or not gold.is_dir():
        print(f"{folder}: expected the folders texts/ and gold/ inside", file=sys.stderr)
        return 2
    try:
        scorer = _load_scorer(folder, scorer)
    except FileNotFoundError as exc:
        print(exc, file=sys.stderr)
        return 2
    out = predictions or Path(tempfile.mkstemp(suffix=".jsonl")[1])
    n = 0
    with open(out, "w", encoding="utf-8") as fh:
        for item in predict_folder(texts):
            if isinstance(item, ReadError):
                print(f"error {item}", file=sys.stderr)
                continue
            n += 1
            recs = [a.model_dump() for a in item.attributions]
            fh.write(json.dumps({"id": item.id, "attributions": recs}, ensure_ascii=False) + "\n")
    args = [str(gold), str(out)] + (["-v"] if verbose else [])
    scorer.main(args)
    return 0
