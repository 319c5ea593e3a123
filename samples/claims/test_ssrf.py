"""Claims made on content/questions/ssrf/; each fails if a release changes them."""

import importlib.util
import ipaddress
import socket
import urllib.request
from pathlib import Path

import httpx

PAGE = "ssrf"


def test_httpx_does_not_follow_redirects_by_default() -> None:
    """HTTPX returns a 3xx to the caller unless follow_redirects=True."""

    def network(request: httpx.Request) -> httpx.Response:
        if request.url.host == "169.254.169.254":
            return httpx.Response(200, text="credentials")
        return httpx.Response(302, headers={"Location": "http://169.254.169.254/latest/"})

    with httpx.Client(transport=httpx.MockTransport(network)) as client:
        response = client.get("https://public.example/")
    assert response.status_code == 302 and response.is_redirect


def test_urllib_follows_redirects_by_default() -> None:
    """urllib.request's default opener includes a redirect handler."""
    opener = urllib.request.build_opener()
    assert any(isinstance(h, urllib.request.HTTPRedirectHandler) for h in opener.handlers)


def test_httpx_passes_sni_hostname_to_tls() -> None:
    """HTTPX (through httpcore) uses the sni_hostname extension as the TLS server name."""
    spec = importlib.util.find_spec("httpcore._async.connection")
    assert spec is not None and spec.origin is not None
    source = Path(spec.origin).read_text()
    assert 'request.extensions.get("sni_hostname"' in source
    assert '"server_hostname": sni_hostname' in source


def test_metadata_address_is_link_local_and_not_global() -> None:
    """169.254.169.254 is link-local, so `is_global` is false."""
    ip = ipaddress.ip_address("169.254.169.254")
    assert ip.is_link_local and not ip.is_global


def test_ipv4_mapped_address_unwraps_to_the_ipv4_address() -> None:
    """`.ipv4_mapped` turns ::ffff:169.254.169.254 back into 169.254.169.254."""
    mapped = ipaddress.ip_address("::ffff:169.254.169.254")
    assert mapped.ipv4_mapped == ipaddress.ip_address("169.254.169.254")


def test_is_global_accepts_multicast() -> None:
    """`is_global` is true for multicast 224.0.0.1, so multicast needs its own check."""
    ip = ipaddress.ip_address("224.0.0.1")
    assert ip.is_global and ip.is_multicast


def test_nat64_addresses_count_as_global() -> None:
    """`is_global` is true for 64:ff9b::7f00:1, a NAT64 form of 127.0.0.1."""
    assert ipaddress.ip_address("64:ff9b::7f00:1").is_global


def test_httpx_url_reports_no_port_for_the_schemes_default() -> None:
    """httpx.URL gives port None for the scheme's default port, written or not; other ports stay."""
    assert httpx.URL("https://news.example/").port is None
    assert httpx.URL("https://news.example:443/").port is None
    assert httpx.URL("https://news.example:6379/").port == 6379
    assert httpx.URL("http://good.example@evil.example/").host == "evil.example"


def test_is_global_is_false_for_the_internal_ranges() -> None:
    """`is_global` is false for loopback, private, link-local, shared (100.64/10) and reserved."""
    internal = ["127.0.0.1", "10.0.0.7", "192.168.1.1", "169.254.169.254", "100.64.0.1"]
    internal += ["240.0.0.1", "0.0.0.0", "::1", "fd00::1", "fe80::1"]
    assert not any(ipaddress.ip_address(a).is_global for a in internal)
    assert ipaddress.ip_address("93.184.215.14").is_global


def test_the_resolver_reads_other_spellings_of_loopback() -> None:
    """getaddrinfo turns 2130706433 and 0x7f.1 into 127.0.0.1, with no DNS query."""
    for spelling in ("2130706433", "0x7f.1"):
        answers = socket.getaddrinfo(spelling, 80, type=socket.SOCK_STREAM)
        assert {answer[4][0] for answer in answers} == {"127.0.0.1"}, spelling
