"""Build the golden pages (gzipped HTML) and their reference body text: ``python -m tests.extract.golden.build_pages``.

Each page mimics a real news site's layout (navigation, cookie banner, share bar, related links, comments,
footer, JSON-LD) around a known article body, so the body text is the reference for the F1 check.
Run once; the outputs are checked in. ``regenerate.py`` then records what the extractor makes of them.
"""

from __future__ import annotations

import gzip
import html
import json
from pathlib import Path

from tests.support.pages import paragraphs

HERE = Path(__file__).parent
PAGES = HERE / "pages"
GOLD = HERE / "gold"

CHROME_TOP = """<div class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button></div>
<header class="site-header"><a class="logo" href="/">{site}</a><nav><ul><li><a href="/world">World</a></li>
<li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li><li><a href="/culture">Culture</a></li>
<li><a href="/subscribe">Subscribe</a></li></ul></nav></header>"""
SHARE = (
    """<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a></div>"""
)
RELATED = """<aside class="related"><h3>Related stories</h3><ul>{items}</ul></aside>"""
COMMENTS = """<section id="comments"><h3>Comments (2)</h3><div class="comment"><b>reader42</b><p>Great piece, thanks for
covering this issue so thoroughly.</p></div><div class="comment"><b>skeptic</b><p>I doubt any of this will happen
before the next election.</p></div></section>"""
FOOTER = """<footer><p>&copy; 2026 {site}. All rights reserved.</p><p><a href="/privacy">Privacy</a> |
<a href="/terms">Terms</a> | <a href="/contact">Contact us</a></p></footer>"""


def _related(seed: str) -> str:
    items = "".join(
        f'<li><a href="/news/{seed}-{i}">More on this: follow-up report number {i}</a></li>' for i in range(5)
    )
    return RELATED.format(items=items)


def article(
    slug: str,
    *,
    title: str,
    author: str,
    date: str,
    site: str,
    lang: str = "en",
    section: str = "World",
    tags: tuple[str, ...] = (),
    body: list[str] | None = None,
    charset: str = "utf-8",
    jsonld: bool = False,
    subheads: bool = False,
) -> tuple[str, list[str]]:
    body = body or paragraphs(slug, 7)
    blocks = []
    for i, para in enumerate(body):
        if subheads and i == 3:
            blocks.append("<h2>What happens next</h2>")
        blocks.append(f"<p>{html.escape(para)}</p>")
        if i == 1:
            blocks.append('<div class="ad">Advertisement</div>')
    ld = ""
    if jsonld:
        ld = (
            '<script type="application/ld+json">'
            + json.dumps(
                {
                    "@context": "https://schema.org",
                    "@type": "NewsArticle",
                    "headline": title,
                    "datePublished": date,
                    "author": {"@type": "Person", "name": author},
                    "publisher": {"@type": "Organization", "name": site},
                }
            )
            + "</script>"
        )
    keywords = f'<meta name="keywords" content="{", ".join(tags)}">' if tags else ""
    page = f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="{charset}">
<title>{html.escape(title)} - {site}</title><meta name="description" content="{html.escape(body[0][:150])}">
<meta property="og:title" content="{html.escape(title)}"><meta property="og:site_name" content="{site}">
<meta property="og:image" content="https://static.example.org/img/{slug}.jpg">
<meta name="author" content="{html.escape(author)}"><meta property="article:published_time" content="{date}">
<meta property="article:section" content="{section}">{keywords}{ld}</head><body>
{CHROME_TOP.format(site=site)}
<main><article><h1>{html.escape(title)}</h1><div class="meta">By <span class="author">{html.escape(author)}</span>
<time datetime="{date}">{date[:10]}</time></div>{SHARE}
<div class="article-body">{"".join(blocks)}</div></article>{_related(slug)}{COMMENTS}</main>
{FOOTER.format(site=site)}</body></html>"""
    return page, body


def index_page() -> tuple[str, list[str]]:
    items = "".join(
        f'<li><a href="/news/story-{i}">Headline number {i} about the regional elections</a></li>' for i in range(40)
    )
    return (
        f'<!DOCTYPE html><html lang="en"><head><title>Front page - Daily Fixture</title></head><body>'
        f"{CHROME_TOP.format(site='Daily Fixture')}<main><h1>Latest news</h1><ul>{items}</ul></main>"
        f"{FOOTER.format(site='Daily Fixture')}</body></html>"
    ), []


def video_page() -> tuple[str, list[str]]:
    return (
        '<!DOCTYPE html><html lang="en"><head><title>Watch: storm hits the coast - Daily Fixture</title>'
        '<meta property="og:type" content="video.other"></head><body>'
        f"{CHROME_TOP.format(site='Daily Fixture')}<main><h1>Watch: storm hits the coast</h1>"
        '<video src="/v/storm.mp4" controls></video><p>Footage of the storm.</p></main>'
        f"{FOOTER.format(site='Daily Fixture')}</body></html>"
    ), []


def paywall_page() -> tuple[str, list[str]]:
    return (
        '<!DOCTYPE html><html lang="en"><head><title>Inside the budget talks - The Ledger</title></head><body>'
        f"{CHROME_TOP.format(site='The Ledger')}<main><article><h1>Inside the budget talks</h1>"
        '<p>Ministers met late into the night.</p><div class="paywall"><h2>Subscribe to continue reading</h2>'
        "<p>Get unlimited access for 1 euro a month.</p><button>Subscribe</button></div></article></main>"
        f"{FOOTER.format(site='The Ledger')}</body></html>"
    ), []


FR = [
    "Le conseil municipal de Besançon a approuvé mardi un plan de rénovation du vieux théâtre, fermé depuis "
    "près de dix ans. Les travaux, estimés à douze millions d'euros, doivent commencer à l'été.",
    "« C'est une décision historique pour la ville », a déclaré l'adjointe à la culture, qui a rappelé que le "
    "bâtiment avait été construit en 1784. Les associations de quartier ont salué l'annonce.",
    "L'opposition a toutefois critiqué le calendrier, jugeant que la priorité devait aller aux écoles et aux "
    "crèches. Un débat public sera organisé en février à l'hôtel de ville.",
    "Selon le projet, la salle principale retrouvera ses décors d'origine et accueillera à nouveau des "
    "spectacles dès la saison 2028-2029, avec une programmation tournée vers le théâtre et l'opéra.",
]
DE = [
    "Die Stadtwerke München haben am Donnerstag angekündigt, das Fernwärmenetz bis 2030 deutlich auszubauen. "
    "Rund 40.000 zusätzliche Haushalte sollen angeschlossen werden, vor allem in den nördlichen Stadtteilen.",
    "„Wir müssen schneller werden, wenn wir die Klimaziele erreichen wollen“, sagte der Geschäftsführer bei der "
    "Vorstellung der Pläne. Die Kosten werden auf über eine Milliarde Euro geschätzt.",
    "Kritiker bemängeln, dass die Preise für Fernwärme zuletzt stark gestiegen seien. Der Mieterverein fordert "
    "eine unabhängige Preisaufsicht und mehr Transparenz bei der Berechnung der Tarife.",
    "Die Bauarbeiten sollen im Frühjahr beginnen. Anwohner müssen sich auf Straßensperrungen einstellen, die "
    "Stadtwerke versprechen jedoch, die Arbeiten abschnittsweise und möglichst zügig durchzuführen.",
]


def pages() -> dict[str, tuple[str, list[str], str]]:
    """name -> (html, reference body paragraphs, charset)."""
    out: dict[str, tuple[str, list[str], str]] = {}

    def add(name: str, built: tuple[str, list[str]], charset: str = "utf-8") -> None:
        out[name] = (built[0], built[1], charset)

    add(
        "world-tram",
        article(
            "world-tram",
            title="City approves tram line to the harbour",
            author="Ana Ruiz",
            date="2026-03-04T08:15:00+00:00",
            site="Daily Fixture",
            tags=("transport", "city"),
        ),
    )
    add(
        "politics-budget",
        article(
            "politics-budget",
            title="Opposition rejects draft budget after all-night session",
            author="Tom Okafor",
            date="2026-02-11T22:40:00+00:00",
            site="The Ledger",
            section="Politics",
            jsonld=True,
            subheads=True,
        ),
    )
    add(
        "health-clinics",
        article(
            "health-clinics",
            title="Rural clinics struggle to hire nurses",
            author="Mei Chen",
            date="2026-01-20T06:00:00+00:00",
            site="Regional Post",
            tags=("health",),
        ),
    )
    add(
        "culture-theatre-fr",
        article(
            "culture-theatre-fr",
            title="Besançon : le vieux théâtre va rouvrir ses portes",
            author="Claire Dubois",
            date="2026-01-13T10:30:00+01:00",
            site="L'Écho de l'Est",
            lang="fr",
            section="Culture",
            body=FR,
        ),
        "iso-8859-1",
    )
    add(
        "energy-heat-de",
        article(
            "energy-heat-de",
            title="Stadtwerke bauen Fernwärme massiv aus",
            author="Jonas Weber",
            date="2026-02-05T14:00:00+01:00",
            site="Münchner Bote",
            lang="de",
            section="Wirtschaft",
            body=DE,
            jsonld=True,
        ),
    )
    add(
        "short-brief",
        article(
            "short-brief",
            title="Bridge reopens after repairs",
            author="Staff",
            date="2026-03-01T09:00:00+00:00",
            site="Daily Fixture",
            body=paragraphs("brief", 2),
        ),
    )
    add("index-front", index_page())
    add("video-storm", video_page())
    add("paywall-budget", paywall_page())
    return out


def main() -> None:
    PAGES.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    for name, (page, body, charset) in pages().items():
        data = page.replace('charset="utf-8"', f'charset="{charset}"').encode(charset)
        (PAGES / f"{name}.html.gz").write_bytes(gzip.compress(data, mtime=0))
        (GOLD / f"{name}.txt").write_text("\n".join(body) + ("\n" if body else ""), encoding="utf-8")
    print(f"wrote {len(pages())} pages to {PAGES}")


if __name__ == "__main__":
    main()
