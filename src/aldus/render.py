"""The table view: what a person sees first.

One panel per article: its structure at a glance (headline, standfirst, dateline, byline,
caption), then *who says what*: one row group per source, in order of first appearance,
with the source's role, and each thing they said in reading order — direct quotes in
quotation marks, paraphrases (indirect speech) plain, mixed with both.
"""
from __future__ import annotations

from collections import Counter
from typing import Optional

from rich import box
from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from .model import Article, Attribution

TYPE_MARK = {"direct": "“”", "indirect": "≈", "mixed": "≈“”"}
UNKNOWN = "(source unknown)"


def group_by_source(attributions: list[Attribution]) -> list[tuple[str, Optional[str], list[Attribution]]]:
    """Records grouped per canonical speaker, groups in order of first appearance."""
    groups: dict[str, list[Attribution]] = {}
    roles: dict[str, Optional[str]] = {}
    for a in attributions:
        key = a.speaker or UNKNOWN
        groups.setdefault(key, []).append(a)
        if a.speaker_role and not roles.get(key):
            roles[key] = a.speaker_role
    return [(k, roles.get(k), v) for k, v in groups.items()]


def _said(a: Attribution) -> Text:
    t = Text()
    t.append(f"{TYPE_MARK.get(a.type, '?'):<4}", style="dim")
    body = f"‘{a.content}’" if a.type == "direct" else a.content
    t.append(body, style="italic" if a.type == "direct" else "")
    if a.cue and a.cue not in (":",):
        t.append(f"  [{a.cue}", style="dim")
        if a.speaker_mention and a.speaker_mention != a.speaker:
            t.append(f" · {a.speaker_mention}", style="dim")
        t.append("]", style="dim")
    return t


def article_renderable(article: Article):
    head = Text()
    head.append(article.headline or article.id, style="bold")
    if article.standfirst:
        head.append("\n" + article.standfirst, style="italic")
    meta = [x for x in (article.dateline, article.byline and f"door {article.byline.removeprefix('Door ').removeprefix('door ')}",
                        article.published, article.outlet, article.language) if x]
    meta.append(article.source)
    head.append("\n" + " · ".join(meta), style="dim")
    if article.caption:
        cap = article.caption + (f" (beeld: {article.caption_credit})" if article.caption_credit else "")
        head.append("\nCaption: " + cap, style="dim")

    parts = [head]
    groups = group_by_source(article.attributions)
    if groups:
        table = Table(box=box.SIMPLE_HEAD, expand=True, show_lines=False, pad_edge=False,
                      title=f"Who says what — {len(article.attributions)} attributions, "
                            f"{sum(1 for g in groups if g[0] != UNKNOWN)} sources",
                      title_justify="left", title_style="bold")
        table.add_column("Source", ratio=1, overflow="fold")
        table.add_column("What they said", ratio=3, overflow="fold")
        for name, role, recs in groups:
            who = Text(name, style="bold cyan" if name != UNKNOWN else "dim")
            if role:
                who.append("\n" + role, style="cyan dim")
            for i, rec in enumerate(recs):
                table.add_row(who if i == 0 else "", _said(rec), end_section=(i == len(recs) - 1))
        parts.append(table)
        parts.append(Text("“” direct quote   ≈ paraphrase (reported speech)   ≈“” paraphrase holding a quote"
                          "   [cue · mention as written]", style="dim"))
    else:
        parts.append(Text("No attributions found.", style="dim"))

    if article.entities:
        counts = Counter((e.label, e.text) for e in article.entities)
        by_label: dict[str, list[str]] = {}
        for (label, text), n in counts.most_common():
            by_label.setdefault(label, []).append(text + (f" ×{n}" if n > 1 else ""))
        ent = Text("Entities  ", style="bold")
        ent.append("  ".join(f"{label}: {', '.join(v[:8])}" for label, v in sorted(by_label.items())))
        parts.append(ent)
    if article.quantities:
        q = Text("Numbers   ", style="bold")
        q.append(", ".join(x.text for x in article.quantities[:15]))
        parts.append(q)
    return Group(*parts)


def print_article(article: Article, file=None) -> None:
    console = Console(file=file, soft_wrap=False)
    console.rule(style="dim")
    console.print(article_renderable(article))
