"""Long documents (SKM report, LKjIP) as a list of sections that both Word and PDF render.

A section has a heading and parts: paragraphs (str), tables (``Tabel``) and pictures (``Gambar``,
PNG bytes from ``reporting.grafik``). Every figure is formatted before it gets here, so the Word
file and the PDF show the same text. Wide tables can ask for a landscape page.
"""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass, field

from docx.enum.section import WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm

from sakip.reporting.docx_builder import DocxBuilder


@dataclass
class Tabel:
    judul: str
    kepala: tuple[str, ...]
    baris: list[tuple[str, ...]]
    lebar: bool = False  # wide: put it on a landscape page


@dataclass
class Gambar:
    judul: str
    png: bytes

    @property
    def base64(self) -> str:
        return base64.b64encode(self.png).decode()


@dataclass
class Bagian:
    judul: str
    isi: list = field(default_factory=list)  # str, Tabel, Gambar
    tingkat: int = 1


@dataclass(frozen=True)
class TandaTangan:
    tempat_tanggal: str
    jabatan: str
    nama: str
    nip: str


def naskah_docx(judul: tuple[str, ...], bagian: list[Bagian], *, daftar_isi: bool = False,
                tanda_tangan: dict[str, TandaTangan] | None = None) -> bytes:
    """Render sections to Word: real headings (so a table of contents works), tables with repeated
    header rows, landscape pages for wide tables, pictures; ``tanda_tangan`` maps a section title to
    the signature printed at its end."""
    doc = DocxBuilder(landscape=False, font_size=11, title=" ".join(judul))
    doc.heading(judul, size=14)
    if daftar_isi:
        doc.document.add_heading("DAFTAR ISI", level=1)
        _toc(doc)
        doc.page_break()
    for section in bagian:
        doc.document.add_heading(section.judul, level=section.tingkat)
        for part in section.isi:
            if isinstance(part, Tabel):
                _tabel(doc, part)
            elif isinstance(part, Gambar):
                doc.paragraph(part.judul, bold=True)
                doc.document.add_picture(io.BytesIO(part.png), width=Mm(150))
            else:
                doc.paragraph(part, align="justify")
        signature = (tanda_tangan or {}).get(section.judul)
        if signature:
            doc.signature(tempat_tanggal=signature.tempat_tanggal, jabatan=signature.jabatan, nama=signature.nama,
                          nip=signature.nip)
    return doc.bytes()


def _tabel(doc: DocxBuilder, tabel: Tabel) -> None:
    if tabel.lebar:
        _orientation(doc, landscape=True)
    doc.paragraph(tabel.judul, bold=True)
    widths = [doc.text_width // len(tabel.kepala)] * len(tabel.kepala)
    doc.table([tabel.kepala], tabel.baris, widths)
    if tabel.lebar:
        _orientation(doc, landscape=False)
    else:
        doc.paragraph()


def _orientation(doc: DocxBuilder, *, landscape: bool) -> None:
    section = doc.document.add_section(WD_SECTION.NEW_PAGE)
    DocxBuilder._page(section, landscape)


def _toc(doc: DocxBuilder) -> None:
    """A Word table-of-contents field; Word and LibreOffice fill in the page numbers when the file opens."""
    paragraph = doc.document.add_paragraph()
    run = paragraph.add_run()
    begin, instr, sep, text, end = (OxmlElement("w:fldChar"), OxmlElement("w:instrText"), OxmlElement("w:fldChar"),
                                    OxmlElement("w:t"), OxmlElement("w:fldChar"))
    begin.set(qn("w:fldCharType"), "begin")
    instr.set(qn("xml:space"), "preserve")
    instr.text = 'TOC \\o "1-2" \\h \\z \\u'
    sep.set(qn("w:fldCharType"), "separate")
    text.text = "Daftar isi diperbarui saat dokumen dibuka (klik kanan → Perbarui bidang)."
    end.set(qn("w:fldCharType"), "end")
    for element in (begin, instr, sep, text, end):
        run._r.append(element)
    settings = doc.document.settings.element
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    settings.append(update)
