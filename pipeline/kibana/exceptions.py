from pipeline.exceptions import NewslineError


class KibanaError(NewslineError):
    """Base for Kibana saved-object errors."""


class SavedObjectsError(KibanaError):
    """The NDJSON saved objects are inconsistent; the message lists every problem found."""


class KibanaImportError(KibanaError):
    """Kibana refused the import or could not be reached; the message says which objects and why."""
