"""Every page that states how FastAPI, Starlette or Pydantic behave is backed by a claims file.

A claims file is samples/claims/test_<slug with underscores>.py; it sets PAGE to the page's slug
and holds one test per library-behaviour or version claim the page makes, so that a release that
changes the behaviour fails here instead of silently making the page wrong.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from sample_files import QUESTIONS, ROOT

CLAIMS = ROOT / "samples" / "claims"
LIBRARIES = re.compile(r"\b(FastAPI|Starlette|Pydantic)\b")


def prose(page: Path) -> str:
    """The page's body without frontmatter, code fences and JSX tags."""
    text = page.read_text().split("---", 2)[2]
    text = re.sub(r"^```.*?^```", "", text, flags=re.S | re.M)
    return re.sub(r"<[A-Z][^>]*/>", "", text)


def claims_files() -> dict[str, Path]:
    return {p.stem.removeprefix("test_").replace("_", "-"): p for p in CLAIMS.glob("test_*.py")}


def claim_tests_in(path: Path) -> list[str]:
    body = ast.parse(path.read_text()).body
    return [n.name for n in body if isinstance(n, ast.FunctionDef) and n.name.startswith("test_")]


def page_constant(path: Path) -> str | None:
    for node in ast.parse(path.read_text()).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "PAGE" for t in node.targets
        ):
            return ast.literal_eval(node.value)
    return None


def test_every_claims_file_names_its_existing_page() -> None:
    for slug, path in claims_files().items():
        assert page_constant(path) == slug, f"{path.name}: set PAGE = {slug!r}"
        assert (QUESTIONS / slug / "index.mdx").exists(), f"{path.name}: no page {slug}"
        assert claim_tests_in(path), f"{path.name} has no test functions"


def test_every_page_about_fastapi_starlette_or_pydantic_has_claims() -> None:
    files = claims_files()
    missing = [
        page.parent.name
        for page in sorted(QUESTIONS.glob("*/index.mdx"))
        if LIBRARIES.search(prose(page)) and page.parent.name not in files
    ]
    assert not missing, (
        "pages that describe FastAPI, Starlette or Pydantic behaviour without a claims file "
        f"(samples/claims/test_<slug>.py): {missing}"
    )
