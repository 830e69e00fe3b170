"""Benchmark a corpus run end to end, side by side with the language pipeline alone.

    python benchmarks/corpus.py [--corpus ../shared/corpus/dpg2019.jsonl] [--articles 300]

Three runs, each in a fresh process on the same first N records of the corpus:
  * reference — ``nlp.pipe`` over the raw record texts: what the spaCy pipeline alone costs;
  * aldus structure — ``aldus.read`` only (decoding, layout, language detection);
  * aldus full — read → nlp → attribution → claims, serialised to JSON Lines, as
    ``aldus analyze corpus.jsonl -f jsonl`` does.
For each: articles and words (whitespace tokens of title + text) per CPU second (per core),
wall time, peak RSS (the process's maxrss), and the full run's attribution count.
The full run's extra cost over the reference is the price of aldus's own stages.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ENV = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1",
           PYTHONPATH=str(ROOT / "src"))

WORKERS = {
    "reference (spaCy pipeline alone)": """
import json, sys
from aldus.nlp import load
nlp = load()
texts = [r.get('title', '') + '\\n\\n' + r.get('text', '') for r in map(json.loads, open(sys.argv[1], encoding='utf-8'))]
n = sum(1 for _ in nlp.pipe(texts, batch_size=16))
print(json.dumps({"articles": n, "attributions": None}))
""",
    "aldus structure only": """
import json, sys
from aldus import read
n = sum(1 for a in read(sys.argv[1]) if a.status == 'ok')
print(json.dumps({"articles": n, "attributions": None}))
""",
    "aldus full": """
import json, sys, os
from aldus import read, analyze
n = k = 0
with open(os.devnull, 'w') as out:
    for a in analyze(read(sys.argv[1])):
        out.write(a.model_dump_json() + '\\n')
        if a.status == 'ok':
            n += 1
            k += len(a.attributions)
print(json.dumps({"articles": n, "attributions": k}))
""",
}


def measure(code: str, corpus: Path) -> dict:
    t0 = time.time()
    p = subprocess.Popen([sys.executable, "-c", code, str(corpus)], stdout=subprocess.PIPE, env=ENV)
    out = p.stdout.read()
    _, status, ru = os.wait4(p.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"benchmark worker failed ({status})")
    res = json.loads(out.decode().strip().splitlines()[-1])
    res.update(wall=time.time() - t0, cpu=ru.ru_utime + ru.ru_stime, rss_mb=ru.ru_maxrss / 1024)
    return res


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "dpg2019.jsonl")
    ap.add_argument("--articles", type=int, default=300)
    a = ap.parse_args(argv)
    if not a.corpus.exists():
        raise SystemExit(f"{a.corpus}: corpus not found (pass --corpus)")
    records = []
    with open(a.corpus, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec.get("text", "").strip():
                records.append(rec)
            if len(records) >= a.articles:
                break
    words = sum(len((r.get("title", "") + " " + r["text"]).split()) for r in records)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as tmp:
        for r in records:
            tmp.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"corpus: {len(records)} articles, {words:,} words from {a.corpus}")
    head = f"{'run':<34}{'articles/s':>11}{'words/s/core':>14}{'wall s':>8}{'cpu s':>8}{'peak RSS MB':>13}{'attributions':>14}"
    print(head)
    print("-" * len(head))
    for name, code in WORKERS.items():
        r = measure(code, Path(tmp.name))
        print(f"{name:<34}{r['articles'] / r['cpu']:>11.1f}{words / r['cpu']:>14,.0f}{r['wall']:>8.1f}{r['cpu']:>8.1f}"
              f"{r['rss_mb']:>13.0f}{r['attributions'] if r['attributions'] is not None else '':>14}")
    os.unlink(tmp.name)


if __name__ == "__main__":
    main()
