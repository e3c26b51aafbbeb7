"""Named entities: per language over the batch, spaCy (English, French, Japanese), Natasha (Russian), NLPyPort
(Portuguese), Frog (Dutch), jieba (Chinese), Morfeusz (Polish) or the CoreNLP server (German, Spanish, ...), then the
same normalisation rules, gazetteer and countries."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from pipeline.enrich.entities import (
    chinese,
    dutch,
    gazetteer,
    german,
    hungarian,
    italian,
    japanese,
    ner,
    polish,
    portuguese,
    russian,
)
from pipeline.enrich.entities.grounding import ground
from pipeline.enrich.entities.mention import FAMILY_NAME_FIRST, Mention
from pipeline.enrich.entities.mentions import prepare, split_lines
from pipeline.enrich.entities.merge import merge
from pipeline.enrich.step import Fields, Step, StepOutput
from pipeline.models import Article, Entity, Provenance

# 14: Portuguese names end at their last capitalised word, an acronym ending a Polish sentence is no title's
# abbreviation, a Polish genitive surname breaks a given name's tie, no person from a picture credit;
# 13: Polish names (Morfeusz's name classes and capitals, put in the nominative);
# 12: Chinese names cut in two after a title read as one;
# 11: Chinese dotted names read whole, bodies with their owners, foreign cities jieba lists as persons;
# 10: Chinese names (jieba's tags checked: places, organisations by their last word, Chinese-shaped persons);
# 9: Japanese names (titles cut, no letter case, no spaces: family names and abbreviations); 8: Portuguese roles
# and institutions, Dutch adjectives of places as groups, no control characters in names;
# 7: Russian nominatives, names of other scripts keyed by their letters; 6: Hungarian case endings, country names in
# Hungarian; 5: surnames, common nouns, possessives
RULES_VERSION = "14"


def article_text(article: Article) -> str:
    return f"{article.title}\n\n{article.text}"


# language-specific fixes of the raw mentions before the common rules
INFLECTIONS = {"de": german.normalise, "it": italian.normalise, "hu": hungarian.normalise, "ru": russian.normalise,
               "pt": portuguese.normalise, "nl": dutch.normalise, "ja": japanese.normalise,
               "zh": chinese.normalise, "pl": polish.normalise}
# languages whose names are put in a form the text need not write (German, Hungarian, Russian and Polish
# nominatives), so not grounded
REWRITTEN = frozenset({"de", "hu", "ru", "pl"})


def entities_from(mentions: list[Mention], text: str, lang: str = "en") -> list[Entity]:
    """The normalised entities of one article's raw mentions; every name grounded in the text (but German and
    Hungarian ones)."""
    entities = merge(prepare(mentions, text, given_name_first=lang not in FAMILY_NAME_FIRST), text)
    return entities if lang in REWRITTEN else ground(entities, text)


def entities_of(texts: Sequence[str], lang: str = "en", cache: ner.LineCache | None = None) -> list[list[Entity]]:
    """The entities of each text; ``cache``: the lines' mentions seen before (default: the process's)."""
    fix = INFLECTIONS.get(lang)
    raws = ner.mentions(texts, lang, cache=ner.CACHE if cache is None else cache)
    found = ((_fixed(fix, raw, text) if fix else raw, text) for raw, text in zip(raws, texts, strict=True))
    return [entities_from(mentions, text, lang) for mentions, text in found]


def _fixed(fix: Callable[[list[Mention], str], list[Mention]], raw: list[Mention], text: str) -> list[Mention]:
    """``fix`` on the mentions cut at line breaks (CoreNLP's Italian and Hungarian tokenizers do not end a
    sentence there, so a name at a headline's end can run into the next line's first)."""
    return fix([part for mention in raw for part in split_lines(mention)], text)


def extract_entities(articles: Sequence[Article], fields: Sequence[Fields]) -> list[StepOutput]:
    """Each language's articles go through its own model together; outputs keep the batch order."""
    langs = [(f.get("language") or {}).get("code") or "en" for f in fields]
    outputs: list[StepOutput] = [{} for _ in articles]
    for lang in dict.fromkeys(langs):
        chosen = [i for i, code in enumerate(langs) if code == lang]
        for i, entities in zip(chosen, entities_of([article_text(articles[i]) for i in chosen], lang), strict=True):
            outputs[i] = {"entities": [e.model_dump() for e in entities]}
    return outputs


ENTITIES = Step(
    "entities",
    Provenance(
        producer="spacy+corenlp+newsline.entity-rules" if ner.service_languages() else "spacy+newsline.entity-rules",
        version=f"{ner.model_version()}+rules-{RULES_VERSION}+gazetteer-{gazetteer.default().digest}+{ner.SEGMENTATION}",
    ),
    batch=extract_entities,
    languages=ner.languages(),
)
