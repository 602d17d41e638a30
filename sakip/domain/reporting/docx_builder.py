"""A small layer over python-docx for the government documents sakip writes.

Every document (IKU, PK, LKjIP, SKM report) is built with the same pieces: A4 pages in portrait or
landscape, centred bold heading lines, a "label : value" block, grid tables whose header rows repeat
on every page and whose cells may be merged, and the signature block ("Tempat, tanggal / JABATAN, /
nama / NIP."). Keeping them here gives every document the same look and one place to fix it.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

FONT = "Arial"
A4_SHORT, A4_LONG = Mm(210), Mm(297)
LABEL_WIDTH = Mm(45)


class DocxBuilder:
    """Builds one Word document; ``bytes()`` returns the finished .docx."""

    def __init__(self, *, landscape: bool = False, font_size: float = 10, title: str = "") -> None:
        self.document = Document()
        style = self.document.styles["Normal"]
        style.font.name = FONT
        style.font.size = Pt(font_size)
        style.paragraph_format.space_after = Pt(2)
        self.document.core_properties.title = title
        self.document.core_properties.language = "id-ID"
        self._page(self.document.sections[0], landscape)

    @staticmethod
    def _page(section, landscape: bool) -> None:
        section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = (A4_LONG, A4_SHORT) if landscape else (A4_SHORT, A4_LONG)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Mm(20))

    @property
    def text_width(self):
        section = self.document.sections[-1]
        return section.page_width - section.left_margin - section.right_margin

    def heading(self, lines: Sequence[str], size: float = 12) -> None:
        for line in lines:
            paragraph = self.document.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = paragraph.add_run(line)
            run.bold = True
            run.font.size = Pt(size)
        self.document.add_paragraph()

    def paragraph(self, text: str = "", *, bold: bool = False, align: str = "left"):
        paragraph = self.document.add_paragraph()
        paragraph.alignment = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
                               "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
        if text:
            paragraph.add_run(text).bold = bold
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
              *, merges: Sequence[tuple[int, int, int, int]] = (), center_columns: Sequence[int] = ()):
        """A grid table. ``header`` rows repeat on every page; a cell value may be a list of paragraphs.

        ``merges`` are ``(row, col, last_row, last_col)`` in whole-table coordinates (header rows
        first); the merged cell keeps the text of its top-left cell.
        """
        n_cols = len(widths)
        table = self.document.add_table(rows=len(header) + len(rows), cols=n_cols)
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        # Cells straight from each row's <w:tc> list: ``row.cells`` re-walks the row for merges on
        # every call, which made long tables (the LKjIP's) take seconds. No merges exist yet here.
        all_rows = table.rows
        for r, values in enumerate(header):
            _repeat_as_header(all_rows[r])
            cells = _cells(table, all_rows[r])
            for c, value in enumerate(values):
                self._fill(cells[c], [value] if value else [], bold=True, center=True)
        for r, values in enumerate(rows, start=len(header)):
            cells = _cells(table, all_rows[r])
            for c, value in enumerate(values):
                lines = [value] if isinstance(value, str) else list(value)
                self._fill(cells[c], [line for line in lines if line], center=c in center_columns)
        for gridcol, width in zip(table._tbl.tblGrid.gridCol_lst, widths, strict=False):
            gridcol.w = width  # LibreOffice lays out by the grid, Word by the cells: set both
        for row in all_rows:
            for cell, width in zip(_cells(table, row), widths, strict=False):
                cell.width = width
        for top, left, bottom, right in merges:
            table.cell(top, left).merge(table.cell(bottom, right))
        return table

    @staticmethod
    def _fill(cell, lines: Sequence[str], *, bold: bool = False, center: bool = False) -> None:
        # A new cell holds one empty paragraph; leaving it untouched keeps it "empty", so merging
        # it into the cell above adds no blank line.
        for i, line in enumerate(lines):
            paragraph = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            paragraph.paragraph_format.space_after = Pt(0)
            if center:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            paragraph.add_run(line).bold = bold

    @staticmethod
    def _widths(table, widths: Sequence) -> None:
        table.autofit = False
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


def _cells(table, row) -> list:
    from docx.table import _Cell

    return [_Cell(tc, table) for tc in row._tr.tc_lst]


def _repeat_as_header(row) -> None:
    """Mark a row as a header row Word repeats at the top of every page the table spans."""
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)

