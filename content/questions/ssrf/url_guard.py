# /// script
# requires-python = ">=3.11"
# dependencies = ["httpx"]
# ///
"""Fetch a user-supplied URL safely: allowed schemes and ports, public addresses, no redirects."""

import ipaddress

import httpx

DNS = {  # the resolver's answers, faked so the demo needs no network
    "news.example": ["93.184.215.14"],
    "intranet.example": ["10.0.0.7"],
    "sneaky.example": ["93.184.215.14", "127.0.0.1"],  # one bad record is enough
    "2130706433": ["127.0.0.1"],  # getaddrinfo reads this decimal spelling as 127.0.0.1
}


class Blocked(Exception):
    pass


def resolve(host: str) -> list[str]:  # production: socket.getaddrinfo, every A and AAAA record
    try:
        return [str(ipaddress.ip_address(host))]  # a literal address resolves to itself
    except ValueError:
        return DNS[host]


def public_address(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address:
    ip = ipaddress.ip_address(text)
    if ip.version == 6 and ip.ipv4_mapped:  # ::ffff:169.254.169.254 is 169.254.169.254
        ip = ip.ipv4_mapped
    if not ip.is_global or ip.is_multicast:  # loopback, private, link-local, reserved...
        raise Blocked(f"{ip} is not a public address")
    return ip


def guarded_get(client: httpx.Client, url: str) -> httpx.Response:
    target = httpx.URL(url)  # parsed once, by the client that will send the request
    if target.scheme not in ("http", "https") or target.port is not None:  # None: the default
        raise Blocked(f"scheme or port not allowed: {target.scheme}:{target.port}")
    host = target.host
    addresses = [public_address(a) for a in resolve(host)]  # every record must pass
    pinned = target.copy_with(host=str(addresses[0]))  # connect to what was checked
    response = client.get(pinned, headers={"Host": host}, extensions={"sni_hostname": host})
    if response.is_redirect:  # a redirect is a new, unchecked URL: do not follow it blindly
        raise Blocked(f"redirect to {response.headers['location']} not followed")
    return response


def network(request: httpx.Request) -> httpx.Response:  # stands in for the real network
    if request.url.path == "/moved":
        return httpx.Response(302, headers={"Location": "http://169.254.169.254/latest/"})
    return httpx.Response(200, text=f"page from {request.url.host}")


urls = [
    "https://news.example/article",
    "http://169.254.169.254/latest/meta-data/iam/",  # the cloud metadata service
    "http://[::ffff:169.254.169.254]/latest/",
    "http://2130706433/admin",
    "http://intranet.example/admin",
    "http://sneaky.example/",
    "file:///etc/passwd",
    "https://news.example:6379/",
    "https://news.example/moved",
]
fetched = []
with httpx.Client(transport=httpx.MockTransport(network)) as client:  # redirects off by default
    for url in urls:
        try:
            print(f"{url:<47} -> {guarded_get(client, url).text}")
            fetched.append(url)
        except Blocked as refusal:
            print(f"{url:<47} -> blocked: {refusal}")
assert fetched == ["https://news.example/article"]
