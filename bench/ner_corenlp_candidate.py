"""Accuracy, CPU and memory of a CoreNLP language newsline does not use, on a private server of its own.

Usage: python -m bench.ner_corenlp_candidate --lang zh [--heap 4g] [--rounds N]

For judging a registry model before wiring it (Chinese: the 1.58 GB ``models-chinese`` jar of Maven Central).
The command starts a CoreNLP server for ``--lang`` alone on a free port with a state dir of its own (the jars
through the shared cache, as ``newsline services up`` fetches them), sends it the labelled
``tests/enrich/ner_samples/<lang>.json`` articles (names written down before the model ran) with newsline's own
request properties, and stops it at the end, on SIGTERM and on Ctrl-C too. The model's mentions are scored
alone, before any of newsline's name rules (they are written for scripts with spaces and letter case), an
extracted name matching an expected one only when the two are the same string. CPU is the server JVM's
(utime+stime from /proc) over ``--rounds`` passes after a warm-up pass (model load, JIT), per article; the RSS
is read after the rounds. Results go to bench/results/ner_candidate_<lang>_corenlp.json.
"""

from __future__ import annotations

import argparse
import json
import socket
import tempfile
from pathlib import Path
from typing import Any

from bench import procstat
from bench.ner_languages import jvm_rss_mb
from newsline_dev.services import corenlp, lifecycle
from newsline_dev.stopping import sigterm_raises
from pipeline.enrich.entities import corenlp as client
from pipeline.settings import CORENLP_LANGUAGES, PROJECT_ROOT, NerServiceSettings, Settings, load_settings
from tests.enrich.ner_accuracy import KINDS, SAMPLES, load

RESULTS = PROJECT_ROOT / "bench" / "results"
LABEL_KINDS = {"PERSON": "persons", "ORG": "organizations", "GPE": "places"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def private_settings(lang: str, heap: str, state: Path) -> Settings:
    service = {"url": f"http://127.0.0.1:{free_port()}", "heap": heap, "languages": [lang], "timeout_s": 600}
    return load_settings(paths={"state": state}, enrich={"ner_service": service})


def names_found(texts: list[str], lang: str, service: NerServiceSettings) -> list[dict[str, set[str]]]:
    """Per article, the model's names of each kind (every line of the article through the server)."""
    found = []
    for text in texts:
        kinds: dict[str, set[str]] = {kind: set() for kind in KINDS}
        for line in client.run_model(text.split("\n"), lang, service):
            for name, label, _, _ in line:
                if label in LABEL_KINDS:
                    kinds[LABEL_KINDS[label]].add(name)
        found.append(kinds)
    return found


def scored(samples: list[dict[str, Any]], found: list[dict[str, set[str]]]) -> dict[str, Any]:
    report: dict[str, Any] = {}
    for key in KINDS:
        expected = [set(s[key]) for s in samples]
        hits = sum(len(f[key] & e) for f, e in zip(found, expected, strict=True))
        extracted, wanted = sum(len(f[key]) for f in found), sum(map(len, expected))
        report[key] = {"precision": round(hits / extracted, 3) if extracted else 1.0,
                       "recall": round(hits / wanted, 3) if wanted else 1.0,
                       "missed": [sorted(e - f[key]) for f, e in zip(found, expected, strict=True)],
                       "wrong": [sorted(f[key] - e) for f, e in zip(found, expected, strict=True)]}
    return report


def measure(lang: str, rounds: int, settings: Settings, pid: int) -> dict[str, Any]:
    samples = load(lang)
    texts = [f"{s['title']}\n{s['text']}" for s in samples]
    service = settings.enrich.ner_service
    report = scored(samples, names_found(texts, lang, service))  # also the warm-up
    before = procstat.cpu_s(pid)
    for _ in range(rounds):
        names_found(texts, lang, service)
    jvm_ms = (procstat.cpu_s(pid) - before) * 1000 / rounds / len(texts)
    chars = sum(map(len, texts)) / len(texts)
    return {"lang": lang, "articles": len(texts), "mean_chars": round(chars), "scores": report,
            "jvm_ms_per_article": round(jvm_ms, 1), "jvm_ms_per_1000_chars": round(jvm_ms * 1000 / chars, 1),
            "jvm_rss_mb": round(jvm_rss_mb(pid)), "heap": service.heap, "corenlp_version": service.version}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", required=True, help="an ISO 639-1 code CoreNLP serves (pipeline.settings)")
    parser.add_argument("--heap", default="4g")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    if args.lang not in CORENLP_LANGUAGES:
        parser.error(f"--lang {args.lang}: CoreNLP serves {', '.join(sorted(CORENLP_LANGUAGES))}")
    if not (SAMPLES / f"{args.lang}.json").is_file():
        parser.error(f"--lang {args.lang}: no labelled sample {SAMPLES / f'{args.lang}.json'}")
    with sigterm_raises(), tempfile.TemporaryDirectory(prefix="newsline-ner-candidate-") as state:
        settings = private_settings(args.lang, args.heap, Path(state))
        spec = corenlp.spec(settings)
        proc = lifecycle.start(spec, lambda: corenlp.launch(settings))
        try:
            lifecycle.wait_ready(spec, proc, timeout=300)
            pid = lifecycle.managed_pid(spec)
            if pid is None:
                raise SystemExit("the private CoreNLP server did not stay up: " + lifecycle.logs_tail(spec))
            report = measure(args.lang, args.rounds, settings, pid)
        finally:
            lifecycle.stop(spec, timeout=30)
    for key in KINDS:
        print(f"{key}: P {report['scores'][key]['precision']} R {report['scores'][key]['recall']}")
    print(json.dumps({k: v for k, v in report.items() if k != "scores"}))
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"ner_candidate_{args.lang}_corenlp.json").write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
