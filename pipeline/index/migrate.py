"""``newsline index migrate``: a new index version from the current template, filled, then swapped in.

1. install the template and create ``<prefix>-v<N+1>`` (no aliases yet);
2. copy every document from the indices behind the read alias (point-in-time snapshot, bulk ``index`` with
   the document's external version, ``external_gte``: see :mod:`pipeline.index.copy`);
3. one ``POST _aliases`` moves the read and the write alias to the new index together;
4. after ``settle_s`` (bulk requests that resolved the write alias before the swap land meanwhile) and a
   refresh, a catch-up pass copies what was indexed into the old indices while step 2 ran; a copy never
   replaces a newer version of the article written through the write alias after step 3.

Searches never see a partly filled index: until step 3 they read the old indices, after it the new one.
If step 2 fails, the new index is deleted and nothing else changed.
"""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from elasticsearch import Elasticsearch

from pipeline.index.aliases import behind, move_alias, next_version, swap, version_of
from pipeline.index.bulk import BulkLimits
from pipeline.index.copy import copy_documents
from pipeline.index.exceptions import IndexLayoutError, MigrationError
from pipeline.index.mapping import TEMPLATE_FILE, index_name, put_template
from pipeline.settings import ElasticsearchSettings

log = logging.getLogger(__name__)

# documents indexed this long before the snapshot are copied again by the catch-up pass (clock skew, refresh)
CATCH_UP_MARGIN = timedelta(seconds=60)


def _managed(es: ElasticsearchSettings, indices: list[str], alias: str) -> list[str]:
    if not indices:
        raise IndexLayoutError(f"alias {alias} does not exist; run `newsline setup` first")
    foreign = [name for name in indices if version_of(es, name) is None]
    if foreign:
        raise IndexLayoutError(f"alias {alias} points at indices newsline does not manage: {foreign}")
    return indices


def _fill(client: Elasticsearch, old: list[str], new: str, batch: int, limits: BulkLimits) -> dict[str, Any]:
    client.indices.refresh(index=",".join(old))
    before = int(client.count(index=",".join(old))["count"])  # the snapshot taken next holds at least these
    try:
        report = copy_documents(client, old, new, batch=batch, limits=limits)
        client.indices.refresh(index=new)
        after = int(client.count(index=new)["count"])  # no alias yet: only the copy writes here
    except Exception:
        client.indices.delete(index=new, ignore_unavailable=True)
        raise
    if report.read < before or after != report.created:  # ids in several old indices are one document in new
        client.indices.delete(index=new, ignore_unavailable=True)
        raise MigrationError(f"copy incomplete: read {report.read} of {before} documents in {','.join(old)}, "
                             f"created {report.created}, {new} holds {after}; the aliases were not changed")
    return {"copied": report.to_dict(), "documents": after}


def migrate(
    client: Elasticsearch, es: ElasticsearchSettings, *, template: Path = TEMPLATE_FILE,
    batch: int = 500, delete_old: bool = False, settle_s: float = 2.0,
) -> dict[str, Any]:
    old_read = _managed(es, behind(client, es.read_alias), es.read_alias)
    old_write = behind(client, es.write_alias)
    mapping_version = put_template(client, es, template)
    new = index_name(es, next_version(client, es))
    client.indices.create(index=new)
    started = (datetime.now(UTC) - CATCH_UP_MARGIN).isoformat()
    log.info("migration started from=%s to=%s mapping_version=%d", ",".join(old_read), new, mapping_version)
    limits = BulkLimits.from_settings(es)
    filled = _fill(client, old_read, new, batch, limits)
    swap(client, move_alias(es.read_alias, old_read, new) + move_alias(es.write_alias, old_write, new, write=True))
    time.sleep(settle_s)  # a bulk request that resolved the write alias before the swap may still be landing
    client.indices.refresh(index=",".join(old_read))  # the catch-up snapshot must see those writes
    catch_up = copy_documents(client, old_read, new, batch=batch, indexed_since=started, limits=limits)
    client.indices.refresh(index=new)
    if delete_old:
        client.indices.delete(index=",".join(old_read))
    log.info("migration done from=%s to=%s documents=%d deleted_old=%s", ",".join(old_read), new,
             filled["documents"], delete_old)
    return {
        "from": old_read, "to": new, "mapping_version": mapping_version, **filled,
        "catch_up": catch_up.to_dict(), "deleted_old": delete_old,
    }
