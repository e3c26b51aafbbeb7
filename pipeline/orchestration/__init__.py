"""Running newsline's pipeline under Airflow 3.

``airflow_env`` builds the environment for a local Airflow (SQLite metadata DB under the state
dir), ``tasks`` holds the bodies of the DAG tasks as plain functions (no Airflow import), and
``dagcheck``/``dagtest`` are subprocess-friendly entry points used by ``tests/dags``.
Nothing in this package imports Airflow at module level.
"""
