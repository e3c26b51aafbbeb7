"""A watchlist: query text over title/lead/text/entities plus exact filters, like ``newsline search``; with
``min_sources: N`` it alerts on a matching story only once its matching articles come from N distinct sources."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from pipeline.search.exceptions import SearchError
from pipeline.search.filters import SearchFilters
from pipeline.search.query import clean_text
from pipeline.settings import read_yaml
from pipeline.watch.exceptions import WatchlistInvalid

FILTERS = ("persons", "organizations", "places", "countries", "sources", "languages")


class Watchlist(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,63}$")
    query: str = ""
    persons: tuple[str, ...] = ()
    organizations: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    webhook: str | None = None
    min_sources: int | None = Field(default=None, ge=1, le=10_000)  # alert once a story has this many sources
    origin: Literal["file", "index"] = "index"

    @model_validator(mode="after")
    def _check(self) -> Watchlist:
        try:
            text = clean_text(self.query)
        except SearchError as exc:
            raise ValueError(str(exc)) from None
        if not text and not any(getattr(self, f) for f in FILTERS):
            raise ValueError("a watchlist needs query words or at least one filter")
        if self.webhook is not None and urlsplit(self.webhook).scheme not in ("http", "https"):
            raise ValueError(f"webhook must be an http(s) URL, got {self.webhook!r}")
        return self

    def filters(self) -> SearchFilters:
        return SearchFilters(**{f: getattr(self, f) for f in FILTERS})

    def terms(self) -> list[str]:
        """The filter values, reported among an alert's matched terms (a match always has them)."""
        return [f"{f[:-1] if f != 'countries' else 'country'}:{v}" for f in FILTERS for v in getattr(self, f)]


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def parse(entry: Any, origin: Literal["file", "index"], where: str) -> Watchlist:
    """One watchlist from a mapping; :class:`WatchlistInvalid` in one line naming ``where``, the entry and field."""
    if not isinstance(entry, dict):
        raise WatchlistInvalid(f"{where}: a watchlist is a mapping, got {type(entry).__name__}")
    name = entry.get("name", "?")
    odd = [key for key in entry if not isinstance(key, str)]
    if odd:
        raise WatchlistInvalid(f"{where} ({name}): field {odd[0]!r}: field names are text, got {type(odd[0]).__name__}")
    try:
        return Watchlist.model_validate({**entry, "origin": origin})
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'watchlist'}: {_one_line(e['msg'])}"
                             for e in exc.errors())
        raise WatchlistInvalid(_one_line(f"{where} ({name}): {problems}")) from None



def load_file(path: Path) -> list[Watchlist]:
    """The watchlists of ``path`` (``watchlists: [...]``); a missing file is no watchlists.

    Any problem raises :class:`WatchlistInvalid` with one line naming the file, the entry and the field.
    """
    if not path.is_file():
        return []
    try:
        data = read_yaml(path) or {}
    except OSError as exc:
        raise WatchlistInvalid(f"{path}: cannot read: {exc.strerror or exc}") from None
    except ValueError as exc:  # not UTF-8, not YAML, a key that is not a string: one line, no traceback
        raise WatchlistInvalid(f"{path}: {exc}") from None
    if not isinstance(data, dict):
        raise WatchlistInvalid(f"{path}: the file is a mapping with a `watchlists` list, got {type(data).__name__}")
    entries = data.get("watchlists")
    if entries is None:
        return []
    if not isinstance(entries, list):
        raise WatchlistInvalid(f"{path}: `watchlists` must be a list")
    found = [parse(entry, "file", f"{path} entry {n}") for n, entry in enumerate(entries, 1)]
    names = [w.name for w in found]
    if len(set(names)) != len(names):
        raise WatchlistInvalid(f"{path}: watchlist names repeat: {sorted(n for n in set(names) if names.count(n) > 1)}")
    return found
