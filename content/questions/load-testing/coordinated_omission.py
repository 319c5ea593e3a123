# /// script
# requires-python = ">=3.11"
# dependencies = []
# ///
"""Closed-loop versus open-loop load against a server that stalls for one second.

Time is simulated in whole milliseconds, so every run prints the same numbers.
"""

import math

SERVICE_MS = 10  # one request takes 10 ms of work
STALL = (1_000, 2_000)  # the server is frozen for this window (a GC pause, a lock)
INTERVAL_MS = 20  # the target load: one request every 20 ms (50 requests/s)
DURATION_MS = 3_000


class Server:
    """One worker, first come first served: a request starts when the worker is free."""

    def __init__(self) -> None:
        self.free_at = 0

    def handle(self, arrival: int) -> int:
        start = max(arrival, self.free_at)
        if STALL[0] <= start < STALL[1]:
            start = STALL[1]  # nothing is served during the stall
        self.free_at = start + SERVICE_MS
        return self.free_at  # the time the response is complete


def percentile(values: list[int], p: float) -> int:
    """Nearest-rank percentile: the smallest value with at least p% of values at or below it."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def closed_loop() -> list[int]:
    """One virtual user: send, wait for the response, then send the next (no earlier)."""
    server, now, latencies = Server(), 0, []
    while now < DURATION_MS:
        done = server.handle(now)
        latencies.append(done - now)
        now = max(done, now + INTERVAL_MS)  # the schedule slips while a response is late
    return latencies


def open_loop() -> list[int]:
    """Requests arrive on schedule whether or not earlier ones have finished."""
    server = Server()
    return [server.handle(t) - t for t in range(0, DURATION_MS, INTERVAL_MS)]


def report(name: str, latencies: list[int]) -> dict[str, int]:
    row = {"sent": len(latencies), **{f"p{p}": percentile(latencies, p) for p in (50, 90, 99)}}
    row["max"] = max(latencies)
    print(f"{name:<12}" + "  ".join(f"{key}={value:>4}" for key, value in row.items()))
    return row


print(f"Target: 1 request every {INTERVAL_MS} ms for {DURATION_MS} ms; stall {STALL} ms")
print("Latencies in simulated ms:")
closed = report("closed loop", closed_loop())
opened = report("open loop", open_loop())

assert closed["sent"] < opened["sent"] == DURATION_MS // INTERVAL_MS  # the closed test backed off
assert closed["p99"] == SERVICE_MS  # one slow sample among ~100: the p99 looks perfect
assert closed["max"] == opened["max"]  # both saw the worst request
assert opened["p90"] > 500  # but a tenth of scheduled requests really waited over half a second
