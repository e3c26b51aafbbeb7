"""A producer replaced during a Kafka outage (:meth:`Producer.reconnect`) on the private broker, killed for real:
the old client's network thread must stop, even with records still unacknowledged in it. kafka-python's own
``close`` flushes first and, when that times out, raises before it stops the thread, which then keeps retrying a
broker that is gone for as long as the process lives."""

from __future__ import annotations

import threading

import pytest

from bench.faults import wait_for
from bench.private_services import PrivateServices, scoped
from pipeline.kafka.producer import Producer
from tests.workers.fault_rig import quick_reconnect

pytestmark = [pytest.mark.integration, pytest.mark.faults]

NETWORK_THREAD = "-network-thread"  # kafka-python names a producer's network thread after its client id


def _network_threads() -> set[threading.Thread]:
    return {t for t in threading.enumerate() if t.name.endswith(NETWORK_THREAD) and t.is_alive()}


def test_a_producer_replaced_in_an_outage_stops_its_old_network_thread(private_services: PrivateServices) -> None:
    services = private_services
    settings = quick_reconnect(scoped(services.settings, "replaced", partitions=1))
    services.setup(settings)
    topic = settings.kafka.topics.raw
    before = _network_threads()
    producer = Producer(settings.kafka, client_id="replaced-producer")
    try:
        producer.send(topic, "first", b"acknowledged before the outage")
        assert producer.flush_failures(timeout=60) == []
        old = _network_threads() - before
        assert len(old) == 1  # the client's one network thread, running
        services.kill_kafka()
        producer.send_many(topic, [(f"late-{i}", b"sent into the outage") for i in range(5)])
        unacknowledged = producer.flush_failures(timeout=3)
        assert [f.key for f in unacknowledged] == [f"late-{i}" for i in range(5)]
        assert all(not f.permanent for f in unacknowledged)  # an outage: the caller sends them again
        producer.reconnect()
        assert wait_for(lambda: not any(t.is_alive() for t in old), 15.0), "the old network thread still runs"
    finally:
        services.start_kafka()
        producer.close()
    assert _network_threads() - before == set()  # closed: no thread of this producer left
