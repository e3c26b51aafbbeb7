"""Portuguese NER: the CRF's input rebuilt from text (pipeline.enrich.entities.harem_features), the model files read
by an unpickler that admits only their classes (nlpyport_ner), and the names as an editor writes them
(portuguese: roles stripped, institutions labelled, names the model cut off made whole)."""

from __future__ import annotations

import io
import json
import pickle
from pathlib import Path

import pytest

from pipeline.enrich.entities import bio, harem_features, nlpyport_ner, packaged
from pipeline.enrich.entities.mention import Mention
from pipeline.enrich.entities.portuguese import normalise


def _one(name: str, label: str, text: str) -> list[tuple[str, str]]:
    start = text.index(name)
    return [(m.label, m.text) for m in normalise([Mention(name, label, start, start + len(name))], text)]


@pytest.mark.parametrize(("name", "label", "text", "expected"), [
    ("presidente Luiz Inácio Lula da Silva", "PERSON", "O presidente Luiz Inácio Lula da Silva disse",
     [("PERSON", "Luiz Inácio Lula da Silva")]),
    ("Presidente Filipe Nyusi", "PERSON", "O antigo Presidente Filipe Nyusi deixou", [("PERSON", "Filipe Nyusi")]),
    ("ministro da Fazenda", "PERSON", "O ministro da Fazenda, Fernando Haddad", []),  # a role of something
    ("Presidente da República", "PERSON", "O Presidente da República apelou", []),
    ("Marcelo Rebelo de Sousa", "PERSON", "Marcelo Rebelo de Sousa apelou", [("PERSON", "Marcelo Rebelo de Sousa")]),
    ("Senado Federal", "GPE", "defendeu no Senado Federal as regras", [("ORG", "Senado Federal")]),
    ("Congresso Nacional", "PERSON", "aprovação do Congresso Nacional.", [("ORG", "Congresso Nacional")]),
    ("Procuradoria-Geral da República", "PERSON", "A Procuradoria-Geral da República apoiou",
     [("ORG", "Procuradoria-Geral da República")]),
    ("Banco", "PERSON", "e o Banco de Portugal reviu", [("ORG", "Banco de Portugal")]),  # the model cut it
    ("Federação das Indústrias", "ORG", "a Federação das Indústrias do Estado de São Paulo (Fiesp)",
     [("ORG", "Federação das Indústrias do Estado de São Paulo")]),
    ("São", "GPE", "recebeu ontem em São Bento o secretário", [("GPE", "São Bento")]),
    ("São", "GPE", "municípios como Altamira e São Félix do Xingu.", [("GPE", "São Félix do Xingu")]),
    ("Lisboa", "GPE", "em Lisboa, o primeiro-ministro", [("GPE", "Lisboa")]),
    ("Banco Central", "ORG", "O Banco Central aprovou", [("ORG", "Banco Central")]),  # nothing to run on over
    ("Carla Marques na sexta-feira", "PERSON", "reuniu-se com Carla Marques na sexta-feira em Maputo",
     [("PERSON", "Carla Marques")]),  # the model ran on over the day
    ("presidente Lula em", "PERSON", "disse o presidente Lula em Brasília", [("PERSON", "Lula")]),
    ("Marta Costa e Sofia Silva", "PERSON", "disseram Marta Costa e Sofia Silva ontem",
     [("PERSON", "Marta Costa"), ("PERSON", "Sofia Silva")]),  # two persons read as one
    ("Artur da Costa e Silva", "PERSON", "o general Artur da Costa e Silva governou",
     [("PERSON", "Artur da Costa e Silva")]),  # one surname joined by "e"
])
def test_portuguese_names_are_written_as_an_editor_would(name: str, label: str, text: str,
                                                          expected: list[tuple[str, str]]) -> None:
    assert _one(name, label, text) == expected


def test_an_institution_the_model_missed_is_added_unless_the_model_read_its_words_otherwise() -> None:
    text = "Ambientalistas do Observatório do Clima, porém, e o secretário-geral do Partido Socialista, Pedro Nuno."
    clima = text.index("Clima")
    found = normalise([Mention("Clima", "GPE", clima, clima + 5)], text)
    assert [(m.label, m.text) for m in found] == [("ORG", "Observatório do Clima"), ("ORG", "Partido Socialista")]
    assert all(text[m.start:m.end] == m.text for m in found)
    party = text.index("Socialista")  # a mention across the name's end: the model's reading stands
    across = Mention("Socialista, Pedro Nuno", "PERSON", party, party + len("Socialista, Pedro Nuno"))
    assert ("ORG", "Partido Socialista") not in [(m.label, m.text) for m in normalise([across], text)]
    assert normalise([], "O Banco abriu. Banco Central") == [Mention("Banco Central", "ORG", 15, 28)]


def test_a_mention_inside_a_name_made_whole_goes() -> None:
    text = "e o Banco de Portugal reviu"
    bank, country = text.index("Banco"), text.index("Portugal")
    found = normalise([Mention("Banco", "PERSON", bank, bank + 5), Mention("Portugal", "GPE", country, country + 8)],
                      text)
    assert [(m.label, m.text, m.start, m.end) for m in found] == [("ORG", "Banco de Portugal", bank, country + 8)]


def test_tokens_keep_their_spans_and_contractions_as_written() -> None:
    line = "Lula da Silva, em 2025: 0,9% do PIB."
    found = harem_features.tokens(line)
    assert [t.text for t in found] == ["Lula", "da", "Silva", ",", "em", "2025", ":", "0,9", "%", "do", "PIB", "."]
    assert all(line[t.start:t.end] == t.text for t in found)


def test_features_describe_the_word_and_two_either_side_as_the_model_was_trained() -> None:
    words, tags = ["O", "Banco", "de", "Portugal"], ["art", "n", "prp", "prop"]
    first = harem_features.features(words, tags, 0)
    assert first["word"] == "O" and first["prev_word"] == "" and first["prev_prev_word"] == ""
    assert first["next_word"] == "Banco" and first["next_next_pos"] == "prp"
    third = harem_features.features(words, tags, 2)
    assert third["prev_prev_word"] == "O" and third["next_next_word"] == "" and third["next_lemma"] == "portugal"
    bank = harem_features.features(words, tags, 1)
    assert bank["word_shape"] == "Aaaaa" and bank["is_first_uppercase"] == "False"  # as trained: all capitals
    assert bank["prefix_2"] == "Ba" and bank["suffix_3"] == "nco" and bank["length"] == "Banco"
    assert harem_features.features(["PIB"], ["prop"], 0)["is_first_uppercase"] == "True"
    assert harem_features.features(["2,5"], ["num"], 0)["contains_punct"] == "1"


@pytest.mark.parametrize(("labels", "expected"), [
    (["B-PESSOA", "I-PESSOA", "O", "B-LOCAL"], [("PESSOA", 0, 10), ("LOCAL", 14, 20)]),
    (["B-PESSOA", "B-PESSOA", "O", "O"], [("PESSOA", 0, 4), ("PESSOA", 5, 10)]),
    (["I-ORGANIZACAO", "I-ORGANIZACAO", "O", "O"], [("ORGANIZACAO", 0, 10)]),  # a run without its B-
    (["B-PESSOA", "I-LOCAL", "O", "O"], [("PESSOA", 0, 4), ("LOCAL", 5, 10)]),  # a kind change starts a name
])
def test_label_runs_become_spans_of_the_written_text(labels: list[str], expected: list[tuple[str, int, int]]) -> None:
    assert bio.spans(harem_features.tokens("Nuno Silva em Lisboa"), labels) == expected


def test_short_tags_are_the_part_after_a_colon() -> None:
    assert [harem_features.short_tag(t) for t in ("H:n", "prop", None)] == ["n", "prop", ""]


def test_a_model_file_naming_any_other_class_is_refused(tmp_path: Path) -> None:
    class Payload:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return (print, ("ran",))

    bad = tmp_path / "harem.pickle"
    bad.write_bytes(pickle.dumps(Payload()))
    with pytest.raises(nlpyport_ner.HaremModelError, match="builtins.print is not expected"):
        nlpyport_ner._read(bad)
    with pytest.raises(pickle.UnpicklingError):
        nlpyport_ner._Unpickler(io.BytesIO(pickle.dumps(Path("x")))).load()


def test_a_missing_package_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(packaged.importlib.util, "find_spec", lambda name: None)
    with pytest.raises(nlpyport_ner.HaremModelError, match="NLPyPort package .* is not installed"):
        nlpyport_ner._package_dir()


def test_the_shipped_model_finds_persons_places_and_organisations() -> None:
    line = "O ministro Fernando Haddad disse em Brasília que o Banco Nacional de Desenvolvimento vai investir."
    found = {(text, label) for text, label, start, end in nlpyport_ner.run_model([line])[0]
             if line[start:end] == text}
    assert ("Brasília", "GPE") in found and any(label == "PERSON" and "Fernando Haddad" in text
                                               for text, label in found)
    assert any(label == "ORG" and text.startswith("Banco Nacional") for text, label in found)
    assert nlpyport_ner.run_model(["", "   "]) == [(), ()]


def test_lines_tagged_together_get_the_tags_each_gets_alone() -> None:
    tagger = nlpyport_ner.load().tagger
    samples = [sample for name in ("pt.json", "pt_heldout.json")
               for sample in json.loads((Path(__file__).parent / "ner_samples" / name).read_text(encoding="utf-8"))]
    lines = [[t.text for t in harem_features.tokens(line)] for sample in samples for line in sample["text"].split("\n")]
    lines += [[], ["Lisboa"], ["."], ["Ele", "disse", "que", "sim", "."], ["a", "o", "de", "que"]]
    # a line that ends in an article before one that starts with one: a rule retags an article before an article
    lines += [["Ele", "viu", "o"], ["O", "Benfica", "ganhou"], ["disse", "a"], ["a", "Maria"]]
    assert nlpyport_ner._reach(tagger) == 3
    together = nlpyport_ner.tag_lines(tagger, lines)
    assert together == [[tag for _, tag in tagger.tag(words)] for words in lines]
    assert sum(len(tags) for tags in together) > 1000  # the sample's lines, not only the short ones
