"""The CoreNLP NER server's lifecycle against the real server: start (jars through Maven), probe, annotate, stop.

A private server on a free port with its own state dir (the jar cache is the shared one): never the one
``newsline services up`` started for the other tests.
"""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from newsline_dev import services
from newsline_dev.services import corenlp, fetch, lifecycle
from pipeline.enrich.entities import corenlp as client
from pipeline.exceptions import OutageError
from pipeline.settings import Settings, load_settings
from tests.enrich.ner_accuracy import load

pytestmark = pytest.mark.integration


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _listening_addresses(port: int) -> set[str]:
    """The local addresses of listening TCP sockets on ``port`` (from /proc/net/tcp and tcp6)."""
    found = set()
    for table, size in (("/proc/net/tcp", 8), ("/proc/net/tcp6", 32)):
        for row in Path(table).read_text().splitlines()[1:]:
            local, state = row.split()[1], row.split()[3]
            address, hex_port = local.split(":")
            if state != "0A" or int(hex_port, 16) != port:
                continue
            ipv4 = address[-8:] if size == 32 else address  # ::ffff:a.b.c.d keeps the IPv4 in the last 8 digits
            if size == 32 and not address.startswith("0000000000000000FFFF0000"):
                found.add("::" if set(address) == {"0"} else address)
                continue
            found.add(".".join(str(int(ipv4[i:i + 2], 16)) for i in (6, 4, 2, 0)))
    return found


@pytest.fixture
def private(tmp_path: Path) -> Settings:
    # 3g: the stock Italian annotator (its gazette scanned per word) is loaded too, to compare with the indexed one
    service = {"url": f"http://127.0.0.1:{free_port()}", "heap": "3g", "languages": ["de", "es", "it", "hu"],
               "timeout_s": 180}  # a cold server: each language's first request loads its model
    return load_settings(paths={"state": tmp_path / "state"}, enrich={"ner_service": service})


def test_services_list_the_ner_server() -> None:
    names = [spec.name for spec, _ in services._nodes(load_settings())]
    assert names[-1] == "corenlp" and "kafka" in names
    none = load_settings(enrich={"ner_service": {"languages": []}})
    assert "corenlp" not in [spec.name for spec, _ in services._nodes(none)]


def _indexed_gazette_gives_the_stock_mentions(private: Settings) -> None:
    """newsline.IndexedGazetteNER (Italian requests) finds the mentions CoreNLP's own ``ner`` annotator finds."""
    sample = load("it")[0]
    text = f"{sample['title']}\n\n{sample['text']}"
    stock = {"pipelineLanguage": "italian", **client.PROPERTIES}  # the stock annotator: ~2.4 s of CPU for this

    def mentions(properties: dict[str, str]) -> list[tuple[str, str, int]]:
        answer = client.annotate(text, "it", private.enrich.ner_service, properties)
        return [(m["ner"], m["text"], m["characterOffsetBegin"])
                for sentence in answer["sentences"] for m in sentence["entitymentions"]]

    indexed = mentions(client.properties("it"))
    assert len(indexed) >= 10 and indexed == mentions(stock)


def _each_language_its_own_tokenizer_and_the_last_word_whole(private: Settings) -> None:
    """Hungarian's first request must not give Italian its tokenizer (nor the reverse), and a request's last word
    keeps its last letter (CoreNLP ends that token one character short for these languages)."""
    service = private.enrich.ner_service
    hungarian = client.run_model(["Dél-Korea elnöke Londonban"], "hu", service)[0]
    assert any(m[:2] == ("Dél-Korea", "GPE") for m in hungarian) and any(m[0] == "Londonban" for m in hungarian)
    italian = client.run_model(["Giorgia Meloni ha incontrato a Roma i vertici della Fiat.",
                                "Il presidente dell'Unione Europea a Roma"], "it", service)
    assert ("Giorgia Meloni", "PERSON", 0, 14) in italian[0] and any(m[:2] == ("Roma", "GPE") for m in italian[0])
    # Italian's own tokenizer splits "dell'" (di + l'); the one Hungarian's request built leaves one word
    assert any(m[0] == "Unione Europea" for m in italian[1]) and italian[1][-1][0] == "Roma"


def test_start_probe_annotate_and_stop_the_real_server(private: Settings) -> None:
    libs = fetch.corenlp_libs(private)
    assert (libs / "stanford-corenlp-4.5.10-models-german.jar").is_file()
    assert (libs / "stanford-corenlp-4.5.10-models-spanish.jar").is_file()
    assert (libs / "stanford-corenlp-4.5.10-models-italian.jar").is_file()
    assert (libs / "stanford-corenlp-4.5.10-models-hungarian.jar").is_file()
    spec = corenlp.spec(private)
    assert not corenlp.ready(private)
    proc = lifecycle.start(spec, lambda: corenlp.launch(private))
    try:
        assert proc is not None
        lifecycle.wait_ready(spec, proc, timeout=180)
        state = lifecycle.status(spec)
        assert state["running"] and state["managed"] and state["ready"] and state["pid"] == proc.pid
        assert lifecycle.start(spec, lambda: corenlp.launch(private)) is None  # ours is reused, not started twice
        assert _listening_addresses(spec.port) == {"127.0.0.1"}  # bound to loopback, not every interface
        # every language's accuracy is tests/enrich/test_ner_languages.py's, on the server `newsline services up`
        # started; here, on a fresh server: Hungarian first, then Italian, each with a tokenizer of its own
        _each_language_its_own_tokenizer_and_the_last_word_whole(private)
        _indexed_gazette_gives_the_stock_mentions(private)
    finally:
        stopped = lifecycle.stop(spec, timeout=30)
    assert stopped["stopped"] and not corenlp.ready(private)
    assert lifecycle.status(spec)["running"] is False
    with pytest.raises(OutageError):
        client.run_model(["Angela Merkel"], "de", private.enrich.ner_service)
