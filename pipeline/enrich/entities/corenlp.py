"""NER from a Stanford CoreNLP server for the languages spaCy has no registry model for (German, Spanish, ...).

The distinct lines of a batch go to the server joined by newlines (a newline ends a sentence there; for Italian and
Hungarian, whose tokenizers ignore it, a line of one full stop between them), in requests of at most
``max_request_chars``; each entity mention's offsets (UTF-16 units, Java's) are mapped back
to its line. CoreNLP's labels become spaCy's (PERSON, ORG, GPE); MISC has no counterpart and is dropped, as for
French. An unreachable, timing-out or failing server is an :class:`OutageError` (the worker keeps the batch and
retries it); an answer that is not CoreNLP's is a :class:`MisconfiguredError` (a wrong ``url``).
"""

from __future__ import annotations

import bisect
import json
import logging
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any

import httpx

from pipeline.enrich.entities.mentions import LABELS
from pipeline.exceptions import MisconfiguredError, OutageError
from pipeline.settings import CORENLP_LANGUAGES, NerServiceSettings, get_settings

log = logging.getLogger(__name__)

Found = tuple[tuple[str, str, int, int], ...]  # (text, label, start, end) within the line

# CoreNLP's coarse labels (English-style and the CoNLL-style ones some models emit) -> spaCy's
LABEL_MAP = {
    "PERSON": "PERSON", "PER": "PERSON", "I-PER": "PERSON",
    "ORGANIZATION": "ORG", "ORG": "ORG", "I-ORG": "ORG",
    "LOCATION": "GPE", "LOC": "GPE", "I-LOC": "GPE", "CITY": "GPE", "COUNTRY": "GPE", "STATE_OR_PROVINCE": "GPE",
    "GPE": "GPE",  # the Chinese model's (OntoNotes labels)
}
# NER only: no POS, parser or numeric/time/fine-grained classifiers (measured: same mentions, a fraction of the CPU)
PROPERTIES = {
    "annotators": "tokenize,ssplit,ner",
    "outputFormat": "json",
    "ssplit.newlineIsSentenceBreak": "always",
    "ner.applyNumericClassifiers": "false",
    "ner.useSUTime": "false",
    "ner.applyFineGrained": "false",
    "ner.buildEntityMentions": "true",
}
# Languages whose model's gazette is looked up by phrase (the server's newsline.IndexedGazetteNER, compiled by
# `newsline services up` and the corenlp image): the same mentions; Italian's stock scan costs ~2.4 s per article
INDEXED_GAZETTE = frozenset({"it"})
# A tokenizer of its own for Italian and Hungarian. Their properties name no ``tokenize.language``, and the server
# keeps one tokenizer per signature of the ``tokenize.*`` properties, built from the properties of the request
# that first needed it: without these, both languages share the one the first of them built (Hungarian cut by
# Italian's model: "Dél-", "Yorkból."; Italian's organisations' recall 0.68 against 0.86 when Hungarian came
# first). Both values mean the same to the tokenizer ("invertible" is on by default); they differ only in text.
TOKENIZER = {"it": {"tokenize.options": "invertible"}, "hu": {"tokenize.options": "invertible=true"}}
# Italian's and Hungarian's tokenizers do not end a sentence at a newline, so a name at a headline's end ran into
# the next line's first ("Liverpool Londonban\nSzoboszlai Dominik" as one organisation): their lines are parted
# by a sentence of one full stop
SEPARATOR = {"it": "\n.\n", "hu": "\n.\n"}
# ends every request: CoreNLP gives the request's last token an end one character short for some languages
# ("Londonban" read as "Londonba"); this sentence of its own takes that token's place
SENTINEL = "\n."
INDEXED_NER = {"annotators": "tokenize,ssplit,nerindexed", "customAnnotatorClass.nerindexed": "newsline.IndexedGazetteNER"}


def label(corenlp_label: str) -> str | None:
    """spaCy's label for a CoreNLP label, None for those newsline does not keep (MISC, numbers, dates)."""
    mapped = LABEL_MAP.get(corenlp_label)
    return mapped if mapped in LABELS else None


def properties(lang: str) -> dict[str, str]:
    indexed = INDEXED_NER if lang in INDEXED_GAZETTE else {}
    return {"pipelineLanguage": CORENLP_LANGUAGES[lang], **PROPERTIES, **TOKENIZER.get(lang, {}), **indexed}


def chunks(lines: Sequence[str], max_chars: int, separator: str = "\n") -> Iterator[tuple[int, int]]:
    """(first, end) index ranges of ``lines`` whose text joined by ``separator`` stays within ``max_chars`` (a
    longer line goes alone)."""
    first, size = 0, 0
    for i, line in enumerate(lines):
        if i > first and size + len(line) + len(separator) > max_chars:
            yield first, i
            first, size = i, 0
        size += len(line) + len(separator)
    if first < len(lines):
        yield first, len(lines)


def utf16_to_index(text: str) -> list[int] | None:
    """Python index of every UTF-16 offset of ``text`` (plus the end), None when the two agree (no astral chars)."""
    if all(ord(c) <= 0xFFFF for c in text):
        return None
    table: list[int] = []
    for i, c in enumerate(text):
        table.extend([i] * (2 if ord(c) > 0xFFFF else 1))
    table.append(len(text))
    return table


def split_found(lines: Sequence[str], answer: dict[str, Any], separator: str = "\n") -> list[Found]:
    """The mentions of CoreNLP's JSON ``answer`` for ``lines`` (joined by ``separator``), per line, offsets in the
    line."""
    text = separator.join(lines)
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + len(separator))
    table = utf16_to_index(text)
    limit = len(text) if table is None else len(table) - 1  # the text's end in Java's units
    found: list[list[tuple[str, str, int, int]]] = [[] for _ in lines]
    for sentence in answer.get("sentences", []):
        for mention in sentence.get("entitymentions", []):
            kept = label(str(mention.get("ner", "")))
            if kept is None:
                continue
            begin, end = int(mention["characterOffsetBegin"]), int(mention["characterOffsetEnd"])
            if begin >= limit:  # in the sentinel after the text
                continue
            end = min(end, limit)
            if table is not None:
                begin, end = table[begin], table[end]
            row = bisect.bisect_right(starts, begin) - 1
            offset = starts[row]
            if begin - offset >= len(lines[row]):  # in a separator
                continue
            found[row].append((text[begin:end], kept, begin - offset, min(end, offset + len(lines[row])) - offset))
    return [tuple(items) for items in found]


@lru_cache(maxsize=1)
def _client(timeout_s: float, connect_s: float) -> httpx.Client:
    return httpx.Client(timeout=httpx.Timeout(timeout_s, connect=connect_s), trust_env=False)


def annotate(text: str, lang: str, service: NerServiceSettings,
             props: dict[str, str] | None = None) -> dict[str, Any]:
    """POST ``text`` to the server with the ``lang`` NER properties (or ``props``); CoreNLP's JSON answer."""
    client = _client(service.timeout_s, service.connect_timeout_s)
    try:
        response = client.post(service.url, params={"properties": json.dumps(props or properties(lang))},
                               content=text.encode("utf-8"))
    except httpx.TransportError as exc:  # refused, reset, timed out: the server is away or overloaded
        raise OutageError(f"NER service {service.url} unavailable: {type(exc).__name__}") from exc
    if response.status_code == 500 and "ClassNotFoundException: newsline." in response.text:
        raise MisconfiguredError(f"NER service {service.url} lacks newsline's CoreNLP classes (a server started "
                                 f"before they were added, or an old corenlp image): {response.text[:200]!r}")
    if response.status_code >= 500 or response.status_code == 429:
        raise OutageError(f"NER service {service.url} answered {response.status_code}: {response.text[:200]!r}")
    if response.status_code != 200:
        raise MisconfiguredError(f"NER service {service.url} answered {response.status_code}: {response.text[:200]!r}")
    try:
        answer = response.json()
    except ValueError as exc:
        raise MisconfiguredError(f"NER service {service.url} did not answer CoreNLP JSON") from exc
    if not isinstance(answer, dict) or "sentences" not in answer:
        raise MisconfiguredError(f"NER service {service.url} did not answer CoreNLP JSON (no sentences)")
    return answer


def run_model(unique: Sequence[str], lang: str, service: NerServiceSettings | None = None) -> list[Found]:
    """The mentions of each line (each line once), through the CoreNLP server, in requests of bounded size."""
    service = service or get_settings().enrich.ner_service
    found: list[Found] = []
    separator = SEPARATOR.get(lang, "\n")
    for first, end in chunks(unique, service.max_request_chars, separator):
        part = unique[first:end]
        found.extend(split_found(part, annotate(separator.join(part) + SENTINEL, lang, service), separator))
    return found


def model_version(service: NerServiceSettings | None = None) -> str:
    service = service or get_settings().enrich.ner_service
    return f"corenlp-{service.version}-{'-'.join(sorted(service.languages))}" if service.languages else ""
