from pipeline.exceptions import NewslineError


class KafkaTransportError(NewslineError):
    """Kafka could not be reached, or a produce/commit was not acknowledged."""


class ProduceError(KafkaTransportError):
    """A message was not acknowledged by the broker."""
