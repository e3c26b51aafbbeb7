"""Named entities: per language over the batch, spaCy (English, French) or the CoreNLP server (German, Spanish,
...), then the same normalisation rules, gazetteer and countries."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.enrich.entities import gazetteer, german, italian, ner
from pipeline.enrich.entities.grounding import ground
from pipeline.enrich.entities.mention import Mention
from pipeline.enrich.entities.mentions import prepare
from pipeline.enrich.entities.merge import merge
from pipeline.enrich.step import Fields, Step, StepOutput
from pipeline.models import Article, Entity, Provenance

RULES_VERSION = "5"  # 5: surnames, common nouns, possessives; names grounded in the text


def article_text(article: Article) -> str:
    return f"{article.title}\n\n{article.text}"


# language-specific fixes of the raw mentions before the common rules
INFLECTIONS = {"de": german.normalise, "it": italian.normalise}
# languages whose names are put in a form the text need not write (German nominatives), so not grounded
REWRITTEN = frozenset({"de"})


def entities_from(mentions: list[Mention], text: str, lang: str = "en") -> list[Entity]:
    """The normalised entities of one article's raw mentions; every name grounded in the text (but German)."""
    entities = merge(prepare(mentions, text), text)
    return entities if lang in REWRITTEN else ground(entities, text)


def entities_of(texts: Sequence[str], lang: str = "en") -> list[list[Entity]]:
    fix = INFLECTIONS.get(lang)
    found = ((fix(raw, text) if fix else raw, text) for raw, text in zip(ner.mentions(texts, lang), texts, strict=True))
    return [entities_from(mentions, text, lang) for mentions, text in found]


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
