"""Documents as files: one entry point that turns a computed document structure into JSON, Word or PDF.

The command lines (``sakip iku``, ``sakip pk``) and the download views call the same function, so a
file downloaded from a page and one written by a command are the same bytes for the same data.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from django.contrib.staticfiles import finders
from django.template.loader import render_to_string

from sakip.domain.reporting.iku import IkuDokumen
from sakip.domain.reporting.iku_word import iku_docx

FORMATS = {
    "json": ("application/json", "JSON"),
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word"),
    "pdf": ("application/pdf", "PDF"),
}


@dataclass(frozen=True)
class Berkas:
    isi: bytes
    content_type: str
    nama: str


def as_json_bytes(data: dict) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode()


@cache
def document_css() -> str:
    with open(finders.find("sakip/dokumen.css"), encoding="utf-8") as handle:
        return handle.read()


def html_to_pdf(template: str, context: dict) -> bytes:
    """Render ``template`` with the document stylesheet inlined and print it to PDF with WeasyPrint."""
    from weasyprint import HTML  # imported here: loading Pango costs time the other formats don't need

    html = render_to_string(template, {**context, "css": document_css()})
    return HTML(string=html).write_pdf()


def berkas(dok, fmt: str, *, docx: Callable[[object], bytes], pdf_template: str = "",
           pdf: Callable[[object], bytes] | None = None) -> Berkas:
    """``dok`` (any document structure with ``as_json()`` and ``nama_berkas``) as a file in ``fmt``."""
    if fmt == "json":
        isi = as_json_bytes(dok.as_json())
    elif fmt == "docx":
        isi = docx(dok)
    elif fmt == "pdf":
        isi = pdf(dok) if pdf else html_to_pdf(pdf_template, {"dok": dok})
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return Berkas(isi, FORMATS[fmt][0], f"{dok.nama_berkas}.{fmt}")


def berkas_iku(dok: IkuDokumen, fmt: str) -> Berkas:
    return berkas(dok, fmt, docx=iku_docx, pdf_template="reporting/iku_pdf.html")


def unduhan(berkas: Berkas):
    """The file as a download response (``Content-Disposition: attachment``)."""
    from django.http import HttpResponse

    response = HttpResponse(berkas.isi, content_type=berkas.content_type)
    response["Content-Disposition"] = f'attachment; filename="{berkas.nama}"'
    return response
