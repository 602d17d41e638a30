"""Import of a filled quarterly template (:mod:`sakip.domain.measurement.cetak`): every filled cell read,
checked with the same rules as the grid, shown as a preview of every change and every error by row and
column, and saved all or nothing (``services.simpan_impor``). Also ``sakip import pengukuran``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from django.core.exceptions import ValidationError
from openpyxl.utils import get_column_letter

from sakip.core.masukan import baca_realisasi, baca_rupiah
from sakip.core.scoping import CHANGE, Scope
from sakip.documents import impor
from sakip.documents.lembar import Kesalahan, buka_xlsx
from sakip.domain.measurement import selectors, services
from sakip.domain.measurement.cetak import COL_BELANJA, COL_IKU_REALISASI, COL_KEY, COL_REALISASI, HEADER_ROW, META_SHEET
from sakip.domain.measurement.dokumen import Baris, BarisIku, build_pengukuran
from sakip.domain.organisation.selectors import get_pd
from sakip.domain.planning.models import Indikator
from sakip.rumus.angka import format_angka


@dataclass
class IsiBerkas:
    """What an uploaded workbook says: realisations by indicator, spending by budget line, with cell positions."""

    realisasi: dict[int, tuple[str, int, str]] = field(default_factory=dict)  # indikator → (text, row, column)
    anggaran: dict[tuple[int, int | None], tuple[str, int, str]] = field(default_factory=dict)
    kesalahan: list[Kesalahan] = field(default_factory=list)


def baca_xlsx(isi: bytes, *, unit: str, tahun: int, triwulan: int) -> IsiBerkas:
    """Read the cells an operator may fill. Structural problems become ``kesalahan``; values are not parsed here."""
    hasil = IsiBerkas()
    wb = buka_xlsx(isi, bukan_xlsx="Berkas bukan .xlsx (unduh templat dari halaman ini, isi, lalu unggah).")
    if isinstance(wb, Kesalahan):
        hasil.kesalahan.append(wb)
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
    return format_angka(Decimal(repr(value)) if isinstance(value, float) else Decimal(value))


# --- checking and saving -------------------------------------------------------------------------------


@dataclass(frozen=True)
class PerubahanImpor:
    baris: int
    kolom: str
    nama: str
    sebelum: str
    sesudah: str


@dataclass
class HasilImpor:
    perubahan: list[PerubahanImpor]
    kesalahan: list[Kesalahan]
    disimpan: bool = False

    @property
    def ok(self) -> bool:
        return not self.kesalahan


def impor_pengukuran(scope: Scope, *, slug: str, tahun: int, triwulan: int, isi: bytes, simpan: bool) -> HasilImpor:
    """Check every filled cell of an uploaded template; with ``simpan`` and no error, save all in one transaction."""
    p = build_pengukuran(scope, slug, tahun, triwulan)
    berkas = baca_xlsx(isi, unit=slug, tahun=tahun, triwulan=triwulan)
    hasil = HasilImpor([], list(berkas.kesalahan))
    try:
        services.pastikan_terbuka(get_pd(scope, slug).pk, tahun, triwulan, "berkas")
    except ValidationError as exc:
        hasil.kesalahan.insert(0, Kesalahan(None, None, " ".join(exc.messages)))
    if any(k.baris is None for k in hasil.kesalahan):
        return hasil  # not a template of this quarter: nothing to check cell by cell
    indikator: dict[int, Baris | BarisIku] = {row.indikator_id: row for row in p.baris if row.indikator_id}
    indikator.update({row.indikator_id: row for row in p.iku})
    lines = {(row.sub_kegiatan_id, row.lokasi_id): row for row in p.baris if row.anggaran_diisi_di_sini}
    objs = {i.pk: i for i in Indikator.objects.within(scope, CHANGE).filter(pk__in=list(berkas.realisasi))}
    others = selectors.semua_realisasi(list(objs), tahun)
    spent_before = selectors.semua_belanja([key[0] for key in berkas.anggaran], triwulan - 1)
    saves: list = []
    for ind_id, (teks, baris, kolom) in berkas.realisasi.items():
        row, ind = indikator.get(ind_id), objs.get(ind_id)
        if row is None or ind is None:
            hasil.kesalahan.append(Kesalahan(baris, "A", "Baris ini bukan indikator perangkat daerah ini pada tahun ini."))
            continue
        try:
            nilai, teks = baca_realisasi(teks)
            services.periksa_isian(ind, triwulan, nilai, others.get(ind_id, {}))
        except ValidationError as exc:
            hasil.kesalahan += [Kesalahan(baris, kolom, m) for m in exc.messages]
            continue
        if nilai != row.realisasi.nilai:
            hasil.perubahan.append(PerubahanImpor(baris, kolom, f"{row.nama} — realisasi", row.realisasi.teks, teks or "-"))
            saves.append(("realisasi", ind, teks, others.get(ind_id, {})))
    for key, (teks, baris, kolom) in berkas.anggaran.items():
        line = lines.get(key)
        if line is None:
            hasil.kesalahan.append(Kesalahan(baris, kolom, "Realisasi anggaran baris ini tidak diisi pada triwulan ini."))
            continue
        try:
            nilai = baca_rupiah(teks)
            services.periksa_belanja(nilai, line.pagu, spent_before.get(key), triwulan)
        except ValidationError as exc:
            hasil.kesalahan += [Kesalahan(baris, kolom, m) for m in exc.messages]
            continue
        if nilai != line.realisasi_anggaran:
            name = f"{line.nama}{f' ({line.lokasi})' if line.lokasi else ''} — realisasi anggaran"
            hasil.perubahan.append(PerubahanImpor(baris, kolom, name, _rp(line.realisasi_anggaran), _rp(nilai)))
            saves.append(("anggaran", key, teks, line.pagu))
    if simpan and hasil.ok:
        services.simpan_impor(scope, saves, tahun, triwulan)
        hasil.disimpan = True
    return hasil


def _rp(nilai: Decimal | None) -> str:
    return "-" if nilai is None else f"Rp {format_angka(nilai, 0)}"


def _argumen(parser) -> None:
    parser.add_argument("--unit", required=True, help="slug perangkat daerah")
    parser.add_argument("--year", required=True, type=int)
    parser.add_argument("--tw", required=True, type=int, choices=[1, 2, 3, 4])


def _jalankan(scope: Scope, isi: bytes, *, simpan: bool, unit: str, year: int, tw: int) -> impor.HasilImpor:
    hasil = impor_pengukuran(scope, slug=unit, tahun=year, triwulan=tw, isi=isi, simpan=simpan)
    return impor.HasilImpor(
        kesalahan=hasil.kesalahan, disimpan=hasil.disimpan,
        rincian=[f"Baris {c.baris}, kolom {c.kolom}: {c.nama}: {c.sebelum} → {c.sesudah}" for c in hasil.perubahan],
        ringkasan=f"{len(hasil.perubahan)} isian {'disimpan' if simpan else 'diperiksa'}.")


IMPOR = impor.daftar_impor(impor.JenisImpor("pengukuran", "templat .xlsx pengukuran satu triwulan", _argumen, _jalankan))
from sakip.domain.measurement.impor_program import IMPOR as IMPOR_PROGRAM  # noqa: E402,F401  (registers program)
