"""SSRF guard: only http(s) to public addresses, checked after DNS resolution, on every redirect hop.

``allow_private`` (``fetch.allow_private_addresses``, for local testing) lets loopback/private/link-local
through; cloud metadata endpoints are refused always. The same check runs again when the socket is opened
(:mod:`pipeline.fetch.guarded_backend`), on the address actually connected to, so DNS rebinding is caught too.
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

from pipeline.fetch.exceptions import BlockedAddressError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
METADATA = frozenset(
    ipaddress.ip_address(a)
    for a in ("169.254.169.254", "169.254.170.2", "100.100.100.200", "168.63.129.16", "fd00:ec2::254")
)
ALLOWED_SCHEMES = ("http", "https")


def classify(ip: IPAddress) -> str | None:
    """Why ``ip`` is not a public unicast address, or None if it is."""
    mapped = getattr(ip, "ipv4_mapped", None)
    if mapped is not None:
        return classify(mapped)
    if ip in METADATA:
        return "cloud-metadata"
    for name in ("loopback", "unspecified", "link_local", "multicast", "private", "reserved"):
        if getattr(ip, f"is_{name}"):
            return name.replace("_", "-")
    if ip.version == 4 and ip in ipaddress.ip_network("100.64.0.0/10"):
        return "private"
    return None


def resolve(host: str, port: int) -> list[IPAddress]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise BlockedAddressError(host, f"dns resolution failed: {exc}") from None
    return list(dict.fromkeys(ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos))


def check_url(url: str, allow_private: bool) -> None:
    """Raise :class:`BlockedAddressError` unless ``url`` may be fetched."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        raise BlockedAddressError(url, f"blocked scheme {parts.scheme or '(none)'}")
    if not parts.hostname:
        raise BlockedAddressError(url, "no host in URL")
    try:
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    except ValueError:
        raise BlockedAddressError(url, "invalid port") from None
    for ip in resolve(parts.hostname, port):
        why = classify(ip)
        if why == "cloud-metadata" or (why and not allow_private):
            raise BlockedAddressError(url, f"blocked address {ip} ({why})")
