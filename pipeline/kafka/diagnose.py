"""Why a Kafka client could not connect, in one line naming the setting to fix.

kafka-python reports a rejected SCRAM login or an untrusted broker certificate only as
``KafkaTimeoutError: Unable to bootstrap`` (the broker closes the connection after a failed
SASL exchange). :func:`probe` finds out by itself: a TCP connect, then a TLS handshake with the
configured CA. TLS failing names ``kafka.ssl_cafile``; TLS succeeding with SASL configured while
the client could not bootstrap means the broker refused the login.
"""

from __future__ import annotations

import socket
import ssl

from kafka.errors import SaslAuthenticationFailedError

from pipeline.settings import KafkaSettings

SASL_CREDENTIALS = "kafka.username / kafka.password, NEWSLINE_KAFKA_USERNAME / NEWSLINE_KAFKA_PASSWORD"
CAFILE = "kafka.ssl_cafile / NEWSLINE_KAFKA_SSL_CAFILE"


def explain(exc: BaseException) -> str | None:
    """One line for an exception that already says what failed; None otherwise."""
    if isinstance(exc, SaslAuthenticationFailedError):
        return f"Kafka: authentication failed (setting {SASL_CREDENTIALS})"
    return None


def probe(kafka: KafkaSettings, timeout_s: float = 5.0) -> str | None:
    """After a failed bootstrap: a one-line cause naming the setting, or None if nothing is found."""
    if kafka.security_protocol not in ("SSL", "SASL_SSL"):
        return None
    try:
        sock = socket.create_connection((kafka.host, kafka.port), timeout=timeout_s)
    except OSError:
        return None  # not reachable at all: the generic "is it running?" message fits
    try:
        context = ssl.create_default_context(cafile=str(kafka.ssl_cafile) if kafka.ssl_cafile else None)
        with context.wrap_socket(sock, server_hostname=kafka.host):
            pass
    except ssl.SSLCertVerificationError as exc:
        return f"Kafka: TLS certificate verification failed: {exc.verify_message} (setting {CAFILE})"
    except (ssl.SSLError, OSError) as exc:
        return f"Kafka: TLS handshake failed: {type(exc).__name__} (setting {CAFILE})"
    finally:
        sock.close()
    if kafka.security_protocol == "SASL_SSL":
        return (f"Kafka: authentication failed: the broker accepted TLS but refused the "
                f"{kafka.sasl_mechanism} login (setting {SASL_CREDENTIALS})")
    return None
