"""Benchmark aldus's Dutch pipeline side by side with Frog, in one run, on the same texts.

    python benchmarks/nlp.py [--data ../shared/data] [--corpus ../shared/corpus/dpg2019.jsonl]
                             [--articles 30] [--aldus-articles 300] [--no-frog] [--json OUT]

Measures, for both systems:
  * UPOS accuracy with gold tokens and gold sentences on UD_Dutch-Alpino test (596 sentences, 11,046 words);
  * LAS / UAS with gold tokens on the same set (aldus only: Frog's parser outputs Alpino/CGN dependency
    relations with different head conventions, so its LAS/UAS are not comparable and reported as n.a.);
  * NER precision / recall / F1 (exact span + type, CoNLL style) on CoNLL-2002 testb (5,195 sentences), with
    gold tokens; Frog's PRO and EVE are mapped to MISC;
  * words per second per core for the whole pipeline (raw text in, every component) on the first
    ``--articles`` articles of the corpus (the same texts for both); words = whitespace-separated tokens of the
    input; seconds = CPU time (user+sys) of the process doing the work, so the figure is per core;
  * peak RSS of that process; cold start = wall time of a fresh process from launch to the first analysed
    sentence.
Frog (Debian package ``frog`` + ``frogdata``) is installed with apt-get when missing. Frog runs with its
tokenizer off (``--skip=t -n``) for the gold-token evaluations, and with MWU/chunker/parser off there
(``--skip=tmcp``) since they do not change its tags or entities; the speed run uses Frog's full default pipeline.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from aldus.nlp.data import NER_TEST, UD_TEST, UD_TRAIN_MAIN, read_columns, read_conllu  # noqa: E402

ENV1 = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")


# ----------------------------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------------------------


def run_measured(cmd, **kw):
    """Run a command; return (returncode, wall_s, cpu_s, maxrss_mb, stdout)."""
    t0 = time.time()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, **kw)
    out = p.stdout.read()
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.time() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    return p.returncode, wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024, out.decode("utf8", "replace")


def spans_from_bio(tags):
    spans, start, label = set(), None, None
    for i, t in enumerate(list(tags) + ["O"]):
        if t.startswith("B-") or t == "O" or (t.startswith("I-") and t[2:] != label):
            if start is not None:
                spans.add((start, i, label))
                start, label = None, None
            if t.startswith("B-") or t.startswith("I-"):
                start, label = i, t[2:]
    return spans


def prf(gold: list[set], pred: list[set]):
    tp = sum(len(g & p) for g, p in zip(gold, pred))
    ng = sum(len(g) for g in gold)
    np_ = sum(len(p) for p in pred)
    p = tp / np_ if np_ else 0.0
    r = tp / ng if ng else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def load_articles(corpus: Path, n: int) -> list[str]:
    out = []
    with open(corpus, encoding="utf8") as f:
        for line in f:
            t = (json.loads(line).get("text") or "").strip()
            if t:
                out.append(t)
            if len(out) >= n:
                break
    return out


def n_words(texts) -> int:
    return sum(len(t.split()) for t in texts)


# ----------------------------------------------------------------------------------------------
# aldus
# ----------------------------------------------------------------------------------------------

ALDUS_SPEED = r"""
import json, resource, sys, time
t0 = time.time()
import aldus.nlp
nlp = aldus.nlp.load()
texts = [json.loads(l) for l in open(sys.argv[1], encoding="utf8")]
load_s = time.time() - t0
c0 = time.process_time(); w0 = time.time()
n_tok = 0
for doc in nlp.pipe(texts, batch_size=16):
    n_tok += len(doc)
cpu = time.process_time() - c0; wall = time.time() - w0
print(json.dumps({"cpu_s": cpu, "wall_s": wall, "tokens": n_tok, "load_s": load_s,
                  "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

ALDUS_COLD = r"""
import aldus.nlp
nlp = aldus.nlp.load()
doc = nlp("Dat is onzin, zegt minister De Jonge.")
print(len(doc))
"""


def aldus_accuracy(data: Path) -> dict:
    import aldus.nlp
    from spacy.scorer import Scorer
    from spacy.tokens import Doc
    from spacy.training import Example

    nlp = aldus.nlp.load()
    res = {}
    sents = list(read_conllu(data / UD_TEST))
    examples = []
    for s in sents:
        ref = Doc(nlp.vocab, words=s.words, spaces=s.spaces, pos=s.pos, morphs=s.morphs, lemmas=s.lemmas,
                  heads=s.heads, deps=s.deps)
        examples.append(Example(Doc(nlp.vocab, words=s.words, spaces=s.spaces), ref))
    sc = nlp.evaluate(examples)
    res.update(upos=sc["pos_acc"], las=sc["dep_las"], uas=sc["dep_uas"], lemma=sc["lemma_acc"],
               morph=sc["morph_acc"], ud_words=sum(len(s.words) for s in sents), ud_sents=len(sents))

    ner_sents = list(read_columns(data / NER_TEST, 0))
    docs = [Doc(nlp.vocab, words=s.words) for s in ner_sents]
    pred = []
    for doc in nlp.pipe(docs, batch_size=64):
        pred.append({(e.start, e.end, e.label_) for e in doc.ents})
    gold = [spans_from_bio(s.tags) for s in ner_sents]
    res["ner_p"], res["ner_r"], res["ner_f"] = prf(gold, pred)
    res["ner_per_type"] = {
        lab: prf([{x for x in g if x[2] == lab} for g in gold], [{x for x in p if x[2] == lab} for p in pred])[2]
        for lab in ("PER", "ORG", "LOC", "MISC")
    }
    res["ner_sents"] = len(ner_sents)
    return res


def aldus_speed(articles: list[str]) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf8") as f:
        for t in articles:
            f.write(json.dumps(t, ensure_ascii=False) + "\n")
    rc, wall, cpu, rss, out = run_measured([sys.executable, "-c", ALDUS_SPEED, f.name], env=ENV1)
    os.unlink(f.name)
    if rc != 0:
        raise RuntimeError("aldus speed run failed")
    r = json.loads(out.strip().splitlines()[-1])
    w = n_words(articles)
    return {"words": w, "wps_core": w / r["cpu_s"], "wps_wall": w / r["wall_s"], "maxrss_mb": rss}


def aldus_cold(repeats: int = 3) -> tuple[float, float]:
    """(wall, cpu) seconds of the fastest of ``repeats`` fresh processes: launch -> first analysed sentence."""
    runs = []
    for _ in range(repeats):
        rc, wall, cpu, *_ = run_measured([sys.executable, "-c", ALDUS_COLD], env=ENV1)
        runs.append((wall, cpu))
    return min(runs)


# ----------------------------------------------------------------------------------------------
# Frog
# ----------------------------------------------------------------------------------------------


def ensure_frog() -> str | None:
    exe = shutil.which("frog")
    if exe and Path("/usr/share/frog/nld/frog.cfg").exists():
        return exe
    print("[bench] installing frog + frogdata with apt-get ...", file=sys.stderr, flush=True)
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    subprocess.run(sudo + ["apt-get", "update"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    r = subprocess.run(sudo + ["apt-get", "install", "-y", "frog", "frogdata"], env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    exe = shutil.which("frog")
    return exe if r.returncode == 0 and exe else None


def cgn_key(tag: str) -> str:
    """Frog 'N(soort,ev,basis,zijd,stan)' -> UD-Alpino XPOS 'N|soort|ev|basis|zijd|stan'."""
    m = re.match(r"^([A-Z]+)\((.*)\)$", tag)
    if not m:
        return tag
    feats = [x for x in m.group(2).split(",") if x]
    return "|".join([m.group(1)] + feats)


def cgn_to_upos_table(data: Path):
    """CGN tag (+lemma) -> UPOS, learnt from the training treebank's XPOS/UPOS columns (never from test)."""
    by_tag_lemma, by_tag, by_main = defaultdict(Counter), defaultdict(Counter), defaultdict(Counter)
    for rel in UD_TRAIN_MAIN:
        for s in read_conllu(data / rel):
            for tag, lemma, upos in zip(s.tags, s.lemmas, s.pos):
                by_tag_lemma[(tag, lemma.lower())][upos] += 1
                by_tag[tag][upos] += 1
                by_main[tag.split("|")[0]][upos] += 1

    def upos(frog_tag: str, lemma: str) -> str:
        k = cgn_key(frog_tag)
        for table, key in ((by_tag_lemma, (k, lemma.lower())), (by_tag, k), (by_main, k.split("|")[0])):
            if key in table:
                return table[key].most_common(1)[0][0]
        return "X"

    return upos


def frog_columns(out: str) -> list[list[list[str]]]:
    sents, cur = [], []
    for line in out.splitlines():
        if not line.strip():
            if cur:
                sents.append(cur)
            cur = []
            continue
        cur.append(line.split("\t"))
    if cur:
        sents.append(cur)
    return sents


def frog_gold_tokens(exe: str, sents: list[list[str]]) -> tuple[list, float]:
    with tempfile.TemporaryDirectory() as d:
        inp = Path(d) / "in.txt"
        inp.write_text("\n".join(" ".join(s) for s in sents) + "\n", encoding="utf8")
        outp = Path(d) / "out.tsv"
        rc, wall, cpu, rss, _ = run_measured([exe, "--skip=tmcp", "-n", "-t", str(inp), "-o", str(outp)], cwd=d, env=ENV1)
        out = outp.read_text(encoding="utf8") if outp.exists() else ""
    got = frog_columns(out)
    return got, wall


def frog_accuracy(exe: str, data: Path) -> dict:
    res = {}
    to_upos = cgn_to_upos_table(data)
    ud = list(read_conllu(data / UD_TEST))
    got, _ = frog_gold_tokens(exe, [s.words for s in ud])
    ok = total = misaligned = 0
    for s, g in zip(ud, got + [[]] * (len(ud) - len(got))):
        total += len(s.words)
        if len(g) != len(s.words):
            misaligned += 1
            continue
        ok += sum(1 for gold, row in zip(s.pos, g) if to_upos(row[4], row[2]) == gold)
    res.update(upos=ok / total, las=None, uas=None, misaligned_ud=misaligned)

    ner = list(read_columns(data / NER_TEST, 0))
    got, _ = frog_gold_tokens(exe, [s.words for s in ner])
    gold, pred = [], []
    mis = 0
    for s, g in zip(ner, got + [[]] * (len(ner) - len(got))):
        gold.append(spans_from_bio(s.tags))
        if len(g) != len(s.words):
            mis += 1
            pred.append(set())
            continue
        tags = [re.sub(r"-(PRO|EVE)$", "-MISC", row[6]) for row in g]
        pred.append(spans_from_bio(tags))
    res["ner_p"], res["ner_r"], res["ner_f"] = prf(gold, pred)
    res["ner_per_type"] = {
        lab: prf([{x for x in g if x[2] == lab} for g in gold], [{x for x in p if x[2] == lab} for p in pred])[2]
        for lab in ("PER", "ORG", "LOC", "MISC")
    }
    res["misaligned_ner"] = mis
    return res


def frog_speed(exe: str, articles: list[str]) -> dict:
    with tempfile.TemporaryDirectory() as d:
        inp = Path(d) / "arts.txt"
        inp.write_text("\n\n".join(articles) + "\n", encoding="utf8")
        rc, wall, cpu, rss, _ = run_measured([exe, "-t", str(inp), "-o", str(Path(d) / "o.tsv")], cwd=d, env=ENV1)
        if rc != 0:
            raise RuntimeError(f"frog speed run failed (exit {rc})")
        one = Path(d) / "one.txt"
        one.write_text("Dat is onzin, zegt minister De Jonge.\n", encoding="utf8")
        rc2, cold, cpu_one, *_ = run_measured([exe, "-t", str(one), "-o", str(Path(d) / "o1.tsv")], cwd=d, env=ENV1)
    w = n_words(articles)
    # Frog's start-up (~10 s of loading its models) is part of the measured CPU time; subtract the CPU time of
    # a one-sentence run so that the figure is throughput, not start-up (aldus's figure excludes loading too).
    return {"words": w, "cpu_s": cpu - cpu_one, "cpu_total_s": cpu, "startup_cpu_s": cpu_one, "wall_s": wall,
            "maxrss_mb": rss, "cold_s": cold, "cold_cpu_s": cpu_one}


# ----------------------------------------------------------------------------------------------


def fmt(v, kind="pct"):
    if v is None:
        return "n.a."
    if kind == "pct":
        return f"{100 * v:.1f}"
    if kind == "int":
        return f"{v:,.0f}"
    if kind == "s":
        return f"{v:.2f}"
    return str(v)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "dpg2019.jsonl")
    ap.add_argument("--articles", type=int, default=30, help="articles for the side-by-side speed run")
    ap.add_argument("--aldus-articles", type=int, default=300, help="articles for aldus's larger speed run")
    ap.add_argument("--no-frog", action="store_true")
    ap.add_argument("--json", type=Path, default=None, help="also write all numbers as JSON")
    a = ap.parse_args(argv)

    t_start = time.time()
    arts = load_articles(a.corpus, max(a.articles, a.aldus_articles))
    same = arts[: a.articles]

    print("[bench] aldus: accuracy ...", file=sys.stderr, flush=True)
    al = aldus_accuracy(a.data)
    print("[bench] aldus: speed / memory / cold start ...", file=sys.stderr, flush=True)
    al_speed = aldus_speed(same)
    al_speed_big = aldus_speed(arts[: a.aldus_articles])
    al_cold = aldus_cold()

    fr = fr_speed = None
    if not a.no_frog:
        exe = ensure_frog()
        if exe:
            print("[bench] frog: accuracy (gold tokens) ...", file=sys.stderr, flush=True)
            fr = frog_accuracy(exe, a.data)
            print("[bench] frog: speed ...", file=sys.stderr, flush=True)
            fr_speed = frog_speed(exe, same)
        else:
            print("[bench] frog could not be installed; Frog column is n.a.", file=sys.stderr)

    fr_wps = None
    if fr_speed:
        fr_wps = fr_speed["words"] / fr_speed["cpu_s"]
    ratio = al_speed["wps_core"] / fr_wps if fr_wps else None

    rows = [
        ("UPOS acc, UD Alpino test, gold tok (%)", fmt(al["upos"]), fmt(fr and fr["upos"]), ">= 95.0"),
        ("LAS, UD Alpino test, gold tok (%)", fmt(al["las"]), "n.a. (Alpino rels)" if fr else "n.a.", ">= 80.0"),
        ("UAS, UD Alpino test, gold tok (%)", fmt(al["uas"]), "n.a. (Alpino heads)" if fr else "n.a.", ""),
        ("lemma acc, UD Alpino test (%)", fmt(al["lemma"]), "n.a.", ""),
        ("morph (FEATS) acc, UD Alpino test (%)", fmt(al["morph"]), "n.a.", ""),
        ("NER P, CoNLL-2002 testb (%)", fmt(al["ner_p"]), fmt(fr and fr["ner_p"]), ""),
        ("NER R, CoNLL-2002 testb (%)", fmt(al["ner_r"]), fmt(fr and fr["ner_r"]), ""),
        ("NER F1, CoNLL-2002 testb (%)", fmt(al["ner_f"]), fmt(fr and fr["ner_f"]), ">= 80.0"),
    ]
    for lab in ("PER", "ORG", "LOC", "MISC"):
        rows.append((f"  NER F1 {lab} (%)", fmt(al["ner_per_type"][lab]), fmt(fr and fr["ner_per_type"][lab]), ""))
    rows += [
        (f"words/s per core, {a.articles} articles ({al_speed['words']:,} words)", fmt(al_speed["wps_core"], "int"),
         fmt(fr_wps, "int"), ">= 5,000"),
        ("speed ratio aldus / Frog", f"{ratio:.0f}x" if ratio else "n.a.", "1x" if ratio else "n.a.", ">= 4x"),
        (f"words/s per core, {a.aldus_articles} articles ({al_speed_big['words']:,} words)",
         fmt(al_speed_big["wps_core"], "int"), "-", ""),
        ("peak RSS (MB)", fmt(max(al_speed["maxrss_mb"], al_speed_big["maxrss_mb"]), "int"),
         fmt(fr_speed and fr_speed["maxrss_mb"], "int"), "<= 600"),
        ("cold start to first parse, wall (s)", fmt(al_cold[0], "s"), fmt(fr_speed and fr_speed["cold_s"], "s"), "<= 2"),
        ("cold start to first parse, CPU (s)", fmt(al_cold[1], "s"), fmt(fr_speed and fr_speed["cold_cpu_s"], "s"), ""),
    ]
    w1 = max(len(r[0]) for r in rows)
    w2 = max(len(r[1]) for r in rows + [("", "aldus")])
    w3 = max(len(r[2]) for r in rows + [("", "", "Frog 0.20")])
    header = f"| {'metric'.ljust(w1)} | {'aldus'.rjust(w2)} | {'Frog 0.20'.rjust(w3)} | target |"
    print(header)
    print(f"|{'-' * (w1 + 2)}|{'-' * (w2 + 1)}:|{'-' * (w3 + 1)}:|--------|")
    for r in rows:
        print(f"| {r[0].ljust(w1)} | {r[1].rjust(w2)} | {r[2].rjust(w3)} | {r[3]} |")
    notes = [
        f"UD Alpino test: {al['ud_sents']} sentences / {al['ud_words']} words, gold tokens and sentences; "
        f"CoNLL-2002 testb: {al['ner_sents']} sentences, gold tokens, exact-span P/R/F1 (Frog PRO/EVE -> MISC).",
        "Frog: CGN tags mapped to UPOS with a (tag, lemma) -> UPOS table learnt from the training treebank; its parser "
        "emits Alpino relations/heads, so LAS/UAS are not comparable (n.a.).",
        "Speed: words / CPU seconds (user+sys) of the working process, both run with OMP_NUM_THREADS=1 (Frog's "
        "OpenMP threads otherwise busy-wait and inflate its CPU time 2-3x), model loading excluded "
        "(for Frog: CPU time of the run minus that of a one-sentence run). Peak RSS: max resident set of that process.",
    ]
    if fr:
        notes.append(f"Frog misaligned sentences (counted as wrong): UD {fr['misaligned_ud']}, NER {fr['misaligned_ner']}.")
    notes.append(f"Benchmark wall time: {time.time() - t_start:.0f} s on {os.cpu_count()} cores.")
    for n in notes:
        print("- " + n)
    if a.json:
        a.json.write_text(json.dumps({"aldus": al, "aldus_speed": al_speed, "aldus_speed_big": al_speed_big,
                                      "aldus_cold_wall_cpu_s": al_cold, "frog": fr, "frog_speed": fr_speed}, indent=1))


if __name__ == "__main__":
    main()
