"""Dead letters people can act on: list, show and redrive them; counts for ``newsline status``."""

from pipeline.dlq.counts import dead_letter_counts
from pipeline.dlq.exceptions import DlqError
from pipeline.dlq.reader import Entry, parse_position, parse_since, read_letter, read_letters
from pipeline.dlq.reasons import reason_kind
from pipeline.dlq.redrive import RedriveReport, redrive

__all__ = [
    "DlqError",
    "Entry",
    "RedriveReport",
    "dead_letter_counts",
    "parse_position",
    "parse_since",
    "read_letter",
    "read_letters",
    "reason_kind",
    "redrive",
]
