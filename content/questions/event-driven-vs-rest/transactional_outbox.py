# /// script
# requires-python = ">=3.11"
# dependencies = []
# ///
"""The transactional outbox: an order and its event commit or roll back together, a relay
publishes them, and the consumer drops the duplicate a relay crash produces."""

import json
import sqlite3

orders_db = sqlite3.connect(":memory:")  # owned by the orders service
orders_db.executescript("""
    CREATE TABLE stock (item TEXT PRIMARY KEY, available INTEGER CHECK (available >= 0));
    CREATE TABLE orders (id INTEGER PRIMARY KEY, item TEXT, quantity INTEGER);
    CREATE TABLE outbox (seq INTEGER PRIMARY KEY, event_id TEXT UNIQUE, body TEXT,
                         published INTEGER DEFAULT 0);
    INSERT INTO stock VALUES ('pen', 5), ('ink', 3);
""")
shipping_db = sqlite3.connect(":memory:")  # owned by the shipping service
shipping_db.executescript(
    "CREATE TABLE seen (event_id TEXT PRIMARY KEY); CREATE TABLE shipments (order_id INTEGER);"
)
broker: list[dict] = []  # stands in for Kafka, RabbitMQ or SQS


def place_order(item: str, quantity: int) -> str:
    try:
        with orders_db:  # one local transaction: the order, its event and the stock change
            sql = "INSERT INTO orders (item, quantity) VALUES (?, ?)"
            order_id = orders_db.execute(sql, (item, quantity)).lastrowid
            event = {"type": "order.placed", "order_id": order_id, "item": item}
            sql = "INSERT INTO outbox (event_id, body) VALUES (?, ?)"
            orders_db.execute(sql, (f"order-{order_id}", json.dumps(event)))
            sql = "UPDATE stock SET available = available - ? WHERE item = ?"
            orders_db.execute(sql, (quantity, item))  # fails the CHECK when stock runs out
        return f"order {order_id} placed"
    except sqlite3.IntegrityError:
        return "rejected: no order row and no event were written"


def relay(crash_after_publishing: bool = False) -> None:
    sql = "SELECT seq, event_id, body FROM outbox WHERE published = 0 ORDER BY seq"
    for seq, event_id, body in orders_db.execute(sql).fetchall():
        broker.append({"id": event_id, **json.loads(body)})  # publish
        if crash_after_publishing:
            return  # the relay dies before marking the row, so it is published again later
        with orders_db:
            orders_db.execute("UPDATE outbox SET published = 1 WHERE seq = ?", (seq,))


def consume(event: dict) -> str:
    try:
        with shipping_db:  # the dedup record and the effect commit together
            shipping_db.execute("INSERT INTO seen VALUES (?)", (event["id"],))
            shipping_db.execute("INSERT INTO shipments VALUES (?)", (event["order_id"],))
        return "shipment created"
    except sqlite3.IntegrityError:
        return "duplicate ignored"


if __name__ == "__main__":
    for item, quantity in [("pen", 2), ("ink", 5), ("ink", 1)]:
        print(f"place {quantity} x {item}: {place_order(item, quantity)}")
    relay(crash_after_publishing=True)
    relay()
    for event in broker:
        print(f"deliver {event['id']}: {consume(event)}")
    orders, events, unpublished = orders_db.execute(
        "SELECT (SELECT COUNT(*) FROM orders), (SELECT COUNT(*) FROM outbox),"
        " (SELECT COUNT(*) FROM outbox WHERE published = 0)"
    ).fetchone()
    shipments = shipping_db.execute("SELECT COUNT(*) FROM shipments").fetchone()[0]
    print(f"orders: {orders}, outbox rows: {events} ({unpublished} unpublished),", end=" ")
    print(f"deliveries: {len(broker)}, shipments: {shipments}")
    assert (orders, events, unpublished, len(broker), shipments) == (2, 2, 0, 3, 2)
