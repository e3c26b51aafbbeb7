"""newsline: streaming news ingestion.

source -> fetch -> extract -> raw topic -> enrich worker -> enriched topic -> index worker -> Elasticsearch
"""

__version__ = "0.1.0"
