"""Dutch reporting verbs: speech, thought/belief and finding verbs that introduce
attributed content ("X zegt dat ...", "..., concludeert X", "Uit onderzoek blijkt dat ...").

Provenance: compiled for aldus from general knowledge of Dutch and the usual
reporting-verb classes in the literature (Krestel, Bergler & Witte 2008; textacy's
REPORTING_VERBS for en/es/fr; the verbs of saying/believing in the ANS §21.3 on
"indirecte rede"). Not derived from any evaluation data. Inflected forms are generated
by the rules in :mod:`aldus.lang.nl.inflect`; only strong/irregular pasts are listed.

Table format, one verb a line:
    infinitive  class  [past_sg/past_pl/participle]
- ``aan|geven``: separable particle "aan" + base verb "geven" (gaf aan, aangegeven)
- ``laten+weten``: a fixed second verb that follows ("laat weten", "liet ... weten")
- ``wijzen>erop``: a required companion word ("wijst erop dat"); words joined by "_" for a
  companion phrase (``komen>tot_de_conclusie``)
- ``oordelen:oordeel``: a stem the spelling rules cannot know (stress: oordeel, not oordel)
- class: speech | belief | finding | naming (noemen: only for mixed quotes)
"""
from __future__ import annotations

from .inflect import inflections

VERB_TABLE = """
zeggen          speech  zei/zeiden/gezegd
stellen         speech
melden          speech
vertellen       speech
verklaren       speech
benadrukken     speech
beklemtonen     speech
onderstrepen    speech
beweren         speech
tegen|werpen    speech  wierp/wierpen/geworpen
op|tekenen      speech
argumenteren:argumenteer speech
beargumenteren:beargumenteer speech
verklappen      speech
weerleggen      speech  weerlegde/weerlegden/weerlegd
maken>kenbaar   speech
laten+horen     speech  liet/lieten/gelaten
brengen>buiten  speech  bracht/brachten/gebracht
realiseren>zich:realiseer belief
motiveren:motiveer speech
pretenderen:pretendeer speech
impliceren:impliceer speech
betogen         speech
roepen          speech  riep/riepen/geroepen
schrijven       speech  schreef/schreven/geschreven
antwoorden      speech
reageren        speech
op|merken       speech
aan|geven       speech  gaf/gaven/gegeven
laten+weten     speech  liet/lieten/gelaten
toe|voegen      speech
aan|tekenen     speech
uit|leggen      speech  legde/legden/gelegd
toe|lichten     speech
waarschuwen     speech
erkennen        speech
ontkennen       speech
bevestigen      speech
bekennen        speech
toe|geven       speech  gaf/gaven/gegeven
aan|kondigen    speech
bekend|maken    speech
mee|delen       speech
mede|delen      speech
verzekeren:verzeker speech
beloven         speech
toe|zeggen      speech
garanderen      speech
herinneren>eraan:herinner speech
onthullen       speech
rapporteren     speech
berichten       speech
opperen:opper   speech
suggereren      speech
claimen         speech
pleiten         speech
bepleiten       speech
eisen           speech
vragen          speech  vroeg/vroegen/gevraagd
af|vragen       belief  vroeg/vroegen/gevraagd
klagen          speech
beklagen        speech
verzuchten      speech
zuchten         speech
lachen          speech
grappen         speech
beamen:beaam    speech
wijzen>erop     speech  wees/wezen/gewezen
wijzen>op       speech  wees/wezen/gewezen
aan|voeren      speech
verwijten       speech  verweet/verweten/verweten
redeneren:redeneer speech
bedoelen:bedoel speech
zinspelen>op:zinspeel speech
drukken>hart    speech
hameren>erop:hamer speech
hinten>erop     speech
beschuldigen    speech
betichten       speech
vermelden       speech
verkondigen     speech
hekelen:hekel   speech
smalen          speech
mailen          speech
tweeten         speech
twitteren:twitter speech
getuigen        speech
zweren          speech  zwoer/zwoeren/gezworen
bezweren        speech  bezwoer/bezwoeren/bezworen
dreigen         speech
adviseren       speech
aan|raden       speech  raadde/raadden/geraden
op|roepen       speech  riep/riepen/geroepen
aan|vullen      speech
aan|stippen     speech
vervolgen       speech
besluiten       speech  besloot/besloten/besloten
preciseren      speech
nuanceren       speech
herhalen        speech
uiten           speech
uit|spreken     speech  sprak/spraken/gesproken
af|spreken      speech  sprak/spraken/gesproken
verdedigen      speech
protesteren     speech
voorspellen     speech
op|sommen       speech
vertolken       speech
tegen|spreken   speech  sprak/spraken/gesproken
weerspreken     speech  weersprak/weerspraken/weersproken
betwisten       speech
bestrijden      speech  bestreed/bestreden/bestreden
verwerpen       speech  verwierp/verwierpen/verworpen
vinden          belief  vond/vonden/gevonden
uit|gaan        belief  ging/gingen/gegaan
vol|houden      speech  hield/hielden/gehouden
uit|sluiten     belief  sloot/sloten/gesloten
rekenen>erop    belief
houden>rekening:houd belief  hield/hielden/gehouden
denken          belief  dacht/dachten/gedacht
weten           belief  wist/wisten/geweten
menen           belief
geloven         belief
verwachten      belief
vermoeden       belief
veronderstellen belief
betwijfelen     belief
twijfelen       belief
vrezen          belief
betreuren       belief
hopen           belief
aan|nemen       belief  nam/namen/genomen
achten          belief
schatten        belief
in|schatten     belief
overwegen       belief  overwoog/overwogen/overwogen
beseffen        belief
merken          belief
in|zien         belief  zag/zagen/gezien
concluderen     finding
constateren     finding
signaleren      finding
ontdekken       finding
vast|stellen    finding
berekenen       finding
uit|rekenen     finding
becijferen:becijfer finding
aan|tonen       finding
bepalen         finding
oordelen:oordeel finding
laten+zien      finding liet/lieten/gelaten
uit|wijzen      finding wees/wezen/gewezen
blijken         finding bleek/bleken/gebleken
leren           finding
noemen          naming
omschrijven     naming  omschreef/omschreven/omschreven
beschrijven     naming  beschreef/beschreven/beschreven
spreken>van     naming  sprak/spraken/gesproken
spreken>over    naming  sprak/spraken/gesproken
reppen>van      naming
bestempelen     naming
betitelen       naming
typeren         naming
kenschetsen     naming
voor|stellen    speech
aan|dringen     speech  drong/drongen/gedrongen
komen>voren:kom finding kwam/kwamen/gekomen
komen>tot_de_conclusie:kom finding kwam/kwamen/gekomen
komen>erachter:kom finding kwam/kwamen/gekomen
brengen>aan_het_licht finding bracht/brachten/gebracht
maken>duidelijk speech
laten+doorschemeren speech liet/lieten/gelaten
hebben>gevoel belief had/hadden/gehad
hebben>indruk belief had/hadden/gehad
hebben>hoop belief had/hadden/gehad
hebben>vertrouwen belief had/hadden/gehad
zingen          speech  zong/zongen/gezongen
koppen          speech
fluisteren:fluister speech
schreeuwen      speech
gillen          speech
brullen         speech
mompelen:mompel speech
stamelen:stamel speech
snauwen         speech
sneren          speech
grinniken:grinnik speech
mopperen:mopper speech
juichen         speech
glimlachen      speech
"""

#: predicative adjectives that attribute a belief ("X is bang dat ...", "X is ervan overtuigd dat ...")
BELIEF_ADJECTIVES = {"bang", "bezorgd", "overtuigd", "optimistisch", "pessimistisch", "zeker", "benieuwd",
                     "mening", "oordeel", "stellig", "hoopvol", "sceptisch", "kritisch",
                     # emotions about a stated fact ("X is blij dat ...", "die verbaasd zijn dat ...")
                     "blij", "verbaasd", "teleurgesteld", "verheugd", "ongerust", "verontrust", "tevreden",
                     "boos", "trots", "verrast", "opgelucht", "bevreesd"}

#: cue words that are not verbs: "volgens X", "..., aldus X", "naar verluidt"
VOLGENS = {"volgens"}
ALDUS = {"aldus"}
#: word groups that, closed by "van", work as "volgens" ("in de ogen van X is het ...")
VOLGENS_PHRASES = {("in", "de", "ogen")}

#: words that may stand between "zo" and a cue in "..., zo zegt X" / "zo meldt X"
ZO = {"zo"}

#: verbs whose object holds no one's words, even with a quoted fragment in it
NOT_FRAGMENT_LEMMAS = {"overwegen", "hopen", "bedoelen", "leren", "achten", "onthullen", "voorstellen",
                       "aankondigen", "bevestigen", "erkennen", "beloven", "aannemen"}

#: manner verbs used only right after a direct quote ("'...', lacht X")
QUOTE_ONLY_CLASSES = {"naming"}
QUOTE_ONLY_LEMMAS = {"lachen", "zuchten", "grappen", "vervolgen", "verzuchten", "aanvullen",
                     "besluiten", "herhalen", "weten", "vragen", "antwoorden", "reageren", "opsommen", "motiveren",
                     # manners of speaking, singing and headlining ("'...', gilt ze", "'...', kopte de krant")
                     "zingen", "koppen", "fluisteren", "schreeuwen", "gillen", "brullen", "mompelen", "stamelen",
                     "snauwen", "sneren", "grinniken", "mopperen", "juichen", "glimlachen"}


def _parse_table(table: str):
    for line in table.strip().splitlines():
        parts = line.split()
        spec, cls = parts[0], parts[1]
        spec, _, stem_override = spec.partition(":")
        irregular = parts[2].split("/") if len(parts) > 2 else None
        particle = companion = follower = None
        if "|" in spec:
            particle, base = spec.split("|")
        elif "+" in spec:
            base, follower = spec.split("+")
        elif ">" in spec:
            base, companion = spec.split(">")
        else:
            base = spec
        yield base, cls, irregular, particle, follower, companion, stem_override or None


def _build():
    forms: dict[str, list[dict]] = {}
    for base, cls, irr, particle, follower, companion, st in _parse_table(VERB_TABLE):
        lemma = (particle or "") + base + (" " + follower if follower else "")
        infl = inflections(base, *(irr or [None, None, None]), stem_override=st)
        entry = dict(lemma=lemma, cls=cls, particle=particle, follower=follower, companion=companion)
        for kind, words in infl.items():
            for w in words:
                forms.setdefault(w, []).append(dict(entry, kind=kind, joined=False))
                if particle:  # joined forms in subordinate clauses / participles: aangeeft, aangegeven
                    forms.setdefault(particle + w, []).append(dict(entry, kind=kind, joined=True))
    return forms


#: surface form (lower case) → list of readings {lemma, cls, particle, follower, companion, kind, joined}
REPORTING_FORMS: dict[str, list[dict]] = _build()

#: lemmas of the table (with particles joined), for documentation and tests
REPORTING_LEMMAS = sorted({r["lemma"] for rs in REPORTING_FORMS.values() for r in rs})
