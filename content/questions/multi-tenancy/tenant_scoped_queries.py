# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""The tenant comes from the verified credential, never the request, and every query is scoped."""

import asyncio
import sqlite3
from typing import Annotated

import httpx
from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

# Stand-in for verified token claims: in production, decode the JWT and read its tenant claim.
TOKENS = {"tok-alice": {"sub": "alice", "tid": "acme"}, "tok-bob": {"sub": "bob", "tid": "globex"}}
db = sqlite3.connect(":memory:")
db.executescript("""
    CREATE TABLE projects (tenant_id TEXT NOT NULL, id INTEGER NOT NULL, name TEXT NOT NULL,
                           PRIMARY KEY (tenant_id, id));
    INSERT INTO projects VALUES ('acme', 1, 'Website'), ('acme', 2, 'Payroll'),
                                ('globex', 1, 'Website'), ('globex', 3, 'Merger plans');
""")


class TenantProjects:
    """The only way routes reach the table, so no query can leave out the tenant filter."""

    def __init__(self, tenant_id: str) -> None:
        self.tenant_id = tenant_id

    def find(self, project_id: int | None = None) -> list[dict]:
        sql, params = "SELECT id, name FROM projects WHERE tenant_id = ?", [self.tenant_id]
        if project_id is not None:
            sql, params = sql + " AND id = ?", [*params, project_id]
        return [{"id": i, "name": n} for i, n in db.execute(sql + " ORDER BY id", params)]


def tenant_projects(
    creds: Annotated[HTTPAuthorizationCredentials, Depends(HTTPBearer())],
) -> TenantProjects:
    if (claims := TOKENS.get(creds.credentials)) is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, headers={"WWW-Authenticate": "Bearer"})
    return TenantProjects(claims["tid"])  # no header, path or body field can change this


Projects = Annotated[TenantProjects, Depends(tenant_projects)]
app = FastAPI()


@app.get("/projects")
async def list_projects(projects: Projects) -> list[dict]:
    return projects.find()


@app.get("/projects/{project_id}")
async def read_project(project_id: int, projects: Projects) -> dict:
    if not (found := projects.find(project_id)):  # another tenant's row looks like no row
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Project not found")
    return found[0]


async def main() -> None:
    cases = [  # (token, extra headers, path, expected status)
        ("tok-alice", {}, "/projects", 200),
        ("tok-alice", {}, "/projects/3", 404),  # globex's project
        ("tok-alice", {"X-Tenant-ID": "globex"}, "/projects", 200),  # ignored: still acme's
        ("tok-bob", {}, "/projects/1", 200),  # same id as acme's project 1, different row
    ]
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        for tok, extra, path, expected in cases:
            response = await client.get(path, headers={"Authorization": f"Bearer {tok}", **extra})
            sent = "".join(f" {k}: {v}" for k, v in extra.items())
            print(f"{tok:<9} GET {path}{sent} -> {response.status_code} {response.text}")
            assert response.status_code == expected


if __name__ == "__main__":
    asyncio.run(main())
