"""The enrichment steps, in the order the worker applies them.

No sentiment step: lexicon scores (VADER and the like) mostly measure the vocabulary of the event being
reported ("attack", "killed", "ceasefire") rather than the stance of the article, so on news they are noise
that facets would present as a signal. The event step (embeddings, cross-language events) is bound to its store
like the cluster step: ``all_steps(store, event_step(...))``.
"""

from pipeline.enrich.clusters.store import ClusterStore
from pipeline.enrich.step import Step
from pipeline.enrich.steps.cluster import cluster_step
from pipeline.enrich.steps.countries import COUNTRIES
from pipeline.enrich.steps.entities import ENTITIES
from pipeline.enrich.steps.fingerprint import FINGERPRINT
from pipeline.enrich.steps.keywords import KEYWORDS
from pipeline.enrich.steps.language import LANGUAGE
from pipeline.enrich.steps.locations import LOCATIONS
from pipeline.enrich.steps.metrics import METRICS
from pipeline.enrich.steps.quotes import QUOTES

# Pure steps: no store, no service. The worker appends the cluster step bound to the shared store.
DEFAULT_STEPS: tuple[Step, ...] = (LANGUAGE, METRICS, FINGERPRINT, ENTITIES, QUOTES, COUNTRIES, LOCATIONS, KEYWORDS)
STEP_NAMES = (*(s.name for s in DEFAULT_STEPS), "cluster", "event")


def all_steps(store: ClusterStore, event: Step | None = None) -> tuple[Step, ...]:
    """The default steps, the cluster step on ``store`` and, when given, the event step (last: it reads entities
    and countries)."""
    return (*DEFAULT_STEPS, cluster_step(store), *((event,) if event is not None else ()))


__all__ = ["COUNTRIES", "DEFAULT_STEPS", "ENTITIES", "FINGERPRINT", "KEYWORDS", "LANGUAGE", "LOCATIONS", "METRICS", "QUOTES",
           "STEP_NAMES", "all_steps"]
