"""Claims made on content/questions/rate-limit-algorithms/; each fails if a release changes them.

Django REST framework is installed in the latest version set only; the browser set skips these.
"""

import pytest

pytest.importorskip("rest_framework")

from django.conf import settings
from drf_settings import configure

if not settings.configured:
    configure()

from django.core.cache import cache
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.test import APIRequestFactory
from rest_framework.throttling import SimpleRateThrottle
from rest_framework.views import APIView

PAGE = "rate-limit-algorithms"


class Clock:
    now = 1_000.0


class ThreePerMinute(SimpleRateThrottle):
    rate = "3/min"
    timer = staticmethod(lambda: Clock.now)

    def get_cache_key(self, request: object, view: object) -> str:
        return "throttle-test-client"


def test_drf_rate_throttles_keep_a_sliding_log_of_timestamps_in_the_cache() -> None:
    """DRF's rate throttles store a per-client list of request times: a sliding log."""
    cache.clear()
    decisions = []
    for t in (0, 30, 59, 60, 61):  # the request at t=0 ages out at t=60, not at a boundary
        Clock.now = 1_000.0 + t
        decisions.append(ThreePerMinute().allow_request(None, None))
    assert decisions == [True, True, True, True, False]
    assert cache.get("throttle-test-client") == [1_060.0, 1_059.0, 1_030.0]


def test_drf_throttles_reject_with_429_and_retry_after() -> None:
    """A throttled DRF view answers 429 with a Retry-After header, not a delay."""
    cache.clear()
    Clock.now = 2_000.0

    class Quotes(APIView):
        authentication_classes = ()
        permission_classes = (AllowAny,)
        throttle_classes = (ThreePerMinute,)

        def get(self, request: object) -> Response:
            return Response({"quote": "ok"})

    view = Quotes.as_view()
    statuses = [view(APIRequestFactory().get("/quotes")) for _ in range(4)]
    assert [r.status_code for r in statuses] == [200, 200, 200, 429]
    assert int(statuses[-1]["Retry-After"]) > 0


def test_drf_reads_decides_and_writes_separately_so_concurrent_requests_both_pass() -> None:
    """DRF reads the history, decides and writes it back as separate steps: two requests that
    both read "one left" are both admitted, and one write overwrites the other."""
    cache.clear()
    Clock.now = 3_000.0
    assert ThreePerMinute().allow_request(None, None)
    assert ThreePerMinute().allow_request(None, None)  # two of three used

    class Interleaved(ThreePerMinute):
        def throttle_success(self) -> bool:  # another request runs between read and write
            assert ThreePerMinute().allow_request(None, None)
            return super().throttle_success()

    assert Interleaved().allow_request(None, None)  # a fourth request admitted: limit is 3
    assert len(cache.get("throttle-test-client")) == 3  # and one of the two writes was lost
