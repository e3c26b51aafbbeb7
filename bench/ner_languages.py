"""Cost of named entities per language: CPU per article (this process + the CoreNLP JVM) and the JVM's memory.

Usage: python -m bench.ner_languages [--rounds N]   (needs the CoreNLP server: ``newsline services up``)

Articles: the labelled German, Spanish, Italian, Hungarian, Russian, Portuguese, Dutch and Japanese articles of
tests/enrich/ner_samples (100-300 words each) and English ones of the same length from bench/corpus.py. Each round
runs the entities step (model + normalisation rules) over all of a language's articles with an empty line cache,
so every line goes through the model; the first round of each language is a warm-up (model load, JIT) and is not
counted; figures are means over the other rounds. CPU is this process's (``process_time``) plus, for the CoreNLP
languages, the server JVM's (utime+stime from /proc/<pid>/stat), and for Dutch that of Frog, a child of this
process, read the same way; the JVM's RSS is read after the rounds. Results go to
bench/results/ner_languages.json.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

from bench import procstat
from bench.corpus import generate
from pipeline.enrich.entities import frog, ner
from pipeline.enrich.steps.entities import entities_of
from pipeline.settings import PROJECT_ROOT, Settings, load_settings
from tests.enrich.ner_accuracy import SAMPLES, load

RESULTS = PROJECT_ROOT / "bench" / "results"


def server_pid(settings: Settings) -> int:
    """The pid of the process serving ``enrich.ner_service.url`` (CoreNLP's server with that ``-port``)."""
    port = str(settings.enrich.ner_service.port)
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            args = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        words = [a.decode(errors="replace") for a in args]
        if any("StanfordCoreNLPServer" in w for w in words) and port in words:
            return int(entry.name)
    raise SystemExit(f"no CoreNLP server with -port {port} on this machine; run `newsline services up`")


def jvm_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def texts_of(lang: str) -> list[str]:
    if lang == "en":
        samples = load("de") + load("es") + load("it")
        words = sum(len(str(s["text"]).split()) for s in samples) // len(samples)
        found = [f"{a.title}\n\n{a.text}" for a in generate(200, seed=11, near_duplicate_share=0.0)]
        near = sorted(found, key=lambda t: abs(len(t.split()) - words))[:10]
        return near
    return [f"{s['title']}\n\n{s['text']}" for s in load(lang)]


def one_round(texts: list[str], lang: str, pid: int | None) -> tuple[float, float]:
    """(ms of this process, ms of the JVM) for the entities of ``texts``, every line through the model."""
    jvm_before = procstat.cpu_s(pid) if pid else 0.0
    started = time.process_time()
    entities_of(texts, lang, cache=ner.LineCache())
    client = time.process_time() - started
    jvm = (procstat.cpu_s(pid) - jvm_before) if pid else 0.0
    return client * 1000, jvm * 1000


def measure(lang: str, rounds: int, pid: int | None) -> dict[str, Any]:
    texts = texts_of(lang)
    one_round(texts, lang, pid)  # warm-up: model load, JIT
    if lang == "nl":
        pid = frog.child_pid()  # Frog runs as this process's child: its CPU is counted like the JVM's
    runs = [one_round(texts, lang, pid) for _ in range(rounds)]
    client = sum(r[0] for r in runs) / rounds / len(texts)  # means: the JVM's CPU comes in 10 ms clock ticks
    jvm = sum(r[1] for r in runs) / rounds / len(texts)
    chars = sum(map(len, texts)) / len(texts)
    return {"articles": len(texts), "mean_chars": round(chars), "client_ms_per_article": round(client, 2),
            "jvm_ms_per_article": round(jvm, 2), "total_ms_per_article": round(client + jvm, 2),
            "total_ms_per_1000_chars": round((client + jvm) * 1000 / chars, 2),
            "model": "spacy" if lang in ner.MODELS else _in_process_model(lang) if lang in ner.IN_PROCESS else "corenlp"}


def _in_process_model(lang: str) -> str:
    """The in-process model's name: its module's ("natasha_ner" -> "natasha", "nlpyport_ner" -> "nlpyport")."""
    return ner.IN_PROCESS[lang].__name__.rsplit(".", 1)[-1].removesuffix("_ner")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    settings = load_settings()
    pid = server_pid(settings)
    report: dict[str, Any] = {"languages": {}}
    spacy_samples = sorted(lang for lang in set(ner.MODELS) - {"en"} if (SAMPLES / f"{lang}.json").exists())
    for lang in ("en", *sorted(settings.enrich.ner_service.languages), *sorted(ner.IN_PROCESS), *spacy_samples):
        in_process = lang in ner.MODELS or lang in ner.IN_PROCESS
        if lang not in ner.languages():
            continue  # Dutch without Frog installed
        report["languages"][lang] = measure(lang, args.rounds, None if in_process else pid)
        print(lang, json.dumps(report["languages"][lang]))
    report["jvm_rss_mb"] = round(jvm_rss_mb(pid))
    report["jvm_heap"] = settings.enrich.ner_service.heap
    report["corenlp_version"] = settings.enrich.ner_service.version
    print("jvm_rss_mb", report["jvm_rss_mb"])
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "ner_languages.json").write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
