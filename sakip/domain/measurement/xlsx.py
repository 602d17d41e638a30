"""The quarterly measurement as an .xlsx workbook: download as a template, fill offline, upload.

The sheet follows the columns of seed 002's "PENGUKURAN KINERJA ... TRIWULAN" tables. Two things
make it safe to read back:
- column A holds a row key ("I:<indikator id>", "A:<sub kegiatan id>:<lokasi id or ->"); it is
  hidden but kept, so rows may be sorted or filtered without losing their meaning;
- a hidden, protected sheet ``sakip`` records the unit, year and quarter the template belongs to.
Only the realisation cells (indicators) and spending cells (editable budget lines) are read; they
are unlocked and shaded, everything else is locked.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter

from sakip.domain.measurement.models import ROMAWI
from sakip.domain.measurement.pengukuran import Baris, Pengukuran

META_SHEET = "sakip"
HEADER_ROW = 4
KOLOM = [  # (header, width)
    ("Kunci", 4), ("IKU Perangkat Daerah", 34), ("Satuan", 8), ("Target Kinerja", 11), ("Realisasi Kinerja", 11),
    ("Program / Kegiatan / Sub Kegiatan", 44), ("Lokasi", 16), ("Indikator Program / Kegiatan / Sub Kegiatan", 44),
    ("Satuan", 10), ("Target Kinerja", 11), ("Realisasi Kinerja s.d Triwulan {tw}", 13), ("Pagu {sumber}", 17),
    ("Realisasi Anggaran s.d Triwulan {tw}", 17), ("Perangkat Daerah", 20),
]
COL_KEY, COL_IKU_REALISASI, COL_REALISASI, COL_PAGU, COL_BELANJA = 1, 5, 11, 12, 13
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
    ws.cell(2, 2, f"{p.unit_nama.upper()} TRIWULAN {ROMAWI[p.triwulan]} TAHUN {p.tahun}").font = Font(bold=True, size=12)
    for col, (header, width) in enumerate(KOLOM, start=1):
        cell = ws.cell(HEADER_ROW, col, header.format(tw=p.triwulan, sumber=sumber))
        cell.font, cell.alignment = Font(bold=True), Alignment(wrap_text=True, vertical="center", horizontal="center")
        cell.fill = PatternFill("solid", fgColor="E7E7E7")
        ws.column_dimensions[get_column_letter(col)].width = width
    row = HEADER_ROW + 1
    for iku in p.iku:
        _put(ws, row, [f"I:{iku.indikator_id}", iku.nama, iku.satuan, iku.target.nilai, iku.realisasi.nilai])
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
    for col, value in ((COL_PAGU, p.pagu), (COL_BELANJA, p.realisasi_anggaran)):
        cell = ws.cell(row, col, value)
        cell.number_format, cell.font = RUPIAH, Font(bold=True)
    for r in ws.iter_rows(min_row=HEADER_ROW, max_row=row, max_col=len(KOLOM)):
        for cell in r:
            cell.border = Border(top=THIN, bottom=THIN, left=THIN, right=THIN)
            if cell.row > HEADER_ROW:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.column_dimensions["A"].hidden = True
    ws.freeze_panes = ws.cell(HEADER_ROW + 1, 2)
    ws.protection.sheet = True  # only the shaded cells can be typed in (no password: a guard, not a lock)
    _meta(wb, p, first_body)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _values(b: Baris, unit: str) -> list:
    key = f"I:{b.indikator_id}" if b.indikator_id else ""
    if b.anggaran_diisi_di_sini:
        key = f"{key}|A:{b.sub_kegiatan_id}:{b.lokasi_id or '-'}".lstrip("|")
    return [key, None, None, None, None, b.nama, b.lokasi, b.indikator, b.satuan, b.target.nilai, b.realisasi.nilai,
            b.pagu, b.realisasi_anggaran, unit]


def _put(ws, row: int, values: list) -> None:
    for col, value in enumerate(values, start=1):
        cell = ws.cell(row, col, value)
        if col in (COL_PAGU, COL_BELANJA):
            cell.number_format = RUPIAH
        elif col in (4, COL_IKU_REALISASI, 10, COL_REALISASI):
            cell.number_format = ANGKA


def _editable(cell) -> None:
    cell.fill = EDITABLE
    cell.protection = Protection(locked=False)


def _meta(wb: Workbook, p: Pengukuran, first_body: int) -> None:
    meta = wb.create_sheet(META_SHEET)
    for r, (k, v) in enumerate((("unit", p.unit_slug), ("tahun", p.tahun), ("triwulan", p.triwulan),
                                ("baris_pertama", HEADER_ROW + 1)), start=1):
        meta.cell(r, 1, k)
        meta.cell(r, 2, v)
    meta.sheet_state = "hidden"
    meta.protection.sheet = True


# --- reading an uploaded workbook --------------------------------------------------------------------


@dataclass
class Kesalahan:
    baris: int | None
    kolom: str | None
    pesan: str

    def __str__(self) -> str:
        where = f"Baris {self.baris}, kolom {self.kolom}: " if self.baris else ""
        return f"{where}{self.pesan}"


@dataclass
class IsiBerkas:
    """What an uploaded workbook says: realisations by indicator, spending by budget line, with cell positions."""

    realisasi: dict[int, tuple[str, int, str]] = field(default_factory=dict)  # indikator → (text, row, column)
    anggaran: dict[tuple[int, int | None], tuple[str, int, str]] = field(default_factory=dict)
    kesalahan: list[Kesalahan] = field(default_factory=list)


def baca_xlsx(isi: bytes, *, unit: str, tahun: int, triwulan: int) -> IsiBerkas:
    """Read the cells an operator may fill. Structural problems become ``kesalahan``; values are not parsed here."""
    hasil = IsiBerkas()
    if not zipfile.is_zipfile(io.BytesIO(isi)):
        hasil.kesalahan.append(Kesalahan(None, None, "Berkas bukan .xlsx (unduh templat dari halaman ini, isi, lalu unggah)."))
        return hasil
    try:
        wb = load_workbook(io.BytesIO(isi), data_only=False)
    except Exception:  # openpyxl raises many types for a damaged file
        hasil.kesalahan.append(Kesalahan(None, None, "Berkas .xlsx rusak atau tidak dapat dibaca."))
        return hasil
    if META_SHEET not in wb.sheetnames:
        hasil.kesalahan.append(Kesalahan(None, None, "Berkas ini bukan templat pengukuran sakip (lembar “sakip” tidak ada)."))
        return hasil
    meta = {wb[META_SHEET].cell(r, 1).value: wb[META_SHEET].cell(r, 2).value for r in range(1, 6)}
    expected = {"unit": unit, "tahun": tahun, "triwulan": triwulan}
    if any(str(meta.get(k)) != str(v) for k, v in expected.items()):
        hasil.kesalahan.append(Kesalahan(None, None, (
            f"Templat ini untuk {meta.get('unit')} tahun {meta.get('tahun')} triwulan {meta.get('triwulan')}, "
            f"bukan {unit} tahun {tahun} triwulan {triwulan}.")))
        return hasil
    ws = wb[wb.sheetnames[0]]
    merged = {cell for rng in ws.merged_cells.ranges for cell in rng.cells}  # (row, column) pairs
    for row in range(int(meta.get("baris_pertama") or HEADER_ROW + 1), ws.max_row + 1):
        key = ws.cell(row, COL_KEY).value
        if not key:
            continue
        for part in str(key).split("|"):
            _read_part(ws, row, part, merged, hasil)
    return hasil


def _read_part(ws, row: int, part: str, merged: set, hasil: IsiBerkas) -> None:
    kind, _, rest = part.partition(":")
    if kind == "I":
        col = COL_IKU_REALISASI if ws.cell(row, 6).value in (None, "") else COL_REALISASI
        text = _cell_text(ws, row, col, merged, hasil)
        if text is not None:
            hasil.realisasi[int(rest)] = (text, row, get_column_letter(col))
    elif kind == "A":
        sub, _, lokasi = rest.partition(":")
        text = _cell_text(ws, row, COL_BELANJA, merged, hasil)
        if text is not None:
            hasil.anggaran[(int(sub), None if lokasi == "-" else int(lokasi))] = (text, row, get_column_letter(COL_BELANJA))
    else:
        hasil.kesalahan.append(Kesalahan(row, "A", f"Kunci baris “{part}” tidak dikenal; jangan ubah kolom A."))


def _cell_text(ws, row: int, col: int, merged: set, hasil: IsiBerkas) -> str | None:
    """The cell as text the number parser reads; a formula or a merged cell is an error (None)."""
    letter = get_column_letter(col)
    if (row, col) in merged:
        hasil.kesalahan.append(Kesalahan(row, letter, "Sel gabungan (merge) tidak boleh dipakai untuk isian; pisahkan sel."))
        return None
    cell = ws.cell(row, col)
    value = cell.value
    if cell.data_type == "f" or (isinstance(value, str) and value.startswith("=")):
        hasil.kesalahan.append(Kesalahan(row, letter, "Isi dengan angka, bukan rumus."))
        return None
    if value is None:
        return ""
    if isinstance(value, bool):
        hasil.kesalahan.append(Kesalahan(row, letter, "Isi dengan angka."))
        return None
    if isinstance(value, int | float):
        return _angka_teks(value)
    return str(value).strip()


def _angka_teks(value: int | float) -> str:
    """A number typed in Excel → the Indonesian text the parser reads (85.71 → "85,71")."""
    from decimal import Decimal

    from sakip.rumus.angka import format_angka

    return format_angka(Decimal(repr(value)) if isinstance(value, float) else Decimal(value))
