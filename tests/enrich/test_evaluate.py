"""Entity quality against the hand labels in tests/fixtures/entities, with floors per kind."""

from pipeline.enrich.evaluate import evaluate, main

# Measured: person P .895 R .895, organization P .875 R .933, place P .966 R .903, group P 1.0 R 1.0.
FLOORS = {"person": (0.85, 0.85), "organization": (0.80, 0.85), "place": (0.90, 0.85), "group": (0.90, 0.90)}


def test_entity_precision_and_recall_floors() -> None:
    result = evaluate()
    for kind, (precision, recall) in FLOORS.items():
        assert result[kind]["precision"] >= precision, (kind, result[kind])
        assert result[kind]["recall"] >= recall, (kind, result[kind])
    assert sum(r["tp"] + r["fn"] for r in result.values()) >= 80  # enough gold entities to mean something


def test_cli_prints_a_line_per_kind(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main([]) == 0
    assert [line.split()[0] for line in capsys.readouterr().out.splitlines()] == list(FLOORS)
