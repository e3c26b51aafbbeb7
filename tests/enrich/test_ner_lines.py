"""NER over the distinct lines of a batch: offsets map back to the full text, repeated lines run once."""

from pipeline.enrich.enricher import enrich_batch
from pipeline.enrich.entities import ner
from pipeline.enrich.steps import DEFAULT_STEPS
from tests.enrich.helpers import seed

TEXT = "Talks in Berlin\n\nAngela Merkel met Emmanuel Macron in Paris on Monday.\nThe French side was pleased."


def test_offsets_point_into_the_full_text() -> None:
    found = next(ner.mentions([TEXT], cache=ner.LineCache()))
    assert {m.text for m in found} >= {"Berlin", "Angela Merkel", "Emmanuel Macron", "Paris"}
    assert all(TEXT[m.start : m.end] == m.text for m in found)


def test_a_line_shared_by_copies_goes_through_the_model_once() -> None:
    cache = ner.LineCache()
    copy = TEXT.replace("The French side was pleased.", "Reporting by Ana Ruiz for the Daily Ledger.")
    first, second = ner.mentions([TEXT, copy], cache=cache)
    assert cache.misses == 4 and cache.hits == 0  # 3 lines of TEXT + the copy's new line; 2 shared lines once
    shared_end = TEXT.index("\nThe French")
    assert [m for m in second if m.end <= shared_end] == [m for m in first if m.end <= shared_end]
    again = next(ner.mentions([TEXT], cache=cache))
    assert cache.hits == 3 and again == first


def test_cache_evicts_the_least_recently_used_line() -> None:
    cache = ner.LineCache(size=2)
    for line in ("one", "two", "three"):
        cache.put(cache.key(line), ())
    assert len(cache) == 2 and cache.get(cache.key("one")) is None and cache.get(cache.key("three")) == ()


def test_timer_reports_every_step_and_the_assembly() -> None:
    seen: list[str] = []
    enrich_batch([seed()], DEFAULT_STEPS, timer=lambda name, seconds: seen.append(name) if seconds >= 0 else None)
    assert seen == [s.name for s in DEFAULT_STEPS] + ["assemble"]
