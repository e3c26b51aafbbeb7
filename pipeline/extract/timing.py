"""When an article was published and modified: the page's stamps weighed against what was known before it
was read (the feed's ``pubDate`` or the sitemap's ``news:publication_date``), never in the future."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from typing import Literal

from pipeline.extract.dates import GUESS, Precision, Stamp, Zone, best, same_day
from pipeline.extract.relative_dates import Age

SKEW = timedelta(minutes=10)  # a stamp this far after fetched_at is a clock error or a placeholder: ignored
DISAGREEMENT = timedelta(days=1)  # feed and page further apart than this: the page's structured data wins
URL_RANK = 5
STRUCTURED_RANK = 2  # JSON-LD, article:* and other meta tags; <time> elements and text guesses rank below
Known = Literal["feed", "record"]


@dataclass(frozen=True)
class Timing:
    published_at: datetime | None = None
    precision: Precision | None = None
    zone: Zone | None = None
    modified_at: datetime | None = None
    feed_published_at: datetime | None = None


def _precision(at: datetime) -> Precision:
    return "day" if (at.hour, at.minute, at.second) == (0, 0, 0) else "minute"


def _published(page: Stamp | None, url: Stamp | None, known: datetime | None, kind: Known) -> Stamp | None:
    if kind == "record" and known is not None:  # a re-check keeps the time recorded at first ingest
        if page is not None and abs(page.at - known) < timedelta(minutes=1):
            return page
        return Stamp(known, _precision(known), "given", "record", -1)
    feed = Stamp(known, _precision(known), "given", "feed", 4) if known is not None else None
    if page is None:
        return feed or url
    if feed is None:
        return page
    if page.precision == "day" and feed.precision == "minute" and same_day(feed.at, page.at):
        return feed  # the feed's time of day refines a page that gives only the date
    if abs(feed.at - page.at) <= DISAGREEMENT:
        return page
    return page if page.rank <= STRUCTURED_RANK else feed  # far apart: structured data beats the feed, a guess not


def on_url_day(page: Stamp | None, url: Stamp | None) -> Stamp | None:
    """The date in the URL is the site's calendar day: a time shown in UTC that falls just before or after it is
    read on the nearest whole-hour clock that puts it on that day (the same instant, the site's own date)."""
    if page is None or url is None or page.precision != "minute" or page.at.utcoffset() != timedelta(0):
        return page
    for hours in sorted(range(-12, 15), key=abs):
        local = page.at.astimezone(timezone(timedelta(hours=hours)))
        if local.date() == url.at.date():
            return replace(page, at=local)
    return page


def resolve(published: Sequence[Stamp], modified: Sequence[Stamp], fetched_at: datetime,
            known: datetime | None = None, kind: Known = "feed", ago: Age | None = None,
            served_at: datetime | None = None) -> Timing:
    """Publication (with precision and zone source), modification and feed times of one fetched page; ``ago``, a
    relative stamp the page shows, dates it where only a guess from its text would (``served_at``: when a live
    fetch received it; a saved file's is unknown)."""
    ceiling = fetched_at + SKEW
    url = best([s for s in published if s.rank >= URL_RANK], ceiling)
    page = best([s for s in published if s.rank < URL_RANK], ceiling)
    if ago is not None and served_at is not None and (page is None or page.source == GUESS):
        aged = ago.stamp(served_at)  # a clock "today" past the fetch: the site's zone was guessed wrong
        page = aged if aged.at <= ceiling else page
    page = on_url_day(page, url)
    usable = known if known is not None and known <= ceiling else None
    chosen = _published(page, url, usable, kind)
    changed = best(list(modified), ceiling)
    if changed is not None and chosen is not None and changed.at < chosen.at - timedelta(minutes=1):
        changed = None  # "modified" before publication: a stale or mislabelled tag
    return Timing(
        published_at=chosen.at if chosen else None, precision=chosen.precision if chosen else None,
        zone=chosen.zone if chosen else None, modified_at=changed.at if changed else None,
        feed_published_at=known if kind == "feed" else None,
    )
