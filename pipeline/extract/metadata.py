"""The metadata rules over one parsed page: headline, page title, publication stamps, authors."""

from __future__ import annotations

from dataclasses import dataclass, replace

from pipeline.extract.bylines import authors
from pipeline.extract.credits import Byline
from pipeline.extract.dates import GUESS, Stamp, page_stamps
from pipeline.extract.headline import headline, page_title, site_names
from pipeline.extract.page import Page
from pipeline.extract.relative_dates import Age, shown_age
from pipeline.extract.site_zones import site_zone


@dataclass(frozen=True)
class PageMetadata:
    headline: str | None
    page_title: str | None
    published: tuple[Stamp, ...]  # most trustworthy first; the choice waits for fetched_at and the feed's date
    modified: tuple[Stamp, ...]
    byline: Byline
    published_ago: Age | None = None  # a relative stamp ("4 hours ago"), read against the time the page was served


def read_metadata(page: Page, extractor_date: str | None = None) -> PageMetadata:
    """Everything a parsed page says about itself (read only: the tree is not changed); ``extractor_date``
    (trafilatura's find) ranks below the page's own tags."""
    published, modified = page_stamps(page, ((extractor_date, GUESS, 4),) if extractor_date else ())
    sites = site_names(page)
    return PageMetadata(headline(page), page_title(page), tuple(published), tuple(modified), authors(page, sites),
                        _age(page))


def _age(page: Page) -> Age | None:
    """The relative stamp the page shows; a clock on a day named relative to today ("heute, 10:30 Uhr") read on
    the site's zone, and not at all where that zone is unknown."""
    age = shown_age(page.tree)
    if age is None or age.clock is None:
        return age
    zone = site_zone(page, [])
    return replace(age, zone=zone) if zone is not None else None
