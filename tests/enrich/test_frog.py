"""Frog, the Dutch NER, as a child of the enrich process (pipeline.enrich.entities.frog): its answers parsed and
put back on the written line, its command, and the real child (Debian's packages, fetched by ``newsline services
up``) answering, killed and replaced, or silent and given up on as an outage."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from pipeline.enrich.entities import bio, dutch, frog
from pipeline.enrich.entities.mention import Mention
from pipeline.exceptions import OutageError
from pipeline.settings import Settings, get_settings

ROWS = ["1\tMinister\t\t\t\tN(soort)\t0.98\tO", "2\tEelco\t\t\t\tSPEC(deeleigen)\t1.0\tB-PER",
        "3\tHeinen\t\t\t\tSPEC(deeleigen)\t1.0\tI-PER", "4\tzei\t\t\t\tWW(pv)\t0.99\tO", "",
        "1\tDen\t\t\t\tSPEC(deeleigen)\t1.0\tB-LOC", "2\tHaag\t\t\t\tSPEC(deeleigen)\t1.0\tI-LOC",
        "3\tGroenLinks-PvdA\t\t\t\tSPEC(deeleigen)\t1.0\tB-MISC", ""]


@pytest.fixture(scope="module")
def installed() -> Settings:
    settings = get_settings()
    assert frog.available(settings), "Frog is not installed: `newsline services up` fetches it"
    return settings


def test_answers_become_names_over_the_written_line() -> None:
    line = "Minister Eelco Heinen zei:  Den Haag en GroenLinks-PvdA."
    tagged = frog.parse(ROWS)
    assert tagged[1] == ("Eelco", "B-PER") and len(tagged) == 7  # blank rows end sentences, not tokens
    assert frog.mentions(line, tagged) == (("Eelco Heinen", "PERSON", 9, 21), ("Den Haag", "GPE", 28, 36))  # no MISC


def test_a_token_the_tokenizer_rewrote_extends_no_name() -> None:
    assert bio.align("‘Rutte’ zei", ["'", "Rutte", "'", "zei"]) == [
        bio.Token("'", 0, 0), bio.Token("Rutte", 1, 6), bio.Token("'", 6, 6), bio.Token("zei", 8, 11)]
    assert frog.mentions("‘Rutte’ zei", [("'", "B-PER"), ("Rutte", "I-PER"), ("'", "I-PER"), ("zei", "O")]) == (
        ("Rutte", "PERSON", 1, 6),)


def test_a_line_reaches_frog_as_one_line_without_control_characters_or_the_sentinel() -> None:
    cleaned = frog._clean(f"a\x00b\tc\u0085d {frog.SENTINEL} e")
    assert "\n" not in cleaned and "\x00" not in cleaned and frog.SENTINEL not in cleaned and cleaned.startswith("a b")


def test_the_command_runs_the_cache_in_a_mount_namespace_or_a_system_install(tmp_path: Path) -> None:
    cached = Settings(paths={"cache": tmp_path})
    argv, env = frog.command(cached)
    assert argv[:4] == ["unshare", "--user", "--map-root-user", "--mount"]
    assert f"mount --bind {tmp_path}/frog-" in argv[-1] and "exec " in argv[-1] and "--skip=mcpla" in argv[-1]
    assert env["LD_LIBRARY_PATH"].startswith(str(tmp_path)) and env["OMP_NUM_THREADS"] == "1"
    assert not frog.available(cached)  # nothing unpacked there
    system = Settings(enrich={"frog": {"install": "system"}})
    assert frog.command(system)[0] == ["frog", *frog.ARGUMENTS] and frog.install_root(system) is None
    assert not frog.available(Settings(enrich={"frog": {"enabled": False}}))


def test_dutch_adjectives_and_inhabitants_of_places_are_groups() -> None:
    found = dutch.normalise([Mention("Europese", "GPE"), Mention("Rotterdammers", "LOC"), Mention("Belgische", "GPE"),
                             Mention("Den Haag", "GPE"), Mention("Nederland", "GPE"), Mention("Eindhoven", "GPE")], "")
    assert [m.label for m in found] == ["NORP", "NORP", "NORP", "GPE", "GPE", "GPE"]


def test_the_real_frog_finds_dutch_names(installed: Settings) -> None:
    child = frog.FrogProcess(installed)
    try:
        lines = ["Premier Dick Schoof sprak dinsdag in Den Haag met ING en ABN AMRO.",
                 "Minister Eelco Heinen zei het. Volgens Geert Wilders moet Nederland strenger zijn."]  # 2 sentences
        found = [frog.mentions(line, child.tag(line)) for line in lines]
        assert {(text, label) for text, label, _, _ in found[0]} >= {
            ("Dick Schoof", "PERSON"), ("Den Haag", "GPE"), ("ING", "ORG")}
        assert {text for text, _, _, _ in found[1]} >= {"Eelco Heinen", "Geert Wilders", "Nederland"}
        assert child.tag("   ") == [] and child.tag(frog.SENTINEL) == []
        assert child._process is not None and len(os.listdir(f"/proc/{child._process.pid}/task")) == 1  # one thread
        workdir = Path(f"/proc/{child._process.pid}/cwd").resolve() if child._process else None
        assert workdir is not None and workdir.name.startswith("newsline-frog-")  # its debug file goes there
    finally:
        child.close()
    assert not workdir.exists()


def test_a_killed_frog_is_replaced_and_answers(installed: Settings) -> None:
    child = frog.FrogProcess(installed)
    try:
        assert child.tag("Mark Rutte woont in Den Haag.")
        process = child._process
        assert process is not None
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        assert ("Rutte", "I-PER") in child.tag("Mark Rutte woont in Den Haag.")  # a new child, same answer
        assert child._process is not None and child._process.pid != process.pid
    finally:
        child.close()
    assert child._process is None and process.poll() is not None


def test_a_silent_or_dying_child_is_an_outage_after_one_restart(monkeypatch: pytest.MonkeyPatch,
                                                                   installed: Settings) -> None:
    starts: list[str] = []

    def fake(program: str) -> object:
        def command(settings: Settings) -> tuple[list[str], dict[str, str]]:
            starts.append(program)
            return ["sh", "-c", program], dict(os.environ)
        return command

    settings = installed.model_copy(update={"enrich": installed.enrich.model_copy(
        update={"frog": installed.enrich.frog.model_copy(update={"timeout_s": 0.5, "start_timeout_s": 0.5})})})
    for program in ("cat", "exit 3"):  # echoes without answering; dies at once
        monkeypatch.setattr(frog, "command", fake(program))
        child = frog.FrogProcess(settings)
        with pytest.raises(OutageError, match="Frog .* failed twice"):
            child.tag("Mark Rutte woont in Den Haag.")
        assert child._process is None
    assert starts == ["cat", "cat", "exit 3", "exit 3"]
