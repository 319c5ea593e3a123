# /// script
# requires-python = ">=3.11"
# dependencies = []
# ///
"""A worker dies mid-task: early ack loses the task, late ack runs it twice, and only an
idempotent task charges the customer exactly once."""

import sqlite3
from collections import deque


class Broker:
    """An in-memory queue with acknowledgements and a visibility timeout, on a fake clock."""

    def __init__(self, visibility_timeout: int) -> None:
        self.ready: deque[dict] = deque()
        self.unacked: dict[str, tuple[dict, int]] = {}  # task id -> (task, redeliver at)
        self.timeout, self.now = visibility_timeout, 0

    def receive(self) -> dict | None:
        for task, due in list(self.unacked.values()):
            if due <= self.now:  # never acknowledged in time: deliver it again
                self.ready.append(self.unacked.pop(task["id"])[0])
        if not self.ready:
            return None
        task = self.ready.popleft()
        self.unacked[task["id"]] = (task, self.now + self.timeout)
        return task

    def ack(self, task_id: str) -> None:
        self.unacked.pop(task_id, None)


def charge_task(db: sqlite3.Connection, task: dict, idempotent: bool) -> str:
    try:
        with db:  # one transaction: the charge and, if idempotent, the record that it ran
            if idempotent:
                db.execute("INSERT INTO done (task_id) VALUES (?)", (task["id"],))
            db.execute("INSERT INTO charges (order_id) VALUES (?)", (task["order"],))
        return "charged"
    except sqlite3.IntegrityError:  # the done row exists: a redelivered duplicate
        return "already done, skipped"


def attempt(broker: Broker, db: sqlite3.Connection, ack: str, idempotent: bool, dies: bool):
    task = broker.receive()
    if task is None:
        return "queue empty"
    if ack == "early":
        broker.ack(task["id"])  # acknowledged on receipt, before the work
        if dies:
            return "worker died before charging"
    outcome = charge_task(db, task, idempotent)
    if dies:
        return f"{outcome}, then the worker died before acking"
    broker.ack(task["id"])  # late ack: only once the work is done
    return outcome


def run(ack: str, idempotent: bool) -> int:
    db = sqlite3.connect(":memory:")
    db.executescript("CREATE TABLE done (task_id PRIMARY KEY); CREATE TABLE charges (order_id);")
    broker = Broker(visibility_timeout=30)
    broker.ready.append({"id": "task-1", "order": 7})
    outcomes = []
    for dies in (True, False):  # the first worker crashes, a second one takes over
        broker.now += 60
        outcomes.append(attempt(broker, db, ack, idempotent, dies))
    charges = db.execute("SELECT COUNT(*) FROM charges").fetchone()[0]
    print(f"{ack} ack, idempotent={idempotent}: {' | '.join(outcomes)} => {charges} charge(s)")
    return charges


if __name__ == "__main__":
    assert run("early", idempotent=False) == 0  # at most once: the task is lost
    assert run("late", idempotent=False) == 2  # at least once: the customer pays twice
    assert run("late", idempotent=True) == 1  # at least once, idempotent: exactly one charge
