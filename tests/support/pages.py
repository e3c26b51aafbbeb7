"""Real-looking article pages for the fixture site (deterministic text, proper metadata)."""

from __future__ import annotations

import html
import random

SUBJECTS = [
    "The city council",
    "Regional health officials",
    "The transport ministry",
    "Local farmers",
    "Researchers at the university",
    "The opposition party",
    "Union representatives",
    "The central bank",
    "Emergency services",
    "Residents of the old town",
]
VERBS = [
    "announced",
    "warned",
    "confirmed",
    "criticised",
    "welcomed",
    "questioned",
    "reported",
    "debated",
    "approved",
    "rejected",
]
OBJECTS = [
    "a new plan to expand the tram network",
    "the proposed budget for next year",
    "rising prices for fuel and food",
    "the results of a two-year study on air quality",
    "changes to the school calendar",
    "a dispute over water rights",
    "the reopening of the northern bridge",
    "a shortage of nurses in rural clinics",
    "new rules for short-term rentals",
    "plans to restore the historic harbour",
]
CODAS = [
    "on Tuesday after weeks of negotiations.",
    "in a statement published late on Monday.",
    "despite strong objections.",
    "citing figures collected over the summer.",
    "after a heated public meeting.",
    "according to people familiar with the talks.",
]


def paragraphs(seed: str, count: int = 6) -> list[str]:
    rng = random.Random(seed)  # noqa: S311 - fixture text
    out = []
    for _ in range(count):
        sentences = [
            f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(CODAS)}" for _ in range(4)
        ]
        out.append(" ".join(sentences))
    return out


def article_page(
    title: str,
    date: str,
    author: str = "Ana Ruiz",
    body: list[str] | None = None,
    canonical: str | None = None,
    lang: str = "en",
    charset: str = "utf-8",
    seed: str | None = None,
    sitename: str = "Fixture Times",
) -> str:
    body = body or paragraphs(seed or title)
    canon = f'<link rel="canonical" href="{html.escape(canonical)}">' if canonical else ""
    paras = "\n".join(f"<p>{html.escape(p)}</p>" for p in body)
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="{charset}">
<title>{html.escape(title)} | {sitename}</title>
<meta property="og:title" content="{html.escape(title)}">
<meta property="og:site_name" content="{sitename}">
<meta name="author" content="{html.escape(author)}">
<meta property="article:published_time" content="{date}">
{canon}
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
<main><article>
<h1>{html.escape(title)}</h1>
<p class="byline">By {html.escape(author)}, <time datetime="{date}">{date[:10]}</time></p>
{paras}
</article></main>
<footer><p>Copyright Fixture Times. All rights reserved.</p></footer>
</body></html>"""


def index_page() -> str:
    links = "\n".join(f'<li><a href="/articles/story-{i}.html">Story {i}</a></li>' for i in range(30))
    return (
        f"<!DOCTYPE html><html><head><title>Front page</title></head><body><h1>Front</h1><ul>{links}</ul></body></html>"
    )
