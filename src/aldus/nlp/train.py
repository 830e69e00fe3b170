"""Reproducible training of aldus's Dutch pipeline.

``aldus model train --data ../shared/data --output DIR [--max-minutes M]`` runs:

1. data preparation (``aldus.nlp.data.prepare``): CoNLL-U / NER column files -> ``DIR.work/corpus/*.spacy``,
   dropping training sentences that equal a dev/test sentence;
2. ``spacy train configs/ud.cfg`` (tok2vec + morphologizer + trainable_lemmatizer + parser), selection on
   UD_Dutch-Alpino dev;
3. ``spacy train configs/ner.cfg`` (own tok2vec + ner), selection on CoNLL-2002 testa;
4. assembly (``assemble``): aldus tokenizer + ``aldus_block_sentences`` + the UD components + the NER component
   (listener replaced by its own tok2vec copy) -> ``DIR``, with dev scores in ``meta.json``.

Each ``spacy train`` stage runs in its own process with one BLAS/OpenMP thread; ``max_minutes`` bounds each
stage's wall-clock time (the best checkpoint so far is kept).
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from . import register

REPO_ROOT = Path(__file__).resolve().parents[3]
CONFIG_DIR = REPO_ROOT / "configs"
MODEL_NAME = "aldus_news"
MODEL_VERSION = "0.1.0"


def _config(name: str) -> Path:
    p = CONFIG_DIR / name
    if not p.exists():  # installed without the repository checkout
        raise FileNotFoundError(f"training config {p} not found (run from a checkout of the aldus repository)")
    return p


def run_stage(config: Path, out: Path, train: Path, dev: Path, *, max_minutes: float | None = None,
              overrides: dict | None = None, log: Path | None = None, wait: bool = True):
    """Run ``spacy train`` in a subprocess (single-threaded BLAS). Returns the process (or its return code)."""
    cmd = [sys.executable, "-m", "aldus.nlp.train", "_stage", str(config), str(out),
           "--paths.train", str(train), "--paths.dev", str(dev)]
    if max_minutes:
        cmd += ["--training.before_update.minutes", str(max_minutes)]
    for k, v in (overrides or {}).items():
        cmd += [f"--{k}", str(v)]
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    logf = open(log, "w") if log else None
    proc = subprocess.Popen(cmd, env=env, stdout=logf or None, stderr=subprocess.STDOUT if logf else None)
    if wait:
        return proc.wait()
    return proc


def run_pretrain(config: Path, out: Path, raw_text: Path, *, max_minutes: float | None = None,
                 log: Path | None = None) -> Path | None:
    """``spacy pretrain`` (character objective) of the tok2vec on raw text; returns the last saved weights.
    Stopped after ``max_minutes`` (weights are saved every ``n_save_every`` batches and after every epoch)."""
    cmd = [sys.executable, "-m", "aldus.nlp.train", "_pretrain", str(config), str(out),
           "--paths.raw_text", str(raw_text), "--pretraining.n_save_every", "500"]
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    logf = open(log, "w") if log else None
    proc = subprocess.Popen(cmd, env=env, stdout=logf or None, stderr=subprocess.STDOUT if logf else None)
    try:
        proc.wait(timeout=max_minutes * 60 if max_minutes else None)
    except subprocess.TimeoutExpired:
        proc.terminate()
        proc.wait()
    weights = sorted(Path(out).glob("model*.bin"), key=lambda p: p.stat().st_mtime)
    return weights[-1] if weights else None


def _pretrain_main(argv: list[str]) -> int:
    from spacy.cli._util import parse_config_overrides
    from spacy.training.pretrain import pretrain as spacy_pretrain
    from spacy.util import load_config

    register()
    config, out, rest = Path(argv[0]), Path(argv[1]), argv[2:]
    raw = load_config(config, overrides=parse_config_overrides(rest), interpolate=False)
    out.mkdir(parents=True, exist_ok=True)
    raw.to_disk(out / "config.cfg")
    spacy_pretrain(raw.interpolate(), out, use_gpu=-1, silent=False)
    return 0


def continue_training(model: Path, out: Path, train_path: Path, dev_path: Path, *, minutes: float,
                      learn_rate: float = 0.0005, batch_words: int = 1000, dropout: float = 0.1,
                      eval_every: int = 500, score_weights: dict | None = None, seed: int = 1) -> dict:
    """Resume training a trained pipeline (all its trainable components) on ``train_path`` for ``minutes``,
    evaluating on ``dev_path`` every ``eval_every`` updates and keeping the best checkpoint in ``out/model-best``.
    (spaCy's ``source`` mechanism re-initialises the trainable lemmatizer's tree table, so resuming is done here
    with the plain ``nlp.update`` API instead.)"""
    import random

    import spacy
    from spacy.training import Corpus
    from spacy.training.batchers import minibatch_by_words
    from thinc.api import Adam

    register()
    nlp = spacy.load(model)
    if score_weights:
        weights = score_weights
    elif "parser" in nlp.pipe_names:
        weights = {"dep_las": 0.6, "pos_acc": 0.2, "morph_acc": 0.1, "lemma_acc": 0.1}
    else:
        weights = {"ents_f": 1.0}
    for name, proc in nlp.pipeline:
        # spaCy 3.8's EditTreeLemmatizer.from_disk does not rebuild tree2label, which silently zeroes the
        # lemmatizer's loss when training resumes; rebuild it from the stored labels.
        if hasattr(proc, "tree2label") and not proc.tree2label:
            for label, tree in enumerate(proc.labels):
                proc.tree2label[tree] = label
    train_ex = list(Corpus(str(train_path))(nlp))
    dev_ex = list(Corpus(str(dev_path), gold_preproc=True)(nlp))
    optimizer = Adam(learn_rate=learn_rate, L2=0.01, grad_clip=1.0, use_averages=True, L2_is_weight_decay=True)
    nlp.resume_training(sgd=optimizer)
    rng = random.Random(seed)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    deadline = time.time() + minutes * 60

    def score():
        with nlp.use_params(optimizer.averages):
            sc = nlp.evaluate(dev_ex)
        return sum(float(sc.get(k) or 0.0) * w for k, w in weights.items()), sc

    best, sc = score()
    print(f"[aldus] resume step 0: score {best:.4f} " + " ".join(f"{k}={sc.get(k, 0):.4f}" for k in weights), flush=True)
    step, epoch = 0, 0
    while time.time() < deadline:
        rng.shuffle(train_ex)
        losses: dict = {}
        for batch in minibatch_by_words(train_ex, size=batch_words):
            nlp.update(batch, sgd=optimizer, drop=dropout, losses=losses)
            step += 1
            if step % eval_every == 0:
                cur, sc = score()
                line = " ".join(f"{k}={sc.get(k, 0):.4f}" for k in weights)
                print(f"[aldus] epoch {epoch} step {step}: score {cur:.4f} {line} losses "
                      + " ".join(f"{k}={v:.0f}" for k, v in losses.items()), flush=True)
                if cur > best:
                    best = cur
                    with nlp.use_params(optimizer.averages):
                        nlp.to_disk(out / "model-best")
                losses = {}
            if time.time() >= deadline:
                break
        epoch += 1
    final, _ = score()
    with nlp.use_params(optimizer.averages):
        nlp.to_disk(out / "model-last")
        if final > best or not (out / "model-best").exists():
            best = max(best, final)
            nlp.to_disk(out / "model-best")
    return {"best_score": best, "steps": step}


def _stage_main(argv: list[str]) -> int:
    """Entry point of a training subprocess: ``python -m aldus.nlp.train _stage CONFIG OUT [overrides]``."""
    from spacy.cli._util import parse_config_overrides
    from spacy.cli.train import train as spacy_train

    from .components import DeadlineReached

    register()
    config, out, rest = Path(argv[0]), Path(argv[1]), argv[2:]
    overrides = parse_config_overrides(rest)
    try:
        spacy_train(config, out, overrides=overrides, use_gpu=-1)
    except DeadlineReached as e:
        print(f"[aldus] stopped: {e}; best model kept in {out / 'model-best'}", flush=True)
    return 0


# ----------------------------------------------------------------------------------------------
# Assembly
# ----------------------------------------------------------------------------------------------


def assemble(ud_model: Path, ner_model: Path | None, output: Path, *, scores: dict | None = None):
    """Build the shipped pipeline from the trained parts and write it to ``output``."""
    import spacy

    register()
    from .tokenizer import make_tokenizer

    ud = spacy.load(ud_model)
    nlp = spacy.blank("nl", config={"nlp": {"tokenizer": {"@tokenizers": "aldus.nl_news_tokenizer.v1"}}})
    nlp.tokenizer = make_tokenizer(nlp)
    nlp.add_pipe("aldus_block_sentences")
    for s in ud.vocab.strings:
        nlp.vocab.strings.add(s)
    for name in ud.pipe_names:
        nlp.add_pipe(name, source=ud)
    if "parser" in nlp.pipe_names and "morphologizer" in nlp.pipe_names:
        nlp.add_pipe("aldus_aux_from_deps", after="parser")
    if ner_model is not None:
        ner = spacy.load(ner_model)
        for s in ner.vocab.strings:
            nlp.vocab.strings.add(s)
        t2v = [n for n in ner.pipe_names if n != "ner"][0]
        ner.replace_listeners(t2v, "ner", ["model.tok2vec"])
        if ner.vocab.vectors.shape[0]:
            # the NER tok2vec reads the gazetteer feature table (see data.build_gazetteer) from vocab.vectors
            nlp.vocab.vectors = ner.vocab.vectors
        nlp.add_pipe("ner", source=ner)
    nlp.meta.update(
        {
            "name": MODEL_NAME,
            "version": MODEL_VERSION,
            "description": "aldus Dutch news pipeline: tokenizer for Dutch news, block/quote-aware sentence starts, "
            "morphologizer (UPOS+FEATS), trainable lemmatizer, UD dependency parser, NER (PER/ORG/LOC/MISC). CNN, CPU.",
            "author": "aldus",
            "license": "research use only (NER trained on CoNLL-2002; see MODEL.md)",
            "sources": [
                {"name": "UD_Dutch-Alpino / Alpino Treebank (rebuilt with alud 858d164)", "license": "CC BY-SA 4.0 / LGPL-2.1"},
                {"name": "UD_Dutch-LassySmall dev+test", "license": "CC BY-SA 4.0"},
                {"name": "CoNLL-2002 Dutch NER", "license": "research use only, non-commercial"},
            ],
        }
    )
    if scores:
        nlp.meta["performance"] = scores
    output = Path(output)
    if output.exists():
        shutil.rmtree(output)
    nlp.to_disk(output)
    return nlp


# ----------------------------------------------------------------------------------------------
# Evaluation with gold tokens
# ----------------------------------------------------------------------------------------------


def gold_examples(nlp, path: Path):
    from spacy.tokens import Doc, DocBin
    from spacy.training import Example

    out = []
    for ref in DocBin().from_disk(path).get_docs(nlp.vocab):
        pred = Doc(nlp.vocab, words=[t.text for t in ref], spaces=[bool(t.whitespace_) for t in ref])
        out.append(Example(pred, ref))
    return out


def evaluate(nlp, corpus_dir: Path, split: str = "dev") -> dict:
    """UPOS/FEATS/lemma/UAS/LAS on UD_Dutch-Alpino ``split`` and NER P/R/F on CoNLL-2002 (testa for dev,
    testb for test), all with gold tokenisation."""
    res: dict = {}
    ud = nlp.evaluate(gold_examples(nlp, Path(corpus_dir) / f"ud-{split}.spacy"))
    for k in ("pos_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las", "sents_f"):
        if ud.get(k) is not None:
            res[k] = round(float(ud[k]), 4)
    if "ner" in nlp.pipe_names:
        ner = nlp.evaluate(gold_examples(nlp, Path(corpus_dir) / f"ner-{split}.spacy"))
        for k in ("ents_p", "ents_r", "ents_f"):
            res[k] = round(float(ner[k]), 4)
        res["ents_per_type"] = {
            t: {m: round(float(v), 4) for m, v in d.items()} for t, d in (ner.get("ents_per_type") or {}).items()
        }
    return res


# ----------------------------------------------------------------------------------------------
# The command
# ----------------------------------------------------------------------------------------------


def train(data: Path, output: Path, max_minutes: float | None = None, *, ner_extra: tuple[str, ...] = ("wikineural",),
          gazetteer: bool = True, resume_minutes: float | None = None, lassy_old: bool = False,
          parallel: bool = False, work: Path | None = None) -> Path:
    """The full recipe behind the shipped model (see MODEL.md):

    1. data: UD/NER corpora (``data.prepare``), gazetteer table from the silver Wikipedia NER data;
    2. UD: ``spacy train configs/ud.cfg`` (``max_minutes``), then resumed training with a lower learning rate
       (``continue_training``, ``resume_minutes``, default = ``max_minutes``);
    3. NER: ``spacy train configs/ner.cfg`` on CoNLL-2002 train + WikiNEuRal (silver) with the gazetteer feature;
    4. assembly + dev scores in meta.json.
    """
    from .data import build_gazetteer, prepare

    data, output = Path(data), Path(output)
    work = Path(work) if work else output.parent / f"{output.name}.work"
    corpus = work / "corpus"
    t0 = time.time()
    print(f"[aldus] preparing data from {data} -> {corpus}", flush=True)
    stats = prepare(data, corpus, lassy_old=lassy_old, ner_extra=ner_extra)
    print(json.dumps({k: v for k, v in stats["ud"].items() if k.startswith("ud-")}), flush=True)
    print(json.dumps({k: v for k, v in stats["ner"].items() if k.startswith("ner-")}), flush=True)
    ner_overrides = {}
    if gazetteer:
        n = build_gazetteer(data, work / "gazetteer")
        print(f"[aldus] gazetteer: {n} word forms", flush=True)
        ner_overrides["paths.vectors"] = work / "gazetteer"
    else:
        ner_overrides["components.ner_tok2vec.model.embed.include_static_vectors"] = "false"

    ud_out, ner_out = work / "ud", work / "ner"
    print(f"[aldus] spacy train ud.cfg -> {ud_out} (log {work / 'ud.log'})", flush=True)
    ud_proc = run_stage(_config("ud.cfg"), ud_out, corpus / "ud-train.spacy", corpus / "ud-dev.spacy",
                        max_minutes=max_minutes, log=work / "ud.log", wait=not parallel)
    print(f"[aldus] spacy train ner.cfg -> {ner_out} (log {work / 'ner.log'})", flush=True)
    ner_proc = run_stage(_config("ner.cfg"), ner_out, corpus / "ner-train.spacy", corpus / "ner-dev.spacy",
                         max_minutes=max_minutes, overrides=ner_overrides, log=work / "ner.log", wait=False)
    if parallel:
        ud_proc.wait()
    ud_best = ud_out / "model-best"
    resume = resume_minutes if resume_minutes is not None else max_minutes
    if resume is None or resume > 0:
        print(f"[aldus] resuming UD training for {resume} min -> {work / 'ud-resume'}", flush=True)
        continue_training(ud_out / "model-last", work / "ud-resume", corpus / "ud-train.spacy",
                          corpus / "ud-dev.spacy", minutes=resume or 60)
        if (work / "ud-resume" / "model-best").exists():
            ud_best = work / "ud-resume" / "model-best"
    ner_proc.wait()

    nlp = assemble(ud_best, ner_out / "model-best", output)
    scores = evaluate(nlp, corpus, "dev")
    nlp.meta["performance"] = scores
    nlp.meta["data"] = stats
    (output / "meta.json").write_text(json.dumps(nlp.meta, indent=2, ensure_ascii=False))
    print(f"[aldus] dev scores: {json.dumps({k: v for k, v in scores.items() if k != 'ents_per_type'})}", flush=True)
    print(f"[aldus] pipeline written to {output} in {(time.time() - t0) / 60:.1f} min", flush=True)
    return output


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "_stage":
        sys.exit(_stage_main(sys.argv[2:]))
    if len(sys.argv) > 1 and sys.argv[1] == "_assemble":  # UD_MODEL NER_MODEL OUTPUT CORPUS_DIR
        ud_m, ner_m, out_d, corp = map(Path, sys.argv[2:6])
        nlp = assemble(ud_m, ner_m, out_d)
        nlp.meta["performance"] = evaluate(nlp, corp, "dev")
        (out_d / "meta.json").write_text(json.dumps(nlp.meta, indent=2, ensure_ascii=False))
        print(json.dumps(nlp.meta["performance"]))
        sys.exit(0)
    if len(sys.argv) > 1 and sys.argv[1] == "_resume":  # MODEL OUT TRAIN DEV MINUTES [LR]
        m, o, tr, dv = map(Path, sys.argv[2:6])
        lr = float(sys.argv[7]) if len(sys.argv) > 7 else 0.0005
        print(continue_training(m, o, tr, dv, minutes=float(sys.argv[6]), learn_rate=lr))
        sys.exit(0)
    if len(sys.argv) > 1 and sys.argv[1] == "_pretrain":
        sys.exit(_pretrain_main(sys.argv[2:]))
    print("usage: aldus model train --data DIR --output DIR [--max-minutes M]", file=sys.stderr)
    sys.exit(2)
