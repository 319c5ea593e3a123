# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Inputs that pass a naive model: Unicode look-alikes, NaN, Infinity and a trailing newline."""

import asyncio
import re
import unicodedata
from typing import Annotated

import httpx
from fastapi import FastAPI, Request, status
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, StringConstraints

Word = StringConstraints(max_length=20, pattern=r"^\w+$")  # \w is Unicode-aware: "ａ" is a letter


def nfkc(value: object) -> object:  # runs first, so every later rule sees the canonical form
    return unicodedata.normalize("NFKC", value) if isinstance(value, str) else value


def not_reserved(name: str) -> str:
    if name.casefold() in {"admin", "root", "support"}:
        raise ValueError("this name is reserved")
    return name


class NaiveOrder(BaseModel):
    handle: Annotated[str, Word, AfterValidator(not_reserved)]
    amount: float  # NaN and Infinity are accepted by default


class Order(BaseModel):
    model_config = ConfigDict(allow_inf_nan=False)  # finite floats only
    handle: Annotated[str, BeforeValidator(nfkc), Word, AfterValidator(not_reserved)]
    amount: float


app = FastAPI()


@app.exception_handler(RequestValidationError)  # the default one echoes "input", and a NaN there
async def validation_failed(request: Request, exc: RequestValidationError) -> JSONResponse:
    detail = [{key: error[key] for key in ("type", "loc", "msg")} for error in exc.errors()]
    return JSONResponse({"detail": detail}, status.HTTP_422_UNPROCESSABLE_CONTENT)


@app.post("/naive")
async def naive(order: NaiveOrder) -> NaiveOrder:
    return order


@app.post("/orders")
async def create_order(order: Order) -> Order:
    return order


async def main() -> None:
    look_alike = '{"handle": "\uff41\uff44\uff4d\uff49\uff4e", "amount": NaN}'  # ａｄｍｉｎ
    cases = [("/naive", look_alike, 200), ("/orders", look_alike, 422)]
    cases += [("/orders", '{"handle": "ada\\n", "amount": 1e999}', 422)]  # 1e999 overflows to inf
    cases += [("/orders", '{"handle": "ada_l", "amount": 9.5}', 200)]
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        for path, body, expected in cases:
            r = await client.post(path, content=body, headers={"Content-Type": "application/json"})
            print(f"POST {path} {body} -> {r.status_code}")
            errors = r.json()["detail"] if r.status_code == 422 else []
            for line in [f"{e['loc'][-1]}: {e['type']} - {e['msg']}" for e in errors] or [r.text]:
                print("  ", line)
            assert r.status_code == expected
    print("Python's re would accept 'ada\\n':", bool(re.match(r"^\w+$", "ada\n")))


if __name__ == "__main__":
    asyncio.run(main())
