"""Direct quotations and who said them, from reporting verbs around the quote (pure, no model).

Languages: English, French, German, Spanish, Italian, Portuguese, Dutch, Hungarian, Russian, Japanese, Chinese,
Polish; each
has its reporting verbs, pronouns and "according to" words (:data:`CUES`); role nouns ("the analyst", "el técnico",
"o treinador", "l'allenatore") count in English, Spanish, Portuguese and Italian. Hungarian, Spanish, Italian,
Portuguese and Japanese leave the subject out ("„…” – tette hozzá.", "…», afirmó.", "「…」と強調した。"): a verb
right after a quote with no one named counts as a pronoun there. Japanese names the speaker first and reports
after the quote ("植田総裁は「…」と述べた。"): a person named before the quote in its sentence is its speaker (a
katakana name by its last part too), and a sentence that names someone else there ("外務省の幹部は「…」") gives the
quote no speaker, neither the last person named nor the previous quote's. Russian and Polish decline names: a
person is found in any case ("по словам Лаврова", "według Kowalskiego"). Polish also quotes after a dash that opens
a paragraph or a sentence, up to the next dash ("– To obietnica – mówił szef rządu."), and leaves the subject out
("– Nie ogłaszamy obniżek – zastrzegł.").

Quotes: text between curly (“ ”), straight (" "), French (« »), German („ “, » «), Hungarian („ ”) or Japanese
(「 」, 『 』) quotation marks; a quote left
open at the end of a paragraph goes on when the next paragraph opens with a quotation mark (the newspaper
convention).
One to three words in quotation marks are scare quotes ("safe zone"), not quotes; in a script without spaces, fewer
than eight characters.

Speaker, first match wins:
1. after the quote, in its sentence: a person named before or right after a reporting verb ("..., Kyle Orton
   told", "..., said Laurent Ferrand"), or a pronoun / role noun before the verb ("he said", "the analyst told");
2. before the quote, in its sentence: the person (or pronoun / role noun) before a reporting verb
   ("She added: ...", "Markus Eder said the talks were ...");
3. a quote with no reporting verb continues the previous quote of the same or the previous paragraph.
A pronoun is the nearest person named before the quote; a role noun ("the analyst", "the minister", "the
23-year-old") the nearest person before the quote with that role next to the name, else the nearest person.
Persons are the article's person entities (canonical names), found in the text by their surface forms.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from pipeline.enrich.entities.mention import unspaced
from pipeline.enrich.entities.roles import ROLE_ALTERNATION
from pipeline.models import Entity, Quote

PAIRS = {"“": "”", "«": "»", '"': '"', "„": "“”", "»": "«", "「": "」", "『": "』"}  # opening -> closing marks
MIN_WORDS = 4  # 1-3 words in quotation marks are scare quotes
MIN_CHARS = 8  # the same for a quote in a script without spaces
WINDOW = 160  # characters searched for an attribution on each side of a quote
VERBS = re.compile(
    r"\b(said|says|say|told|tells|added|adds|asked|asks|according to|explained|noted|stated|wrote|warned|insisted|"
    r"argued|claimed|declared|replied|continued|recalled|urged|stressed|acknowledged|admitted|conceded|commented|"
    r"remarked|announced|confirmed|complained|suggested|tweeted|posted|saying|adding|telling)\b",
    re.IGNORECASE,
)
PRONOUN = re.compile(r"\b(he|she|they)\b", re.IGNORECASE)
ROLE_PHRASE = re.compile(rf"\bthe\s+(?:[\w-]+\s+){{0,2}}?(\d+-year-old|{ROLE_ALTERNATION})s?\b",
                         re.IGNORECASE)
GERMAN_VERBS = re.compile(
    r"\b(sagte|sagten|sagt|sagen|erklärte|erklärt|betonte|betont|meinte|meint|warnte|warnt|kritisierte|forderte|"
    r"fordert|schrieb|schreibt|bekräftigte|versicherte|erläuterte|unterstrich|ergänzte|fügte|räumte|teilte|"
    r"kündigte|sprach|antwortete|laut|zufolge|so)\b",
    re.IGNORECASE,
)
FRENCH_VERBS = re.compile(
    r"\b(a déclaré|a dit|a affirmé|a expliqué|a souligné|a ajouté|a estimé|a indiqué|a précisé|a assuré|a rappelé|"
    r"a averti|a insisté|a lancé|déclaré|affirmé|expliqué|souligné|ajouté|estimé|indiqué|précisé|assuré|rappelé|"
    r"déclare|dit|affirme|explique|souligne|ajoute|estime|indique|précise|assure|rappelle|martèle|selon)\b",
    re.IGNORECASE,
)
HUNGARIAN_VERBS = re.compile(
    r"\b(mondta|mondja|mondták|közölte|közölték|hangsúlyozta|fogalmazott|nyilatkozta|nyilatkozott|írta|írja|"
    r"emelte ki|jelentette ki|tette hozzá|szögezte le|húzta alá|jegyezte meg|mutatott rá|figyelmeztetett|"
    r"válaszolta|felelte|magyarázta|állította|vélte|kérdezte|tudatta|reagált|beszélt|szerint)\b",
    re.IGNORECASE,
)
RUSSIAN_VERBS = re.compile(
    r"\b((?:сказал|заявил|отметил|подчеркнул|добавил|сообщил|пояснил|рассказал|признал|предупредил|уточнил|"
    r"написал|ответил|указал|напомнил|призвал|заверил|считает|говорит|заявляет|отмечает|подчеркивает|подчёркивает|"
    r"добавляет|пишет|признается|признаётся)(?:а|и)?|по словам)\b",
    re.IGNORECASE,
)
SPANISH_VERBS = re.compile(
    r"\b(dijo|afirmó|declaró|explicó|señaló|aseguró|añadió|agregó|indicó|subrayó|advirtió|sostuvo|manifestó|"
    r"insistió|recordó|destacó|apuntó|precisó|comentó|reconoció|admitió|criticó|respondió|escribió|dice|afirma|"
    r"asegura|explica|señala|según)\b",
    re.IGNORECASE,
)
ITALIAN_VERBS = re.compile(
    r"\b(ha detto|ha dichiarato|ha spiegato|ha aggiunto|ha sottolineato|ha affermato|ha ribadito|ha commentato|"
    r"ha precisato|ha osservato|ha avvertito|ha concluso|ha scritto|ha risposto|ha assicurato|ha ammesso|detto|"
    r"dichiarato|spiegato|aggiunto|sottolineato|affermato|ribadito|dice|afferma|spiega|aggiunge|sottolinea|"
    r"secondo)\b",
    re.IGNORECASE,
)
PORTUGUESE_VERBS = re.compile(
    r"\b(disse|afirmou|declarou|explicou|acrescentou|sublinhou|destacou|ressaltou|garantiu|alertou|defendeu|"
    r"lembrou|salientou|assegurou|admitiu|reconheceu|criticou|respondeu|escreveu|comentou|considerou|classificou|"
    r"diz|afirma|explica|"
    r"segundo)\b",
    re.IGNORECASE,
)
DUTCH_VERBS = re.compile(
    r"\b(zei|zegt|zeiden|verklaarde|stelde|stelt|benadrukte|benadrukt|voegde|liet weten|schreef|schrijft|"
    r"waarschuwde|waarschuwt|reageerde|antwoordde|erkende|vertelde|vertelt|meent|meende|noemde|noemt|aldus|"
    r"volgens)\b",
    re.IGNORECASE,
)
POLISH_VERBS = re.compile(
    r"\b((?:powiedział|mówił|stwierdził|dodał|podkreślił|zaznaczył|przekonywał|zapewnił|ocenił|wyjaśnił|"
    r"tłumaczył|przyznał|zauważył|poinformował|oświadczył|napisał|odpowiedział|zapowiedział|ostrzegał|"
    r"apelował|zaapelował|podsumował|relacjonował|argumentował|komentował|skomentował|dodawał|przypomniał|"
    r"podkreślał|zaznaczał|zapewniał|wskazał|wskazywał|zastrzegł|ostrzegł|zarzucił|zarzucał|krytykował|"
    r"skrytykował|pytał|zapytał|odparł|wyliczał|ripostował|zapowiadał|deklarował|zadeklarował)(?:a|o|i|y)?|"
    r"ostrzegła|zastrzegła|odparła|"
    r"mówi|twierdzi|dodaje|zaznacza|podkreśla|przekonuje|ocenia|uważa|tłumaczy|wyjaśnia|pisze|zapewnia|"
    r"przyznaje|zauważa|według|zdaniem)\b",
    re.IGNORECASE,
)
# Japanese: the verb follows the quote's と, a few words of manner between ("「…」と述べた", "と笑顔で話した",
# "と述べ、"); "によると" follows its speaker like Hungarian "szerint"
JAPANESE_VERBS = re.compile(
    r"(と(?:も|の)?[^。「」、]{0,6}?(?:述べ|語っ|語り|話し|強調し|説明し|指摘し|明らかにし|訴え|批判し|主張し|明かし|"
    r"呼びかけ|答弁し|答え|コメントを出し|見方を示し|考えを示し|認め|振り返っ|気を引き締め|にじませ)"
    r"(?:た|ている|ていた|ました|、)|"
    r"によると|によれば)"
)
# Chinese: the verb before the quote ("王毅表示，“…”") or after it ("“…”，他说。"); no word boundaries to look for
CHINESE_VERBS = re.compile(
    r"(表示|说道|说|称|指出|强调|认为|透露|介绍|告诉记者|回应|坦言|直言|补充道|宣布|呼吁|写道|问道|答道|谈到|提到)"
)
NO_ROLE = re.compile(r"(?!x)x")  # no role nouns


def _role_phrase(articles: str, roles: str) -> re.Pattern[str]:
    """A role noun after one of the language's articles ("el técnico italiano", "o treinador")."""
    return re.compile(rf"\b(?:{articles})(?:\s+|(?<='))(?:[\w-]+\s+){{0,2}}?({'|'.join(roles.split())})s?\b",
                      re.IGNORECASE)


SPANISH_ROLES = _role_phrase("el|la|los|las|del|al", """técnico entrenador dirigente ministro ministra presidente
presidenta portavoz secretario secretaria alcalde alcaldesa líder director directora diputado diputada senador
senadora jugador delantero portero capitán fiscal juez jueza economista analista experto experta canciller""")
PORTUGUESE_ROLES = _role_phrase("o|a|os|as|do|da|ao", """técnico treinador ministro ministra presidente presidenta
porta-voz secretário secretária prefeito prefeita líder diretor diretora deputado deputada senador senadora
jogador capitão juiz juíza economista analista bastonário governador governadora""")
ITALIAN_ROLES = _role_phrase("il|lo|la|l'|i|gli|le|del|della|dello|al|alla", """allenatore tecnico ministro ministra
presidente portavoce segretario segretaria sindaco leader direttore direttrice deputato deputata senatore
senatrice giocatore capitano giudice economista analista premier""")
POLISH_ROLES = re.compile(r"\b(premier|minister|prezydent|prezes|szef|szefowa|trener|szkoleniowiec|selekcjoner|"
                          r"rzecznik|rzeczniczka|dyrektor|dyrektorka|ekspert|ekspertka|analityk|analityczka|"
                          r"polityk|kanclerz|marszałek|wojewoda|burmistrz|prokurator|sędzia|profesor|badacz|"
                          r"badaczka|ekonomista|ekonomistka|napastnik|pomocnik|obrońca|bramkarz|zawodnik|"
                          r"zawodniczka)(?:a|owi|em|ie|u|y|ą|ę)?\b", re.IGNORECASE)
# a name in any case ("по словам Лаврова", "Марии Захаровой"; "według Kowalskiego", "z Donaldem Tuskiem"): each
# word's stem (without a final letter the nominative has and the cases replace) and an optional ending
RUSSIAN_ENDING = "(?:а|я|у|ю|ом|ем|ём|е|ы|и|ой|ей|ою|ею|ым|им)?"
POLISH_ENDING = "(?:a|u|owi|em|iem|ie|y|i|ą|ę|ego|iego|emu|iemu|im|ej|iej|o)?"
DECLENSIONS = {"ru": (RUSSIAN_ENDING, "аяАЯ"), "pl": (POLISH_ENDING, "aiy")}  # language -> (endings, final letters)


@dataclass(frozen=True)
class Cues:
    verbs: re.Pattern[str]
    pronoun: re.Pattern[str]
    role: re.Pattern[str]
    according: frozenset[str]  # "according to" words: the speaker follows them
    after_only: frozenset[str] = frozenset()  # verbs that count only right after the quote (German "…“, so Merz")
    implied_subject: bool = False  # a verb right after the quote, no one named: the nearest person (Hungarian)
    declined: str = ""  # a person's name is found in every case of this language (Russian, Polish)
    dash: bool = False  # quotes also run from a dash that opens a paragraph or sentence to the next dash (Polish)
    subject_first: bool = False  # the speaker named before the quote, the verb after it (Japanese)
    role_fallback: bool = True  # a role noun no person carries resolves to the nearest person (English)


CUES = {
    "en": Cues(VERBS, PRONOUN, ROLE_PHRASE, frozenset({"according to"})),
    "de": Cues(GERMAN_VERBS, re.compile(r"\b(er|sie)\b", re.IGNORECASE), NO_ROLE, frozenset({"laut"}), frozenset({"so"})),
    "fr": Cues(FRENCH_VERBS, re.compile(r"\b(il|elle)\b", re.IGNORECASE), NO_ROLE, frozenset({"selon"})),
    # "szerint" follows its speaker ("Orbán Viktor szerint"): a verb, not an "according to" word
    "hu": Cues(HUNGARIAN_VERBS, re.compile(r"\b(ő|ők)\b", re.IGNORECASE), NO_ROLE, frozenset(), implied_subject=True),
    "ru": Cues(RUSSIAN_VERBS, re.compile(r"\b(он|она|они)\b", re.IGNORECASE), NO_ROLE, frozenset({"по словам"}),
               declined="ru"),
    # Polish reports speech after a dash ("– To obietnica – mówił szef rządu."), leaves the subject out
    # ("– Nie ogłaszamy cyklu obniżek – zastrzegł.") and names a speaker by a role ("powiedział szkoleniowiec")
    "pl": Cues(POLISH_VERBS, re.compile(r"\b(on|ona|oni)\b", re.IGNORECASE), POLISH_ROLES,
               frozenset({"według", "zdaniem"}), implied_subject=True, declined="pl", dash=True),
    # Spanish, Italian and Portuguese leave the subject out too ("…», afirmó."), and name a speaker by a role
    # ("dijo el técnico italiano"): the person the text gives that role ("el técnico Carlo Ancelotti"), else no one
    # ("afirmó el dirigente popular" is not whoever was named last)
    "es": Cues(SPANISH_VERBS, re.compile(r"\b(él|ella)\b", re.IGNORECASE), SPANISH_ROLES, frozenset({"según"}),
               implied_subject=True, role_fallback=False),
    "it": Cues(ITALIAN_VERBS, re.compile(r"\b(lui|lei)\b", re.IGNORECASE), ITALIAN_ROLES, frozenset({"secondo"}),
               implied_subject=True, role_fallback=False),
    "pt": Cues(PORTUGUESE_VERBS, re.compile(r"\b(ele|ela)\b", re.IGNORECASE), PORTUGUESE_ROLES, frozenset({"segundo"}),
               implied_subject=True, role_fallback=False),
    # "aldus" follows the quote and precedes its speaker ("…”, aldus Schoof"), like German "so"
    "nl": Cues(DUTCH_VERBS, re.compile(r"\b(hij|zij)\b", re.IGNORECASE), NO_ROLE, frozenset({"volgens"}),
               frozenset({"aldus"})),
    "ja": Cues(JAPANESE_VERBS, re.compile(r"(同氏|彼女|彼)"), NO_ROLE, frozenset(), implied_subject=True,
               subject_first=True),
    "zh": Cues(CHINESE_VERBS, re.compile(r"(他|她)"), NO_ROLE, frozenset()),
}
NEXT_QUOTE = frozenset("“„«»「『")  # a quotation mark that opens another quote between a quote and its verb
SENTENCE_END = re.compile(r"[.!?](?=\s|$)|[。！？]|\n")
SENTENCE_START = re.compile(r"(?:[.!?][”\"’]?\s+|[。！？]|\n)")


@dataclass
class Span:
    start: int  # the opening mark
    end: int  # the closing mark (or the paragraph end of an unclosed quote)
    pieces: list[tuple[int, int]] = field(default_factory=list)

    def text(self, source: str) -> str:
        return " ".join(" ".join(source[a:b].split()) for a, b in self.pieces).strip().rstrip(",")


@dataclass(frozen=True)
class Occurrence:
    start: int
    end: int
    name: str


DASH = re.compile(r"(?:^|(?<=\s))[–—](?=\s)")  # a dash standing alone
# a paragraph's start, or a sentence's end, before a dash
AFTER_SENTENCE = re.compile(r"(?:^|[.!?…:][”\"’»]?)\s*$", re.MULTILINE)


def dash_spans(text: str) -> list[Span]:
    """Quotes opened by a dash at a paragraph's or sentence's start and closed by the next dash in the paragraph
    (or its end): "– To obietnica – mówił szef rządu. – Dotrzymamy jej." gives two quotes."""
    spans: list[Span] = []
    for par in re.finditer(r"[^\n]+", text):
        opened: int | None = None
        for dash in DASH.finditer(text, par.start(), par.end()):
            if opened is None:
                if AFTER_SENTENCE.search(text, par.start(), dash.start()):
                    opened = dash.start()
            else:
                spans.append(Span(opened, dash.start(), [(opened + 1, dash.start())]))
                opened = None
        if opened is not None:
            spans.append(Span(opened, par.end(), [(opened + 1, par.end())]))
    return spans


def quote_spans(text: str, dash: bool = False) -> list[Span]:
    """Every quoted span, paragraph-continued quotes joined; scare quotes included (``dash``: dash quotes too,
    outside quotation marks)."""
    spans = _marked_spans(text)
    if not dash:
        return spans
    inside = [(s.start, s.end) for s in spans]
    extra = [d for d in dash_spans(text) if not any(a <= d.start <= b or d.start <= a <= d.end for a, b in inside)]
    return sorted(spans + extra, key=lambda s: s.start)


def _marked_spans(text: str) -> list[Span]:
    """The spans between quotation marks."""
    spans: list[Span] = []
    pending: Span | None = None
    for par in re.finditer(r"[^\n]+", text):
        s, e = par.span()
        current, closer = None, ""
        if pending is not None:
            if text[s] in PAIRS:
                current, closer = pending, PAIRS[text[s]]
                current.pieces.append((s + 1, e))
            else:
                spans.append(pending)
            pending = None
        start_scan = s + 1 if current is not None else s
        for i in range(start_scan, e):
            ch = text[i]
            if current is None and ch in PAIRS:
                current, closer = Span(i, i, [(i + 1, e)]), PAIRS[ch]
            elif current is not None and ch in closer:
                a, _ = current.pieces[-1]
                current.pieces[-1] = (a, i)
                current.end = i
                spans.append(current)
                current = None
        if current is not None:
            current.end = e
            pending = current
    if pending is not None:
        spans.append(pending)
    return spans


def _person_forms(entities: Iterable[Entity | Mapping[str, Any]]) -> dict[str, str]:
    forms: dict[str, str] = {}
    for entity in entities:
        data = entity.model_dump() if isinstance(entity, Entity) else entity
        if data.get("kind") == "person":
            for form in (data["name"], *data.get("surface_forms", ())):
                forms.setdefault(form, data["name"])
    return forms


def _declined(form: str, language: str) -> str:
    """A pattern for ``form`` in any case of ``language``: each word's stem (a final -а/-я off in Russian, -a, -i,
    -y in Polish) and an optional ending."""
    ending, finals = DECLENSIONS[language]
    words = [word[:-1] if len(word) > 3 and word[-1] in finals else word for word in form.split()]
    return r"\s+".join(re.escape(word) + ending for word in words)


def occurrences(text: str, entities: Iterable[Entity | Mapping[str, Any]], spans: Sequence[Span],
                declined: str = "") -> list[Occurrence]:
    """Where the article's persons are named, outside quotations (``declined``: in any case of that language
    too)."""
    forms = _person_forms(entities)
    if not forms:
        return []
    if declined:  # a Russian or Polish text names a person by the surname alone ("Фидан заявил")
        for form, name in list(forms.items()):
            if len(form.split()) > 1:
                forms.setdefault(form.split()[-1], name)
    for form, name in list(forms.items()):  # a katakana name by its last part ("トランプ大統領は")
        if "・" in form and len(form.rsplit("・", 1)[1]) >= 2:
            forms.setdefault(form.rsplit("・", 1)[1], name)
    ordered = sorted(forms, key=len, reverse=True)
    if declined:  # which form matched: the number of its group
        alternatives = "|".join(f"(?P<p{i}>{_declined(f, declined)})" for i, f in enumerate(ordered))
        pattern = re.compile(r"(?<!\w)(?:" + alternatives + r")(?!\w)")
    else:  # a name in a script without spaces is found inside a run of characters ("植田総裁は")
        spaced = "|".join(re.escape(f) for f in ordered if not unspaced(f))
        within = "|".join(re.escape(f) for f in ordered if unspaced(f))
        pattern = re.compile("|".join(([rf"(?<!\w)(?:{spaced})(?!\w)"] if spaced else []) + ([within] if within else [])))
    inside = [(s.start, s.end) for s in spans]
    return [Occurrence(m.start(), m.end(), forms[ordered[int(m.lastgroup[1:])] if m.lastgroup else m.group(0)])
            for m in pattern.finditer(text) if not any(a <= m.start() < b for a, b in inside)]


def _nearest(before: int, people: Sequence[Occurrence], role: str | None, text: str,
             fallback: bool = True) -> str | None:
    """The nearest person before ``before``; with ``role``, the nearest one the text gives that role ("Judge
    Miriam Holt", "Kyle Orton, an expert"), else (``fallback``) the nearest one."""
    earlier = [p for p in people if p.end <= before]
    if role and not role[0].isdigit():
        title = re.compile(rf"\b(?i:{re.escape(role)})s?\s+(?:[A-Z][\w.'’-]*\s+)*$")  # 'Judge Miriam Holt'
        apposition = re.compile(rf",\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,3}}?{re.escape(role)}", re.IGNORECASE)
        for p in reversed(earlier):
            if title.search(text, max(0, p.start - 60), p.start) or apposition.match(text, p.end, p.end + 80):
                return p.name
        if not fallback:
            return None
    return earlier[-1].name if earlier else None


def _refer(clause: str, quote_start: int, people: Sequence[Occurrence], text: str,
           cues: Cues) -> tuple[str, str] | None:
    """A pronoun or role noun in ``clause`` resolved to a person: (name, cue)."""
    role = cues.role.search(clause)
    pronoun = cues.pronoun.search(clause)
    if role and (pronoun is None or role.start() < pronoun.start()):
        name = _nearest(quote_start, people, role.group(1).casefold(), text, cues.role_fallback)
        return (name, "role") if name else None
    if pronoun:
        name = _nearest(quote_start, people, None, text)
        return (name, "pronoun") if name else None
    return None


def _verb_after(span: Span, text: str, end: int, cues: Cues) -> re.Match[str] | None:
    """The first reporting verb after the quote in its sentence (an after-only one right after the quote)."""
    for verb in cues.verbs.finditer(text, span.end + 1, end):
        if verb.group(1).casefold() not in cues.after_only or not text[span.end + 1 : verb.start()].strip(" ,"):
            return verb
    return None


def _after(span: Span, text: str, people: Sequence[Occurrence], cues: Cues) -> tuple[str, str, str] | None:
    """(speaker, verb, cue) from the rest of the quote's sentence."""
    stop = SENTENCE_END.search(text, span.end + 1, span.end + WINDOW)
    end = stop.start() if stop else min(len(text), span.end + WINDOW)
    verb = _verb_after(span, text, end, cues)
    if verb is None or NEXT_QUOTE & set(text[span.end + 1 : verb.start()]):
        return None
    between = [p for p in people if span.end < p.start and p.end <= verb.start()]
    if between:
        return between[0].name, verb.group(1), "name"
    found = _refer(text[span.end + 1 : verb.start()], span.start, people, text, cues)
    if found:
        return found[0], verb.group(1), found[1]
    if cues.subject_first:
        named = [p for p in people if _sentence_start(text, span.start) <= p.start and p.end <= span.start]
        if named:
            return named[-1].name, verb.group(1), "name"
    after = [p for p in people if verb.end() <= p.start < min(end, verb.end() + 60)]
    if after:
        return after[0].name, verb.group(1), "name"
    found = _refer(text[verb.end() : end], span.start, people, text, cues)
    if found is None and cues.implied_subject and not text[span.end + 1 : verb.start()].strip(" ,–-") \
            and not _subject_before(span, text, cues) and not cues.role.search(text, verb.end(), end):
        name = _nearest(span.start, people, None, text)
        found = (name, "pronoun") if name else None
    return (found[0], verb.group(1), found[1]) if found else None


def _subject_before(span: Span, text: str, cues: Cues) -> bool:
    """Whether, in a language that names the speaker first, the quote's sentence names one before it that is no
    person of the article ("外務省の幹部は「…」と話している": an official, not the last person named)."""
    return cues.subject_first and bool(text[_sentence_start(text, span.start) : span.start].strip(" 、,"))


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts (at most WINDOW characters back)."""
    floor = max(0, at - WINDOW)
    starts = [m.end() for m in SENTENCE_START.finditer(text, floor, at)]
    return starts[-1] if starts else floor


def _before(span: Span, text: str, people: Sequence[Occurrence], cues: Cues) -> tuple[str, str, str] | None:
    """(speaker, verb, cue) from the quote's sentence before the quote."""
    begin = _sentence_start(text, span.start)
    verbs = [v for v in cues.verbs.finditer(text, begin, span.start) if v.group(1).casefold() not in cues.after_only]
    if not verbs:
        return None
    verb = verbs[-1]
    if verb.group(1).casefold() in cues.according:
        after = [p for p in people if verb.end() <= p.start < span.start]
        return (after[0].name, verb.group(1), "name") if after else None
    named = [p for p in people if begin <= p.start and p.end <= verb.start()]
    if named:
        return named[-1].name, verb.group(1), "name"
    found = _refer(text[begin : verb.start()], span.start, people, text, cues)
    return (found[0], verb.group(1), found[1]) if found else None


def _scare_quote(body: str) -> bool:
    if unspaced(body):
        return len(body.replace(" ", "")) < MIN_CHARS
    return len(body.split()) < MIN_WORDS


def _paragraph(text: str, at: int) -> int:
    return text.count("\n\n", 0, at)


def find_quotes(text: str, entities: Iterable[Entity | Mapping[str, Any]], lang: str = "en") -> list[Quote]:
    """The article's quotes in order, each with its speaker (or ``None``) and reporting verb (``lang``'s cues)."""
    cues = CUES[lang]
    spans = quote_spans(text, cues.dash)
    people = occurrences(text, entities, spans, cues.declined)
    quotes: list[Quote] = []
    previous: tuple[Span, Quote] | None = None
    for span in spans:
        body = span.text(text)
        if _scare_quote(body):
            continue
        found = _after(span, text, people, cues) or _before(span, text, people, cues)
        if found:
            quote = Quote(text=body, speaker=found[0], verb=found[1].casefold(), cue=found[2])
        elif previous and _paragraph(text, span.start) - _paragraph(text, previous[0].end) <= 1 \
                and not _subject_before(span, text, cues):
            quote = Quote(text=body, speaker=previous[1].speaker, verb=previous[1].verb, cue="continuation")
        else:
            quote = Quote(text=body)
        quotes.append(quote)
        previous = (span, quote)
    return quotes
