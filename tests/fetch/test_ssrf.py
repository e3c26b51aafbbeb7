"""The SSRF guard: schemes, resolved addresses, redirect hops; private addresses only when allowed explicitly."""

from __future__ import annotations

import ipaddress

import pytest

from pipeline.fetch import Fetcher
from pipeline.fetch.exceptions import BlockedAddressError
from pipeline.fetch.ssrf import check_url, classify
from tests.support.site import Reply, Site
from tests.support.web import fast_fetch_settings


@pytest.mark.parametrize(
    ("address", "why"),
    [
        ("127.0.0.1", "loopback"),
        ("::1", "loopback"),
        ("10.1.2.3", "private"),
        ("192.168.0.10", "private"),
        ("172.16.5.5", "private"),
        ("100.64.0.1", "private"),
        ("169.254.1.1", "link-local"),
        ("fe80::1", "link-local"),
        ("224.0.0.1", "multicast"),
        ("169.254.169.254", "cloud-metadata"),
        ("::ffff:10.0.0.1", "private"),
        ("0.0.0.0", "unspecified"),
        ("fd00:ec2::254", "cloud-metadata"),
        ("93.184.216.34", None),
        ("2606:4700::1", None),
        ("fec0::1", "site-local"),  # deprecated site-local, still routed inside some networks
        ("feff::1", "site-local"),
        ("2002:a00:1::1", "private"),  # 6to4 carrying 10.0.0.1
        ("2002:7f00:1::1", "loopback"),  # 6to4 carrying 127.0.0.1
        ("2002:a9fe:a9fe::1", "cloud-metadata"),  # 6to4 carrying 169.254.169.254
        ("2002:5db8:d822::1", None),  # 6to4 carrying a public address
        ("64:ff9b::a00:1", "private"),  # NAT64 of 10.0.0.1
        ("64:ff9b::7f00:1", "loopback"),
        ("64:ff9b::a9fe:a9fe", "cloud-metadata"),
        ("64:ff9b::5db8:d822", None),  # NAT64 of a public address: what a DNS64 resolver gives
        ("::ffff:169.254.169.254", "cloud-metadata"),
        ("::ffff:127.0.0.1", "loopback"),
        ("2001:0:4136:e378:8000:63bf:f5ff:fffe", "private"),  # Teredo, client 10.0.0.1
        ("2001:0:4136:e378:8000:63bf:80ff:fffe", "loopback"),  # Teredo, client 127.0.0.1
    ],
)
def test_classify(address: str, why: str | None) -> None:
    assert classify(ipaddress.ip_address(address)) == why


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://localhost:8080/x",
        "https://10.0.0.8/",
        "http://[::1]/",
        "http://169.254.169.254/latest/meta-data/",
        "http://2130706433/",
        "http://[fec0::1]/",
        "http://[2002:a00:1::1]/",
        "http://[64:ff9b::a00:1]/",
        "http://[::ffff:10.0.0.1]/",
        "http://[2001:0:4136:e378:8000:63bf:f5ff:fffe]/",
    ],
)
def test_guard_refuses_non_public_targets(url: str) -> None:
    with pytest.raises(BlockedAddressError, match="blocked address"):
        check_url(url, allow_private=False)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/", "gopher://x/", "javascript:alert(1)"])
def test_guard_refuses_other_schemes(url: str) -> None:
    with pytest.raises(BlockedAddressError, match="blocked scheme"):
        check_url(url, allow_private=True)


def test_private_allowed_only_by_the_setting_and_metadata_never() -> None:
    check_url("http://127.0.0.1:9/", allow_private=True)
    check_url("http://10.0.0.1/", allow_private=True)
    with pytest.raises(BlockedAddressError, match="cloud-metadata"):
        check_url("http://169.254.169.254/", allow_private=True)


def test_setting_is_off_by_default_and_env_turns_it_on(monkeypatch: pytest.MonkeyPatch) -> None:
    from pipeline.settings import load_settings

    monkeypatch.delenv("NEWSLINE_FETCH_ALLOW_PRIVATE_ADDRESSES", raising=False)
    assert load_settings().fetch.allow_private_addresses is False
    monkeypatch.setenv("NEWSLINE_FETCH_ALLOW_PRIVATE_ADDRESSES", "true")
    assert load_settings().fetch.allow_private_addresses is True


def test_guard_on_refuses_the_local_site_before_connecting(site: Site) -> None:
    site.add("/a.html", Reply(body=b"<html></html>"))
    with Fetcher(fast_fetch_settings(allow_private_addresses=False)) as fetcher, pytest.raises(BlockedAddressError):
        fetcher.fetch(site.url("/a.html"))
    assert site.log == []


def test_every_redirect_hop_is_checked(site: Site) -> None:
    site.add("/go", Reply(302, headers={"Location": "http://169.254.169.254/latest/meta-data/"}))
    with Fetcher(fast_fetch_settings()) as fetcher, pytest.raises(BlockedAddressError, match="cloud-metadata"):
        fetcher.fetch(site.url("/go"))


def test_connect_time_guard_catches_what_the_early_check_missed(site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    """DNS rebinding: the name looked public when checked, then resolves to loopback at connect time."""
    import pipeline.fetch.client

    site.add("/a.html", Reply(body=b"<html></html>"))
    monkeypatch.setattr(pipeline.fetch.client, "check_url", lambda url, allow_private: None)
    with Fetcher(fast_fetch_settings(allow_private_addresses=False)) as fetcher:
        with pytest.raises(BlockedAddressError, match=r"blocked address 127.0.0.1 \(loopback\) at connect"):
            fetcher.fetch(site.url("/a.html"))
    assert site.log == []
