"""Training-data preparation: CoNLL-U treebanks and NER column files -> spaCy DocBin (.spacy).

Everything that turns ``../shared/data`` into training material lives here so that a retrain is
reproducible from the repository alone (``aldus model train --data ../shared/data --output DIR``).

Held-out material (never used for training or model selection; reporting only):
  * ``ud_alpino/nl_alpino-ud-test.conllu``
  * ``conll2002_nl/ned.testb``
Model selection uses ``ud_alpino/nl_alpino-ud-dev.conllu`` (parser etc.) and ``conll2002_nl/ned.testa`` (NER).
All training sentences whose (whitespace-free) text equals a dev or test sentence are dropped.
"""
from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

# --------------------------------------------------------------------------------------------
# Data set registry (paths relative to the shared data folder)
# --------------------------------------------------------------------------------------------

UD_DEV = "ud_alpino/nl_alpino-ud-dev.conllu"
UD_TEST = "ud_alpino/nl_alpino-ud-test.conllu"  # reporting only
UD_TRAIN_MAIN = [  # rebuilt UD_Dutch-Alpino train material (MANIFEST §1), converter matching dev/test
    "alpino_treebank_ud/alud-858d164/cdb.conllu",
    "alpino_treebank_ud/alud-858d164/eans.conllu",
    "alpino_treebank_ud/alud-858d164/qa.conllu",
    "alpino_treebank_ud/alud-858d164/wpspel.conllu",
    "alpino_treebank_ud/alud-858d164/g_suite.conllu",
    "alpino_treebank_ud/alud-858d164/h_suite.conllu",
    "alpino_treebank_ud/alud-858d164/leuven_yellow_pages.conllu",
    "ud_alpino/nl-ud-train.PARTIAL-2017-10-24-4b8df79.WR-P-P-H-only.conllu",
]
UD_TRAIN_EXTRA_DIR = "alpino_treebank_ud_extra/alud-858d164"  # MANIFEST §2, all files
UD_TRAIN_LASSY = [  # LassySmall dev/test (wiki): usable training data here (we report on Alpino test only)
    "ud_lassysmall/nl_lassysmall-ud-dev.conllu",
    "ud_lassysmall/nl_lassysmall-ud-test.conllu",
]
UD_TRAIN_LASSY_OLD = "ud_lassysmall/nl_lassysmall-ud-train.OLD-2017-02-01-ccd0244.CLEAN-no-devtest-overlap.conllu"

NER_TRAIN = "conll2002_nl/ned.train"
NER_DEV = "conll2002_nl/ned.testa"
NER_TEST = "conll2002_nl/ned.testb"  # reporting only
NER_WIKINEURAL = ["wikineural_repo/wikineural_nl/val.conllu", "wikineural_repo/wikineural_nl/test.conllu"]
NER_WIKIANN = ["wikineural_repo/wikiann_nl/train.conllu"]
NER_EUROPEANA = "europeana_ner_nl/enp_NL.kb.sentsplit.iob2.txt"

# Features that only the newer converter emits; dropped so that all training data follows the
# conventions of the Alpino dev/test files.
DROP_FEATS = {"ExtPos", "Mood"}


def norm_key(words: Iterable[str]) -> str:
    """Sentence identity for overlap checks: the word forms with all whitespace removed."""
    return re.sub(r"\s+", "", "".join(words))


# --------------------------------------------------------------------------------------------
# CoNLL-U
# --------------------------------------------------------------------------------------------


@dataclass
class UDSent:
    words: list[str]
    spaces: list[bool]
    lemmas: list[str]
    pos: list[str]
    tags: list[str]
    morphs: list[str]
    heads: list[int]  # absolute index within the sentence
    deps: list[str]
    sent_id: str = ""
    meta: dict = field(default_factory=dict)


def read_conllu(path: Path) -> Iterator[UDSent]:
    words: list = []
    rows: list = []
    sent_id = ""
    with open(path, encoding="utf8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if rows:
                    yield _make_ud(rows, sent_id)
                rows, sent_id = [], ""
                continue
            if line.startswith("#"):
                if line.startswith("# sent_id"):
                    sent_id = line.split("=", 1)[1].strip()
                continue
            cols = line.split("\t")
            if len(cols) != 10 or not cols[0].isdigit():
                continue  # multiword ranges and empty nodes
            rows.append(cols)
    if rows:
        yield _make_ud(rows, sent_id)


def _clean_feats(feats: str) -> str:
    if feats == "_":
        return ""
    parts = [p for p in feats.split("|") if p.split("=", 1)[0] not in DROP_FEATS]
    return "|".join(parts)


def _make_ud(rows: list, sent_id: str) -> UDSent:
    words = [r[1] for r in rows]
    spaces = ["SpaceAfter=No" not in r[9] for r in rows]
    spaces[-1] = True
    heads = []
    for i, r in enumerate(rows):
        h = int(r[6])
        heads.append(i if h == 0 else h - 1)
    return UDSent(
        words=words,
        spaces=spaces,
        lemmas=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        tags=[r[4] for r in rows],
        morphs=[_clean_feats(r[5]) for r in rows],
        heads=heads,
        deps=["ROOT" if r[7] == "root" else r[7] for r in rows],
        sent_id=sent_id,
    )


def ud_docs(vocab, sents: list[UDSent], n_sents: int = 10):
    """Group sentences into Docs of ``n_sents`` sentences (the parser learns sentence boundaries)."""
    from spacy.tokens import Doc

    for start in range(0, len(sents), n_sents):
        group = sents[start : start + n_sents]
        words, spaces, lemmas, pos, tags, morphs, heads, deps, starts = [], [], [], [], [], [], [], [], []
        for s in group:
            off = len(words)
            words += s.words
            spaces += s.spaces
            lemmas += s.lemmas
            pos += s.pos
            tags += s.tags
            morphs += s.morphs
            heads += [h + off for h in s.heads]
            deps += s.deps
            starts += [True] + [False] * (len(s.words) - 1)
        yield Doc(
            vocab,
            words=words,
            spaces=spaces,
            lemmas=lemmas,
            pos=pos,
            tags=tags,
            morphs=morphs,
            heads=heads,
            deps=deps,
            sent_starts=starts,
        )


# --------------------------------------------------------------------------------------------
# NER column files
# --------------------------------------------------------------------------------------------


@dataclass
class NERSent:
    words: list[str]
    tags: list[str]  # IOB2


def read_columns(path: Path, token_col: int, tag_col: int = -1) -> Iterator[NERSent]:
    """Read whitespace-separated column files (CoNLL-2002 ``tok POS NE``, WikiANN/WikiNEuRal ``i tok NE``,
    Europeana ``tok NE``). ``-DOCSTART-`` lines are dropped."""
    words, tags = [], []
    with open(path, encoding="utf8") as f:
        for line in f:
            line = line.strip()
            if not line:
                if words:
                    yield NERSent(words, _repair_iob(tags))
                words, tags = [], []
                continue
            cols = line.split()
            if cols[0] == "-DOCSTART-":
                if words:
                    yield NERSent(words, _repair_iob(tags))
                words, tags = [], []
                continue
            words.append(cols[token_col])
            tags.append(cols[tag_col])
    if words:
        yield NERSent(words, _repair_iob(tags))


def _repair_iob(tags: list[str]) -> list[str]:
    out = []
    prev = "O"
    for t in tags:
        if t.startswith("I-") and (prev == "O" or prev[2:] != t[2:]):
            t = "B-" + t[2:]
        out.append(t)
        prev = t
    return out


def ner_docs(vocab, sents: list[NERSent], n_sents: int = 10):
    from spacy.tokens import Doc

    for start in range(0, len(sents), n_sents):
        group = sents[start : start + n_sents]
        words, ents, starts = [], [], []
        for s in group:
            words += s.words
            ents += s.tags
            starts += [True] + [False] * (len(s.words) - 1)
        yield Doc(vocab, words=words, ents=ents, sent_starts=starts)


# --------------------------------------------------------------------------------------------
# Building the corpora
# --------------------------------------------------------------------------------------------


def _dedup(sents, blocked: set[str], seen: set[str] | None = None, allow_repeats: bool = True):
    kept, dropped = [], 0
    for s in sents:
        k = norm_key(s.words)
        if k in blocked:
            dropped += 1
            continue
        if seen is not None:
            if k in seen and not allow_repeats:
                dropped += 1
                continue
            seen.add(k)
        kept.append(s)
    return kept, dropped


def _write_docbin(path: Path, docs) -> None:
    """Write docs to a .spacy file (user data left out: none is set)."""
    from spacy.tokens import DocBin

    db = DocBin(store_user_data=False)
    for doc in docs:
        db.add(doc)
    db.to_disk(path)


def prepare(data: Path, out: Path, *, lassy_old: bool = False, ner_extra: tuple[str, ...] = (), seed: int = 0) -> dict:
    """Write ``out/{ud-train,ud-dev,ner-train,ner-dev}.spacy`` (+ ``ud-test``/``ner-test`` for reporting)
    and ``out/data-stats.json``. Returns the stats."""
    import spacy

    data = Path(data)
    out.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("nl")
    stats: dict = {"ud": {}, "ner": {}}

    # ---- UD -------------------------------------------------------------------------------
    dev = list(read_conllu(data / UD_DEV))
    test = list(read_conllu(data / UD_TEST))
    blocked = {norm_key(s.words) for s in dev + test}
    train_files = list(UD_TRAIN_MAIN) + sorted(
        str(p.relative_to(data)) for p in (data / UD_TRAIN_EXTRA_DIR).glob("*.conllu")
    ) + list(UD_TRAIN_LASSY)
    if lassy_old:
        train_files.append(UD_TRAIN_LASSY_OLD)
    train: list[UDSent] = []
    for rel in train_files:
        sents = list(read_conllu(data / rel))
        kept, dropped = _dedup(sents, blocked)
        # drop trees without exactly one root (a few in the 2017 partial file)
        kept = [s for s in kept if sum(1 for i, h in enumerate(s.heads) if i == h) == 1]
        # drop sentences without tags: the paco-test, paco-realtest and noisy suites come out of the converter
        # with UPOS X on every word (and empty or stem-like lemmas), which teaches the morphologizer to emit X
        n_before = len(kept)
        kept = [s for s in kept if not all(p == "X" for p in s.pos)]
        stats["ud"][rel] = {"sents": len(sents), "kept": len(kept), "dropped_overlap": dropped,
                            "dropped_untagged": n_before - len(kept)}
        train += kept
    rng = random.Random(seed)
    rng.shuffle(train)  # mixes genres inside each 10-sentence doc; order within a source is not needed
    # training docs hold 10 sentences (the parser learns sentence boundaries); dev/test docs hold one sentence
    # each (evaluation with gold tokens and gold sentences, as for Frog in benchmarks/nlp.py)
    for name, sents, n in (("ud-train", train, 10), ("ud-dev", dev, 1), ("ud-test", test, 1)):
        _write_docbin(out / f"{name}.spacy", ud_docs(nlp.vocab, sents, n_sents=n))
        stats["ud"][name] = {"sents": len(sents), "words": sum(len(s.words) for s in sents)}

    # ---- NER ------------------------------------------------------------------------------
    ner_dev = list(read_columns(data / NER_DEV, 0))
    ner_test = list(read_columns(data / NER_TEST, 0))
    # Block dev/test sentences of more than two tokens (1-2-token article metadata such as
    # "De Morgen" recurs in every split and carries no test information).
    blocked_ner = {norm_key(s.words) for s in ner_dev + ner_test if len(s.words) > 2}
    ner_train, dropped = _dedup(list(read_columns(data / NER_TRAIN, 0)), blocked_ner)
    stats["ner"][NER_TRAIN] = {"kept": len(ner_train), "dropped_overlap": dropped}
    extra_sources = {
        "wikineural": [(p, 1) for p in NER_WIKINEURAL],
        "wikiann": [(p, 1) for p in NER_WIKIANN],
        "europeana": [(NER_EUROPEANA, 0)],
    }
    seen: set[str] = set()
    for name in ner_extra:
        for rel, col in extra_sources[name]:
            sents = list(read_columns(data / rel, col))
            kept, dropped = _dedup(sents, blocked_ner, seen, allow_repeats=False)
            stats["ner"][rel] = {"sents": len(sents), "kept": len(kept), "dropped": dropped}
            ner_train += kept
    # CoNLL-2002 sentences are shuffled within articles anyway; keep source order for the main set
    for name, sents, n in (("ner-train", ner_train, 10), ("ner-dev", ner_dev, 1), ("ner-test", ner_test, 1)):
        _write_docbin(out / f"{name}.spacy", ner_docs(nlp.vocab, sents, n_sents=n))
        stats["ner"][name] = {"sents": len(sents), "tokens": sum(len(s.words) for s in sents)}

    (out / "data-stats.json").write_text(json.dumps(stats, indent=1))
    return stats


def raw_text_jsonl(data: Path, corpus: Path | None, out: Path) -> int:
    """All raw Dutch text at hand (treebank and NER training sentences, news corpus paragraphs), deduplicated,
    as ``{"text": ...}`` lines for ``spacy pretrain``. Dev/test sentences are excluded."""
    data = Path(data)
    seen: set[str] = set()
    n = 0

    def texts():
        rels = list(UD_TRAIN_MAIN) + sorted(str(p.relative_to(data)) for p in (data / UD_TRAIN_EXTRA_DIR).glob("*.conllu"))
        for rel in rels + UD_TRAIN_LASSY:
            for s in read_conllu(data / rel):
                yield "".join(w + (" " if sp else "") for w, sp in zip(s.words, s.spaces)).strip()
        for rel, col in [(NER_TRAIN, 0), (NER_EUROPEANA, 0)] + [(p, 1) for p in NER_WIKINEURAL + NER_WIKIANN]:
            for s in read_columns(data / rel, col):
                yield " ".join(s.words)
        if corpus and Path(corpus).exists():
            with open(corpus, encoding="utf8") as c:
                for line in c:
                    for para in (json.loads(line).get("text") or "").split("\n"):
                        yield para.strip()

    with open(out, "w", encoding="utf8") as f:
        for t in texts():
            if t and t not in seen:
                seen.add(t)
                f.write(json.dumps({"text": t}, ensure_ascii=False) + "\n")
                n += 1
    return n


# --------------------------------------------------------------------------------------------
# Gazetteer feature for NER
# --------------------------------------------------------------------------------------------

GAZ_TYPES = ("PER", "ORG", "LOC", "MISC")


def build_gazetteer(data: Path, out: Path, sources: tuple[str, ...] = ("wikineural", "wikiann"), min_count: int = 1) -> int:
    """Write a tiny spaCy pipeline whose ``vocab.vectors`` is a gazetteer feature table, for
    ``[initialize] vectors`` + ``include_static_vectors = true`` in the NER tok2vec.

    For every word form (ORTH) seen inside an entity in the *silver* Wikipedia NER data (never CoNLL-2002, so
    the feature is not fitted to the gold training labels): the share of its occurrences inside a PER / ORG /
    LOC / MISC mention, the share at a mention start (B-), and a scaled log frequency. Words that never occur
    in an entity are not in the table (zero vector)."""
    import math
    from collections import Counter, defaultdict

    import numpy
    import spacy
    from spacy.vectors import Vectors

    data = Path(data)
    files = {"wikineural": [(p, 1) for p in NER_WIKINEURAL], "wikiann": [(p, 1) for p in NER_WIKIANN]}
    total: Counter = Counter()
    inside: dict = defaultdict(Counter)
    for name in sources:
        for rel, col in files[name]:
            for s in read_columns(data / rel, col):
                for w, t in zip(s.words, s.tags):
                    total[w] += 1
                    if t != "O":
                        inside[w][t[2:]] += 1
                        if t.startswith("B-"):
                            inside[w]["B"] += 1
    words = [w for w in inside if total[w] >= min_count]
    table = numpy.zeros((len(words), len(GAZ_TYPES) + 2), dtype="float32")
    for i, w in enumerate(words):
        n = total[w]
        for j, typ in enumerate(GAZ_TYPES):
            table[i, j] = inside[w][typ] / n
        table[i, len(GAZ_TYPES)] = inside[w]["B"] / n
        table[i, len(GAZ_TYPES) + 1] = min(1.0, math.log1p(n) / 10)
    nlp = spacy.blank("nl")
    keys = [nlp.vocab.strings.add(w) for w in words]
    nlp.vocab.vectors = Vectors(data=table, keys=keys, name="aldus_gazetteer")
    out = Path(out)
    nlp.to_disk(out)
    return len(words)
