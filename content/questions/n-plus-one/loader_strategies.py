# /// script
# requires-python = ">=3.11"
# dependencies = ["sqlalchemy"]
# ///
"""Count the SQL statements each relationship loading strategy sends for the same page."""

import re
from collections import Counter

from sqlalchemy import ForeignKey, create_engine, event, orm, select
from sqlalchemy.exc import InvalidRequestError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship


class Base(DeclarativeBase): ...


class Author(Base):
    __tablename__ = "authors"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    books: Mapped[list["Book"]] = relationship()  # default lazy="select": load on first access


class Book(Base):
    __tablename__ = "books"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str]
    author_id: Mapped[int] = mapped_column(ForeignKey("authors.id"))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
sent: list[str] = []  # every statement the driver executes, as the database receives it


@event.listens_for(engine, "before_cursor_execute")
def record(conn, cursor, statement: str, *args) -> None:
    sent.append(re.sub(r"SELECT .*? FROM", "SELECT ... FROM", " ".join(statement.split())))


with Session(engine) as session:
    session.add_all(
        Author(name=f"author {a}", books=[Book(title=f"book {a}.{b}") for b in range(3)])
        for a in range(10)
    )
    session.commit()


def list_authors(label: str, *options) -> int:
    sent.clear()
    with Session(engine) as session:
        result = session.execute(select(Author).order_by(Author.id).options(*options))
        authors = result.scalars().unique().all()  # unique(): required once a collection is joined
        try:
            page = {author.name: [book.title for book in author.books] for author in authors}
        except InvalidRequestError as error:
            print(f"{label}: refused -> {error}")
            return len(sent)
    books = sum(map(len, page.values()))
    print(f"{label}: {len(page)} authors, {books} books, statements sent: {len(sent)}")
    for statement, times in Counter(sent).items():
        print(f"  {times} x {statement}")
    return len(sent)


assert list_authors("lazy (the default)") == 11  # 1 for the authors + 1 per author
assert list_authors("selectinload", orm.selectinload(Author.books)) == 2
assert list_authors("joinedload", orm.joinedload(Author.books)) == 1
assert list_authors("raiseload", orm.raiseload(Author.books)) == 1  # fails loudly instead
