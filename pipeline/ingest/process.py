"""One claimed URL: fetch the page, extract the article (in a parse process), honour <link rel=canonical>."""

from __future__ import annotations

from concurrent.futures import Future
from dataclasses import dataclass
from urllib.parse import urlsplit

from pipeline.extract import Extracted, ExtractionError, ParseCrashedError, extract_html
from pipeline.extract.article import Origin, build_article
from pipeline.extract.pool import ParsePool
from pipeline.fetch import Fetcher, FetchError, FetchResult
from pipeline.ingest.titles import HostTitles
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
        served_at=result.fetched_at,
    )


def download(item: Discovered, canonical: str, fetcher: Fetcher) -> FetchResult | Outcome:
    """The page, or the outcome of a URL that has no page. Never raises: an unexpected error becomes a failed
    outcome, so no claimed URL is left behind."""
    try:
        return fetcher.fetch(item.url, "page")
    except FetchError as exc:
        return Outcome(item, canonical, exc.outcome, exc.reason, retryable=exc.retryable)
    except Exception as exc:  # noqa: BLE001 - recorded as the URL's failure reason
        return _internal(item, canonical, exc)


def start_extract(result: FetchResult, pool: ParsePool) -> Future[Extracted]:
    """Extraction of a downloaded page, started in a parse process (see :mod:`pipeline.extract.pool`)."""
    try:
        return pool.submit(extract_html, result.text(), result.final_url)
    except Exception as exc:  # noqa: BLE001 - e.g. undecodable text: the outcome says so
        failed: Future[Extracted] = Future()
        failed.set_exception(exc)
        return failed


def extracted(item: Discovered, canonical: str, result: FetchResult, spec: SourceSpec,
              page: Future[Extracted], titles: HostTitles | None = None) -> Outcome:
    """The outcome of a page once its extraction is done (``titles``: the hosts' recent titles, which name a
    site or section the page's own tags do not). Never raises."""
    try:
        found = page.result()
    except ExtractionError as exc:
        return Outcome(item, canonical, "skipped", f"no article: {exc.reason}", fetched=True)
    except ParseCrashedError as exc:  # the page killed its parse process twice: not retried by later runs
        return Outcome(item, canonical, "failed", exc.reason, fetched=True)
    except Exception as exc:  # noqa: BLE001 - recorded as the URL's failure reason
        return _internal(item, canonical, exc)
    try:
        found = titles.headline_of(found, result.final_url) if titles is not None else found
        article = build_article(found, origin_of(result, item, spec, page_canonical(found, result, spec)))
    except Exception as exc:  # noqa: BLE001 - recorded as the URL's failure reason
        return _internal(item, canonical, exc)
    return Outcome(item, canonical, "extracted", fetched=True, article=article)


def _internal(item: Discovered, canonical: str, exc: Exception) -> Outcome:
    return Outcome(item, canonical, "failed", f"internal error: {type(exc).__name__}: {exc}", retryable=True)
