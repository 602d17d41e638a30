"""Long documents (SKM report, LKjIP) as a list of sections that both Word and PDF render.

A section has a heading (level 1–3) and parts: paragraphs (str), tables (``Tabel``), pictures
(``Gambar``, PNG bytes from ``reporting.grafik``), signatures (``TandaTangan``, ``TandaTanganDua``)
and page breaks (``HALAMAN_BARU``). Every figure is formatted before it gets here, so the Word file
and the PDF show the same text. Wide tables ask for a landscape page. ``nomori`` numbers the tables
of each chapter (“Tabel 3.2”) and the pictures (“Gambar 1”) and gives the list for Daftar Tabel.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from sakip.domain.reporting.docx_builder import DocxBuilder

ROMAWI = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6}
GAYA_JUDUL_TABEL = "Judul Tabel"  # the paragraph style of table/picture titles; Daftar Tabel is a TOC over it


@dataclass
class Tabel:
    judul: str
    kepala: tuple[str, ...]
    baris: list[tuple[str, ...]]
    lebar: bool = False  # wide: put it on a landscape page
    catatan: str = ""  # printed under the table, e.g. “Sumber: …”
    nomor: str = ""  # set by ``nomori``: “Tabel 3.2”

    @property
    def label(self) -> str:
        return f"{self.nomor} {self.judul}".strip()


@dataclass
class Gambar:
    judul: str
    sumber: bytes | Callable[[], bytes]  # PNG bytes, or a function drawing them when first rendered
    nomor: str = ""

    @cached_property
    def png(self) -> bytes:
        """Drawn on first use: a renderer that prints no pictures (the Excel sheets) never draws them."""
        return self.sumber() if callable(self.sumber) else self.sumber

    @property
    def label(self) -> str:
        return f"{self.nomor} {self.judul}".strip()


@dataclass
class Bagian:
    judul: str
    isi: list = field(default_factory=list)  # str, Tabel, Gambar, TandaTangan, TandaTanganDua, HALAMAN_BARU
    tingkat: int = 1
    halaman_baru: bool = False  # start on a new page


@dataclass(frozen=True)
class TandaTangan:
    tempat_tanggal: str
    jabatan: str
    nama: str
    nip: str
    pangkat: str = ""


@dataclass(frozen=True)
class TandaTanganDua:
    """Two signatures side by side (a PK): each is (heading, nama, pangkat, NIP)."""

    tempat_tanggal: str
    kiri: tuple[str, str, str, str]
    kanan: tuple[str, str, str, str]


HALAMAN_BARU = object()


def nomori(bagian: list[Bagian]) -> list[str]:
    """Number tables per chapter (“BAB III …” → Tabel 3.1, 3.2, …) and pictures throughout; tables
    outside a numbered chapter (Lampiran) stay unnumbered. Returns the labels, in order, for Daftar Tabel."""
    bab, n_tabel, n_gambar, daftar = None, 0, 0, []
    for section in bagian:
        if section.tingkat == 1:
            match = re.match(r"BAB ([IVX]+)\b", section.judul)
            bab, n_tabel = (ROMAWI.get(match.group(1)) if match else None), 0
        for part in section.isi:
            if isinstance(part, Tabel) and bab and part.judul:
                n_tabel += 1
                part.nomor = f"Tabel {bab}.{n_tabel}"
                daftar.append(part.label)
            elif isinstance(part, Gambar):
                n_gambar += 1
                part.nomor = f"Gambar {n_gambar}"
                daftar.append(part.label)
    return daftar


def naskah_docx(judul: tuple[str, ...], bagian: list[Bagian], *, daftar_isi: bool = False,
                tanda_tangan: dict[str, TandaTangan] | None = None, sampul: tuple[str, ...] = (),
                pembuka: list[Bagian] | None = None, daftar_tabel: bool = False) -> bytes:
    """Render sections to Word: a cover (``sampul`` lines under the title), ``pembuka`` sections (Kata
    Pengantar) before the table of contents, real headings (so the contents field works), a list of
    tables and pictures (a contents field over the title style), tables with repeated header rows,
    landscape pages for wide tables, pictures; ``tanda_tangan`` maps a section title to the signature
    printed at its end."""
    doc = DocxBuilder(landscape=False, font_size=11, title=" ".join(judul))
    _caption_style(doc)
    doc.heading(judul, size=16 if sampul else 14)
    if sampul:
        for line in sampul:
            doc.paragraph(line, bold=True, align="center")
        doc.page_break()
    for section in pembuka or []:
        _bagian(doc, section, tanda_tangan)
        doc.page_break()
    toc = tables = None
    if daftar_isi:
        doc.document.add_heading("DAFTAR ISI", level=1)
        toc = _toc(doc, 'TOC \\o "1-2" \\h \\z \\u')
        doc.page_break()
    if daftar_tabel:
        doc.document.add_heading("DAFTAR GAMBAR DAN TABEL", level=1)
        tables = _toc(doc, f'TOC \\h \\z \\t "{GAYA_JUDUL_TABEL},1"')
        doc.page_break()
    for section in bagian:
        _bagian(doc, section, tanda_tangan)
    if toc is not None:
        _isi_toc(toc, [s.judul for s in [*(pembuka or []), *bagian] if s.tingkat <= 2])
    if tables is not None:
        _isi_toc(tables, [p.label for s in bagian for p in s.isi if isinstance(p, Tabel | Gambar) and p.nomor])
    return doc.bytes()


def _bagian(doc: DocxBuilder, section: Bagian, tanda_tangan: dict | None) -> None:
    wide_first = bool(section.isi) and isinstance(section.isi[0], Tabel) and section.isi[0].lebar
    if wide_first:  # the heading goes on the landscape page with its table, not alone on a portrait one
        _orientation(doc, landscape=True)
    elif section.halaman_baru:
        doc.page_break()
    doc.document.add_heading(section.judul, level=section.tingkat)
    for n, part in enumerate(section.isi):
        if isinstance(part, Tabel):
            _tabel(doc, part, already_landscape=wide_first and n == 0)
        elif isinstance(part, Gambar):
            doc.document.add_paragraph(part.label, style=GAYA_JUDUL_TABEL)
            doc.document.add_picture(io.BytesIO(part.png), width=Mm(150))
        elif isinstance(part, TandaTangan):
            doc.signature(tempat_tanggal=part.tempat_tanggal, jabatan=part.jabatan, nama=part.nama, nip=part.nip,
                          pangkat=part.pangkat)
        elif isinstance(part, TandaTanganDua):
            doc.paragraph(part.tempat_tanggal, align="right")
            doc.signature_pair(left=part.kiri, right=part.kanan)
        elif part is HALAMAN_BARU:
            doc.page_break()
        else:
            doc.paragraph(part, align="justify")
    signature = (tanda_tangan or {}).get(section.judul)
    if signature:
        doc.signature(tempat_tanggal=signature.tempat_tanggal, jabatan=signature.jabatan, nama=signature.nama,
                      nip=signature.nip, pangkat=signature.pangkat)


def _caption_style(doc: DocxBuilder) -> None:
    styles = doc.document.styles
    if GAYA_JUDUL_TABEL not in [s.name for s in styles]:
        style = styles.add_style(GAYA_JUDUL_TABEL, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles["Normal"]
        style.font.bold = True
        style.font.size = Pt(10)
        style.paragraph_format.keep_with_next = True


def _tabel(doc: DocxBuilder, tabel: Tabel, *, already_landscape: bool = False) -> None:
    if tabel.lebar and not already_landscape:
        _orientation(doc, landscape=True)
    doc.document.add_paragraph(tabel.label, style=GAYA_JUDUL_TABEL)
    doc.table([tabel.kepala], tabel.baris, lebar_kolom(tabel, doc.text_width))
    if tabel.catatan:
        doc.paragraph(tabel.catatan)
    if tabel.lebar:
        _orientation(doc, landscape=False)
    else:
        doc.paragraph()


def lebar_kolom(tabel: Tabel, total: int) -> list[int]:
    """Column widths that follow the text: each column weighs its longest cell (4 to 50 characters)
    to the power 0.6, so names get room and a figure like 9.638.366.951 still fits on one line."""
    weights = []
    for c, head in enumerate(tabel.kepala):
        longest = max([len(head) // 2, *(len(str(row[c])) for row in tabel.baris if c < len(row))])
        weights.append(min(max(longest, 4), 50) ** 0.6)
    return [int(total * w / sum(weights)) for w in weights]


def _orientation(doc: DocxBuilder, *, landscape: bool) -> None:
    section = doc.document.add_section(WD_SECTION.NEW_PAGE)
    DocxBuilder._page(section, landscape)


def _toc(doc: DocxBuilder, instruction: str):
    """A Word contents field. Its result is pre-filled (``_isi_toc``) with the entries without page
    numbers, so the list reads even where fields are not updated; Word and LibreOffice refresh it with
    page numbers when the file opens (``updateFields``). Returns the paragraph that closes the field."""
    paragraph = doc.document.add_paragraph()
    run = paragraph.add_run()
    begin, instr, sep = OxmlElement("w:fldChar"), OxmlElement("w:instrText"), OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    begin.set(qn("w:dirty"), "true")
    instr.set(qn("xml:space"), "preserve")
    instr.text = instruction
    sep.set(qn("w:fldCharType"), "separate")
    for element in (begin, instr, sep):
        run._r.append(element)
    closing = doc.document.add_paragraph()
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    closing.add_run()._r.append(end)
    settings = doc.document.settings.element
    if settings.find(qn("w:updateFields")) is None:
        update = OxmlElement("w:updateFields")
        update.set(qn("w:val"), "true")
        settings.append(update)
    return closing


def _isi_toc(closing, entries: list[str]) -> None:
    for entry in entries:
        closing.insert_paragraph_before(entry)
