"""Records that travel through the topics."""

from pipeline.models.article import Article
from pipeline.models.codec import decode, encode
from pipeline.models.deadletter import DeadLetter
from pipeline.models.enriched import EnrichedArticle, Enrichment, Entity, LanguageGuess, Quote
from pipeline.models.exceptions import PayloadNotStoredError, RecordError, SchemaVersionError
from pipeline.models.record import SCHEMA_VERSION, Provenance

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "DeadLetter",
    "EnrichedArticle",
    "Enrichment",
    "Entity",
    "Quote",
    "LanguageGuess",
    "Provenance",
    "PayloadNotStoredError",
    "RecordError",
    "SchemaVersionError",
    "decode",
    "encode",
]
