"""Spreadsheets (openpyxl): tables written as sheets, and the error type of every .xlsx import.

Writing: :func:`tabel_xlsx` puts each (title, header, rows) table on its own sheet with real numbers and
number formats. Reading: an import reports every problem as a :class:`Kesalahan` naming the sheet row
and column, and :func:`buka_xlsx` opens an uploaded workbook or says why it cannot.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sakip.core.teks import bersih

# openpyxl is imported by the functions that write or open a workbook, not here: every import module reads
# :class:`Kesalahan` from this one at start-up, and no command or request should pay for openpyxl before it
# touches a spreadsheet.


@dataclass
class Kesalahan:
    """A problem of an imported file: where (row, column letter; none for the whole file) and what."""

    baris: int | None
    kolom: str | None
    pesan: str

    def __str__(self) -> str:
        where = f"Baris {self.baris}, kolom {self.kolom}: " if self.baris else ""
        return f"{where}{self.pesan}"


def get_column_letter(nomor: int) -> str:
    """The letters of the 1-based column ``nomor`` (1 → ``A``, 28 → ``AB``, 18278 → ``ZZZ``), as openpyxl's
    ``get_column_letter`` gives them (and refuses the same numbers), without importing openpyxl: the import
    modules name the columns of their errors, some in constants made at import time."""
    if not 1 <= nomor <= 18278:
        raise ValueError(f"Invalid column index {nomor}")
    huruf = ""
    while nomor:
        nomor, sisa = divmod(nomor - 1, 26)
        huruf = chr(65 + sisa) + huruf
    return huruf


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the container of an .xls, and of an .xlsx with a password
TERURAI_MAKS = 30 * 1024 * 1024  # an .xlsx loaded whole: its parts unpacked (a 5 MB upload is ~30 MB of XML)
TERURAI_MAKS_BACA_SAJA = 200 * 1024 * 1024  # an .xlsx streamed row by row (the SKM sheet of 100.000 answers)
DIMENSI = re.compile(rb"<(?:\w+:)?dimension\s+ref=\"[A-Z]+\d+:[A-Z]+(\d+)\"")


def buka_xlsx(isi: bytes, *, read_only: bool = False, bukan_xlsx: str = "Berkas bukan .xlsx.",
              baris_maks: int = 5000) -> Any:
    """The workbook in ``isi``, or a :class:`Kesalahan` saying why it cannot be read.

    Before openpyxl parses anything, the archive is measured: a file whose parts unpack to more than
    ``TERURAI_MAKS`` (a "zip bomb": 1,5 MB that unpacks to 1,5 GB) or whose sheets declare more than
    ``baris_maks`` rows is refused with a message, so no worker spends minutes and gigabytes on it. The
    sizes a zip declares bound what :mod:`zipfile` will unpack, so the check cannot be lied past.
    """
    if isi.startswith(OLE):
        if "EncryptedPackage".encode("utf-16-le") in isi:
            return Kesalahan(None, None, "Berkas .xlsx ini dilindungi kata sandi; buka di Excel, hapus kata sandinya "
                                         "(Berkas › Info › Proteksi Buku Kerja), simpan, lalu unggah lagi.")
        return Kesalahan(None, None, "Berkas ini .xls (Excel 97–2003); buka di Excel atau LibreOffice, simpan "
                                     "sebagai .xlsx, lalu unggah lagi.")
    if not zipfile.is_zipfile(io.BytesIO(isi)):
        return Kesalahan(None, None, bukan_xlsx)
    try:
        with zipfile.ZipFile(io.BytesIO(isi)) as arsip:
            terurai = sum(info.file_size for info in arsip.infolist())
            batas = TERURAI_MAKS_BACA_SAJA if read_only else TERURAI_MAKS
            if terurai > batas:
                return Kesalahan(None, None, (
                    f"Isi berkas terlalu besar setelah dibuka ({terurai // 2**20:,} MB; paling banyak "
                    f"{batas // 2**20} MB). Hapus baris, lembar atau gambar yang tidak perlu.").replace(",", "."))
            for info in arsip.infolist():
                if info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml"):
                    with arsip.open(info) as part:
                        found = DIMENSI.search(part.read(4096))
                    if found and int(found.group(1)) > baris_maks:
                        return Kesalahan(None, None, (
                            f"Lembar berisi {int(found.group(1)):,} baris; paling banyak {baris_maks:,} baris "
                            "yang dapat dibaca. Hapus baris kosong atau bagi berkasnya.").replace(",", "."))
    except (zipfile.BadZipFile, OSError, ValueError):
        return Kesalahan(None, None, "Berkas .xlsx rusak atau tidak dapat dibaca.")
    from openpyxl import load_workbook

    try:
        return load_workbook(io.BytesIO(isi), data_only=False, read_only=read_only)
    except Exception:  # openpyxl raises many types for a damaged file
        return Kesalahan(None, None, "Berkas .xlsx rusak atau tidak dapat dibaca.")


def tabel_json(tables: list[tuple[str, list[str], list[list]]]) -> list[dict]:
    """The same tables as JSON-ready data: ``[{"judul", "kolom", "baris"}]``, numbers as JSON numbers."""
    def value(v: Any) -> Any:
        if isinstance(v, Decimal):
            return int(v) if v == v.to_integral_value() else float(v)
        if hasattr(v, "isoformat"):
            return v.isoformat()
        return v

    return [{"judul": t, "kolom": list(h), "baris": [[value(v) for v in row] for row in rows]} for t, h, rows in tables]


def teks_sel(value: Any) -> str:
    """A cell of an imported sheet as the text a reader parses: blank → "", a number Excel made of what was typed
    read back the Indonesian way (``80.5`` → ``80,5``), text with its spaces collapsed."""
    if value is None:
        return ""
    if isinstance(value, float | int) and not isinstance(value, bool):
        value = Decimal(str(value))
    if isinstance(value, Decimal):
        return format(value.normalize(), "f").replace(".", ",")
    return " ".join(str(value).split())


def sel(ws: Any, baris: int, kolom: int, nilai: Any = None) -> Any:
    """``ws.cell(baris, kolom, nilai)`` for every writer of sakip: a text loses the control characters an
    .xlsx cannot hold (:mod:`sakip.core.teks`) instead of stopping the whole export."""
    return ws.cell(baris, kolom, bersih(nilai))


def simpan_xlsx(wb: Any) -> bytes:
    """The workbook's bytes, with every text kept as text: sakip writes no formula, so a cell openpyxl took for
    one (a name or analysis typed as ``=HYPERLINK(…)``, ``=1+1``) is stored as the string it is. Every
    spreadsheet sakip writes goes through here, and gets its print setup (:func:`siap_cetak`) and sakip as author."""
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    cell.data_type = "s"
        if ws.title != bersih(ws.title):  # a sheet named after a typed title
            ws.title = bersih(ws.title) or "Lembar"
        siap_cetak(ws)
    wb.properties.creator = wb.properties.lastModifiedBy = "sakip"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def siap_cetak(ws: Any) -> None:
    """Print as the office prints a table: A4, landscape when wider than a portrait page, every column on the
    page width (as many pages down as needed), the header rows above the frozen pane repeated on every page.
    Without it LibreOffice printed the LKjIP workbook on 110 portrait pages with its columns cut."""
    if ws.sheet_state != "visible":
        return
    lebar = sum((ws.column_dimensions[get_column_letter(c)].width or 9) for c in range(1, ws.max_column + 1))
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if lebar > 95 else "portrait"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = False
    ws.page_margins.left = ws.page_margins.right = 0.4
    top = ws.freeze_panes
    if top:
        rows = ws[top].row - 1
        if rows >= 1:
            ws.print_title_rows = f"1:{rows}"
    ws.oddFooter.center.text = "Halaman &P dari &N"


def tabel_xlsx(tables: list[tuple[str, list[str], list[list]]]) -> bytes:
    """Each (title, header, rows) table on its own sheet; ``Decimal`` cells as numbers with a number format."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    wb.remove(wb.active)
    for title, header, rows in tables:
        ws = wb.create_sheet(re.sub(r"[\[\]:*?/\\]", " ", bersih(title))[:31])
        ws.append([bersih(name) for name in header])
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for row in rows:
            ws.append([float(v) if isinstance(v, Decimal) else bersih(v) for v in row])
            for cell, value in zip(ws[ws.max_row], row, strict=True):
                if isinstance(value, Decimal):
                    cell.number_format = "#,##0" if value == value.to_integral_value() and abs(value) >= 1000 else "#,##0.00"
        for i, name in enumerate(header, start=1):
            ws.column_dimensions[ws.cell(1, i).column_letter].width = max(10, min(60, len(name) + 4))
        ws.freeze_panes = "A2"
    return simpan_xlsx(wb)
