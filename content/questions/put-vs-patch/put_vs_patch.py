# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""PUT replaces the whole profile; PATCH changes only the fields the client sent."""

import asyncio
import json

import httpx
from fastapi import FastAPI, HTTPException, Response, status
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ValidationError


class Profile(BaseModel):  # the full representation: what PUT must send
    name: str
    city: str
    bio: str | None = None


class ProfilePatch(BaseModel):  # every field optional: what PATCH may send
    name: str | None = None
    city: str | None = None
    bio: str | None = None


app = FastAPI()
profiles: dict[int, Profile] = {}


@app.put("/profiles/{profile_id}")
async def put_profile(profile_id: int, profile: Profile, response: Response) -> Profile:
    if profile_id not in profiles:
        response.status_code = status.HTTP_201_CREATED  # PUT may create at the client's URI
    profiles[profile_id] = profile  # omitted fields take their defaults: nothing is kept
    return profile


@app.patch("/profiles/{profile_id}")
async def patch_profile(profile_id: int, changes: ProfilePatch) -> Profile:
    if profile_id not in profiles:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "No such profile")
    sent = changes.model_dump(exclude_unset=True)  # only keys present in the JSON body
    try:  # validate the merged result, so {"name": null} cannot corrupt the record
        profiles[profile_id] = Profile.model_validate(profiles[profile_id].model_dump() | sent)
    except ValidationError as exc:
        raise RequestValidationError(exc.errors(include_url=False)) from exc
    return profiles[profile_id]


MEDIA_TYPES = {"PUT": "application/json", "PATCH": "application/merge-patch+json"}
STEPS = [
    ("PUT", {"name": "Ada", "city": "London", "bio": "Analyst"}, 201),
    ("PATCH", {"city": "Paris"}, 200),
    ("PUT", {"name": "Ada", "city": "Paris"}, 200),
    ("PUT", {"city": "Rome"}, 422),
    ("PATCH", {"bio": "Poet"}, 200),
    ("PATCH", {"bio": None}, 200),
    ("PATCH", {"name": None}, 422),
]


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        for method, body, expected in STEPS:
            headers = {"content-type": MEDIA_TYPES[method]}  # FastAPI reads any ...+json as JSON
            content = json.dumps(body)
            r = await client.request(method, "/profiles/1", content=content, headers=headers)
            errors = r.json().get("detail", []) if r.status_code >= 400 else []
            shown = [f"{e['loc'][-1]}: {e['msg']}" for e in errors] if errors else r.text
            print(f"{method} {json.dumps(body)} -> {r.status_code} {shown}")
            assert r.status_code == expected
    assert profiles[1] == Profile(name="Ada", city="Paris", bio=None)


if __name__ == "__main__":
    asyncio.run(main())
