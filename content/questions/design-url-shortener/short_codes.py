# /// script
# requires-python = ">=3.11"
# dependencies = []
# ///
"""Three ways to make short codes, and the arithmetic that decides between them."""

import hashlib
import random
import string

BASE62 = string.digits + string.ascii_letters
LENGTH = 7
SPACE = len(BASE62) ** LENGTH


def base62(number: int) -> str:
    digits = ""
    while True:
        number, remainder = divmod(number, 62)
        digits = BASE62[remainder] + digits
        if number == 0:
            return digits


def from_counter(sequence: int) -> str:  # unique by construction, but in order
    return base62(sequence)


def at_random(rng: random.Random) -> str:  # production: secrets.choice, not a seeded Random
    return "".join(rng.choice(BASE62) for _ in range(LENGTH))


def from_hash(url: str) -> str:  # same URL, same code: collisions are possible and must be checked
    return base62(int.from_bytes(hashlib.sha256(url.encode()).digest()[:8]) % SPACE).zfill(LENGTH)


def main() -> None:
    print(f"{LENGTH} base62 characters: {SPACE:,} codes")
    print(
        "counter:",
        [from_counter(n) for n in range(1_000_000, 1_000_003)],
        "- the next is guessable",
    )
    rng = random.Random(2026)
    print("random: ", [at_random(rng) for _ in range(3)], "- must be checked against taken codes")
    a, b = from_hash("https://example.com/a"), from_hash("https://example.com/a")
    print("hash:   ", [a, b, from_hash("https://example.com/b")], "- repeats for the same URL")
    assert a == b and len(a) == LENGTH

    for issued in (10**6, 10**9, 10**11):  # odds that one new random code is already taken
        odds, total = issued / SPACE, issued**2 / (2 * SPACE)  # total: expected clashes so far
        print(f"{issued:>15,} issued: a new code clashes with p = {odds:.1e}, ~{total:,.0f} so far")

    taken, redraws = set(), 0  # the same retry loop in a space of 62**2 = 3,844 codes
    for _ in range(2_000):
        code = at_random(rng)[:2]
        while code in taken:  # the unique constraint refuses it: draw again
            redraws += 1
            code = at_random(rng)[:2]
        taken.add(code)
    print(
        f"2,000 two-character codes needed {redraws:,} redraws: fill the space and retries explode"
    )
    assert len(taken) == 2_000 and redraws > 0


if __name__ == "__main__":
    main()
