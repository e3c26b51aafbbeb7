"""newsline's development tooling, apart from the runtime package ``pipeline`` the workers import.

- :mod:`newsline_dev.services`: download, configure, start, probe and stop local Kafka and Elasticsearch
  (``newsline services up|down|status``, ``make services``), certificates and secrets of the secured
  services, the analysis plugin build.
- :mod:`newsline_dev.airflow`: the local Airflow of ``make airflow`` and ``make run`` (environment, DB
  migration, ``dags test``, the DagBag check).
- :mod:`newsline_dev.evaluate`: entity and quote quality against the hand labels in ``tests/fixtures/``.

Installed editable from ``tools/`` by ``make venv``; the production wheel and the Docker image do not
ship it. It may import ``pipeline``; ``pipeline`` imports it only lazily, inside the CLI commands that
drive local services (:mod:`pipeline.cli.devtools`).
"""
