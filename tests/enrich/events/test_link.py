"""The linking rule, the keys and the step on the in-memory store (no service, no model)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta

import pytest

from pipeline.enrich.events.exceptions import EventStoreBusy
from pipeline.enrich.events.keys import fold, link_keys, proper_names, specific
from pipeline.enrich.events.link import Rule, decide, link_batch, link_with_retry, own_event
from pipeline.enrich.events.store import EventMember, MemoryEventStore
from pipeline.enrich.exceptions import StoreUnavailable
from pipeline.exceptions import OutageError

RULE = Rule(threshold=0.88, min_shared=1, window=timedelta(hours=72), k=10, sure=0.92)


def member(n: int, vector: Sequence[float], keys: set[str], at: str = "2026-11-03T12:00:00+00:00",
           event: str = "", story: str | None = None) -> EventMember:
    return EventMember(f"{n:02x}" * 32, event, at, tuple(vector), frozenset(keys), "en", story_id=story)


def test_a_close_candidate_sharing_a_name_is_joined_and_the_evidence_says_why() -> None:
    known = member(1, (1.0, 0.0), {"name:valparaiso", "country:CL"}, event="e1")
    new = decide(RULE, member(2, (1.0, 0.0), {"name:valparaiso"}), [(known, 0.9)])
    assert new.event_id == "e1"
    assert new.evidence["decision"] == "joined" and new.evidence["candidate"] == known.article_id
    assert new.evidence["shared"] == ["name:valparaiso"] and new.evidence["cosine"] == 0.9


@pytest.mark.parametrize(("score", "keys", "at", "why"), [
    (0.85, {"name:valparaiso"}, "2026-11-03T13:00:00+00:00", "cosine 0.850 < 0.88"),
    (0.90, {"country:CL"}, "2026-11-03T13:00:00+00:00", "0 shared keys besides countries < 1"),
    (0.99, {"name:valparaiso"}, "2026-11-08T13:00:00+00:00", "121.0h apart > 72h"),
])
def test_a_candidate_that_does_not_confirm_leaves_the_article_founding_its_own_event(
        score: float, keys: set[str], at: str, why: str) -> None:
    known = member(1, (1.0, 0.0), {"name:valparaiso", "country:CL"}, event="e1")
    item = member(2, (1.0, 0.0), keys, at=at)
    new = decide(RULE, item, [(known, score)])
    assert new.event_id == own_event(item.article_id) == item.article_id[:32]
    assert new.evidence["decision"] == "founded" and new.evidence["rejected"].startswith(why)


def test_a_sure_cosine_links_without_shared_keys_and_the_best_confirmed_candidate_wins() -> None:
    a, b = member(1, (1.0, 0.0), set(), event="ea"), member(3, (1.0, 0.0), {"name:x"}, event="eb")
    assert decide(RULE, member(2, (1.0, 0.0), set()), [(a, 0.95)]).event_id == "ea"
    # the nearest fails the keys, the next confirms: the article joins the next one's event
    assert decide(RULE, member(2, (1.0, 0.0), {"name:x"}), [(a, 0.91), (b, 0.89)]).event_id == "eb"


def test_two_articles_in_a_language_whose_cosines_run_high_need_higher_ones() -> None:
    rule = replace(RULE, offsets={"zh": 0.05})
    known = replace(member(1, (1.0, 0.0), {"org:中国人民银行"}, event="e1"), language="zh")
    item = replace(member(2, (1.0, 0.0), {"org:中国人民银行"}), language="zh")
    refused = decide(rule, item, [(known, 0.91)])
    assert refused.evidence["decision"] == "founded" and refused.evidence["rejected"] == "cosine 0.910 < 0.93"
    assert decide(rule, item, [(known, 0.94)]).event_id == "e1"
    assert decide(rule, replace(item, keys=frozenset()), [(known, 0.96)]).evidence["decision"] == "founded"
    assert decide(rule, replace(item, language="en"), [(known, 0.91)]).event_id == "e1"  # not both Chinese
    assert decide(RULE, item, [(known, 0.91)]).event_id == "e1"  # no offset configured


def test_keys_fold_accents_and_case_and_countries_are_weak() -> None:
    entities = [{"kind": "person", "name": "Christine Lagarde"}, {"kind": "place", "name": "Valparaíso"},
                {"kind": "place", "name": "Chili"}, {"kind": "organization", "name": "Banque centrale européenne"}]
    keys = link_keys("Le séisme. Un séisme a frappé mardi Valparaiso, selon Senapred.", entities, ["CL"])
    assert {"person:lagarde", "place:valparaiso", "org:banque centrale europeenne", "name:senapred"} <= keys
    assert "place:chili" not in keys and "country:CL" in keys  # a country's own name is only its code
    assert specific(keys) == keys - {"country:CL"}
    assert fold("Múnich") == "munich"


def test_a_hungarian_persons_key_is_the_family_name_written_first() -> None:
    hungarian = link_keys("Tárgyalás.", [{"kind": "person", "name": "Orbán Viktor"}], [], "hu")
    english = link_keys("Talks.", [{"kind": "person", "name": "Viktor Orbán"}], [], "en")
    assert "person:orban" in hungarian and "person:orban" in english and "person:viktor" not in hungarian


def test_proper_names_skip_sentence_starts_weekdays_and_short_words() -> None:
    text = "Earthquake hits Chile. Officials in Santiago said on Tuesday that Senapred and the UN had no reports."
    assert proper_names(text) == {"chile", "santiago", "senapred"}


def test_replays_keep_the_event_and_embed_nothing_again() -> None:
    store = MemoryEventStore()
    built: list[list[int]] = []
    items = [member(1, (1.0, 0.0), {"name:etna"}), member(2, (0.99, 0.05), {"name:etna"}),
             member(3, (0.0, 1.0), {"name:etna"})]

    def build(positions: Sequence[int]) -> list[EventMember]:
        built.append(list(positions))
        return [items[i] for i in positions]

    ids = [i.article_id for i in items]
    first = link_batch(store, RULE, ids, build)
    assert first[0].event_id == first[1].event_id == own_event(ids[0]) != first[2].event_id  # in-batch candidates
    again = link_batch(store, RULE, ids, build)
    assert [m.event_id for m in again] == [m.event_id for m in first]
    assert built == [[0, 1, 2], []]
    assert [m.article_id for m in store.event(own_event(ids[0]))] == ids[:2]


def test_wire_copies_reuse_their_storys_vector_and_event_and_are_not_embedded() -> None:
    store = MemoryEventStore()
    original = member(1, (1.0, 0.0), {"name:etna"}, event="etna", story="s-etna")
    store.write([original])
    batch = [member(2, (), {"name:etna"}, "2026-11-04T12:00:00+00:00", story="s-etna"),  # a copy: stored story
             member(3, (), {"name:ecb"}, story="s-ecb"),  # a new story: embedded
             member(4, (), {"name:ecb"}, story="s-ecb"),  # its copy in the same batch
             member(5, (), {"name:etna"}, "2026-11-09T12:00:00+00:00", story="s-etna"),  # past the window
             member(6, (), {"name:ecb"})]  # no story
    vectors = {3: (0.0, 1.0), 5: (1.0, 0.0), 6: (0.6, 0.8)}
    built: list[list[int]] = []

    def build(positions: Sequence[int]) -> list[EventMember]:
        built.append(list(positions))
        return [replace(batch[i], vector=vectors[int(batch[i].article_id[:2], 16)]) for i in positions]

    out = link_batch(store, RULE, [m.article_id for m in batch], build, lambda ps: [batch[i] for i in ps])
    assert built == [[1, 3, 4]]
    assert out[0].event_id == "etna" and out[0].vector == original.vector and out[0].keys == {"name:etna"}
    assert out[0].evidence["same_story"] == original.article_id and out[0].story_id == "s-etna"
    assert out[2].event_id == out[1].event_id == own_event(batch[1].article_id) and out[2].vector == (0.0, 1.0)
    assert out[2].evidence["same_story"] == batch[1].article_id
    assert "same_story" not in out[3].evidence and "same_story" not in out[4].evidence
    assert store.story_members(["s-ecb"])["s-ecb"].article_id == batch[1].article_id


class _Busy(MemoryEventStore):
    def members(self, article_ids: Sequence[str]) -> dict[str, EventMember]:
        raise EventStoreBusy("event index x: 503 unavailable")


def test_a_busy_store_is_retried_then_reported_as_an_outage_never_a_failed_article() -> None:
    slept: list[float] = []
    clock = iter(range(100))
    with pytest.raises(StoreUnavailable) as raised:
        link_with_retry(_Busy(), RULE, ["a" * 64], lambda p: [], sleep=slept.append, clock=lambda: float(next(clock)))
    assert isinstance(raised.value, OutageError) and "attempts" in str(raised.value)
