import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))


@pytest.fixture
def json_render_calls(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """The content of every `JSONResponse.render` call during the test, which still renders."""
    from starlette.responses import JSONResponse

    calls: list[object] = []
    render = JSONResponse.render

    def spy(self: JSONResponse, content: object) -> bytes:
        calls.append(content)
        return render(self, content)

    monkeypatch.setattr(JSONResponse, "render", spy)
    return calls
