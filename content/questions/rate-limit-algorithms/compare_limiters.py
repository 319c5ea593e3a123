# /// script
# requires-python = ">=3.11"
# dependencies = []
# ///
"""Five limiters (4 requests per 8 s) replay one request pattern on a fake clock."""

from collections import deque


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


LIMIT, WINDOW = 4, 8.0
RATE = LIMIT / WINDOW  # 0.5 requests (tokens) per second


class FixedWindow:
    def __init__(self, clock: FakeClock) -> None:
        self.clock, self.slot, self.count = clock, -1, 0

    def allow(self) -> bool:
        slot = int(self.clock() // WINDOW)
        if slot != self.slot:
            self.slot, self.count = slot, 0
        self.count += 1
        return self.count <= LIMIT


class SlidingLog:
    def __init__(self, clock: FakeClock) -> None:
        self.clock, self.log = clock, deque[float]()

    def allow(self) -> bool:
        now = self.clock()
        while self.log and self.log[0] <= now - WINDOW:
            self.log.popleft()
        if len(self.log) >= LIMIT:
            return False
        self.log.append(now)
        return True


class SlidingWindowCounter(FixedWindow):
    previous = 0

    def allow(self) -> bool:
        now = self.clock()
        slot = int(now // WINDOW)
        if slot != self.slot:
            self.previous = self.count if slot == self.slot + 1 else 0
            self.slot, self.count = slot, 0
        weight = 1 - (now % WINDOW) / WINDOW  # share of the previous window still in view
        if self.previous * weight + self.count >= LIMIT:
            return False
        self.count += 1
        return True


class TokenBucket:
    def __init__(self, clock: FakeClock) -> None:
        self.clock, self.tokens, self.last = clock, float(LIMIT), clock()

    def allow(self) -> bool:
        now = self.clock()
        self.tokens = min(LIMIT, self.tokens + (now - self.last) * RATE)
        self.last = now
        if self.tokens < 1:
            return False
        self.tokens -= 1
        return True


class LeakyBucketQueue:
    """Shaping: queue up to LIMIT requests and release one every 1/RATE seconds."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock, self.next_free = clock, 0.0

    def allow(self) -> float | None:  # delay in seconds, or None when the queue is full
        now = self.clock()
        start = max(now, self.next_free)
        if (start - now) * RATE >= LIMIT:
            return None
        self.next_free = start + 1 / RATE
        return start - now


PATTERN = [7, 7, 7, 7, 8, 8, 8, 8, 12, 16]  # a burst either side of the t=8 boundary

clock = FakeClock()
limiters = {
    "fixed window": FixedWindow(clock),
    "sliding log": SlidingLog(clock),
    "sliding counter": SlidingWindowCounter(clock),
    "token bucket": TokenBucket(clock),
    "leaky (queue)": LeakyBucketQueue(clock),
}
results: dict[str, list[str]] = {name: [] for name in limiters}
for t in PATTERN:
    clock.now = float(t)
    for name, limiter in limiters.items():
        verdict = limiter.allow()
        if verdict is False or verdict is None:
            results[name].append("429")
        elif verdict is True or verdict == 0:
            results[name].append("200")
        else:
            results[name].append(f"+{verdict:g}s")  # accepted, but held in the queue

print(f"{'t (s)':<16}" + "".join(f"{t:>5}" for t in PATTERN))
for name, cells in results.items():
    print(f"{name:<16}" + "".join(f"{c:>5}" for c in cells))

assert results["fixed window"][:8] == ["200"] * 8  # 8 requests in about 1 second
assert results["sliding log"][4:9] == ["429"] * 5  # exact count over the last 8 s
assert results["sliding counter"][8] == "200"  # the estimate lets t=12 through
assert results["token bucket"][:4] == ["200"] * 4  # a full bucket absorbs the burst
assert results["leaky (queue)"][:4] == ["200", "+2s", "+4s", "+6s"]  # spaced out
