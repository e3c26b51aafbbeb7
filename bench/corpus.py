"""Deterministic synthetic news: realistic lengths, named people/organisations/places, wire copies, languages.

    from bench.corpus import generate, write_json, NEWSROOM_MIX
    articles = generate(10_000, seed=7)                          # list[Article], ids distinct, English
    articles = generate(10_000, seed=7, mix=NEWSROOM_MIX)        # 55% English, German, Spanish, French, ...
    write_json(articles, Path("corpus/"))                        # .json files `newsline replay` reads

    python -m bench.corpus --n 10000 --seed 7 --out corpus/ [--near-duplicate-share 0.3 | --distinct-only]
                          [--multilingual]

Lengths are lognormal (median ~600 words) clipped to 150..3,000 words. Every story has a cast (people,
organisations, places, a country) that its sentences keep mentioning, so entity extraction has work to
do. ``near_duplicate_share`` of the articles are wire copies: clusters of 2..300 (long-tailed) reprints
of one story by different outlets with small edits (a changed or dropped sentence, an outlet's byline),
each with its own URL and source. ``mix`` gives each story a language by weight (its wire copies keep it):
English by default; NEWSROOM_MIX is a European newsroom's (bench/corpus_languages.py has the other languages'
casts, sentences and outlets). The same (n, seed, share, mix) always gives the same articles, and an English-only
mix the same articles as before languages were added.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bench.corpus_languages import VOCABULARIES, Vocabulary
from pipeline.models import Article, Provenance

MIN_WORDS, MAX_WORDS, MEDIAN_WORDS, SIGMA = 150, 3000, 600, 0.75
MIN_CLUSTER, MAX_CLUSTER, CLUSTER_ALPHA = 2, 300, 1.1
EPOCH_START = datetime(2024, 3, 1, 6, 0, tzinfo=UTC)
GENERATOR = Provenance(producer="bench.corpus", version="1")

FIRST = ("Amina", "Lars", "Priya", "Tomasz", "Chen", "Fatima", "Diego", "Ingrid", "Kwame", "Yuki", "Olga",
         "Rafael", "Sofia", "Mehmet", "Aisha", "Jonas", "Leila", "Marco", "Nadia", "Pieter", "Rosa", "Samuel",
         "Hannah", "Viktor", "Elena", "Omar", "Grace", "Tariq", "Mei", "Andrew", "Camille", "Hakan")
LAST = ("Okafor", "Lindqvist", "Raman", "Kowalski", "Wei", "Haddad", "Morales", "Berg", "Mensah", "Tanaka",
        "Petrova", "Souza", "Rossi", "Yilmaz", "Bello", "Schmidt", "Farah", "Conti", "Hassan", "de Vries",
        "Alvarez", "Adeyemi", "Fischer", "Novak", "Ivanova", "Khalil", "Thompson", "Qureshi", "Zhang",
        "Mitchell", "Laurent", "Demir")
ORGS = ("the World Health Organization", "the European Commission", "the International Monetary Fund",
        "Northwind Energy", "Helios Semiconductors", "the Red Cross", "the Ministry of Finance",
        "the Central Bank", "Atlas Shipping", "Meridian Airlines", "the United Nations", "Greenfield Foods",
        "the Port Authority", "the National Grid Operator", "Orion Pharmaceuticals", "the Supreme Court",
        "the Transport Workers Union", "Vantage Telecom", "the Football Federation", "Keystone Mining",
        "the Electoral Commission", "the Federal Reserve", "Blue Harbor Capital", "the Coast Guard")
PLACES = (("Lagos", "Nigeria"), ("Oslo", "Norway"), ("Mumbai", "India"), ("Gdansk", "Poland"),
          ("Shanghai", "China"), ("Beirut", "Lebanon"), ("Bogota", "Colombia"), ("Bergen", "Norway"),
          ("Accra", "Ghana"), ("Osaka", "Japan"), ("Kyiv", "Ukraine"), ("Sao Paulo", "Brazil"),
          ("Milan", "Italy"), ("Ankara", "Turkey"), ("Nairobi", "Kenya"), ("Hamburg", "Germany"),
          ("Cairo", "Egypt"), ("Rotterdam", "Netherlands"), ("Lima", "Peru"), ("Toronto", "Canada"),
          ("Manila", "Philippines"), ("Lyon", "France"), ("Melbourne", "Australia"), ("Chicago", "United States"))
TOPICS = (("ceasefire", "talks", "negotiators", "truce"), ("inflation", "prices", "economists", "interest rates"),
          ("flooding", "rainfall", "rescuers", "evacuations"), ("election", "ballots", "voters", "candidates"),
          ("strike", "wages", "workers", "contract"), ("outbreak", "vaccines", "clinics", "infections"),
          ("merger", "shares", "investors", "regulators"), ("drought", "harvest", "farmers", "water supplies"),
          ("trial", "verdict", "prosecutors", "witnesses"), ("blackout", "power lines", "engineers", "demand"),
          ("launch", "satellite", "scientists", "orbit"), ("tournament", "final", "fans", "coach"))
OUTLETS = ("Daily Ledger", "Harbor Times", "Evening Courier", "Metro Wire", "Capital Gazette", "Valley Post",
           "Northern Star", "Coastal Herald", "Global Dispatch", "City Chronicle", "Morning Record", "Pacific Journal",
           "Union Tribune", "Highland News", "Riverside Observer", "National Bulletin", "Sun Examiner",
           "Frontier Press", "Bay Reporter", "Central Times", "Atlantic Review", "Plains Sentinel",
           "Summit Daily", "Delta Mail", "Lakeside Voice", "Western Standard", "Eastern Mirror", "Civic Monitor")
SECTIONS = ("world", "business", "politics", "science", "health", "sport", "economy", "local")

SENTENCES = (
    "{P1} told reporters in {city} on {day} that the {t0} would not end soon.",
    "According to {O1}, more than {n} people were affected by the {t0} in {country}.",
    "{P2}, a spokesperson for {O1}, said the {t2} had asked for more time.",
    "Officials in {city} said the {t1} had risen by {pct} percent since {month}.",
    "The {t3} remained the main concern for {O2}, which has offices in {city2}.",
    "{P1} met {P2} in {city2} on {day} to discuss the {t0}.",
    "\"We are doing everything we can,\" {P3} said in a statement issued by {O2}.",
    "Analysts at {O1} expect the {t1} to stay high for at least {small} months.",
    "In {country}, the {t2} have warned that the {t3} could worsen before the end of {month}.",
    "{O2} said on {day} it would send {n} additional staff to {city}.",
    "Residents of {city} described long queues and rising {t1} in the central districts.",
    "{P3}, who has led {O1} since {year}, called the situation in {country} serious but manageable.",
    "The {t0} is the largest in {country} since {year}, according to figures from {O2}.",
    "Critics, including {P2}, argue that {O1} reacted too slowly to the {t0}.",
    "A report by {O2} published on {day} found that {pct} percent of the {t2} supported the plan.",
    "{P1} is expected to travel to {city2} next week for further meetings with {O1}.",
    "Markets in {city2} fell {pct} percent after the announcement by {O2}.",
    "Local media in {country} reported that the {t3} had been affected in at least {small} regions.",
    "The government of {country} said it had set aside {n} million for the response.",
    "{P2} said the {t2} in {city} needed clear answers about the {t3}.",
    "Earlier this year, {O1} and {O2} signed an agreement covering the {t3}.",
    "Speaking in {city}, {P3} said the next {small} weeks would be decisive.",
    "The figures could not be independently verified, {O1} said.",
    "Neighbouring {country2} has offered help, according to {P1}.",
)
TITLES = (
    "{P1} says {t0} in {country} will not end soon",
    "{O1} warns of rising {t1} in {city}",
    "{t0_cap} hits {city} as {t2} call for action",
    "{P2} and {P1} meet in {city2} over {t0}",
    "{country} sets aside {n} million for {t0} response",
    "{O2} sends staff to {city} amid {t0}",
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
ENGLISH_VOCABULARY = Vocabulary(
    code="en", first=FIRST, last=LAST, orgs=ORGS, places=PLACES, topics=TOPICS, outlets=OUTLETS,
    sections=SECTIONS, sentences=SENTENCES, titles=TITLES, days=DAYS, months=MONTHS,
    byline="Reporting by {name} for the {outlet}; editing by {editor}.",
)
LANGUAGES = {"en": ENGLISH_VOCABULARY, **VOCABULARIES}
ENGLISH: tuple[tuple[str, float], ...] = (("en", 1.0),)
# a European newsroom's intake, by story
NEWSROOM_MIX: tuple[tuple[str, float], ...] = (
    ("en", 0.55), ("de", 0.10), ("es", 0.10), ("fr", 0.10), ("it", 0.05), ("nl", 0.05), ("pl", 0.025),
    ("pt", 0.025),
)


@dataclass(frozen=True)
class Story:
    """What one story is about: the cast its sentences draw on, and its words."""

    values: dict[str, str]
    words: Vocabulary = ENGLISH_VOCABULARY

    @classmethod
    def draw(cls, rng: random.Random, words: Vocabulary = ENGLISH_VOCABULARY) -> Story:
        people = [f"{rng.choice(words.first)} {rng.choice(words.last)}" for _ in range(3)]
        orgs = rng.sample(words.orgs, 2)
        (city, country), (city2, _), (_, country2) = rng.sample(words.places, 3)
        topic = rng.choice(words.topics)
        values = {
            "P1": people[0], "P2": people[1], "P3": people[2], "O1": orgs[0], "O2": orgs[1],
            "city": city, "country": country, "city2": city2, "country2": country2,
            "t0": topic[0], "t1": topic[1], "t2": topic[2], "t3": topic[3], "t0_cap": topic[0][:1].upper() + topic[0][1:],
            "day": rng.choice(words.days), "month": rng.choice(words.months), "year": str(rng.randint(1998, 2023)),
            "n": str(rng.randint(12, 9000)), "pct": str(rng.randint(2, 64)), "small": str(rng.randint(2, 9)),
        }
        return cls(values, words)

    def sentence(self, rng: random.Random) -> str:
        return rng.choice(self.words.sentences).format(**self.values)

    def title(self, rng: random.Random) -> str:
        return rng.choice(self.words.titles).format(**self.values)

    def person(self, rng: random.Random) -> str:
        return f"{rng.choice(self.words.first)} {rng.choice(self.words.last)}"


def draw_words(rng: random.Random) -> int:
    """Article length in words: lognormal around MEDIAN_WORDS, clipped to MIN_WORDS..MAX_WORDS."""
    return int(min(MAX_WORDS, max(MIN_WORDS, rng.lognormvariate(math.log(MEDIAN_WORDS), SIGMA))))


def draw_cluster_size(rng: random.Random) -> int:
    """Wire-copy cluster size: a power law from MIN_CLUSTER, clipped at MAX_CLUSTER (most small, a few huge)."""
    size = MIN_CLUSTER * (1.0 - rng.random()) ** (-1.0 / CLUSTER_ALPHA)
    return int(min(MAX_CLUSTER, size))


def body(story: Story, rng: random.Random, words: int) -> list[list[str]]:
    """Paragraphs (lists of 2-5 sentences) of about ``words`` words, never far past MAX_WORDS."""
    target = min(max(words, MIN_WORDS + 30), MAX_WORDS - 60)  # room for a wire copy's edits and byline
    paragraphs: list[list[str]] = [[]]
    size, count = rng.randint(2, 5), 0
    while count < target:
        if len(paragraphs[-1]) == size:
            paragraphs.append([])
            size = rng.randint(2, 5)
        sentence = story.sentence(rng)
        paragraphs[-1].append(sentence)
        count += sentence.count(" ") + 1
    return paragraphs


def render(paragraphs: Sequence[Sequence[str]]) -> str:
    return "\n\n".join(" ".join(p) for p in paragraphs)


def wire_copy(paragraphs: list[list[str]], story: Story, rng: random.Random, outlet: str) -> list[list[str]]:
    """A reprint with small edits: one sentence rewritten, maybe one dropped, the outlet's byline added."""
    copy = [list(p) for p in paragraphs]
    target = rng.randrange(len(copy))
    copy[target][rng.randrange(len(copy[target]))] = story.sentence(rng)
    if rng.random() < 0.5 and len(copy) > 2:
        last = copy[-1]
        if len(last) > 1:
            last.pop(rng.randrange(len(last)))
    byline = story.words.byline.format(name=story.person(rng), outlet=outlet, editor=rng.choice(story.words.last))
    copy.append([byline])
    return copy


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _slug(title: str) -> str:
    return "-".join("".join(c for c in _ascii(word.lower()) if c.isalnum()) for word in title.split()[:8])


def _host(outlet: str) -> str:
    return "".join(c for c in _ascii(outlet.lower()) if c.isalnum() or c == "-") + ".example"


def _record(serial: int, title: str, text: str, rng: random.Random, story: Story) -> dict[str, Any]:
    outlet = rng.choice(story.words.outlets)
    host = _host(outlet)
    fetched = EPOCH_START + timedelta(seconds=serial * 37 + rng.randint(0, 30))
    published = fetched - timedelta(minutes=rng.randint(5, 600))
    return {
        "url": f"https://{host}/{rng.choice(story.words.sections)}/{fetched:%Y/%m}/{_slug(title)}-{serial:07d}",
        "title": title,
        "text": text,
        "source": host.split(".", 1)[0],
        "sitename": outlet,
        "authors": [story.person(rng)],
        "published_at": published.isoformat(),
        "fetched_at": fetched.isoformat(),
        "language": story.words.code,
        "categories": [story.values["t0"]],
    }


def cluster_sizes(rng: random.Random, n: int, near_duplicate_share: float) -> list[int]:
    """Sizes of the wire-copy clusters covering ``near_duplicate_share`` of ``n`` (each >= MIN_CLUSTER)."""
    budget = int(round(n * near_duplicate_share))
    sizes: list[int] = []
    while budget >= MIN_CLUSTER:
        size = min(draw_cluster_size(rng), budget)
        if budget - size == 1:  # never leave a remainder that cannot form a cluster
            size += 1 if size < MAX_CLUSTER else -1
        sizes.append(size)
        budget -= size
    return sizes


def _vocabulary(rng: random.Random, mix: Sequence[tuple[str, float]]) -> Vocabulary:
    """A story's language drawn by the weights of ``mix`` (no draw for a one-language mix)."""
    if len(mix) == 1:
        return LANGUAGES[mix[0][0]]
    codes, weights = zip(*mix, strict=True)
    return LANGUAGES[rng.choices(codes, weights)[0]]


def check_mix(mix: Sequence[tuple[str, float]]) -> None:
    unknown = [code for code, _ in mix if code not in LANGUAGES]
    if not mix or unknown or any(weight <= 0 for _, weight in mix):
        raise ValueError(f"mix needs positive weights of known languages ({', '.join(LANGUAGES)}), got {mix}")


def iter_records(
    n: int, seed: int = 0, near_duplicate_share: float = 0.3, mix: Sequence[tuple[str, float]] = ENGLISH
) -> Iterator[dict[str, Any]]:
    """``n`` JSON-ready article mappings (the shape ``newsline replay`` reads from .json files)."""
    if not 0.0 <= near_duplicate_share <= 1.0:
        raise ValueError(f"near_duplicate_share must be within 0..1, got {near_duplicate_share}")
    check_mix(mix)
    rng = random.Random(seed)
    sizes = cluster_sizes(rng, n, near_duplicate_share)
    groups = sizes + [1] * (n - sum(sizes))
    rng.shuffle(groups)
    serial = 0
    for size in groups:
        story = Story.draw(rng, _vocabulary(rng, mix))
        paragraphs = body(story, rng, draw_words(rng))
        title = story.title(rng)
        yield _record(serial, title, render(paragraphs), rng, story)
        serial += 1
        for _ in range(size - 1):
            outlet = rng.choice(story.words.outlets)
            copy_title = title if rng.random() < 0.6 else f"{title} - {outlet}"
            yield _record(serial, copy_title, render(wire_copy(paragraphs, story, rng, outlet)), rng, story)
            serial += 1


def to_article(record: dict[str, Any]) -> Article:
    fields = dict(record)
    return Article.build(title=fields.pop("title"), text=fields.pop("text"), url=fields.pop("url"),
                         extraction=GENERATOR, **fields)


def generate(
    n: int, seed: int = 0, near_duplicate_share: float = 0.3, mix: Sequence[tuple[str, float]] = ENGLISH
) -> list[Article]:
    """``n`` articles with distinct ids (distinct canonical URLs); ``near_duplicate_share=0`` for distinct text."""
    return [to_article(record) for record in iter_records(n, seed, near_duplicate_share, mix)]


def article_record(article: Article) -> dict[str, Any]:
    """The replayable mapping of an article (its id is recomputed from the URL on replay)."""
    data = article.model_dump(mode="json", exclude={"id", "schema_version", "canonical_url", "hostname"})
    return {key: value for key, value in data.items() if value not in (None, [], ())}


def write_json(articles: Sequence[Article], out: Path, per_file: int = 500, prefix: str = "articles") -> list[Path]:
    """Write ``articles`` as JSON arrays of ``per_file`` each; return the files (replay them with the CLI)."""
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for start in range(0, len(articles), per_file):
        path = out / f"{prefix}-{start // per_file:05d}.json"
        chunk = [article_record(a) for a in articles[start:start + per_file]]
        path.write_text(json.dumps(chunk, ensure_ascii=False), encoding="utf-8")
        paths.append(path)
    return paths


def summary(articles: Sequence[Article]) -> dict[str, Any]:
    words = sorted(len(a.text.split()) for a in articles)
    return {
        "articles": len(articles), "distinct_ids": len({a.id for a in articles}),
        "languages": dict(Counter(a.language or "" for a in articles).most_common()),
        "words_min": words[0] if words else 0, "words_median": words[len(words) // 2] if words else 0,
        "words_max": words[-1] if words else 0, "words_total": sum(words),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.corpus", description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, required=True, help="number of articles")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, required=True, help="directory for the .json files")
    parser.add_argument("--near-duplicate-share", type=float, default=0.3)
    parser.add_argument("--distinct-only", action="store_true", help="no wire copies (share 0)")
    parser.add_argument("--per-file", type=int, default=500)
    parser.add_argument("--multilingual", action="store_true", help="languages in NEWSROOM_MIX's shares")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    share = 0.0 if args.distinct_only else args.near_duplicate_share
    articles = generate(args.n, args.seed, share, NEWSROOM_MIX if args.multilingual else ENGLISH)
    files = write_json(articles, args.out, args.per_file)
    report = {**summary(articles), "files": len(files), "out": str(args.out),
              "seconds": round(time.perf_counter() - started, 2)}
    json.dump(report, sys.stdout)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
