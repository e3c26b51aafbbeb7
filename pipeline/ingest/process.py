"""One claimed URL: fetch the page, extract the article, honour <link rel=canonical>."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from pipeline.extract import Extracted, ExtractionError, extract_html
from pipeline.extract.article import Origin, build_article
from pipeline.fetch import Fetcher, FetchError, FetchResult
from pipeline.models import Article
from pipeline.models.urls import canonicalize_url
from pipeline.sources.discovered import Discovered
from pipeline.sources.registry import SourceSpec


@dataclass(frozen=True)
class Outcome:
    """What happened to one URL: ``article`` set when there is something to publish."""

    item: Discovered
    canonical: str
    status: str  # "extracted", "skipped" or "failed"
    reason: str | None = None
    retryable: bool = False
    fetched: bool = False
    article: Article | None = None


def page_canonical(page: Extracted, result: FetchResult, spec: SourceSpec) -> str:
    """The page's own canonical URL if it stays on an allowed site, else the final URL."""
    declared = page.url
    if (
        declared
        and urlsplit(declared).scheme in ("http", "https")
        and (spec.domain_allowed(declared) or urlsplit(declared).hostname == urlsplit(result.final_url).hostname)
    ):
        return canonicalize_url(declared)
    return canonicalize_url(result.final_url)


def origin_of(result: FetchResult, item: Discovered, spec: SourceSpec, canonical: str) -> Origin:
    return Origin(
        source=spec.name, fetched_at=result.fetched_at, requested_url=item.url, final_url=result.final_url,
        canonical_url=canonical, published_at=item.published_at, language=item.language or spec.language,
    )


def process(item: Discovered, canonical: str, fetcher: Fetcher, spec: SourceSpec) -> Outcome:
    """Download then extract in the calling thread. Never raises (see :func:`download`, :func:`extract`)."""
    fetched = download(item, canonical, fetcher)
    return fetched if isinstance(fetched, Outcome) else extract(item, canonical, fetched, spec)


def download(item: Discovered, canonical: str, fetcher: Fetcher) -> FetchResult | Outcome:
    """The page, or the outcome of a URL that has no page. Never raises: an unexpected error becomes a failed
    outcome, so no claimed URL is left behind."""
    try:
        return fetcher.fetch(item.url, "page")
    except FetchError as exc:
        return Outcome(item, canonical, exc.outcome, exc.reason, retryable=exc.retryable)
    except Exception as exc:  # noqa: BLE001 - recorded as the URL's failure reason
        return _internal(item, canonical, exc)


def extract(item: Discovered, canonical: str, result: FetchResult, spec: SourceSpec) -> Outcome:
    """The article of a downloaded page (CPU only: run it outside the download threads). Never raises."""
    try:
        page = extract_html(result.text(), url=result.final_url)
    except ExtractionError as exc:
        return Outcome(item, canonical, "skipped", f"no article: {exc.reason}", fetched=True)
    except Exception as exc:  # noqa: BLE001 - recorded as the URL's failure reason
        return _internal(item, canonical, exc)
    try:
        article = build_article(page, origin_of(result, item, spec, page_canonical(page, result, spec)))
    except Exception as exc:  # noqa: BLE001 - recorded as the URL's failure reason
        return _internal(item, canonical, exc)
    return Outcome(item, canonical, "extracted", fetched=True, article=article)


def _internal(item: Discovered, canonical: str, exc: Exception) -> Outcome:
    return Outcome(item, canonical, "failed", f"internal error: {type(exc).__name__}: {exc}", retryable=True)
