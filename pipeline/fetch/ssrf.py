"""SSRF guard: only http(s) to public addresses, checked after DNS resolution, on every redirect hop.

IPv6 addresses that carry an IPv4 address (IPv4-mapped ``::ffff:0:0/96``, NAT64 ``64:ff9b::/96``, 6to4
``2002::/16``, Teredo ``2001::/32``) are judged by the IPv4 address they carry as well; site-local
``fec0::/10`` is refused like private space. A name that does not resolve is a transport failure (retried),
not a refusal: only a resolved address that is not allowed is refused for good.

``allow_private`` (``fetch.allow_private_addresses``, for local testing) lets loopback/private/link-local
through; cloud metadata endpoints are refused always. The same check runs again when the socket is opened
(:mod:`pipeline.fetch.guarded_backend`), on the address actually connected to, so DNS rebinding is caught too.
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

from pipeline.fetch.exceptions import BlockedAddressError, ResolutionFailure

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
METADATA = frozenset(
    ipaddress.ip_address(a)
    for a in ("169.254.169.254", "169.254.170.2", "100.100.100.200", "168.63.129.16", "fd00:ec2::254")
)
ALLOWED_SCHEMES = ("http", "https")
NAT64 = ipaddress.ip_network("64:ff9b::/96")
SHARED = ipaddress.ip_network("100.64.0.0/10")


def embedded_ipv4(ip: IPAddress) -> tuple[ipaddress.IPv4Address, bool] | None:
    """The IPv4 address an IPv6 address carries, and whether it *is* that address (mapped, NAT64) rather
    than a tunnel endpoint (6to4, Teredo client); None for IPv4 and plain IPv6."""
    if not isinstance(ip, ipaddress.IPv6Address):
        return None
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped, True
    if ip in NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF), True
    if ip.sixtofour is not None:
        return ip.sixtofour, False
    if ip.teredo is not None:
        return ip.teredo[1], False
    return None


def classify(ip: IPAddress) -> str | None:
    """Why ``ip`` is not a public unicast address, or None if it is."""
    carried = embedded_ipv4(ip)
    if carried is not None:
        inner, same = carried
        why = classify(inner)
        if why or same:
            return why
    if ip in METADATA:
        return "cloud-metadata"
    for name in ("loopback", "unspecified", "link_local", "site_local", "multicast", "private", "reserved"):
        if getattr(ip, f"is_{name}", False):
            return name.replace("_", "-")
    if ip.version == 4 and ip in SHARED:
        return "private"
    return None


def resolve(host: str, port: int) -> list[IPAddress]:
    """The addresses of ``host``; :class:`ResolutionFailure` (retryable) when the resolver gives none."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise ResolutionFailure(host, f"dns resolution failed: {exc}") from None
    except UnicodeError as exc:
        raise BlockedAddressError(host, f"invalid host name: {exc}") from None
    return list(dict.fromkeys(ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos))


def check_url(url: str, allow_private: bool) -> None:
    """Raise :class:`BlockedAddressError` unless ``url`` may be fetched (:class:`ResolutionFailure`, retryable,
    when its host does not resolve now)."""
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        raise BlockedAddressError(url, f"invalid URL: {exc}") from None
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        raise BlockedAddressError(url, f"blocked scheme {parts.scheme or '(none)'}")
    if not parts.hostname:
        raise BlockedAddressError(url, "no host in URL")
    try:
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    except ValueError:
        raise BlockedAddressError(url, "invalid port") from None
    try:
        addresses = resolve(parts.hostname, port)
    except ResolutionFailure as exc:
        raise ResolutionFailure(url, exc.reason) from None
    for ip in addresses:
        why = classify(ip)
        if why == "cloud-metadata" or (why and not allow_private):
            raise BlockedAddressError(url, f"blocked address {ip} ({why})")
