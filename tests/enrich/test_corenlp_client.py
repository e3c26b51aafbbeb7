"""The CoreNLP client: label mapping, request chunks, offsets back to lines, routing, and failures as outages."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from pipeline.enrich.entities import corenlp, ner
from pipeline.enrich.steps import ENTITIES
from pipeline.exceptions import MisconfiguredError, OutageError
from pipeline.settings import NerServiceSettings, Settings


def test_corenlp_labels_map_onto_newsline_labels_and_misc_is_dropped() -> None:
    assert corenlp.label("PERSON") == "PERSON" and corenlp.label("PER") == "PERSON"
    assert corenlp.label("ORGANIZATION") == "ORG" and corenlp.label("I-ORG") == "ORG"
    assert {corenlp.label(x) for x in ("LOCATION", "LOC", "CITY", "COUNTRY", "STATE_OR_PROVINCE")} == {"GPE"}
    assert corenlp.label("MISC") is None and corenlp.label("DATE") is None and corenlp.label("") is None


def test_properties_name_the_language_and_ner_only() -> None:
    assert corenlp.properties("de")["pipelineLanguage"] == "german"
    assert corenlp.properties("es")["pipelineLanguage"] == "spanish"
    assert corenlp.properties("it")["pipelineLanguage"] == "italian"
    assert corenlp.properties("de")["annotators"] == corenlp.properties("es")["annotators"] == "tokenize,ssplit,ner"
    assert not any(key.startswith("customAnnotatorClass") for key in corenlp.properties("de"))
    italian = corenlp.properties("it")  # the gazette looked up by phrase: newsline's annotator on the server
    assert italian["annotators"] == "tokenize,ssplit,nerindexed"
    assert italian["customAnnotatorClass.nerindexed"] == "newsline.IndexedGazetteNER"
    assert all(italian[key] == value for key, value in corenlp.PROPERTIES.items() if key != "annotators")
    with pytest.raises(KeyError):
        corenlp.properties("nl")


def test_chunks_stay_within_the_size_and_cover_every_line_once() -> None:
    lines = ["a" * 40, "b" * 40, "c" * 40, "d" * 200, "e"]
    ranges = list(corenlp.chunks(lines, 100))
    assert ranges == [(0, 2), (2, 3), (3, 4), (4, 5)]
    assert list(corenlp.chunks([], 100)) == []
    assert list(corenlp.chunks(lines, 100, "\n.\n")) == [(0, 2), (2, 3), (3, 4), (4, 5)]
    assert list(corenlp.chunks(["a" * 48, "b" * 48], 100, "\n.\n")) == [(0, 1), (1, 2)]  # 2 x (48 + 3) > 100
    assert list(corenlp.chunks(["a" * 48, "b" * 48], 100)) == [(0, 2)]


def _mention(text: str, ner_label: str, begin: int) -> dict[str, object]:
    return {"text": text, "ner": ner_label, "characterOffsetBegin": begin, "characterOffsetEnd": begin + len(text)}


def test_offsets_map_back_to_their_line() -> None:
    lines = ["Olaf Scholz traf Macron.", "In Berlin sprach die IG Metall."]
    second = len(lines[0]) + 1
    answer = {"sentences": [
        {"entitymentions": [_mention("Olaf Scholz", "PERSON", 0), _mention("Macron", "PERSON", 17)]},
        {"entitymentions": [_mention("Berlin", "LOCATION", second + 3), _mention("IG Metall", "ORGANIZATION", second + 21),
                            _mention("Deutsch", "MISC", second)]},
    ]}
    found = corenlp.split_found(lines, answer)
    assert found == [(("Olaf Scholz", "PERSON", 0, 11), ("Macron", "PERSON", 17, 23)),
                     (("Berlin", "GPE", 3, 9), ("IG Metall", "ORG", 21, 30))]


def test_lines_parted_by_a_full_stop_map_back_and_nothing_is_read_from_the_stop_or_the_sentinel() -> None:
    lines = ["Liverpool Londonban", "Szoboszlai Dominik"]
    separator = corenlp.SEPARATOR["hu"]
    second = len(lines[0]) + len(separator)
    sent = separator.join(lines) + corenlp.SENTINEL
    answer = {"sentences": [
        {"entitymentions": [_mention("Liverpool", "ORG", 0), _mention("Londonban", "LOC", 10)]},
        {"entitymentions": [_mention(".", "ORG", len(lines[0]) + 1)]},
        {"entitymentions": [_mention("Szoboszlai Dominik", "PER", second)]},
        {"entitymentions": [_mention(".", "LOC", len(sent) - 1)]},
    ]}
    assert corenlp.split_found(lines, answer, separator) == [
        (("Liverpool", "ORG", 0, 9), ("Londonban", "GPE", 10, 19)), (("Szoboszlai Dominik", "PERSON", 0, 18),)]
    assert corenlp.SEPARATOR.get("de") is None  # German's tokenizer ends a sentence at a newline


def test_italian_and_hungarian_ask_for_tokenizers_of_their_own() -> None:
    signatures = {lang: {k: v for k, v in corenlp.properties(lang).items() if k.startswith("tokenize.")}
                  for lang in ("de", "es", "it", "hu")}
    assert signatures["it"] and signatures["hu"] and signatures["it"] != signatures["hu"]


def test_utf16_offsets_after_an_emoji_map_to_python_indexes() -> None:
    line = "🇩🇪 Angela Merkel in Berlin"  # two astral flag characters: Java counts four units
    begin = line.index("Angela") + 2
    answer = {"sentences": [{"entitymentions": [_mention("Angela Merkel", "PERSON", begin)]}]}
    assert corenlp.split_found([line], answer) == [(("Angela Merkel", "PERSON", 3, 16),)]


def test_german_spanish_italian_hungarian_are_routed_to_the_service_english_and_french_stay_spacy() -> None:
    assert {"de", "es", "it", "hu"} <= ner.service_languages() and not {"en", "fr"} & ner.service_languages()
    assert ENTITIES.languages is not None and {"en", "fr", "de", "es", "it", "hu"} <= ENTITIES.languages
    assert "cs" not in ENTITIES.languages and "nl" not in ner.service_languages()
    assert ENTITIES.skip_reason({"language": {"code": "cs"}}, set()) == "no model for language cs"
    assert "corenlp-4.5.10-de-es-hu-it+" in ner.model_version() + "+"


def test_ner_service_settings_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSLINE_ENRICH_NER_SERVICE_URL", "http://127.0.0.1:9123")
    monkeypatch.setenv("NEWSLINE_ENRICH_NER_SERVICE_TIMEOUT_S", "7")
    service = Settings().enrich.ner_service
    assert service.url == "http://127.0.0.1:9123" and service.port == 9123 and service.timeout_s == 7.0
    with pytest.raises(ValueError, match="no CoreNLP NER model for nl"):
        NerServiceSettings(languages=("de", "nl"))


class _Answer(BaseHTTPRequestHandler):
    status = 200
    body = b"{}"

    def do_POST(self) -> None:  # noqa: N802 - http.server's naming
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.send_response(self.status)
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *args: object) -> None:
        return


@pytest.fixture
def fake_server() -> Iterator[tuple[HTTPServer, type[_Answer]]]:
    handler = type("Handler", (_Answer,), {})
    server = HTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server, handler
    server.shutdown()
    server.server_close()


def _service(server: HTTPServer) -> NerServiceSettings:
    return NerServiceSettings(url=f"http://127.0.0.1:{server.server_address[1]}", timeout_s=5)


def test_a_stopped_server_is_an_outage_so_the_batch_is_retried() -> None:
    with pytest.raises(OutageError, match="unavailable"):
        corenlp.run_model(["Angela Merkel"], "de", NerServiceSettings(url="http://127.0.0.1:9", timeout_s=2))


def test_a_failing_server_is_an_outage_and_a_wrong_one_a_misconfiguration(
        fake_server: tuple[HTTPServer, type[_Answer]]) -> None:
    server, handler = fake_server
    handler.status, handler.body = 500, b"CoreNLP request timed out"
    with pytest.raises(OutageError, match="500"):
        corenlp.run_model(["Angela Merkel"], "de", _service(server))
    handler.status = 500  # a server without newsline's annotator for Italian: retrying would not help
    handler.body = b"MetaClass$ClassCreationException: java.lang.ClassNotFoundException: newsline.IndexedGazetteNER"
    with pytest.raises(MisconfiguredError, match="lacks newsline's CoreNLP classes"):
        corenlp.run_model(["Giorgia Meloni"], "it", _service(server))
    handler.status, handler.body = 404, b"not found"
    with pytest.raises(MisconfiguredError, match="404"):
        corenlp.run_model(["Angela Merkel"], "de", _service(server))
    handler.status, handler.body = 200, b"<html>a proxy page</html>"
    with pytest.raises(MisconfiguredError, match="CoreNLP JSON"):
        corenlp.run_model(["Angela Merkel"], "de", _service(server))


def test_a_good_answer_becomes_mentions(fake_server: tuple[HTTPServer, type[_Answer]]) -> None:
    server, handler = fake_server
    handler.body = json.dumps({"sentences": [{"entitymentions": [_mention("Angela Merkel", "PERSON", 0)]}]}).encode()
    assert corenlp.run_model(["Angela Merkel spricht."], "de", _service(server)) == [
        (("Angela Merkel", "PERSON", 0, 13),)]
