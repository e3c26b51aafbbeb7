"""Local Airflow for development: environment and secrets (``airflow_env``), ``make airflow``
(``local_airflow``), ``make run`` (``make_run``), ``dags test`` (``dagtest``) and the DagBag check
(``dagcheck``). Production Airflow (docker/compose.yaml) needs none of it: the DAG files import only
``pipeline.orchestration``."""
