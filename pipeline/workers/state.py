"""The worker state file: ``<paths.state>/workers/<kind>.json``, one per worker kind.

Written by every worker process (its own member entry: pid, state, reason, counts) and by the supervisor
(restarts, each child's pid, start time and last exit). Writers take an ``flock`` on ``<kind>.json.lock`` and
replace the file atomically, so ``newsline status`` always reads a whole document::

    {"kind": "enrich", "state": "outage", "reason": "...", "restarts": 1, "updated_at": "...",
     "supervisor": {"pid": 10, "processes": 2, "started_at": "...", "state": "running"},
     "members": {"0": {"pid": 11, "started_at": "...", "state": "outage", "reason": "...", "since": "...",
                       "restarts": 1, "last_exit": {"code": null, "signal": "SIGKILL", "at": "..."},
                       "consumed": 400, "produced": 398, "dead_letters": 2, "updated_at": "..."}}}

Member keys are the supervisor's slot numbers (``"0"``, ``"1"``...) or ``"pid-<pid>"`` for a worker started
without ``--processes``. The top-level ``state`` is the worst state of the live members.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

RUNNING, OUTAGE, MISCONFIGURED = "running", "outage", "misconfigured"
STARTING, RESTARTING, STOPPING, STOPPED, DEAD = "starting", "restarting", "stopping", "stopped", "dead"
_SEVERITY = {MISCONFIGURED: 5, OUTAGE: 4, RESTARTING: 3, STARTING: 2, STOPPING: 2, RUNNING: 1}
_ENDED = {STOPPED, DEAD}
MAX_ENDED_STANDALONE = 10

Doc = dict[str, Any]
log = logging.getLogger(__name__)


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def state_path(state_dir: Path, kind: str) -> Path:
    return state_dir / "workers" / f"{kind}.json"


def pid_alive(pid: object) -> bool:
    if not isinstance(pid, int) or pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def describe_exit(exitcode: int | None) -> dict[str, Any]:
    """``multiprocessing`` exit codes as people read them: a negative code is the signal that killed it."""
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        return {"code": None, "signal": name, "at": now_iso()}
    return {"code": exitcode, "signal": None, "at": now_iso()}


class WorkerStateFile:
    def __init__(self, state_dir: Path, kind: str) -> None:
        self.kind = kind
        self.path = state_path(state_dir, kind)

    @contextmanager
    def _locked(self) -> Iterator[None]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path.with_name(self.path.name + ".lock"), "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def _absent(self) -> Doc:
        return {"kind": self.kind, "state": STOPPED, "reason": None, "restarts": 0, "members": {}}

    def read(self) -> Doc:
        """The document; an absent file, or one that is not a state document (corrupt, truncated, edited by
        hand), reads as no members (with a warning naming the file: the next write replaces it whole)."""
        try:
            doc = json.loads(self.path.read_bytes())
        except FileNotFoundError:
            return self._absent()
        except (ValueError, OSError) as exc:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
            return self._corrupt(f"{type(exc).__name__}: {exc}")
        if not isinstance(doc, dict) or not isinstance(doc.get("members", {}), dict):
            return self._corrupt("not a worker state document")
        doc["members"] = {str(k): v for k, v in doc.get("members", {}).items() if isinstance(v, dict)}
        return doc

    def _corrupt(self, error: str) -> Doc:
        log.warning("worker state file unreadable path=%s error=%s action=treated-as-absent,rewritten-on-next-write",
                    self.path, error[:200])
        return self._absent()

    def update(self, change: Callable[[Doc], None]) -> Doc:
        with self._locked():
            doc = self.read()
            doc.setdefault("members", {})
            doc.setdefault("restarts", 0)
            change(doc)
            doc["kind"] = self.kind
            doc["state"], doc["reason"] = aggregate(doc["members"])
            doc["updated_at"] = now_iso()
            tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
            tmp.write_text(json.dumps(doc, indent=2, sort_keys=True))
            os.replace(tmp, self.path)
            return doc

    def member(self, key: str, **fields: Any) -> Doc:
        """Merge ``fields`` into one member's entry (a changed ``state`` also resets ``since``)."""

        def change(doc: Doc) -> None:
            entry = doc["members"].setdefault(key, {})
            if "state" in fields and fields["state"] != entry.get("state"):
                entry["since"] = now_iso()
            entry.update(fields)
            entry["updated_at"] = now_iso()

        return self.update(change)

    def forget_ended_standalone(self) -> None:
        """Mark standalone members whose process is gone as dead; keep only the latest few ended ones."""

        def change(doc: Doc) -> None:
            members: dict[str, Doc] = doc["members"]
            for entry in members.values():
                if entry.get("state") not in _ENDED and not pid_alive(entry.get("pid")):
                    entry.update(state=DEAD, reason="process gone without stopping (killed?)", since=now_iso())
            ended = sorted(
                (k for k, e in members.items() if k.startswith("pid-") and e.get("state") in _ENDED),
                key=lambda k: str(members[k].get("updated_at", "")),
            )
            for key in ended[:-MAX_ENDED_STANDALONE]:
                del members[key]

        self.update(change)


def aggregate(members: dict[str, Doc]) -> tuple[str, str | None]:
    live = [m for m in members.values() if m.get("state") not in _ENDED]
    if not live:
        return STOPPED, None
    worst = max(live, key=lambda m: _SEVERITY.get(str(m.get("state")), 0))
    return str(worst.get("state")), worst.get("reason")


def report(state_dir: Path, kind: str) -> Doc:
    """The state file as ``newsline status`` shows it: members whose process is gone are marked ``dead``."""
    doc = WorkerStateFile(state_dir, kind).read()
    members: dict[str, Doc] = dict(doc.get("members") or {})
    for key, entry in members.items():
        if entry.get("state") not in _ENDED and not pid_alive(entry.get("pid")):
            last = f"last state {entry.get('state')}" + (f": {entry['reason']}" if entry.get("reason") else "")
            members[key] = {**entry, "state": DEAD, "reason": f"process not running ({last})"}
    state, reason = aggregate(members)
    warnings = sorted({str(m["warning"]) for m in members.values() if m.get("warning") and m.get("state") not in _ENDED
                       and m.get("state") != DEAD})
    return {
        "state": state, "reason": reason, "warnings": warnings, "restarts": doc.get("restarts", 0),
        "updated_at": doc.get("updated_at"), "supervisor": doc.get("supervisor"), "members": members,
    }
