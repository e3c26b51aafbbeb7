"""robots.txt, fetched once per host (cached with a TTL), with the crawl-delay for our User-Agent."""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from pipeline.fetch.exceptions import BlockedAddressError, FetchError, HTTPStatusError, TransportFailure
from pipeline.redact import redact_url

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Rules:
    parser: RobotFileParser | None  # None: no robots.txt, everything allowed
    disallow_all: bool = False
    delays: tuple[tuple[str, float], ...] = ()  # (user-agent token, crawl-delay), fractions allowed

    def allowed(self, agent: str, url: str) -> bool:
        if self.disallow_all:
            return False
        try:
            return self.parser is None or self.parser.can_fetch(agent, url)
        except ValueError:  # a URL that does not parse (``http://[x``) is not fetched either
            return False

    def crawl_delay(self, agent: str) -> float | None:
        """The delay of the group naming our agent, else of ``*`` (the stdlib parser reads integers only)."""
        token = agent.split("/")[0].lower()
        named = [delay for name, delay in self.delays if name != "*" and name in token]
        default = [delay for name, delay in self.delays if name == "*"]
        found = named or default
        return found[0] if found else None


def crawl_delays(text: str) -> tuple[tuple[str, float], ...]:
    found: list[tuple[str, float]] = []
    agents: list[str] = []
    in_rules = False
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        key, _, value = (part.strip() for part in line.partition(":"))
        if key.lower() == "user-agent":
            agents, in_rules = ([] if in_rules else agents) + [value.lower()], False
        elif key:
            in_rules = True
            if key.lower() == "crawl-delay":
                try:
                    delay = float(value)
                except ValueError:
                    delay = math.nan
                if math.isfinite(delay) and delay >= 0:
                    found += [(agent, delay) for agent in agents]
                else:
                    log.info("robots crawl-delay ignored value=%r", value[:40])
    return tuple(found)


def parse(text: str) -> Rules:
    parser = RobotFileParser()
    parser.parse(text.splitlines())
    return Rules(parser, delays=crawl_delays(text))


class RobotsCache:
    """``get(url)`` returns the rules of the URL's origin; ``download(robots_url)`` returns its text."""

    def __init__(self, download: Callable[[str], str], ttl: float) -> None:
        self._download = download
        self._ttl = ttl
        self._lock = threading.Lock()
        self._locks: dict[str, threading.Lock] = {}
        self._cache: dict[str, tuple[float, Rules]] = {}

    def get(self, url: str) -> Rules:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}".lower()
        with self._lock:
            lock = self._locks.setdefault(origin, threading.Lock())
        with lock:  # one download per origin even with many threads
            cached = self._cache.get(origin)
            if cached and time.monotonic() - cached[0] < self._ttl:
                return cached[1]
            rules = self._load(origin + "/robots.txt")
            self._cache[origin] = (time.monotonic(), rules)
            return rules

    def _load(self, robots_url: str) -> Rules:
        try:
            rules = parse(self._download(robots_url))
        except HTTPStatusError as exc:
            # RFC 9309: 4xx means no restrictions; 5xx means assume complete disallow
            rules = Rules(None, disallow_all=exc.status >= 500)
        except (BlockedAddressError, TransportFailure):
            # the host itself is refused: say so, not "robots.txt disallows"; a transport failure (DNS, reset,
            # timeout) is transient: the page fails retryably and robots.txt is read again next time, not cached
            raise
        except FetchError as exc:
            rules = Rules(None, disallow_all=True)
            log.warning("robots unreachable url=%s reason=%r", redact_url(robots_url), exc.reason)
        log.info("robots loaded url=%s disallow_all=%s", redact_url(robots_url), rules.disallow_all)
        return rules
