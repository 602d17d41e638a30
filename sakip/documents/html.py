"""Short documents printed from their screen HTML to PDF with WeasyPrint (the IKU, the PK).

The screen page and the PDF include the same template fragment, so they cannot disagree; the document
stylesheet (``static/sakip/dokumen.css``) is inlined. WeasyPrint (and Pango behind it) is imported on
first use: the other formats and every command's start-up do without it.
"""

from __future__ import annotations

from functools import cache

from django.contrib.staticfiles import finders
from django.template.loader import render_to_string

from sakip.core.teks import bersihkan


@cache
def document_css() -> str:
    path = finders.find("sakip/dokumen.css")
    assert isinstance(path, str), "sakip/dokumen.css is a static file of sakip.documents"
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def html_to_pdf(template: str, context: dict) -> bytes:
    """Render ``template`` with the document stylesheet inlined and print it to PDF with WeasyPrint."""
    from weasyprint import HTML  # lazily: loading Pango costs time the other formats do not need

    html = bersihkan(render_to_string(template, {**context, "css": document_css()}))  # old data's control characters
    pdf: bytes = HTML(string=html).write_pdf()
    return pdf
