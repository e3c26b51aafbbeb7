"""Dutch entities from Frog (Debian's frog and frogdata packages, a child of the enrich process), on labelled articles
written before the model ran.

Measured (precision / recall): ``nl``, the sample the rule on adjectives was written on: persons 1.00 / 0.91,
organisations 0.95 / 0.75, places 0.90 / 0.97 (0.84 / 0.97 before it); ``nl_heldout``, five more articles, with the
model and the common rules only: persons 0.85 / 0.81, organisations 0.88 / 0.68, places 0.79 / 0.84, and the rule's
first run on them: places 0.93 / 0.84. The floors sit a little below, so a change that loses accuracy fails.
"""

from __future__ import annotations

import pytest

from tests.enrich.ner_accuracy import assert_floors, enriched

FLOORS = {  # kind -> (precision, recall)
    "nl": {"person": (0.95, 0.86), "organization": (0.90, 0.70), "place": (0.85, 0.92)},
    "nl_heldout": {"person": (0.80, 0.76), "organization": (0.83, 0.63), "place": (0.88, 0.79)},
}


@pytest.mark.parametrize("sample", list(FLOORS))
def test_dutch_entities_meet_the_floors_per_kind(sample: str) -> None:
    assert_floors(sample, FLOORS[sample])


def test_dutch_names_give_countries_places_and_groups() -> None:
    _, results = enriched("nl")
    first = results[0].enrichment
    assert {"Dick Schoof", "Geert Wilders", "Dilan Yeşilgöz"} <= set(first.names("person"))
    assert {"Centraal Planbureau", "European Commission"} <= set(first.names("organization"))  # the gazetteer's name
    assert "Europese Commissie" in next(e for e in first.entities if e.name == "European Commission").surface_forms
    assert "Europese" not in first.names("place")  # the adjective of 'de Europese begrotingsregels': a group
    assert "NL" in first.countries
    assert ("Brussels", "BE") in {(loc.name, loc.country) for loc in first.locations}  # GeoNames: 'Brussel'
    assert {"BE"} <= set(results[3].enrichment.countries)
