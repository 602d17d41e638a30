"""Word files (python-docx) for the government documents sakip writes.

Every document (IKU, PK, LKjIP, SKM report) is built with the same pieces (:class:`DocxBuilder`): A4
pages in portrait or landscape, centred bold heading lines, a "label : value" block, grid tables whose
header rows repeat on every page and whose cells may be merged, and the signature block ("Tempat,
tanggal / JABATAN, / nama / NIP."). Long documents are sections (:mod:`sakip.documents.naskah`)
rendered by :func:`naskah_docx`. Keeping them here gives every document the same look and one place
to fix it.
"""

from __future__ import annotations

import datetime
import io
import re
from collections.abc import Callable, Sequence
from typing import Any
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.simpletypes import ST_HpsMeasure
from docx.shared import Emu, Mm, Pt
from docx.table import Table

from sakip.core.teks import bersihkan
from sakip.documents import halaman, lebar
from sakip.documents.naskah import HALAMAN_BARU, Bagian, Gambar, Tabel, TandaTangan, TandaTanganDua

FONT = "Arial"
A4_SHORT, A4_LONG = Mm(210), Mm(297)
LABEL_WIDTH = Mm(45)
GAYA_JUDUL_TABEL = "Judul Tabel"  # the paragraph style of table/picture titles; Daftar Tabel is a TOC over it
BAHASA = "id-ID"  # the language of every run: Word and LibreOffice check Indonesian spelling, not English
JUDUL = {"Title": 16, "Heading 1": 14, "Heading 2": 12, "Heading 3": 11, "Heading 4": 11}  # heading styles, pt
ANGKA = re.compile(r"^(Rp\s?)?[-+]?\d{1,3}([.]\d{3})*(,\d+)?\s?%?$|^[-+]?\d+(,\d+)?\s?%?$")  # a figure: right-aligned


class DocxBuilder:
    """Builds one Word document; ``bytes()`` returns the finished .docx."""

    def __init__(self, *, landscape: bool = False, font_size: float = 10, title: str = "") -> None:
        self.document = Document()
        self._id_gaya: dict[str, str | None] = {}
        style = self.document.styles["Normal"]
        style.font.name = FONT
        style.font.size = Pt(font_size)
        style.paragraph_format.space_after = Pt(2)
        self._gaya()
        now = datetime.datetime.now(datetime.UTC).replace(microsecond=0, tzinfo=None)
        props = self.document.core_properties
        props.title = bersihkan(title)
        props.language = BAHASA
        props.author = props.last_modified_by = "sakip"
        props.comments = ""
        props.created = props.modified = now
        props.revision = 1
        self._page(self.document.sections[0], landscape)
        self.nomor_halaman(self.document.sections[0])

    def _gaya(self) -> None:
        """One look: every style in Arial, black headings, Indonesian as the language of every run.

        The default template's headings take their font from the theme (``w:asciiTheme``), which wins over a
        named font, and are blue; both are replaced. The language goes into the document defaults, so every
        style and run inherits it."""
        styles = self.document.styles
        defaults = styles.element.find(qn("w:docDefaults"))
        rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")) if defaults is not None else None
        if rpr is not None:
            lang = rpr.find(qn("w:lang"))
            if lang is None:
                lang = OxmlElement("w:lang")
                rpr.append(lang)
            for attr in ("w:val", "w:eastAsia"):
                lang.set(qn(attr), BAHASA)
        for name, size in JUDUL.items():
            font = styles[name].font
            font.name, font.size, font.bold, font.italic = FONT, Pt(size), True, False
            font.color.rgb = None
            font.color.theme_color = None
            fonts = styles[name].element.rPr.find(qn("w:rFonts"))
            for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                fonts.attrib.pop(qn(attr), None)
            fonts.set(qn("w:cs"), FONT)
            color = styles[name].element.rPr.find(qn("w:color"))
            if color is not None:
                styles[name].element.rPr.remove(color)
            styles[name].paragraph_format.keep_with_next = True

    @staticmethod
    def nomor_halaman(section) -> None:
        """A centred page number in the footer of ``section``; later sections link to it."""
        footer = section.footer
        footer.is_linked_to_previous = False
        paragraph = footer.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _field(paragraph, "PAGE", "1")

    @staticmethod
    def _page(section, landscape: bool) -> None:
        section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = (A4_LONG, A4_SHORT) if landscape else (A4_SHORT, A4_LONG)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Mm(20))

    @property
    def text_width(self) -> int:
        """The width between the margins of the last section (:meth:`_page` sets every section's size)."""
        section = self.document.sections[-1]
        width, left, right = section.page_width, section.left_margin, section.right_margin
        if width is None or left is None or right is None:
            raise ValueError("Ukuran halaman belum diatur.")
        return width - left - right

    def heading(self, lines: Sequence[str], size: float = 12) -> None:
        for line in lines:
            paragraph = self.document.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = paragraph.add_run(bersihkan(line))
            run.bold = True
            run.font.size = Pt(size)
        self.document.add_paragraph()

    def paragraph(self, text: str = "", *, bold: bool = False, align: str = "left"):
        paragraph = self.document.add_paragraph()
        paragraph.alignment = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
                               "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
        if text:
            paragraph.add_run(bersihkan(text)).bold = bold
        return paragraph

    def judul(self, text: str, tingkat: int):
        """A heading of ``tingkat`` 1–9 (0: the title), as ``Document.add_heading`` makes it."""
        return self.paragraf_gaya(text, "Title" if tingkat == 0 else f"Heading {tingkat}")

    def paragraf_gaya(self, text: str, gaya: str):
        """A paragraph of the paragraph style named ``gaya``, as ``Document.add_paragraph(text, gaya)`` makes it,
        with the style's id looked up once: python-docx looks the default style up among every style each time
        (~100 headings and captions of the LKjIP: ~0,3 s)."""
        if gaya not in self._id_gaya:
            self._id_gaya[gaya] = self.document.part.get_style_id(gaya, WD_STYLE_TYPE.PARAGRAPH)
        paragraph = self.document.add_paragraph(text)
        style = self._id_gaya[gaya]
        if style is not None:
            paragraph._p.style = style
        return paragraph

    def label_block(self, items: Sequence[tuple[str, Sequence[str]]], label_width=LABEL_WIDTH) -> None:
        """``Label : value`` lines as a borderless table; a list value gets one line per item."""
        table = self.document.add_table(rows=0, cols=3)
        widths = (label_width, Mm(5), self.text_width - label_width - Mm(5))
        for label, values in items:
            cells = table.add_row().cells
            self._fill(cells[0], [label])
            self._fill(cells[1], [":"])
            self._fill(cells[2], list(values) or ["-"])
        self._widths(table, widths)
        self.document.add_paragraph()

    def table(self, header: Sequence[Sequence[str]], rows: Sequence[Sequence[Sequence[str] | str]], widths: Sequence,
              *, merges: Sequence[tuple[int, int, int, int]] = (), center_columns: Sequence[int] = (),
              ukuran: float | None = None, tepi_twips: int | None = None):
        """A grid table. ``header`` rows repeat on every page; a cell value may be a list of paragraphs.

        ``merges`` are ``(row, col, last_row, last_col)`` in whole-table coordinates (header rows
        first); the merged cell keeps the text of its top-left cell.
        """
        # The table is written as one piece of XML and parsed once (lxml). Built through python-docx's objects
        # (``add_run``, ``run.bold``, ``paragraph_format``, ``cell.width`` per cell, each a walk of the element's
        # children for its place in the schema order) the LKjIP's 55 tables, ~4.400 cells, took ~1,2 s of its 3,5 s.
        # The XML is the same, element for element and attribute for attribute, as those calls made.
        n_cols = len(widths)
        twips = [Emu(width).twips for width in widths]
        tcmar = _tepi_xml("w:tcMar", tepi_twips) if tepi_twips is not None else ""
        tcpr = [f'<w:tcPr><w:tcW w:type="dxa" w:w="{w}"/>{tcmar}</w:tcPr>' for w in twips]
        sz = f'<w:sz w:val="{ST_HpsMeasure.convert_to_xml(Pt(ukuran))}"/>' if ukuran is not None else ""
        style = self._gaya_tabel()
        xml = [f'<w:tbl {nsdecls("w")}><w:tblPr>', f'<w:tblStyle w:val="{style}"/>' if style else "",
               '<w:tblW w:type="auto" w:w="0"/><w:jc w:val="center"/><w:tblLayout w:type="fixed"/>',
               _tepi_xml("w:tblCellMar", tepi_twips) if tepi_twips is not None else "",
               '<w:tblLook w:firstColumn="1" w:firstRow="1" w:lastColumn="0" w:lastRow="0" w:noHBand="0" '
               'w:noVBand="1" w:val="04A0"/></w:tblPr><w:tblGrid>', *(f'<w:gridCol w:w="{w}"/>' for w in twips),
               "</w:tblGrid>"]
        # Header rows repeat on every page and keep with the first body row: a header left alone at a page's foot
        # made LibreOffice drop a one-row table's only row (Tabel 3.7 of Kanigaran's LKjIP 2024). A row is never
        # split across two pages.
        head_ppr = '<w:keepNext/><w:spacing w:after="0"/><w:jc w:val="center"/>'
        head_rpr = f"<w:b/>{sz}"
        for heads in header:
            _lebih(heads, n_cols)
            xml.append('<w:tr><w:trPr><w:tblHeader w:val="true"/><w:cantSplit/></w:trPr>')
            for c in range(n_cols):
                if c >= len(heads):
                    xml.append(f"<w:tc>{tcpr[c]}<w:p/></w:tc>")
                elif heads[c]:
                    xml.append(f"<w:tc>{tcpr[c]}{_paragraf_xml(heads[c], head_ppr, head_rpr)}</w:tc>")
                else:
                    xml.append(f"<w:tc>{tcpr[c]}<w:p><w:pPr><w:keepNext/></w:pPr></w:p></w:tc>")
            xml.append("</w:tr>")
        body_rpr = f'<w:b w:val="0"/>{sz}'
        ppr = {"": '<w:spacing w:after="0"/>', "center": '<w:spacing w:after="0"/><w:jc w:val="center"/>',
               "right": '<w:spacing w:after="0"/><w:jc w:val="right"/>'}
        for values in rows:
            _lebih(values, n_cols)
            xml.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
            for c in range(n_cols):
                value = values[c] if c < len(values) else ""
                lines = [value] if isinstance(value, str) else list(value)
                angka = len(lines) == 1 and bool(ANGKA.match(lines[0]))
                align = "right" if angka else "center" if c in center_columns else ""
                paragraphs = "".join(_paragraf_xml(line, ppr[align], body_rpr) for line in lines if line)
                xml.append(f"<w:tc>{tcpr[c]}{paragraphs or '<w:p/>'}</w:tc>")
            xml.append("</w:tr>")
        xml.append("</w:tbl>")
        tbl = parse_xml("".join(xml))
        self.document.element.body._insert_tbl(tbl)
        table = Table(tbl, self.document._body)
        for top, left, bottom, right in merges:
            table.cell(top, left).merge(table.cell(bottom, right))
        return table

    def _gaya_tabel(self) -> str | None:
        """The style id of "Table Grid" (``None`` if it were the document's default table style), looked up once."""
        if "Table Grid" not in self._id_gaya:
            self._id_gaya["Table Grid"] = self.document.part.get_style_id("Table Grid", WD_STYLE_TYPE.TABLE)
        return self._id_gaya["Table Grid"]

    @staticmethod
    def _fill(cell, lines: Sequence[str], *, bold: bool = False, center: bool = False, right: bool = False,
              ukuran: float | None = None) -> None:
        # A new cell holds one empty paragraph; leaving it untouched keeps it "empty", so merging
        # it into the cell above adds no blank line.
        for i, line in enumerate(lines):
            paragraph = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            paragraph.paragraph_format.space_after = Pt(0)
            if center:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif right:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            run = paragraph.add_run(bersihkan(line))
            run.bold = bold
            if ukuran is not None:
                run.font.size = Pt(ukuran)

    @staticmethod
    def _widths(table, widths: Sequence) -> None:
        """Column widths in the grid (LibreOffice lays out by it) and in every cell (Word does)."""
        table.autofit = False
        for gridcol, width in zip(table._tbl.tblGrid.gridCol_lst, widths, strict=False):
            gridcol.w = width
        for row in table.rows:
            for cell, width in zip(row.cells, widths, strict=False):
                cell.width = width

    def signature(self, *, tempat_tanggal: str, jabatan: str, nama: str, nip: str, pangkat: str = "") -> None:
        """The signature block at the right: place and date, post, room to sign, name, pangkat, NIP."""
        table = self.document.add_table(rows=1, cols=2)
        half = self.text_width // 2
        self._widths(table, (half, half))
        cell = table.rows[0].cells[1]
        lines = [tempat_tanggal, f"{jabatan.upper()},", "", "", "", nama]
        if pangkat:
            lines.append(pangkat)
        if nip:
            lines.append(f"NIP. {nip}")
        self._fill(cell, lines, center=True)
        name_run = cell.paragraphs[5].runs[0]
        name_run.bold = name_run.underline = True

    def signature_pair(self, *, left: tuple[str, str, str, str], right: tuple[str, str, str, str]) -> None:
        """Two signature columns side by side; each is (heading, nama, pangkat, NIP)."""
        table = self.document.add_table(rows=1, cols=2)
        half = self.text_width // 2
        self._widths(table, (half, half))
        for cell, (heading, nama, pangkat, nip) in zip(table.rows[0].cells, (left, right), strict=True):
            lines = [heading, "", "", "", nama] + ([pangkat] if pangkat else []) + ([f"NIP. {nip}"] if nip else [])
            self._fill(cell, lines, center=True)
            run = cell.paragraphs[4].runs[0]
            run.bold = run.underline = True

    def page_break(self) -> None:
        self.document.add_page_break()

    def bytes(self) -> bytes:
        buffer = io.BytesIO()
        self.document.save(buffer)
        return buffer.getvalue()


def _lebih(values: Sequence, n_cols: int) -> None:
    if len(values) > n_cols:
        raise IndexError(f"{len(values)} cells in a row of a table with {n_cols} columns")


def _tepi_xml(tag: str, twips: int) -> str:
    """A cell's left and right inner margin: the table's (``w:tblCellMar``) or a cell's (``w:tcMar``, as
    LibreOffice reads it)."""
    return (f'<{tag}><w:left w:w="{twips}" w:type="dxa"/><w:right w:w="{twips}" w:type="dxa"/></{tag}>')


def _paragraf_xml(line: str, ppr: str, rpr: str) -> str:
    """One paragraph of a table cell as XML: its properties, and one run with the text as python-docx's
    ``add_run`` writes it (a tab as ``w:tab``, a line break or carriage return as ``w:br``, the rest in ``w:t``
    elements, spaces at either end kept)."""
    return f"<w:p><w:pPr>{ppr}</w:pPr><w:r><w:rPr>{rpr}</w:rPr>{_run_xml(bersihkan(line))}</w:r></w:p>"


_PEMISAH_RUN = re.compile(r"([\t\r\n])")
_RUN_KHUSUS = {"\t": "<w:tab/>", "\r": "<w:br/>", "\n": "<w:br/>"}


def _run_xml(text: str) -> str:
    if not text:
        return ""
    out = []
    for piece in _PEMISAH_RUN.split(text) if ("\t" in text or "\r" in text or "\n" in text) else (text,):
        if piece in _RUN_KHUSUS:
            out.append(_RUN_KHUSUS[piece])
        elif piece:
            space = ' xml:space="preserve"' if len(piece.strip()) < len(piece) else ""
            out.append(f"<w:t{space}>{escape(piece)}</w:t>")
    return "".join(out)


# --- long documents: sections to Word --------------------------------------------------------------


def naskah_docx(judul: tuple[str, ...], bagian: list[Bagian], *, daftar_isi: bool = False,
                tanda_tangan: dict[str, TandaTangan] | None = None, sampul: tuple[str, ...] = (),
                pembuka: list[Bagian] | None = None, daftar_tabel: bool = False,
                ringkasan: list[Bagian] | None = None) -> bytes:
    """Render sections to Word: a cover (``sampul`` lines under the title), ``pembuka`` sections (Kata
    Pengantar) before the table of contents, ``ringkasan`` sections (Ikhtisar Eksekutif) after the contents and
    still in the front matter (numbered i, ii… with it), real headings (so the contents field works), a list of
    tables and pictures (a contents field over the title style), tables with repeated header rows,
    landscape pages for wide tables, pictures; ``tanda_tangan`` maps a section title to the signature
    printed at its end."""
    doc = DocxBuilder(landscape=False, font_size=11, title=" ".join(judul))
    _caption_style(doc)
    doc.heading(judul, size=16 if sampul else 14)
    if sampul:  # the cover carries no page number
        doc.document.sections[0].different_first_page_header_footer = True
        for line in sampul:
            doc.paragraph(line, bold=True, align="center")
        doc.page_break()
    for section in pembuka or []:
        _bagian(doc, section, tanda_tangan)
        doc.page_break()
    toc = tables = None
    if daftar_isi:
        doc.judul("DAFTAR ISI", 1)
        toc = _toc(doc, 'TOC \\o "1-2" \\h \\z \\u')
        doc.page_break()
    if daftar_tabel:
        doc.judul("DAFTAR GAMBAR DAN TABEL", 1)
        tables = _toc(doc, f'TOC \\h \\z \\t "{GAYA_JUDUL_TABEL},1"')
        doc.page_break()
    for section in ringkasan or []:
        _bagian(doc, section, tanda_tangan)
        doc.page_break()
    if sampul or pembuka or daftar_isi or daftar_tabel or ringkasan:
        # Front matter numbered i, ii, iii; the body from 1, in a section of its own (as the seed does).
        _hapus_pemisah_akhir(doc)
        # The cover counts as page 0 (its footer is hidden): Kata Pengantar is i, as in seed 002.
        _format_nomor(doc.document.sections[0], "lowerRoman", mulai=0 if sampul else None)
        body = doc.document.add_section(WD_SECTION.NEW_PAGE)
        body.different_first_page_header_footer = False  # copied from the cover's section: the body's page 1 is numbered
        DocxBuilder._page(body, landscape=False)
        _format_nomor(body, "decimal", mulai=1)
    for n, section in enumerate(bagian):
        _bagian(doc, section, tanda_tangan, awal=n == 0)
    daftar = []
    if toc is not None:
        daftar_sendiri = ["DAFTAR ISI", *(["DAFTAR GAMBAR DAN TABEL"] if daftar_tabel else [])]  # as the seed lists
        daftar.append((_isi_toc(toc, [*(s.judul for s in pembuka or [] if s.tingkat <= 2), *daftar_sendiri,
                                      *(s.judul for s in [*(ringkasan or []), *bagian] if s.tingkat <= 2)]),
                       _judul_bab(doc.document)))
    if tables is not None:
        daftar.append((_isi_toc(tables, [p.label for s in bagian for p in s.isi if isinstance(p, Tabel | Gambar)
                                         and p.nomor]), _judul_tabel(doc.document)))
    if not daftar:
        return doc.bytes()
    return halaman.beri_nomor(doc.document, daftar, doc.text_width, doc.bytes)  # the numbers: documents/halaman.py


def _bagian(doc: DocxBuilder, section: Bagian, tanda_tangan: dict | None, *, awal: bool = False) -> None:
    wide_first = bool(section.isi) and isinstance(section.isi[0], Tabel) and _ukuran_tabel(section.isi[0])[0]
    if wide_first:  # the heading goes on the landscape page with its table, not alone on a portrait one
        _orientation(doc, landscape=True)
    elif section.halaman_baru and not _bagian_kosong(doc):
        doc.page_break()
    doc.judul(bersihkan(section.judul), section.tingkat)
    for n, part in enumerate(section.isi):
        if isinstance(part, Tabel):
            _tabel(doc, part, already_landscape=wide_first and n == 0)
        elif isinstance(part, Gambar):
            doc.paragraf_gaya(bersihkan(part.label), GAYA_JUDUL_TABEL)
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


def _ukuran_tabel(tabel: Tabel) -> tuple[bool, float]:
    """Whether ``tabel`` takes a landscape page, and its text size: a table marked wide that fits a portrait page
    at 9 pt stays on it at 9 pt (a small table no longer has a landscape page to itself)."""
    if tabel.lebar and lebar.muat(tabel.kepala, tabel.baris, lebar.POTRET_MM * lebar.MM, pt=lebar.WORD_PT_KECIL,
                                  tepi=lebar.WORD_TEPI):
        return False, lebar.WORD_PT_KECIL
    return tabel.lebar, lebar.WORD_PT


def _tabel(doc: DocxBuilder, tabel: Tabel, *, already_landscape: bool = False) -> None:
    landscape, ukuran = _ukuran_tabel(tabel)
    if landscape and not already_landscape:
        _orientation(doc, landscape=True)
    doc.paragraf_gaya(bersihkan(tabel.label), GAYA_JUDUL_TABEL)
    doc.table([tabel.kepala], tabel.baris, lebar_kolom(tabel, doc.text_width, pt=ukuran), ukuran=ukuran,
              tepi_twips=lebar.WORD_TEPI_TWIPS)
    if tabel.catatan:
        doc.paragraph(tabel.catatan)
    if landscape:
        _orientation(doc, landscape=False)
    else:
        doc.paragraph()


def lebar_kolom(tabel: Tabel, total: int, *, pt: float = lebar.WORD_PT) -> list[int]:
    """Column widths (EMU) that break no figure, code or word inside (:func:`sakip.documents.lebar.lebar_kolom`:
    each column at least its longest unbreakable piece at the table text's ``pt``, the rest of the width
    shared by how much text each column holds)."""
    widths = lebar.lebar_kolom(tabel.kepala, tabel.baris, total / lebar.EMU_PER_PT, pt=pt, tepi=lebar.WORD_TEPI)
    return [int(w * lebar.EMU_PER_PT) for w in widths]


def _orientation(doc: DocxBuilder, *, landscape: bool) -> None:
    """Continue on a new page in ``landscape`` or portrait. A section that has nothing in it yet is turned
    instead of followed by a new one: an empty portrait section between two landscape tables would print as a
    blank page."""
    if _bagian_kosong(doc):
        DocxBuilder._page(doc.document.sections[-1], landscape)
        return
    section = doc.document.add_section(WD_SECTION.NEW_PAGE)
    DocxBuilder._page(section, landscape)
    # The new section copies the last one's page numbering, restart included: it continues the count instead.
    nomor = section._sectPr.find(qn("w:pgNumType"))
    if nomor is not None and nomor.get(qn("w:start")) is not None:
        del nomor.attrib[qn("w:start")]


def _bagian_kosong(doc: DocxBuilder) -> bool:
    """Whether the last section holds nothing yet: the body's last block is the paragraph that closed the
    section before it (its ``w:sectPr``)."""
    body = doc.document.element.body
    last = body[-2] if len(body) >= 2 else None
    if last is None or last.tag != qn("w:p") or len(last) != 1:
        return False
    ppr = last.find(qn("w:pPr"))
    return ppr is not None and ppr.find(qn("w:sectPr")) is not None


def _hapus_pemisah_akhir(doc: DocxBuilder) -> None:
    """Remove a trailing page break (a section break follows it; both would leave a blank page)."""
    body = doc.document.element.body
    last = body[-2] if len(body) >= 2 else None
    if last is not None and last.tag == qn("w:p") and not "".join(last.itertext()).strip() \
            and last.find(f".//{qn('w:br')}[@{qn('w:type')}='page']") is not None:
        body.remove(last)


def _format_nomor(section, fmt: str, mulai: int | None = None) -> None:
    """The page numbers of ``section``: ``lowerRoman`` (i, ii) or ``decimal``, restarting at ``mulai``."""
    sectpr = section._sectPr
    pg = sectpr.find(qn("w:pgNumType"))
    if pg is None:
        pg = OxmlElement("w:pgNumType")
        sectpr.append(pg)
    pg.set(qn("w:fmt"), fmt)
    if mulai is not None:
        pg.set(qn("w:start"), str(mulai))


def _field(paragraph, instruction: str, tampil: str) -> None:
    """A simple Word field (``PAGE``) with the text shown until it is computed."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run, text = OxmlElement("w:r"), OxmlElement("w:t")
    text.text = tampil
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _toc(doc: DocxBuilder, instruction: str):
    """A Word contents field. Its result is pre-filled (``_isi_toc``) with the entries, and their page numbers
    are written in by ``halaman.beri_nomor`` (printed once with LibreOffice), so the list reads numbered in
    Word and in LibreOffice alike; where that cannot be done, Word numbers them when the file opens
    (``updateFields``, dropped once the numbers are written). Returns the paragraph that closes the field."""
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


def _isi_toc(closing, entries: list[str]) -> list:
    """Pre-fill a contents field with its entries; returns their paragraphs (``halaman.beri_nomor`` numbers them)."""
    return [closing.insert_paragraph_before(bersihkan(entry)) for entry in entries]


def _gaya(document, nama: Callable[[str], bool]) -> Callable[[Any], bool]:
    """A test of a body paragraph by the name of its paragraph style, read as its style id (``w:pStyle``) among the
    ids of the styles whose names pass ``nama`` (a paragraph without one has the default style, as python-docx
    reads it). ``paragraph.style`` looked the default style up among all of them for every paragraph that names
    none: 1.248 look-ups, ~1 s of the LKjIP's Word file."""
    ids: set[str | None] = {s.style_id for s in document.styles if s.type == WD_STYLE_TYPE.PARAGRAPH and nama(s.name)}
    default = document.styles.default(WD_STYLE_TYPE.PARAGRAPH)
    if default is not None and nama(default.name):
        ids.add(None)
    return lambda paragraph: paragraph._p.style in ids


def _judul_bab(document) -> Callable[[Any], bool]:
    """Whether a paragraph is a heading a contents entry may name."""
    return _gaya(document, lambda name: name.startswith("Heading"))


def _judul_tabel(document) -> Callable[[Any], bool]:
    """Whether a paragraph is a table or picture caption a list-of-tables entry may name."""
    return _gaya(document, lambda name: name == GAYA_JUDUL_TABEL)
