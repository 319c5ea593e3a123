# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Router -> service -> repository: the business rule is tested with no HTTP and no database."""

import asyncio
from typing import Annotated, Protocol

import httpx
from fastapi import APIRouter, Depends, FastAPI, HTTPException, status
from pydantic import BaseModel, Field


class User(BaseModel):
    id: int
    email: str


# --- repository: the only layer that knows how users are stored ---------------------------
class UserRepository(Protocol):
    def find_by_email(self, email: str) -> User | None: ...
    def add(self, email: str) -> User: ...


class InMemoryUsers:  # in production: a SQLAlchemy-backed class with the same two methods
    def __init__(self) -> None:
        self.rows: list[User] = []

    def find_by_email(self, email: str) -> User | None:
        return next((u for u in self.rows if u.email == email), None)

    def add(self, email: str) -> User:
        self.rows.append(User(id=len(self.rows) + 1, email=email))
        return self.rows[-1]


# --- service: business rules, no HTTP types anywhere ----------------------------------------
class EmailTaken(Exception): ...


class UserService:
    def __init__(self, users: UserRepository) -> None:
        self.users = users

    def register(self, email: str) -> User:
        """Registers a user; emails are unique, compared case-insensitively."""
        normalized = email.strip().lower()
        if self.users.find_by_email(normalized) is not None:
            raise EmailTaken(normalized)
        return self.users.add(normalized)


# --- router: translates HTTP to service calls and domain errors to status codes ------------
storage = InMemoryUsers()


def get_service() -> UserService:
    return UserService(storage)


router = APIRouter(prefix="/users", tags=["users"])


class Registration(BaseModel):  # EmailStr would check more, but needs email-validator
    email: str = Field(max_length=254, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@router.post("", status_code=status.HTTP_201_CREATED)  # plain def: the repository may block
def register_user(
    body: Registration, service: Annotated[UserService, Depends(get_service)]
) -> User:
    """Create an account. Answers 409 if the email is already registered."""
    try:
        return service.register(body.email)
    except EmailTaken:
        raise HTTPException(status.HTTP_409_CONFLICT, "Email already registered") from None


app = FastAPI()
app.include_router(router)


def test_register_rejects_a_duplicate_email_in_any_case() -> None:
    service = UserService(InMemoryUsers())  # a fake repository: no HTTP, no database
    service.register("ada@example.com")
    try:
        service.register("  ADA@example.com ")
        raise AssertionError("duplicate accepted")
    except EmailTaken as error:
        print("unit test: duplicate rejected by the service:", error)


async def main() -> None:
    test_register_rejects_a_duplicate_email_in_any_case()
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        for email in ["grace@example.com", "Grace@Example.com", "not-an-email"]:
            r = await client.post("/users", json={"email": email})
            shown = r.json()["detail"][0]["type"] if r.status_code == 422 else r.json()
            print(f"POST /users {email!r} -> {r.status_code} {shown}")
    assert [u.email for u in storage.rows] == ["grace@example.com"]


if __name__ == "__main__":
    asyncio.run(main())
