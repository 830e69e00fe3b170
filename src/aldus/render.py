"""The table view: what a person sees first (stub)."""
from __future__ import annotations

from rich.console import Console

from .model import Article


def print_article(article: Article, file=None) -> None:
    console = Console(file=file)
    console.rule(article.headline or article.id)
    for b in article.blocks:
        console.print(f"[dim]{b.kind}[/dim] {b.text}")
