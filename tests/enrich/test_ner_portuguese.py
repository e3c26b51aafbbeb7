"""Portuguese entities from NLPyPort's HAREM CRF (in process, read from the ``NLPyPort`` sdist), written as an editor
would by :mod:`pipeline.enrich.entities.portuguese`, on labelled articles written before the model ran.

Measured (precision / recall): ``pt``, the sample the rules were written on: persons 0.88 / 0.83, organisations
0.88 / 0.61, places 0.87 / 0.73; ``pt_heldout``, five more articles, the rules' first run on them: persons
0.86 / 0.82, organisations 0.84 / 0.53, places 0.83 / 0.86; since a hyphenated institution ("Procuradoria-Geral",
a miss of that run) counts by its first part: persons 0.90 / 0.82, organisations 0.88 / 0.55. The floors sit a
little below, so a change that loses accuracy fails.
"""

from __future__ import annotations

import pytest

from tests.enrich.ner_accuracy import assert_floors, enriched

FLOORS = {  # kind -> (precision, recall)
    "pt": {"person": (0.83, 0.78), "organization": (0.83, 0.56), "place": (0.82, 0.68)},
    "pt_heldout": {"person": (0.85, 0.77), "organization": (0.83, 0.50), "place": (0.78, 0.81)},
}


@pytest.mark.parametrize("sample", list(FLOORS))
def test_portuguese_entities_meet_the_floors_per_kind(sample: str) -> None:
    assert_floors(sample, FLOORS[sample])


def test_portuguese_names_lose_their_roles_and_give_countries_and_places() -> None:
    _, results = enriched("pt")
    first = results[0].enrichment
    assert "Luiz Inácio Lula da Silva" in first.names("person")  # 'O presidente Luiz Inácio Lula da Silva'
    assert not any(name.casefold().startswith("ministro") for name in first.names("person"))
    assert "Senado Federal" in first.names("organization")  # the model's place, an institution
    assert {"BR"} <= set(first.countries)
    assert ("Brasília", "BR") in {(loc.name, loc.country) for loc in first.locations}  # GeoNames
    second = results[1].enrichment
    assert "Banco de Portugal" in second.names("organization")  # 'o Banco' + 'de Portugal', cut by the model
    assert "PT" in second.countries
    assert ("Maputo", "MZ") in {(loc.name, loc.country) for loc in results[4].enrichment.locations}
