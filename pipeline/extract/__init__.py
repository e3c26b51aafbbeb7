"""Extraction: turning fetched HTML into article text and metadata."""

from pipeline.extract.exceptions import ExtractionError, ParseCrashedError
from pipeline.extract.trafilatura_adapter import EXTRACTOR, Extracted, extract_html

__all__ = ["EXTRACTOR", "Extracted", "ExtractionError", "ParseCrashedError", "extract_html"]
