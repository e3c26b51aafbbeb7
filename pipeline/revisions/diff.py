"""What changed between two revisions: the title, and the text paragraph by paragraph (difflib).

Paragraphs (the lines trafilatura puts the text in) are aligned with :class:`difflib.SequenceMatcher`; a
replaced block is paired paragraph by paragraph when they are still alike (``changed``, with a word diff),
else reported as ``removed`` and ``added``.
"""

from __future__ import annotations

import difflib
import re
from typing import Any

ALIKE = 0.5  # below this word similarity a replaced paragraph is a removal plus an addition


def paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in re.split(r"\n+", text) if p.strip()]


def word_diff(old: str, new: str) -> str:
    """``old`` to ``new`` inline: ``[-removed words-]{+added words+}``."""
    a, b = old.split(), new.split()
    out: list[str] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag == "equal":
            out += a[i1:i2]
            continue
        if i2 > i1:
            out.append("[-" + " ".join(a[i1:i2]) + "-]")
        if j2 > j1:
            out.append("{+" + " ".join(b[j1:j2]) + "+}")
    return " ".join(out)


def _similarity(old: str, new: str) -> float:
    return difflib.SequenceMatcher(a=old.split(), b=new.split(), autojunk=False).ratio()


def _replaced(old: list[str], new: list[str]) -> list[dict[str, Any]]:
    changes: list[dict[str, Any]] = []
    for index in range(max(len(old), len(new))):
        before = old[index] if index < len(old) else None
        after = new[index] if index < len(new) else None
        if before is not None and after is not None and _similarity(before, after) >= ALIKE:
            changes.append({"op": "changed", "old": before, "new": after, "diff": word_diff(before, after)})
            continue
        if before is not None:
            changes.append({"op": "removed", "old": before})
        if after is not None:
            changes.append({"op": "added", "new": after})
    return changes


def text_changes(old: str, new: str, titles: tuple[str, str] = ("", "")) -> list[dict[str, Any]]:
    """Paragraph operations taking ``old`` to ``new``: added, removed, changed (in text order).

    A paragraph that is just the revision's title (the headline extracted with the text) is left to the
    title change, not repeated here.
    """
    old_title, new_title = (" ".join(t.split()) for t in titles)
    a = [p for p in paragraphs(old) if p != old_title]
    b = [p for p in paragraphs(new) if p != new_title]
    changes: list[dict[str, Any]] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag == "delete":
            changes += [{"op": "removed", "old": p} for p in a[i1:i2]]
        elif tag == "insert":
            changes += [{"op": "added", "new": p} for p in b[j1:j2]]
        elif tag == "replace":
            changes += _replaced(a[i1:i2], b[j1:j2])
    return changes


def title_change(old: str, new: str) -> dict[str, str] | None:
    if " ".join(old.split()) == " ".join(new.split()):
        return None
    return {"old": old, "new": new, "diff": word_diff(old, new)}
