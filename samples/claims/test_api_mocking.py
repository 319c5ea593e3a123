"""Claims made on content/questions/api-mocking/; each fails if a release changes them."""

import asyncio
from typing import Annotated

import httpx
import pytest
from asgi import call
from fastapi import Depends, FastAPI
from versions import release

PAGE = "api-mocking"


async def post_through(transport: httpx.MockTransport) -> httpx.Response:
    async with httpx.AsyncClient(transport=transport, base_url="https://pay.example") as client:
        return await client.post("/v1/charges", json={"order": "A1", "amount": 1999})


def test_the_handler_receives_the_fully_built_request() -> None:
    """MockTransport hands the handler the real request: URL, headers and encoded body."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(201, json={"id": "ch_1"})

    assert asyncio.run(post_through(httpx.MockTransport(handler))).status_code == 201
    assert str(seen[0].url) == "https://pay.example/v1/charges"
    assert seen[0].headers["content-type"] == "application/json"


def test_httpx_encodes_json_compactly_since_0_28() -> None:
    """Since HTTPX 0.28 the json= body has no spaces after separators."""
    assert release("httpx") >= (0, 28, 0)
    bodies: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(request.content)
        return httpx.Response(201)

    asyncio.run(post_through(httpx.MockTransport(handler)))
    assert bodies == [b'{"order":"A1","amount":1999}']


def test_an_async_client_accepts_a_plain_or_an_async_handler() -> None:
    """With AsyncClient, the MockTransport handler may be a plain or an async function."""

    def plain(request: httpx.Request) -> httpx.Response:
        return httpx.Response(201)

    async def coroutine(request: httpx.Request) -> httpx.Response:
        return httpx.Response(202)

    assert asyncio.run(post_through(httpx.MockTransport(plain))).status_code == 201
    assert asyncio.run(post_through(httpx.MockTransport(coroutine))).status_code == 202


@pytest.mark.filterwarnings("ignore:coroutine .* was never awaited:RuntimeWarning")
def test_a_sync_client_needs_a_plain_handler() -> None:
    """A plain httpx.Client refuses an async handler."""

    async def coroutine(request: httpx.Request) -> httpx.Response:
        return httpx.Response(202)

    client = httpx.Client(transport=httpx.MockTransport(coroutine))
    with client, pytest.raises(TypeError, match="async handler"):
        client.get("https://pay.example/")


def test_an_exception_raised_by_the_handler_reaches_the_caller_as_is() -> None:
    """Raising httpx.ReadTimeout in the handler looks to the caller like a real read timeout."""

    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("simulated", request=request)

    with pytest.raises(httpx.ReadTimeout):
        asyncio.run(post_through(httpx.MockTransport(handler)))


def test_dependency_overrides_swap_the_http_client_a_route_uses() -> None:
    """A client created in a dependency is replaced in tests through app.dependency_overrides."""

    async def provider_client() -> httpx.AsyncClient:
        return httpx.AsyncClient(base_url="https://pay.example")  # the real one: never used here

    app = FastAPI()

    @app.post("/checkout")
    async def checkout(
        http: Annotated[httpx.AsyncClient, Depends(provider_client)],
    ) -> dict[str, int]:
        response = await http.post("/v1/charges", json={"amount": 1999})
        return {"provider_status": response.status_code}

    fake = httpx.MockTransport(lambda request: httpx.Response(201))
    app.dependency_overrides[provider_client] = lambda: httpx.AsyncClient(
        transport=fake, base_url="https://pay.example"
    )
    assert call(app, "POST", "/checkout").json() == {"provider_status": 201}


def test_a_small_fastapi_app_can_play_the_provider_through_asgitransport() -> None:
    """Point the client at a fake provider app with httpx.ASGITransport: no network."""
    fake_provider = FastAPI()

    @fake_provider.post("/v1/charges", status_code=201)
    async def charge() -> dict[str, str]:
        return {"id": "ch_fake"}

    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app=fake_provider)
        async with httpx.AsyncClient(transport=transport, base_url="https://pay.example") as c:
            return await c.post("/v1/charges", json={})

    response = asyncio.run(go())
    assert (response.status_code, response.json()) == (201, {"id": "ch_fake"})


def test_an_autospec_mock_rejects_calls_the_real_class_would_reject() -> None:
    """A plain Mock accepts any method and arguments; create_autospec raises AttributeError for an
    unknown method and TypeError for a call that does not match the real signature."""
    from unittest.mock import AsyncMock, create_autospec

    class PaymentClient:
        async def charge(self, order_id: str, cents: int) -> str:
            raise NotImplementedError

    loose = AsyncMock()
    asyncio.run(loose.charge("A1"))  # wrong arity, still accepted
    asyncio.run(loose.refund("A1"))  # no such method, still accepted

    strict = create_autospec(PaymentClient, instance=True)
    strict.charge.return_value = "ch_1"
    assert asyncio.run(strict.charge("A1", 1999)) == "ch_1"
    with pytest.raises(TypeError):
        asyncio.run(strict.charge("A1"))
    with pytest.raises(AttributeError):
        strict.refund("A1")
