"""Rule-based Dutch verb inflection, enough to generate every finite form and participle
of the reporting verbs in :mod:`aldus.lang.nl.reporting_verbs`.

Rules (standard Dutch spelling, cf. ANS §2.3 / the "'t kofschip" rule):
- stem = infinitive minus -en, a doubled final consonant simplified (stellen → stel),
  an open-syllable vowel doubled (maken → maak, concluderen → concludeer), v → f, z → s;
- present: stem, stem+t (no extra t after t), infinitive (plural);
- weak past: stem + te/ten after a voiceless consonant of the infinitive stem (t k f s ch p),
  else de/den; participle ge+stem+t/d (no ge- after the unstressed prefixes be- ge- her-
  er- ver- ont-);
- strong and irregular pasts are given in the table, not derived; the few irregular
  third persons ("heeft") are listed here.
"""
from __future__ import annotations

VOWELS = set("aeiouy")
UNSTRESSED_PREFIXES = ("be", "ge", "her", "er", "ver", "ont")
KOFSCHIP = set("tkfscp") | {"ch", "x"}


def stem(infinitive: str, override: str | None = None) -> str:
    """The first-person-singular stem of a weak or strong Dutch verb."""
    if override:
        return override
    inf = infinitive
    if inf.endswith("ien") or inf.endswith("aan") or inf.endswith("oen") and len(inf) <= 4:
        return inf[:-1]  # zien → zie, gaan → ga(a)
    if not inf.endswith("en"):
        return inf
    s = inf[:-2]
    # unstressed -el/-er/-en endings of native verbs keep a single vowel (twijfelen → twijfel)
    if (s.endswith(("el", "er", "en")) and any(c in VOWELS for c in s[:-2])
            and not inf.endswith("eren")) or inf.endswith(("ielen", "ieren")) or s.endswith("w"):
        pass  # twijfelen → twijfel, waarschuwen → waarschuw
    elif len(s) >= 2 and s[-1] == s[-2] and s[-1] not in VOWELS:
        s = s[:-1]  # stellen → stel
    elif len(s) >= 3 and s[-1] not in VOWELS and s[-2] in VOWELS and s[-2] != "i" and s[-3] not in VOWELS:
        s = s[:-1] + s[-2] + s[-1]  # maken → maak, concluderen → concludeer (never "ii": bevestigen → bevestig)
    if s.endswith("v"):
        s = s[:-1] + "f"
    elif s.endswith("z"):
        s = s[:-1] + "s"
    return s


def _voiceless(infinitive: str) -> bool:
    base = infinitive[:-2] if infinitive.endswith("en") else infinitive
    return base[-1:] in KOFSCHIP or base[-2:] == "ch"


def participle(infinitive: str, st: str) -> str:
    suffix = "t" if _voiceless(infinitive) else "d"
    if st.endswith(suffix) or (suffix == "d" and st.endswith("t")):
        suffix = ""
    prefix = "" if infinitive.startswith(UNSTRESSED_PREFIXES) and len(infinitive) > 5 else "ge"
    if prefix and st[:1] in "eiu":
        prefix = "ge" + {"e": "ë", "i": "ï", "u": "ü"}[st[0]]  # geëist, geïnformeerd
        return prefix + st[1:] + suffix
    return prefix + st + suffix


#: third persons singular the rules cannot derive ("heeft" beside the regular "hebt")
_IRREGULAR_THIRD = {"hebben": {"heeft"}}


def inflections(infinitive: str, past_sg: str | None = None, past_pl: str | None = None,
                part: str | None = None, stem_override: str | None = None) -> dict[str, set[str]]:
    """All forms of a simple verb, keyed by kind: 'finite', 'participle', 'infinitive'."""
    st = stem(infinitive, stem_override)
    # the bare stem is the 1st person singular ("ik zeg"): never a cue in news copy and
    # a noun far too often ("twijfel", "vrees", "hoop"), so it is left out
    present = {infinitive} | ({st} if st.endswith("t") else {st + "t"}) | _IRREGULAR_THIRD.get(infinitive, set())
    if past_sg is None:
        ending = "te" if _voiceless(infinitive) else "de"
        past_sg, past_pl = st + ending, st + ending + "n"
    past = {past_sg, past_pl or past_sg + "en"}
    return {
        "finite": present | past,
        "participle": {part or participle(infinitive, st)},
        "infinitive": {infinitive},
    }
