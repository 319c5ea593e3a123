# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""One lookup offered two ways: a REST resource and a SOAP 1.2 operation, called side by side."""

import asyncio
import xml.etree.ElementTree as ET

import httpx
from fastapi import FastAPI, HTTPException, Request, Response, status

ENV = "http://www.w3.org/2003/05/soap-envelope"  # the SOAP 1.2 namespace
SHOP = "urn:example:books"
ET.register_namespace("env", ENV)
ET.register_namespace("b", SHOP)
BOOKS = {"42": {"title": "Dune", "price": "9.99"}}
app = FastAPI()


@app.get("/books/{book_id}")  # REST: the URL names the resource, the method says what to do
async def read_book(book_id: str, response: Response) -> dict[str, str]:
    if book_id not in BOOKS:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "No such book")
    response.headers["Cache-Control"] = "max-age=60"
    return BOOKS[book_id]


class NoDoctype(ET.TreeBuilder):
    def doctype(self, name: str, pubid: str, system: str) -> None:
        raise ValueError("a SOAP message must not contain a DTD")  # also stops entity bombs


def soap_reply(content: ET.Element, http_status: int = status.HTTP_200_OK) -> Response:
    envelope = ET.Element(f"{{{ENV}}}Envelope")
    ET.SubElement(envelope, f"{{{ENV}}}Body").append(content)
    return Response(ET.tostring(envelope), http_status, media_type="application/soap+xml")


def sender_fault(reason: str) -> Response:  # SOAP 1.2 over HTTP: Sender faults are 400
    fault = ET.Element(f"{{{ENV}}}Fault")
    ET.SubElement(ET.SubElement(fault, f"{{{ENV}}}Code"), f"{{{ENV}}}Value").text = "env:Sender"
    text = ET.SubElement(
        ET.SubElement(fault, f"{{{ENV}}}Reason"), f"{{{ENV}}}Text", {"xml:lang": "en"}
    )
    text.text = reason
    return soap_reply(fault, status.HTTP_400_BAD_REQUEST)


@app.post("/soap")  # SOAP: one endpoint; the element inside Body names the operation
async def soap_endpoint(request: Request) -> Response:
    parser = ET.XMLParser(target=NoDoctype())
    try:
        parser.feed(await request.body())
        call = parser.close().find(f"{{{ENV}}}Body/{{{SHOP}}}GetBook")
    except (ValueError, ET.ParseError) as error:
        return sender_fault(str(error))
    book_id = call.findtext(f"{{{SHOP}}}id", "") if call is not None else ""
    if book_id not in BOOKS:
        return sender_fault("No such book")
    result = ET.Element(f"{{{SHOP}}}GetBookResponse")
    for field, value in BOOKS[book_id].items():
        ET.SubElement(result, f"{{{SHOP}}}{field}").text = value
    return soap_reply(result)


def soap_request(book_id: str) -> str:
    return (
        f'<env:Envelope xmlns:env="{ENV}"><env:Body>'
        f'<b:GetBook xmlns:b="{SHOP}"><b:id>{book_id}</b:id></b:GetBook>'
        "</env:Body></env:Envelope>"
    )


def pretty(xml_text: str) -> str:
    element = ET.fromstring(xml_text)  # our own server's reply, so safe to parse here
    ET.indent(element, "  ")
    return ET.tostring(element, encoding="unicode")


def report(call: str, r: httpx.Response, body: str) -> None:
    cache = r.headers.get("cache-control")
    print(f"{call} -> {r.status_code}, {len(r.content)} bytes, Cache-Control: {cache}\n{body}\n")


async def main() -> None:
    soap_type = {"Content-Type": 'application/soap+xml; charset=utf-8; action="urn:GetBook"'}
    bomb = '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>' + soap_request("&a;")
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        r = await client.get("/books/42")
        report("REST GET /books/42", r, r.text)
        print(f"SOAP request body, sent as {soap_type['Content-Type']}:")
        print(pretty(soap_request("42")), end="\n\n")
        for label, body in [("42", soap_request("42")), ("7", soap_request("7")), ("DTD", bomb)]:
            r = await client.post("/soap", content=body, headers=soap_type)
            report(f"SOAP POST /soap GetBook({label})", r, pretty(r.text))
            assert r.status_code == (200 if label == "42" else 400)


if __name__ == "__main__":
    asyncio.run(main())
