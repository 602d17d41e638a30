"""The quarterly measurement as an .xlsx workbook: download as a template, fill offline, upload
(:mod:`sakip.domain.measurement.impor` reads it back).

The sheet follows the columns of seed 002's "PENGUKURAN KINERJA ... TRIWULAN" tables. Two things
make it safe to read back:
- column A holds a row key ("I:<indikator id>", "A:<sub kegiatan id>:<lokasi id or ->"); it is
  hidden but kept, so rows may be sorted or filtered without losing their meaning;
- a hidden, protected sheet ``sakip`` records the unit, year and quarter the template belongs to, the
  name of the data sheet (a sheet the user adds before it is not read) and its first body row.
Only the realisation cells (indicators) and spending cells (editable budget lines) are read; they
are unlocked and shaded, everything else is locked. The quarter against the rencana aksi (its target s.d. the
quarter, the capaian against it, the anggaran kas s.d. the quarter and its share of the pagu) follows in the last
columns, after those of the seed's table: a template downloaded before they existed reads back the same.
"""

from __future__ import annotations

from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter

from sakip.documents.lembar import sel, simpan_xlsx
from sakip.domain.measurement.dokumen import Baris, Nilai, Pengukuran
from sakip.domain.measurement.models import ROMAWI
from sakip.rumus import capaian as rumus

META_SHEET = "sakip"
HEADER_ROW = 4
KOLOM = [  # (header, width)
    ("Kunci", 4), ("IKU Perangkat Daerah", 34), ("Satuan", 8), ("Target Kinerja", 11), ("Realisasi Kinerja", 11),
    ("Program / Kegiatan / Sub Kegiatan", 44), ("Lokasi", 16), ("Indikator Program / Kegiatan / Sub Kegiatan", 44),
    ("Satuan", 10), ("Target Kinerja", 11), ("Realisasi Kinerja s.d Triwulan {tw}", 13), ("Pagu {sumber}", 17),
    ("Realisasi Anggaran s.d Triwulan {tw}", 17), ("Perangkat Daerah", 20),
    ("Target TW {romawi} (rencana aksi)", 13), ("Capaian TW {romawi} thd rencana aksi (%)", 13),
    ("Rencana kas s.d. TW {romawi}", 17), ("Rencana serapan s.d. TW {romawi} (%)", 13),
]
COL_KEY, COL_IKU_REALISASI, COL_REALISASI, COL_PAGU, COL_BELANJA = 1, 5, 11, 12, 13
COL_TARGET_TW, COL_CAPAIAN_TW, COL_KAS, COL_RENCANA_SERAPAN = 15, 16, 17, 18
ANGKA = "#,##0.##"
RUPIAH = "#,##0"
EDITABLE = PatternFill("solid", fgColor="FFF7D6")
THIN = Side(style="thin", color="999999")


def pengukuran_xlsx(p: Pengukuran) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = f"TW {ROMAWI[p.triwulan]}"
    sumber = next((b.sumber_pagu for b in p.baris if b.sumber_pagu), "APBD")
    ws.cell(1, 2, "PENGUKURAN KINERJA").font = Font(bold=True, size=12)
    sel(ws, 2, 2, f"{p.unit_nama.upper()} TRIWULAN {ROMAWI[p.triwulan]} TAHUN {p.tahun}").font = Font(bold=True, size=12)
    for col, (header, width) in enumerate(KOLOM, start=1):
        cell = ws.cell(HEADER_ROW, col, header.format(tw=p.triwulan, sumber=sumber, romawi=ROMAWI[p.triwulan]))
        cell.font, cell.alignment = Font(bold=True), Alignment(wrap_text=True, vertical="center", horizontal="center")
        cell.fill = PatternFill("solid", fgColor="E7E7E7")
        ws.column_dimensions[get_column_letter(col)].width = width
    row = HEADER_ROW + 1
    for iku in p.iku:
        _put(ws, row, [f"I:{iku.indikator_id}", iku.nama, iku.satuan, iku.target.nilai, iku.realisasi.nilai])
        _put(ws, row, _rencana(iku.target_triwulan, iku.capaian_triwulan), COL_TARGET_TW)
        _editable(ws.cell(row, COL_IKU_REALISASI))
        row += 1
    first_body = row
    for b in p.baris:
        _put(ws, row, _values(b, p.unit_nama))
        if b.indikator_id:
            _editable(ws.cell(row, COL_REALISASI))
        if b.anggaran_diisi_di_sini:
            _editable(ws.cell(row, COL_BELANJA))
        row += 1
    ws.cell(row, 8, "JUMLAH").font = Font(bold=True)
    for col, value in ((COL_PAGU, p.pagu), (COL_BELANJA, p.realisasi_anggaran), (COL_KAS, _atau_strip(p.rencana_kas)),
                       (COL_RENCANA_SERAPAN, _persen(p.rencana_serapan))):
        cell = ws.cell(row, col, value)
        cell.number_format, cell.font = RUPIAH if col != COL_RENCANA_SERAPAN else ANGKA, Font(bold=True)
    for r in ws.iter_rows(min_row=HEADER_ROW, max_row=row, max_col=len(KOLOM)):
        for cell in r:
            cell.border = Border(top=THIN, bottom=THIN, left=THIN, right=THIN)
            if cell.row > HEADER_ROW:  # a dash for a figure that does not exist stands where the figure would
                cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="right" if cell.value == "-" else None)
    ws.column_dimensions["A"].hidden = True
    ws.row_dimensions[HEADER_ROW].height = 58  # four lines of the wrapped headings (“Capaian TW II thd rencana …”)
    ws.freeze_panes = ws.cell(HEADER_ROW + 1, 2)
    ws.protection.sheet = True  # only the shaded cells can be typed in (no password: a guard, not a lock)
    _meta(wb, p, first_body)
    return simpan_xlsx(wb)


def _values(b: Baris, unit: str) -> list:
    key = f"I:{b.indikator_id}" if b.indikator_id else ""
    if b.anggaran_diisi_di_sini:
        key = f"{key}|A:{b.sub_kegiatan_id}:{b.lokasi_id or '-'}".lstrip("|")
    anggaran = [_atau_strip(b.rencana_kas), _persen(b.rencana_serapan)] if b.pagu is not None else [None, None]
    return [key, None, None, None, None, b.nama, b.lokasi, b.indikator, b.satuan, b.target.nilai, b.realisasi.nilai,
            b.pagu, b.realisasi_anggaran, unit,
            *(_rencana(b.target_triwulan, b.capaian_triwulan) if b.indikator_id else [None, None]), *anggaran]


def _rencana(target: Nilai, capaian: rumus.Hasil) -> list:
    """The target s.d. the quarter of the rencana aksi and the capaian against it: a dash when there is none."""
    return [_atau_strip(target.nilai), _persen(capaian)]


def _atau_strip(nilai: Decimal | None) -> Decimal | str:
    return nilai if nilai is not None else "-"


def _persen(hasil: rumus.Hasil) -> Decimal | str:
    """A percentage as every format prints it: rounded to two places (a dash when it cannot be computed)."""
    return rumus.bulatkan(hasil.nilai) if hasil.nilai is not None else "-"


def _put(ws, row: int, values: list, mulai: int = 1) -> None:
    for col, value in enumerate(values, start=mulai):
        cell = sel(ws, row, col, value)
        if col in (COL_PAGU, COL_BELANJA, COL_KAS):
            cell.number_format = RUPIAH
        elif col in (4, COL_IKU_REALISASI, 10, COL_REALISASI, COL_TARGET_TW, COL_CAPAIAN_TW, COL_RENCANA_SERAPAN):
            cell.number_format = ANGKA


def _editable(cell) -> None:
    cell.fill = EDITABLE
    cell.protection = Protection(locked=False)


def _meta(wb: Workbook, p: Pengukuran, first_body: int) -> None:
    meta = wb.create_sheet(META_SHEET)
    for r, (k, v) in enumerate((("unit", p.unit_slug), ("tahun", p.tahun), ("triwulan", p.triwulan),
                                ("baris_pertama", HEADER_ROW + 1), ("lembar", wb.worksheets[0].title)), start=1):
        meta.cell(r, 1, k)
        sel(meta, r, 2, v)
    meta.sheet_state = "hidden"
    meta.protection.sheet = True
