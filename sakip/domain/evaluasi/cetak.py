"""The Evaluasi AKIP as files: the LHE in Word and PDF (the sections of :mod:`.naskah` through the shared
renderers) and the LKE worksheet in Excel in the layout evaluators use — komponen, sub-komponen and criteria rows
with bobot, each side's columns, each sub-komponen's and komponen's nilai, the Nilai AKIP and its predikat. The
worksheet comes back through :mod:`.impor`: column A keys each criterion row, the hidden sheet ``sakip`` says
whose worksheet it is."""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from sakip.documents.lembar import sel, simpan_xlsx
from sakip.documents.typst import naskah_pdf_typst
from sakip.documents.word import naskah_docx
from sakip.domain.evaluasi.dokumen import DokumenLke
from sakip.domain.evaluasi.naskah import DokumenLhe, bab, judul, opsi
from sakip.rumus import lke as rumus


def lhe_docx(h: DokumenLhe) -> bytes:
    return naskah_docx(judul(h), bab(h), **opsi(h))


def lhe_pdf(h: DokumenLhe) -> bytes:
    return naskah_pdf_typst(judul(h), bab(h), **opsi(h))


# --- the worksheet in Excel ----------------------------------------------------------------------------------

META_SHEET = "sakip"
SHEET = "LKE"
HEADER_ROW = 5
# Column → (header, width, the answer field it holds or "").
KOLOM: tuple[tuple[str, int, str], ...] = (
    ("Kode", 9, ""), ("Komponen / sub-komponen / kriteria", 48, ""), ("Bobot", 8, ""),
    ("Nilai PD", 9, "nilai_pd"), ("Penjelasan PD", 30, "penjelasan_pd"), ("Bukti dukung", 28, "bukti"),
    ("Nilai evaluator", 10, "nilai_evaluator"), ("Catatan evaluator", 30, "catatan"),
    ("Rekomendasi", 30, "rekomendasi"), ("Tanggapan PD", 28, "tanggapan_pd"), ("Nilai", 9, ""),
)
COL_KODE, COL_NILAI = 1, len(KOLOM)
COL_MEDAN = {field: i for i, (_, _, field) in enumerate(KOLOM, start=1) if field}  # field → column
COL_NILAI_PD, COL_NILAI_EVALUATOR = COL_MEDAN["nilai_pd"], COL_MEDAN["nilai_evaluator"]

_TEBAL = Font(bold=True)
_KEPALA = PatternFill("solid", fgColor="E7E7E7")
_KOMPONEN = PatternFill("solid", fgColor="DDEBF7")
_SUB = PatternFill("solid", fgColor="F2F2F2")
_GARIS = Side(style="thin", color="999999")
_KOTAK = Border(left=_GARIS, right=_GARIS, top=_GARIS, bottom=_GARIS)
_DUA = "0.00"


def lke_xlsx(d: DokumenLke | DokumenLhe) -> bytes:
    """The worksheet of one evaluation: every value as it stands; nilai as numbers with two decimals."""
    if isinstance(d, DokumenLhe):
        d = d.lke
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    sel(ws, 1, 1, f"LEMBAR KERJA EVALUASI AKIP TAHUN {d.tahun}").font = Font(bold=True, size=13)
    sel(ws, 2, 1, f"{d.unit_nama} — {d.pemda_nama}").font = _TEBAL
    sel(ws, 3, 1, f"Tahap: {d.tahap_label}. {d.lke_nama}; skala {rumus.NAMA_SKALA.get(d.skala, d.skala)}. "
                  "Isi hanya kolom bagian Anda pada tahap ini; jangan ubah kolom Kode.")
    for col, (header, width, _) in enumerate(KOLOM, start=1):
        cell = sel(ws, HEADER_ROW, col, header)
        cell.font, cell.fill, cell.border = _TEBAL, _KEPALA, _KOTAK
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.row_dimensions[HEADER_ROW].height = 30
    row = HEADER_ROW + 1
    first_kriteria = last_kriteria = row
    for k in d.komponen:
        _baris(ws, row, [k.kode, k.nama, float(k.bobot)], rumus.bulat(k.nilai), _KOMPONEN, bold=True)
        row += 1
        for s in k.sub_komponen:
            _baris(ws, row, [s.kode, s.nama, float(s.bobot)], rumus.bulat(s.nilai), _SUB, bold=True)
            row += 1
            for c in s.kriteria:
                values = [c.kode, c.uraian, None, *(getattr(c, field) or None for _, _, field in KOLOM[3:-1]),
                          c.nilai or None]
                for col, value in enumerate(values, start=1):
                    cell = sel(ws, row, col, value)
                    cell.border = _KOTAK
                    cell.alignment = Alignment(wrap_text=True, vertical="top",
                                               horizontal="center" if col in (COL_NILAI_PD, COL_NILAI_EVALUATOR,
                                                                              COL_NILAI) else None)
                _tinggi(ws, row)
                last_kriteria = row
                row += 1
    _baris(ws, row, ["", "Nilai AKIP", 100.0], rumus.bulat(d.nilai_akip), _KOMPONEN, bold=True)
    p = d.predikat
    sel(ws, row + 1, 2, f"Predikat: {p.huruf} ({p.arti})").font = _TEBAL
    pilihan = list(rumus.SKALA.get(d.skala, {}))
    if pilihan:  # a drop-down of the scale's letters on both value columns (the upload checks them anyway)
        dv = DataValidation(type="list", formula1='"' + ",".join(pilihan) + '"', allow_blank=True,
                            showErrorMessage=True, error="Pilih salah satu nilai skala.")
        ws.add_data_validation(dv)
        for col in (COL_NILAI_PD, COL_NILAI_EVALUATOR):
            letter = get_column_letter(col)
            dv.add(f"{letter}{first_kriteria}:{letter}{last_kriteria}")
    ws.freeze_panes = ws.cell(HEADER_ROW + 1, 3)
    meta = wb.create_sheet(META_SHEET)
    for r, (key, value) in enumerate((("jenis", "lke"), ("unit", d.unit_slug), ("tahun", d.tahun),
                                      ("tahap", d.tahap), ("lembar", SHEET)), start=1):
        sel(meta, r, 1, key)
        sel(meta, r, 2, value)
    meta.sheet_state = "hidden"
    return simpan_xlsx(wb)


def _baris(ws, row: int, values: list, nilai, fill: PatternFill, *, bold: bool) -> None:
    for col in range(1, COL_NILAI + 1):
        cell = ws.cell(row, col)
        cell.fill, cell.border = fill, _KOTAK
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if bold:
            cell.font = _TEBAL
    for col, value in enumerate(values, start=1):
        sel(ws, row, col, value)
    cell = sel(ws, row, COL_NILAI, float(nilai))
    cell.number_format = _DUA
    _tinggi(ws, row)


def _tinggi(ws, row: int) -> None:
    """The row as tall as its longest wrapped cell: neither Excel's nor LibreOffice's printing grows a row for
    wrapped text that openpyxl wrote, so the long criteria would print over each other."""
    lines = 1
    for col, (_, width, _) in enumerate(KOLOM, start=1):
        value = ws.cell(row, col).value
        if isinstance(value, str) and value:
            per_line = max(1, int(width * 1.3) - 2)
            lines = max(lines, sum(-(-len(part) // per_line) or 1 for part in value.split("\n")))
    ws.row_dimensions[row].height = 15 * lines
