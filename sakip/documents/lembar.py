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

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font


@dataclass
class Kesalahan:
    """A problem of an imported file: where (row, column letter; none for the whole file) and what."""

    baris: int | None
    kolom: str | None
    pesan: str

    def __str__(self) -> str:
        where = f"Baris {self.baris}, kolom {self.kolom}: " if self.baris else ""
        return f"{where}{self.pesan}"


def buka_xlsx(isi: bytes, *, read_only: bool = False, bukan_xlsx: str = "Berkas bukan .xlsx.") -> Any:
    """The workbook in ``isi``, or a :class:`Kesalahan` saying why it cannot be read."""
    if not zipfile.is_zipfile(io.BytesIO(isi)):
        return Kesalahan(None, None, bukan_xlsx)
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


def simpan_xlsx(wb: Any) -> bytes:
    """The workbook's bytes, with every text kept as text: sakip writes no formula, so a cell openpyxl took for
    one (a name or analysis typed as ``=HYPERLINK(…)``, ``=1+1``) is stored as the string it is. Every
    spreadsheet sakip writes goes through here."""
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    cell.data_type = "s"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def tabel_xlsx(tables: list[tuple[str, list[str], list[list]]]) -> bytes:
    """Each (title, header, rows) table on its own sheet; ``Decimal`` cells as numbers with a number format."""
    wb = Workbook()
    wb.remove(wb.active)
    for title, header, rows in tables:
        ws = wb.create_sheet(re.sub(r"[\[\]:*?/\\]", " ", title)[:31])
        ws.append(header)
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for row in rows:
            ws.append([float(v) if isinstance(v, Decimal) else v for v in row])
            for cell, value in zip(ws[ws.max_row], row, strict=True):
                if isinstance(value, Decimal):
                    cell.number_format = "#,##0" if value == value.to_integral_value() and abs(value) >= 1000 else "#,##0.00"
        for i, name in enumerate(header, start=1):
            ws.column_dimensions[ws.cell(1, i).column_letter].width = max(10, min(60, len(name) + 4))
        ws.freeze_panes = "A2"
    return simpan_xlsx(wb)
