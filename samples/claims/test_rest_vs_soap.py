"""Claims on content/questions/rest-vs-soap/; each fails if a release changes it."""

import xml.etree.ElementTree as ET

import pytest
from asgi import call
from fastapi import FastAPI, Response

PAGE = "rest-vs-soap"


class NoDoctype(ET.TreeBuilder):
    def doctype(self, name: str, pubid: str, system: str) -> None:
        raise ValueError("DTD")


def test_doctype_hook_refuses_a_dtd_before_entities_expand() -> None:
    """ElementTree calls the target's `doctype` hook on a DTD; raising there stops the parse."""
    expanded: list[str] = []

    class Recorder(NoDoctype):
        def data(self, text: str) -> None:
            expanded.append(text)
            super().data(text)

    parser = ET.XMLParser(target=Recorder())
    with pytest.raises(ValueError, match="DTD"):
        parser.feed(b'<!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>')
        parser.close()
    assert expanded == []


def test_a_message_without_a_dtd_still_parses() -> None:
    """The hook does not disturb ordinary, DTD-free messages."""
    parser = ET.XMLParser(target=NoDoctype())
    parser.feed(b'<e:Envelope xmlns:e="urn:x"><e:Body/></e:Envelope>')
    assert parser.close().tag == "{urn:x}Envelope"


def test_fastapi_adds_no_cache_control_by_default() -> None:
    """A FastAPI response carries no caching information unless the handler sets it."""
    app = FastAPI()

    @app.post("/soap")
    async def soap() -> Response:
        return Response(b"<x/>", media_type="application/soap+xml")

    response = call(app, "POST", "/soap", content=b"<x/>")
    assert "cache-control" not in response.headers
    assert response.headers["content-type"] == "application/soap+xml"
