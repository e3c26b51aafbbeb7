"""Language identification with py3langid (model shipped inside the package)."""

from __future__ import annotations

from functools import lru_cache
from importlib.metadata import version
from typing import Any

from pipeline.enrich.step import Step, StepOutput
from pipeline.models import Article, Provenance

SAMPLE_CHARS = 5000


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify(text: str) -> tuple[str | None, float]:
    """(ISO 639-1 code, probability); (None, 0.0) for a text without a letter (blank, a lone BOM, digits and
    punctuation), which the model would otherwise classify anyway (a BOM alone came out as Japanese)."""
    sample = text[:SAMPLE_CHARS].strip()
    if not any(c.isalpha() for c in sample):
        return None, 0.0
    code, probability = _identifier().classify(sample)
    return str(code), round(float(probability), 4)


def detect_language(article: Article) -> StepOutput:
    code, confidence = identify(f"{article.title}\n{article.text}")
    return {"language": {"code": code, "confidence": confidence}}


LANGUAGE = Step("language", Provenance(producer="py3langid", version=version("py3langid")), detect_language)
