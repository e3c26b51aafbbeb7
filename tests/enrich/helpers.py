"""Articles for the enrichment tests: the seed, an edited wire copy of it, unrelated and German ones."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from pipeline.models import Article, Provenance
from pipeline.settings import PROJECT_ROOT

SEED_FILE = PROJECT_ROOT / "seeds" / "000_c14a1469d1a060ad.txt"
FIXTURES = PROJECT_ROOT / "tests" / "fixtures" / "entities"
EXTRACTION = Provenance(producer="test", version="1")


def article(title: str, text: str, url: str, source: str, published: datetime | None = None) -> Article:
    return Article.build(title=title, text=text, url=url, source=source, published_at=published, extraction=EXTRACTION)


def seed(published: datetime | None = datetime(2020, 1, 13, 12, tzinfo=UTC)) -> Article:
    title, _, body = SEED_FILE.read_text(encoding="utf-8").partition("\n")
    return article(title.strip(), body.strip(), "https://example.com/seed", "example", published)


def edited_copy(original: Article, published: datetime = datetime(2020, 1, 13, 15, tzinfo=UTC)) -> Article:
    """A republication: new headline, a few words changed, the last paragraph dropped, a credit line."""
    text = original.text.replace("on Monday", "on Monday,").replace("senior-level", "high-level")
    text = text.replace("Syria’s state-run news agency", "the Syrian state news agency")
    text = text.rsplit("\n\n", 2)[0] + "\n\n(Reporting by the wire desk)"
    title = "Turkish, Syrian spy chiefs hold talks in Moscow"
    return article(title, text, "https://wire.example.org/idlib", "wire", published)


def fixture_article(name: str, source: str = "fixtures") -> Article:
    data = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    return article(data["title"], data["text"], f"https://{source}.example.net/{name}", source)


GERMAN = article(
    "Bundesregierung beschließt neues Entlastungspaket",
    "Die Bundesregierung hat am Dienstag in Berlin neue Maßnahmen zur Stärkung der Wirtschaft beschlossen. "
    "Finanzminister und Wirtschaftsminister stellten das Paket gemeinsam vor. Die Opposition kritisierte, "
    "die Entlastungen kämen zu spät und seien zu gering. Verbände der Industrie begrüßten dagegen die "
    "geplanten Abschreibungen und die Senkung der Stromsteuer für Unternehmen.",
    "https://beispiel.de/paket", "beispiel",
)

# Dutch: Frog's entities (Debian's packages; ``newsline services up`` fetches them)
DUTCH = article(
    "Kabinet presenteert nieuw pakket maatregelen voor de woningmarkt",
    "Het kabinet heeft dinsdag in Den Haag een nieuw pakket maatregelen voor de woningmarkt gepresenteerd. "
    "De minister van Volkshuisvesting zei dat er de komende jaren veel meer betaalbare huizen gebouwd moeten "
    "worden. De oppositie vindt dat de plannen te laat komen en niet ver genoeg gaan. Gemeenten en "
    "woningcorporaties reageerden voorzichtig positief, maar zij willen meer geld voor de bouw van sociale huurwoningen.",
    "https://voorbeeld.nl/woningmarkt", "voorbeeld",
)

# no registry NER model for Czech (cs-core-news-sm was measured and is too weak): its entities are recorded as skipped
CZECH = article(
    "Vláda představila nový balíček pro trh s bydlením",
    "Vláda v úterý v Praze představila nový balíček opatření pro trh s bydlením. Ministr pro místní rozvoj "
    "uvedl, že v příštích letech je nutné postavit mnohem více dostupných bytů. Opozice tvrdí, že plány "
    "přicházejí pozdě a nejdou dostatečně daleko. Obce a bytová družstva je přijala opatrně, ale chtějí více "
    "peněz na výstavbu sociálních nájemních bytů.",
    "https://priklad.cz/bydleni", "priklad",
)

# Polish: entities from Morfeusz's dictionary (pipeline.enrich.entities.polish_words)
POLISH = article(
    "Rząd przedstawił nowy pakiet dla rynku mieszkaniowego",
    "Rząd przedstawił we wtorek w Warszawie nowy pakiet działań dla rynku mieszkaniowego. Minister rozwoju "
    "powiedział, że w najbliższych latach trzeba zbudować znacznie więcej tanich mieszkań. Opozycja uważa, że "
    "plany przychodzą za późno i nie idą wystarczająco daleko. Samorządy i spółdzielnie mieszkaniowe przyjęły je "
    "ostrożnie, ale chcą więcej pieniędzy na budowę mieszkań socjalnych na wynajem.",
    "https://przyklad.pl/mieszkania", "przyklad",
)
