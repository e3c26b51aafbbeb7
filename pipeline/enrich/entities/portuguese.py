"""Portuguese entity names as an editor writes them, from the spans of NLPyPort's HAREM model. HAREM counts a role
as part of a person ("presidente Luiz Inácio Lula da Silva", "governador de Pernambuco"), and its places include
institutions ("Senado Federal", "Banco Central"):
- a person's leading role words go ("presidente Lula" -> "Lula"); a role of something ("ministro da Fazenda",
  "Presidente da República") is no person and is dropped;
- a place or person whose first word names an institution ("Banco", "Senado", "Partido"...) is an organisation,
  and runs on over "de" and the capitalised words after it, which the model often cuts off ("Banco" + "de Portugal",
  "Conselho" + "de Arbitragem");
- "São", "Santa" and "Santo" alone run on over the capitalised words after them ("São" + "Bento");
- lower-case words the model ran on with at a name's end go ("Carla Marques na sexta-feira");
- two persons joined by "e" are parted ("Marta Costa e Sofia Silva"), a surname joined by "e" is not ("Artur da
  Costa e Silva");
- an institution's head word and the capitalised words after it make an organisation the model missed ("Partido
  Socialista", "Observatório do Clima"), unless a mention of the model begins or ends inside those words.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.enrich.entities.countries import fold
from pipeline.enrich.entities.mention import Mention

PARTICLES = frozenset({"de", "da", "do", "das", "dos", "e"})
ROLES = frozenset(fold(word) for word in """
presidente presidenta vice-presidente ministro ministra primeiro-ministro primeira-ministra governador governadora
secretário secretária secretário-geral secretária-geral deputado deputada senador senadora juiz juíza relator
relatora procurador procuradora prefeito prefeita autarca bastonário bastonária treinador treinadora técnico
diretor diretora director directora embaixador embaixadora líder porta-voz rei rainha papa príncipe princesa
general coronel comandante chanceler dom dona doutor doutora professor professora advogado advogada
cofundador cofundadora fundador fundadora presidente-executivo presidente-executiva
""".split())
INSTITUTIONS = frozenset(fold(word) for word in """
banco senado partido fundo instituto conselho ministério tribunal assembleia câmara comissão federação associação
observatório universidade sindicato ordem agência polícia companhia grupo serviço supremo procuradoria confederação
congresso comunidade organização hospital bolsa empresa clube liga corporação fundação autoridade direção
secretaria departamento
""".split())

CAPITALISED = r"[A-ZÀ-Ý][\w'-]*"
OF_NAME = re.compile(rf"(?:\s+(?:de|da|do|das|dos)\s+{CAPITALISED}(?:\s+{CAPITALISED})*)+")  # ' do Estado de São Paulo'
NAME_RUN = re.compile(rf"(?:\s+(?:(?:de|da|do|das|dos)\s+)?{CAPITALISED})+")  # ' Félix do Xingu'
SAINTS = frozenset({"sao", "santa", "santo"})
WORD = re.compile(rf"(?<![\w-]){CAPITALISED}")
NAME_TAIL = re.compile(rf"(?:\s+(?:(?:de|da|do|das|dos)\s+)?{CAPITALISED})+")  # ' do Clima', ' Socialista'



def _head(name: str) -> str:
    """The name's first word, folded, up to a hyphen ("Procuradoria-Geral" -> "procuradoria")."""
    return fold(name.split(" ")[0].split("-")[0])


def _role_words(words: list[str]) -> int:
    """How many of the name's first words are role words."""
    count = 0
    while count < len(words) and fold(words[count]) in ROLES:
        count += 1
    return count


def _person(mention: Mention) -> Mention | None:
    words = mention.text.split(" ")
    roles = _role_words(words)
    if roles == 0:
        return mention
    rest = words[roles:]
    if not rest or rest[0].casefold() in PARTICLES or not rest[0][:1].isupper():
        return None  # "ministro da Fazenda", "Presidente da República": a role, not a person
    cut = len(" ".join(words[:roles])) + 1
    return replace(mention, text=mention.text[cut:], start=mention.start + cut if mention.start >= 0 else -1)


def _trimmed(mention: Mention) -> Mention:
    """The mention without the lower-case words the model ran on with ("Carla Marques na sexta-feira")."""
    words = mention.text.split(" ")
    keep = len(words)
    while keep > 1 and not words[keep - 1][:1].isupper():
        keep -= 1
    if keep == len(words):
        return mention
    text = " ".join(words[:keep])
    return replace(mention, text=text, end=mention.start + len(text) if mention.start >= 0 else -1)


def relabel(mention: Mention) -> Mention | None:
    """One mention as an editor records it, or None when it names no one."""
    mention = _trimmed(mention)
    if mention.label in ("GPE", "LOC", "PERSON") and _head(mention.text) in INSTITUTIONS:
        return replace(mention, label="ORG")
    return _person(mention) if mention.label == "PERSON" else mention


def _run_on(mention: Mention, text: str) -> Mention:
    """The mention with the words the model cut off after it (see the module's notes), if any."""
    if mention.start < 0 or text[mention.start:mention.end] != mention.text:
        return mention
    first = _head(mention.text)
    if mention.label == "ORG" and first in INSTITUTIONS:
        found = OF_NAME.match(text, mention.end)
    elif " " not in mention.text and first in SAINTS:
        found = NAME_RUN.match(text, mention.end)
    else:
        return mention
    if found is None:
        return mention
    return replace(mention, text=text[mention.start:found.end()], end=found.end())


def _pair(mention: Mention) -> list[Mention]:
    """Two persons the model read as one ("Marta Costa e Sofia Silva"): both sides of the "e" are names of two or
    more capitalised words; not "Artur da Costa e Silva", a surname joined by "e"."""
    if mention.label != "PERSON" or " e " not in mention.text:
        return [mention]
    left, right = mention.text.split(" e ", 1)
    if not all(len([w for w in side.split(" ") if w[:1].isupper()]) >= 2 for side in (left, right)):
        return [mention]
    if mention.start < 0:
        return [replace(mention, text=left), replace(mention, text=right)]
    second = mention.start + len(left) + 3
    return [replace(mention, text=left, end=mention.start + len(left)), replace(mention, text=right, start=second)]


def _institutions(text: str, mentions: list[Mention]) -> list[Mention]:
    """The institutions' names the model missed: an institution's head word and the capitalised words after it
    ("Partido Socialista", "Observatório do Clima"), where no mention of the model begins or ends inside."""
    found = []
    for word in WORD.finditer(text):
        tail = NAME_TAIL.match(text, word.end()) if _head(word.group()) in INSTITUTIONS else None
        if tail is None:
            continue
        start, end = word.start(), tail.end()
        if any(start < m.end and m.start < end and not (start <= m.start and m.end <= end) for m in mentions):
            continue  # the model read these words otherwise
        if not any(m.start == start and m.end == end for m in mentions):
            found.append(Mention(text[start:end], "ORG", start, end))
    return found


def normalise(mentions: list[Mention], text: str) -> list[Mention]:
    """The mentions of one Portuguese article, roles stripped, institutions labelled, two persons joined by "e"
    parted, names the model cut off made whole and institutions it missed added (order kept; a mention inside a
    name made whole or added goes)."""
    mentions = [part for mention in mentions for part in _pair(mention)]
    relabelled = [m for m in map(relabel, mentions) if m is not None]
    fixed = [_run_on(m, text) for m in relabelled]
    grown = [m for m, old in zip(fixed, relabelled, strict=True) if m.end != old.end]
    grown += _institutions(text, fixed)
    kept = [m for m in fixed if not any(g is not m and g.start <= m.start and m.end <= g.end for g in grown)]
    return sorted(kept + [g for g in grown if g not in fixed], key=lambda m: m.start)
