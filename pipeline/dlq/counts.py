"""Dead-letter counts per stage and reason for ``newsline status``, from a bounded tail of the topic."""

from __future__ import annotations

from collections import Counter
from typing import Any

from pipeline.dlq.reader import TopicReader, to_entry
from pipeline.dlq.reasons import reason_kind
from pipeline.settings import KafkaSettings

SCAN_MAX = 5000  # letters read at most (the newest), however long the topic is


def dead_letter_counts(kafka: KafkaSettings, scan_max: int = SCAN_MAX) -> dict[str, Any]:
    """``total`` letters retained, and per stage and per ``stage: reason`` among the newest ``scan_max``."""
    with TopicReader(kafka, "newsline-status") as reader:
        bounds = reader.bounds(kafka.topics.dead_letter)
        per_partition = max(1, scan_max // max(1, len(bounds)))
        starts = {tp: max(begin, end - per_partition) for tp, (begin, end) in bounds.items()}
        by_stage: Counter[str] = Counter()
        by_reason: Counter[str] = Counter()
        scanned = 0
        for record in reader.read(starts):
            entry = to_entry(record)
            scanned += 1
            stage = entry.letter.stage if entry.letter else "(unreadable letter)"
            reason = reason_kind(entry.letter.reason if entry.letter else entry.error or "?")
            by_stage[stage] += 1
            by_reason[f"{stage}: {reason}"] += 1
    total = sum(end - begin for begin, end in bounds.values())
    return {"total": total, "scanned": scanned, "by_stage": dict(by_stage.most_common()),
            "by_reason": dict(by_reason.most_common(20))}
