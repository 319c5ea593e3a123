# /// script
# requires-python = ">=3.11"
# dependencies = ["httpx"]
# ///
"""DNS rebinding fools check-then-fetch, which resolves twice; pinning the checked IP does not."""

import ipaddress

import httpx


class RebindingDNS:
    """The attacker's name server: a public address first, then loopback (TTL 0, so no caching)."""

    def __init__(self) -> None:
        self.queries = 0

    def resolve(self, host: str) -> list[str]:
        self.queries += 1
        return ["93.184.215.14"] if self.queries == 1 else ["127.0.0.1"]


def is_public(text: str) -> bool:
    ip = ipaddress.ip_address(text)
    ip = ip.ipv4_mapped or ip if ip.version == 6 else ip
    return ip.is_global and not ip.is_multicast


def client_on(dns: RebindingDNS) -> httpx.Client:
    def network(request: httpx.Request) -> httpx.Response:  # connecting resolves names again
        host = request.url.host
        address = host if host[0].isdigit() else dns.resolve(host)[0]
        body = "internal admin page" if address == "127.0.0.1" else "public page"
        return httpx.Response(200, text=f"{body} from {address}")

    return httpx.Client(transport=httpx.MockTransport(network))


def check_then_fetch(url: str, dns: RebindingDNS) -> str:  # the shortcut
    if not all(is_public(a) for a in dns.resolve(httpx.URL(url).host)):
        return "blocked"
    return client_on(dns).get(url).text  # the HTTP client looks the name up a second time


def pinned_fetch(url: str, dns: RebindingDNS) -> str:  # the fix
    target = httpx.URL(url)
    addresses = dns.resolve(target.host)
    if not all(is_public(a) for a in addresses):
        return "blocked"
    pinned = target.copy_with(host=addresses[0])  # connect to exactly the address checked
    extensions = {"sni_hostname": target.host}  # TLS still verifies the certificate's name
    return client_on(dns).get(pinned, headers={"Host": target.host}, extensions=extensions).text


url = "https://rebind.attacker.example/"
for fetch in (check_then_fetch, pinned_fetch):
    dns = RebindingDNS()
    result = fetch(url, dns)
    print(f"{fetch.__name__:<16} -> {result} (DNS lookups: {dns.queries})")
    assert ("internal" in result) == (fetch is check_then_fetch)
