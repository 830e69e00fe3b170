"""Entity labels made consistent within one article (aldus.entities.harmonise)."""
from aldus.entities import harmonise
from aldus.model import Attribution, Entity


def ents(text, *spans):
    out = []
    for name, label, nth in spans:
        start = -1
        for _ in range(nth + 1):
            start = text.index(name, start + 1)
        out.append(Entity(text=name, label=label, start=start, end=start + len(name)))
    return out


def said(speaker):
    return Attribution(type="direct", content="x", start=0, end=1, speaker=speaker)


def test_a_surname_of_a_quoted_person_is_a_person():
    text = "Karel Dijkstra leidt het onderzoek. Volgens Dijkstra is het veilig. Dijkstra twijfelt niet."
    out = harmonise(ents(text, ("Karel Dijkstra", "PER", 0), ("Dijkstra", "LOC", 1), ("Dijkstra", "ORG", 2)),
                    text, [said("Karel Dijkstra")])
    assert [e.label for e in out] == ["PER", "PER", "PER"]


def test_a_town_taken_for_a_person_that_nobody_quotes_is_a_place():
    text = "In Velsum is het stil. De strijd rond Velsum duurt voort. Velsum ligt aan de rivier."
    out = harmonise(ents(text, ("Velsum", "PER", 0), ("Velsum", "PER", 1), ("Velsum", "PER", 2)), text, [])
    assert [e.label for e in out] == ["LOC", "LOC", "LOC"]
    # (guard: one "in" is not enough, and someone quoted stays a person)
    text = "Het vertrouwen in Verbeek is groot. Verbeek zwijgt."
    out = harmonise(ents(text, ("Verbeek", "PER", 0), ("Verbeek", "PER", 1)), text, [])
    assert [e.label for e in out] == ["PER", "PER"]
    text = "In Verbeek geloven ze. Rond Verbeek is het druk. 'Nee', zegt Verbeek."
    out = harmonise(ents(text, ("Verbeek", "PER", 0), ("Verbeek", "PER", 1), ("Verbeek", "PER", 2)),
                    text, [said("Verbeek")])
    assert [e.label for e in out] == ["PER", "PER", "PER"]


def test_most_mentions_decide_but_a_person_stays_one():
    text = "De Omniabank groeit. De Omniabank wint. Omniabank verliest."
    out = harmonise(ents(text, ("Omniabank", "ORG", 0), ("Omniabank", "ORG", 1), ("Omniabank", "LOC", 2)), text, [])
    assert [e.label for e in out] == ["ORG", "ORG", "ORG"]
    text = "Haverkamp won. Haverkamp verloor. Haverkamp lachte."
    out = harmonise(ents(text, ("Haverkamp", "ORG", 0), ("Haverkamp", "ORG", 1), ("Haverkamp", "PER", 2)), text, [])
    assert [e.label for e in out] == ["ORG", "ORG", "PER"]
