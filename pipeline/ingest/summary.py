"""What one ingest run of one source did, URL by URL, as counts and reasons."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any


@dataclass
class RunSummary:
    source: str
    run_id: str
    documents: int = 0
    not_modified: int = 0
    discovered: int = 0
    new: int = 0
    known: int = 0
    deferred: int = 0
    in_flight: int = 0  # of the known: held by another run (live, or dead with its claim's lease not yet over)
    fetched: int = 0
    extracted: int = 0
    published: int = 0
    truncated: int = 0  # published with text/title cut to the size limits
    skipped: Counter[str] = field(default_factory=Counter)
    failed: Counter[str] = field(default_factory=Counter)
    discovery_errors: list[tuple[str, str]] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (feed/sitemap and item, reason): bad links
    article_ids: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "run_id": self.run_id,
            "documents": self.documents,
            "not_modified": self.not_modified,
            "discovered": self.discovered,
            "new": self.new,
            "known": self.known,
            "deferred": self.deferred,
            "in_flight": self.in_flight,
            "fetched": self.fetched,
            "extracted": self.extracted,
            "published": self.published,
            "truncated": self.truncated,
            "skipped": dict(self.skipped),
            "failed": dict(self.failed),
            "discovery_errors": [{"url": u, "reason": r} for u, r in self.discovery_errors],
            "rejected": [{"item": w, "reason": r} for w, r in self.rejected],
        }

    def text(self) -> str:
        line = (
            f"source={self.source} discovered={self.discovered} new={self.new} known={self.known} "
            f"deferred={self.deferred} fetched={self.fetched} extracted={self.extracted} published={self.published} "
            f"truncated={self.truncated} skipped={sum(self.skipped.values())} failed={sum(self.failed.values())} "
            f"rejected={len(self.rejected)}"
        )
        details = [f"  in flight in another run ({self.in_flight}): fetched again once that run's claim lapses"
                   ] if self.in_flight else []
        details += [f"  skipped ({n}): {r}" for r, n in self.skipped.most_common()]
        details += [f"  failed ({n}): {r}" for r, n in self.failed.most_common()]
        details += [f"  discovery failed: {u}: {r}" for u, r in self.discovery_errors]
        details += [f"  rejected {w}: {r}" for w, r in self.rejected]
        return "\n".join([line, *details])
