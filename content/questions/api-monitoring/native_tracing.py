# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""FastAPI's built-in OpenTelemetry spans continue the trace named by a W3C traceparent header."""

import asyncio
import itertools
from contextlib import contextmanager
from typing import Any

import httpx
from fastapi import FastAPI
from opentelemetry import propagate, trace
from opentelemetry.trace import NonRecordingSpan, SpanContext, TraceFlags

ids = itertools.count(0xA1)  # predictable ids for the transcript; the SDK draws random ones
spans: list["Span"] = []


class Span(NonRecordingSpan):  # keeps names and parents; the OpenTelemetry SDK records far more
    def __init__(self, name: str, context: SpanContext, parent: SpanContext) -> None:
        super().__init__(context)
        self.name, self.parent = name, parent
        spans.append(self)

    def update_name(self, name: str) -> None:
        self.name = name


class Tracer(trace.Tracer):
    def start_span(self, name: str, context: Any = None, **_: Any) -> Span:
        parent = trace.get_current_span(context).get_span_context()
        trace_id = parent.trace_id if parent.is_valid else next(ids)
        own = SpanContext(trace_id, next(ids), False, TraceFlags(1), parent.trace_state)
        return Span(name, own, parent)

    @contextmanager
    def start_as_current_span(self, name: str, context: Any = None, **kwargs: Any) -> Any:
        with trace.use_span(self.start_span(name, context, **kwargs), end_on_exit=True) as span:
            yield span


class Provider(trace.TracerProvider):
    def get_tracer(self, *args: Any, **kwargs: Any) -> Tracer:
        return Tracer()


app = FastAPI(telemetry={"tracer_provider": Provider()})


@app.get("/orders/{order_id}")
async def read_order(order_id: int) -> dict[str, int]:
    outgoing: dict[str, str] = {}
    propagate.inject(outgoing)  # what a call to the next service would carry
    print("  forwards", outgoing)
    return {"id": order_id}


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        for caller_trace in ["4bf92f3577b34da6a3ce929d0e0e4736", "0" * 32]:  # valid, then invalid
            headers = {"traceparent": f"00-{caller_trace}-00f067aa0ba902b7-01", "tracestate": "a=1"}
            print("GET /orders/7", headers)
            assert (await client.get("/orders/7", headers=headers)).status_code == 200
            kept = spans[0].get_span_context().trace_id == int(caller_trace, 16)
            print(f"  trace {spans[0].get_span_context().trace_id:032x} (caller's kept: {kept})")
            assert kept == (int(caller_trace, 16) != 0)
            for span in spans:
                own, parent = span.get_span_context().span_id, span.parent.span_id
                print(f"  span {own:016x} parent {parent:016x} {span.name}")
            spans.clear()


if __name__ == "__main__":
    asyncio.run(main())
