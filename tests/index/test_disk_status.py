"""``newsline status`` shows Elasticsearch's disk: used % per node, the watermarks, indices made read-only."""

from __future__ import annotations

import json

import pytest

from pipeline.index.client import make_client
from pipeline.index.disk import BLOCK
from pipeline.settings import Settings
from pipeline.status import collect
from tests.cli.test_cli_status import newsline

pytestmark = pytest.mark.integration


def test_status_reports_each_nodes_disk_against_the_watermarks_and_a_flood_stage_block(
    pipeline_settings: Settings,
) -> None:
    es = pipeline_settings.elasticsearch
    with make_client(es) as client:
        [write_index] = client.indices.get_alias(name=es.write_alias)
        allocation = {row["node"]: row for row in client.cat.allocation(format="json", bytes="b")
                      if row.get("disk.total")}
        client.indices.put_settings(index=write_index, settings={f"index.blocks.{BLOCK}": True})
        try:
            blocked = collect(pipeline_settings)["elasticsearch_disk"]
            cli = newsline(pipeline_settings, "status", "--json")
        finally:
            client.indices.put_settings(index=write_index, settings={f"index.blocks.{BLOCK}": None})
    lifted = collect(pipeline_settings)["elasticsearch_disk"]

    assert set(blocked["nodes"]) == set(allocation) and allocation
    for name, node in blocked["nodes"].items():
        row = allocation[name]
        assert node["total_bytes"] == int(row["disk.total"])
        assert node["used_percent"] == pytest.approx(float(row["disk.percent"]), abs=1.5)
        marks = node["watermark_percent"]
        assert 0 < marks["low"] <= marks["high"] <= marks["flood_stage"] <= 100, marks
        assert node["reached"] in ("ok", "low", "high", "flood_stage")
    for mark in ("low", "high", "flood_stage"):
        assert blocked["watermarks"][mark]["value"], blocked["watermarks"]
    assert write_index in blocked[f"{BLOCK}_indices"]
    assert write_index not in lifted[f"{BLOCK}_indices"]
    assert cli.returncode == 0, cli.stderr
    assert write_index in json.loads(cli.stdout)["elasticsearch_disk"][f"{BLOCK}_indices"]


def test_status_text_names_the_blocked_index(pipeline_settings: Settings) -> None:
    es = pipeline_settings.elasticsearch
    with make_client(es) as client:
        [write_index] = client.indices.get_alias(name=es.write_alias)
        client.indices.put_settings(index=write_index, settings={f"index.blocks.{BLOCK}": True})
        try:
            text = newsline(pipeline_settings, "status")
        finally:
            client.indices.put_settings(index=write_index, settings={f"index.blocks.{BLOCK}": None})
    assert text.returncode == 0, text.stderr
    section = text.stdout[text.stdout.index("elasticsearch_disk"):]
    assert "flood_stage" in section and "used_percent" in section and write_index in section


