"""Claims made on content/questions/multi-tenancy/; each fails if a release changes them."""

from asgi import call
from fastapi import FastAPI
from sqlalchemy import Engine, create_engine, delete, event, select, text, update
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    ORMExecuteState,
    Session,
    mapped_column,
    with_loader_criteria,
)

PAGE = "multi-tenancy"


class Base(DeclarativeBase):
    pass


class Project(Base):
    __tablename__ = "projects"
    id: Mapped[int] = mapped_column(primary_key=True)
    tenant_id: Mapped[str]
    name: Mapped[str]


def tenant_session(engine: Engine, tenant: str, *, selects_only: bool = True) -> Session:
    session = Session(engine)

    @event.listens_for(session, "do_orm_execute")
    def scope_to_tenant(state: ORMExecuteState) -> None:
        if state.is_select or (not selects_only and (state.is_update or state.is_delete)):
            criteria = with_loader_criteria(Project, lambda cls: cls.tenant_id == tenant)
            state.statement = state.statement.options(criteria)

    return session


def two_tenant_engine() -> Engine:
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    with Session(engine) as setup:
        setup.add_all([Project(tenant_id=t, name=n) for t, n in [("acme", "a"), ("globex", "g")]])
        setup.commit()
    return engine


def test_with_loader_criteria_scopes_orm_selects_but_not_textual_sql() -> None:
    """`with_loader_criteria` in a do_orm_execute hook filters ORM SELECTs; `text()` and
    statements against the `Table` object bypass it."""
    engine = two_tenant_engine()
    with tenant_session(engine, "acme") as session:
        assert session.scalars(select(Project.name)).all() == ["a"]
        assert session.get(Project, 2) is None  # globex's row, loaded by primary key
        assert session.execute(text("SELECT count(*) FROM projects")).scalar() == 2
        table = Project.__table__
        assert session.scalars(select(table.c.name)).all() == ["a", "g"]


def test_bulk_update_and_delete_are_scoped_only_if_the_hook_covers_them() -> None:
    """A hook that checks `is_select` alone leaves ORM `update(Project)` and `delete(Project)`
    unscoped; applying the same option to them filters them too."""
    engine = two_tenant_engine()
    with tenant_session(engine, "acme") as session:
        assert session.execute(update(Project).values(name="x")).rowcount == 2
        session.rollback()
    with tenant_session(engine, "acme", selects_only=False) as session:
        assert session.execute(update(Project).values(name="x")).rowcount == 1
        assert session.execute(delete(Project)).rowcount == 1
        session.rollback()


def test_fastapi_ignores_undeclared_headers() -> None:
    """A header the route does not declare, such as X-Tenant-ID, cannot influence it."""
    app = FastAPI()

    @app.get("/whoami")
    async def whoami() -> dict[str, str]:
        return {"tenant": "acme"}

    response = call(app, "GET", "/whoami", headers={"X-Tenant-ID": "globex"})
    assert response.json() == {"tenant": "acme"}
