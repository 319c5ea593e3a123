"""In-memory OpenTelemetry providers built on opentelemetry-api alone (the SDK is not installed in
the sample venvs), so claim checks can see the spans and metrics FastAPI's built-in telemetry
emits. Ids are sequential, so assertions are deterministic."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from opentelemetry import trace
from opentelemetry.trace import NonRecordingSpan, SpanContext, StatusCode, TraceFlags


class RecordedSpan(NonRecordingSpan):
    def __init__(self, name: str, context: SpanContext, parent: SpanContext, attrs: Any) -> None:
        super().__init__(context)
        self.name, self.parent, self.attributes = name, parent, dict(attrs or {})
        self.kind: Any = None
        self.status: StatusCode = StatusCode.UNSET

    def is_recording(self) -> bool:
        return True

    def set_attribute(self, key: str, value: Any) -> None:
        self.attributes[key] = value

    def set_attributes(self, attributes: Any) -> None:
        self.attributes.update(attributes)

    def update_name(self, name: str) -> None:
        self.name = name

    def set_status(self, status: Any, description: str | None = None) -> None:
        self.status = status if isinstance(status, StatusCode) else status.status_code


class MemoryTracerProvider(trace.TracerProvider, trace.Tracer):
    """Both provider and tracer: get_tracer returns itself; every started span is kept in order."""

    def __init__(self) -> None:
        self.spans: list[RecordedSpan] = []
        self._ids = itertools.count(1)

    def get_tracer(self, *args: Any, **kwargs: Any) -> MemoryTracerProvider:
        return self

    def start_span(
        self, name: str, context: Any = None, kind: Any = None, attributes: Any = None, **_: Any
    ) -> RecordedSpan:
        parent = trace.get_current_span(context).get_span_context()
        trace_id = parent.trace_id if parent.is_valid else next(self._ids)
        own = SpanContext(trace_id, next(self._ids), False, TraceFlags(1), parent.trace_state)
        span = RecordedSpan(name, own, parent, attributes)
        span.kind = kind
        self.spans.append(span)
        return span

    @contextmanager
    def start_as_current_span(
        self,
        name: str,
        context: Any = None,
        kind: Any = None,
        attributes: Any = None,
        record_exception: bool = True,
        set_status_on_exception: bool = True,
        end_on_exit: bool = True,
        **_: Any,
    ) -> Iterator[Any]:
        """Honours the flags as the SDK does: FastAPI turns off set_status_on_exception for its
        operation spans and decides their status itself."""
        span = self.start_span(name, context, kind=kind, attributes=attributes)
        with trace.use_span(span, end_on_exit, record_exception, set_status_on_exception) as used:
            yield used

    def named(self, name: str) -> RecordedSpan:
        return next(s for s in self.spans if s.name == name)


class Instrument:
    def __init__(self, kind: str, name: str, unit: str, **options: Any) -> None:
        self.kind, self.name, self.unit, self.options = kind, name, unit, options
        self.points: list[tuple[float, dict[str, Any]]] = []

    def record(self, value: float, attributes: Any = None, context: Any = None) -> None:
        self.points.append((value, dict(attributes or {})))

    add = record


class MemoryMeterProvider:
    """Duck-typed MeterProvider and Meter: keeps every instrument FastAPI creates, by name."""

    def __init__(self) -> None:
        self.instruments: dict[str, Instrument] = {}

    def get_meter(self, *args: Any, **kwargs: Any) -> MemoryMeterProvider:
        return self

    def _create(self, kind: str, name: str, unit: str = "", **options: Any) -> Instrument:
        return self.instruments.setdefault(name, Instrument(kind, name, unit, **options))

    def create_histogram(self, name: str, unit: str = "", **options: Any) -> Instrument:
        return self._create("histogram", name, unit, **options)

    def create_up_down_counter(self, name: str, unit: str = "", **options: Any) -> Instrument:
        return self._create("up_down_counter", name, unit, **options)


class MemoryLoggerProvider:
    """Duck-typed LoggerProvider and Logger: keeps the event name of every record FastAPI emits."""

    def __init__(self) -> None:
        self.events: list[str | None] = []

    def get_logger(self, *args: Any, **kwargs: Any) -> MemoryLoggerProvider:
        return self

    def emit(self, record: Any = None, **fields: Any) -> None:
        self.events.append(fields.get("event_name"))
