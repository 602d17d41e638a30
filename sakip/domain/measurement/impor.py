"""Import of a filled quarterly template (:mod:`sakip.domain.measurement.cetak`): every filled cell read,
checked with the same rules as the grid, shown as a preview of every change and every error by row and
column, and saved all or nothing (``services.simpan_impor``). Also ``sakip import pengukuran``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from django.core.exceptions import ValidationError

from sakip.core.masukan import baca_realisasi, baca_rupiah
from sakip.core.scoping import CHANGE, Scope
from sakip.documents import impor
from sakip.documents.lembar import Kesalahan, buka_xlsx, get_column_letter, teks_sel
from sakip.domain.measurement import selectors, services
from sakip.domain.measurement.dokumen import Baris, BarisIku, Pengukuran, build_pengukuran
from sakip.domain.measurement.models import ROMAWI
from sakip.domain.organisation.selectors import get_pd
from sakip.domain.planning.models import Indikator
from sakip.rumus.angka import DESIMAL_MAKS, DIGIT_MAKS, format_angka, kutip


@dataclass
class IsiBerkas:
    """What an uploaded workbook says: realisations by indicator, spending by budget line, with cell positions."""

    realisasi: dict[int, tuple[str, int, str]] = field(default_factory=dict)  # indikator → (text, row, column)
    anggaran: dict[tuple[int, int | None], tuple[str, int, str]] = field(default_factory=dict)
    kesalahan: list[Kesalahan] = field(default_factory=list)

    def terisi(self) -> int:
        """How many of the cells read hold something (a value, or text the parser will judge)."""
        return sum(1 for teks, _, _ in (*self.realisasi.values(), *self.anggaran.values()) if teks)


KUNCI = re.compile(r"I:(?P<indikator>\d{1,9})|A:(?P<sub>\d{1,9}):(?P<lokasi>\d{1,9}|-)")  # ids: PostgreSQL integers


def baca_xlsx(isi: bytes, *, unit: str, tahun: int, triwulan: int) -> IsiBerkas:
    """Read the cells an operator may fill. Structural problems become ``kesalahan``; values are not parsed here.

    Nothing is dropped without a word: a row key that is unknown, cleared (with a value beside it) or written
    twice, a damaged ``sakip`` sheet and a sheet with nothing filled in are each an error."""
    # The template's layout lives with its writer, which imports openpyxl: read on use, so that importing this
    # module (every start-up registers the importers) does not load openpyxl.
    from sakip.domain.measurement.cetak import COL_KEY, META_SHEET

    hasil = IsiBerkas()
    wb = buka_xlsx(isi, bukan_xlsx="Berkas bukan .xlsx (unduh templat dari halaman ini, isi, lalu unggah).")
    if isinstance(wb, Kesalahan):
        hasil.kesalahan.append(wb)
        return hasil
    if META_SHEET not in wb.sheetnames or wb[META_SHEET] not in wb.worksheets:
        hasil.kesalahan.append(Kesalahan(None, None, "Berkas ini bukan templat pengukuran sakip (lembar “sakip” tidak ada)."))
        return hasil
    meta_ws = wb[META_SHEET]
    meta = {meta_ws.cell(r, 1).value: meta_ws.cell(r, 2).value for r in range(1, 11)}
    expected = {"unit": unit, "tahun": tahun, "triwulan": triwulan}
    if any(str(meta.get(k)) != str(v) for k, v in expected.items()):
        hasil.kesalahan.append(Kesalahan(None, None, (
            f"Templat ini untuk {_meta_teks(meta.get('unit'))} tahun {_meta_teks(meta.get('tahun'))} triwulan "
            f"{_meta_teks(meta.get('triwulan'))}, bukan {unit} tahun {tahun} triwulan {triwulan}.")))
        return hasil
    ws = _lembar_data(wb, meta, triwulan, hasil)
    pertama = _baris_pertama(meta.get("baris_pertama"), ws, hasil) if ws is not None else None
    if ws is None or pertama is None:
        return hasil
    merged = {cell for rng in ws.merged_cells.ranges for cell in rng.cells}  # (row, column) pairs
    seen: dict[str, int] = {}  # key part → the row it was first read on
    for row in range(pertama, ws.max_row + 1):
        key = ws.cell(row, COL_KEY).value
        if key is None or not str(key).strip():
            _tanpa_kunci(ws, row, hasil)
            continue
        for part in (p.strip() for p in str(key).split("|")):
            if part in seen:
                hasil.kesalahan.append(Kesalahan(row, "A", (
                    f"Kunci {kutip(part)} juga ada di baris {seen[part]}: dua baris untuk data yang sama, yang mana "
                    "yang berlaku tidak dapat dipastikan. Hapus salah satunya, atau unduh templat lagi.")))
                continue
            seen[part] = row
            _read_part(ws, row, part, merged, hasil)
    if not hasil.kesalahan and not seen:
        hasil.kesalahan.append(Kesalahan(None, None, (
            f"Tidak ada isian yang terbaca di lembar “{ws.title}”: tidak satu baris pun berkunci di kolom A. "
            "Unduh templat lagi dari halaman ini, isi, lalu unggah.")))
    elif not hasil.kesalahan and not hasil.terisi():
        hasil.kesalahan.append(Kesalahan(None, None, (
            f"Tidak ada isian yang terbaca di lembar “{ws.title}”: semua sel isian (berlatar kuning) kosong, jadi tidak "
            "ada yang disimpan. Isi realisasi atau realisasi anggaran lalu unggah lagi; untuk menghapus isian, "
            "kosongkan di layar pengukuran.")))
    return hasil


def _meta_teks(value: object) -> str:
    return kutip(str(value))[1:-1] if value is not None else "-"


def _lembar_data(wb, meta: dict, triwulan: int, hasil: IsiBerkas):
    """The data sheet: the one the ``sakip`` sheet names (so a sheet added before it is not read); in a
    template made before the name was recorded, the sheet named for the quarter, else the first other sheet."""
    from sakip.domain.measurement.cetak import META_SHEET

    nama = meta.get("lembar")
    if nama is not None:
        if str(nama) in wb.sheetnames and wb[str(nama)] in wb.worksheets:
            return wb[str(nama)]
        hasil.kesalahan.append(Kesalahan(None, None, (
            f"Lembar data “{_meta_teks(nama)}” tidak ada di berkas ini (namanya diubah atau lembarnya dihapus). "
            "Kembalikan nama lembarnya, atau unduh templat lagi.")))
        return None
    lama = f"TW {ROMAWI[triwulan]}"
    if lama in wb.sheetnames and wb[lama] in wb.worksheets:
        return wb[lama]
    others = [ws for ws in wb.worksheets if ws.title != META_SHEET]
    if not others:
        hasil.kesalahan.append(Kesalahan(None, None, "Berkas ini tidak berisi lembar data pengukuran; unduh templat lagi."))
        return None
    return others[0]


def _baris_pertama(value: object, ws, hasil: IsiBerkas) -> int | None:
    """The first body row the ``sakip`` sheet records: a whole number from below the header to the sheet's
    last row (absent in a hand-made copy: the row below the header)."""
    from sakip.domain.measurement.cetak import HEADER_ROW

    bawah, atas = HEADER_ROW + 1, max(ws.max_row, HEADER_ROW + 1)
    if value is None:
        return bawah
    angka: int | None = None
    if isinstance(value, int) and not isinstance(value, bool):
        angka = value
    elif isinstance(value, float) and value.is_integer():
        angka = int(value)
    elif isinstance(value, str) and value.strip().isdecimal() and len(value.strip()) <= 9:
        angka = int(value.strip())
    if angka is None or not bawah <= angka <= atas:
        hasil.kesalahan.append(Kesalahan(None, None, (
            f"Lembar “sakip” rusak: baris_pertama {kutip(str(value))} bukan nomor baris antara {bawah} dan {atas} "
            f"lembar “{ws.title}”. Unduh templat lagi dari halaman ini.")))
        return None
    return angka


def _tanpa_kunci(ws, row: int, hasil: IsiBerkas) -> None:
    """A row without a key is read only to make sure nothing typed in it is lost: a realisation column never
    holds a value without a key, and a spending cell open for typing (unlocked) only on a budget line's row;
    a locked spending cell of a program or kegiatan row is its total."""
    from sakip.domain.measurement.cetak import COL_BELANJA, COL_IKU_REALISASI, COL_REALISASI

    lost = []
    for col in (COL_IKU_REALISASI, COL_REALISASI, COL_BELANJA):
        cell = ws.cell(row, col)
        if cell.value is None or (isinstance(cell.value, str) and not cell.value.strip()):
            continue
        if col == COL_BELANJA and cell.protection.locked:
            continue
        lost.append(f"{get_column_letter(col)} ({kutip(str(cell.value))})")
    if lost:
        hasil.kesalahan.append(Kesalahan(row, "A", (
            f"Kunci baris di kolom A kosong, sehingga isian di kolom {', '.join(lost)} tidak dapat dibaca. Jangan ubah "
            "kolom A: kembalikan kuncinya, atau salin isian ke templat yang baru diunduh.")))


def _read_part(ws, row: int, part: str, merged: set, hasil: IsiBerkas) -> None:
    from sakip.domain.measurement.cetak import COL_BELANJA, COL_IKU_REALISASI, COL_REALISASI

    cocok = KUNCI.fullmatch(part)
    if cocok is None:
        hasil.kesalahan.append(Kesalahan(row, "A", (
            f"Kunci baris {kutip(part)} tidak dikenal; jangan ubah kolom A (unduh templat lagi bila kuncinya berubah).")))
        return
    if cocok["indikator"]:
        col = COL_IKU_REALISASI if ws.cell(row, 6).value in (None, "") else COL_REALISASI
        text = _cell_text(ws, row, col, merged, hasil)
        if text is not None:
            hasil.realisasi[int(cocok["indikator"])] = (text, row, get_column_letter(col))
    else:
        lokasi = cocok["lokasi"]
        text = _cell_text(ws, row, COL_BELANJA, merged, hasil)
        if text is not None:
            key = (int(cocok["sub"]), None if lokasi == "-" else int(lokasi))
            hasil.anggaran[key] = (text, row, get_column_letter(COL_BELANJA))


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
    """A number typed in Excel → the Indonesian text the parser reads (85.71 → "85,71"). A number no column
    holds (``1e30``, ``1,123456``, infinity) is written out in full digits instead, so the parser refuses it
    with its own message ("terlalu besar", "terlalu rinci") rather than formatting failing or rounding it."""
    angka = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    if not angka.is_finite():
        return str(value)
    angka = angka.normalize()
    exponent = angka.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    if angka.adjusted() >= DIGIT_MAKS or places > DESIMAL_MAKS:
        return teks_sel(angka)
    return format_angka(angka)


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
    terbaca: int = 0  # filled cells read from the file

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
    objs = {i.pk: i for i in Indikator.objects.within(scope, CHANGE).filter(pk__in=list(berkas.realisasi))}
    others = selectors.semua_realisasi(list(objs), tahun)
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
    saves += _periksa_anggaran(p, berkas, triwulan, hasil)
    hasil.terbaca = berkas.terisi()
    if simpan and hasil.ok:
        try:
            services.simpan_impor(scope, saves, tahun, triwulan)
        except ValidationError as exc:  # checked above; a rule of the models themselves, all rolled back
            hasil.kesalahan += [Kesalahan(None, None, m) for m in exc.messages]
            return hasil
        hasil.disimpan = True
    return hasil


def _periksa_anggaran(p: Pengukuran, berkas: IsiBerkas, triwulan: int, hasil: HasilImpor) -> list:
    """Check the spending cells with the grid's rule (``services.periksa_belanja``); the saves they make."""
    lines = {(row.sub_kegiatan_id, row.lokasi_id): row for row in p.baris if row.anggaran_diisi_di_sini}
    spent = selectors.semua_belanja([key[0] for key in berkas.anggaran])
    saves: list = []
    for key, (teks, baris, kolom) in berkas.anggaran.items():
        line = lines.get(key)
        if line is None:
            hasil.kesalahan.append(Kesalahan(baris, kolom, "Realisasi anggaran baris ini tidak diisi pada triwulan ini."))
            continue
        try:
            nilai = baca_rupiah(teks)
            services.periksa_belanja(nilai, line.pagu, spent.get(key, {}), triwulan)
        except ValidationError as exc:
            hasil.kesalahan += [Kesalahan(baris, kolom, m) for m in exc.messages]
            continue
        if nilai != line.realisasi_anggaran:
            name = f"{line.nama}{f' ({line.lokasi})' if line.lokasi else ''} — realisasi anggaran"
            hasil.perubahan.append(PerubahanImpor(baris, kolom, name, _rp(line.realisasi_anggaran), _rp(nilai)))
            saves.append(("anggaran", key, teks, line.pagu))
    return saves


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
        ringkasan=_ringkasan(hasil, simpan))


def _ringkasan(hasil: HasilImpor, simpan: bool) -> str:
    if hasil.perubahan:
        return f"{len(hasil.perubahan)} isian {'disimpan' if simpan else 'berubah (diperiksa, belum disimpan)'}."
    return (f"Tidak ada isian yang berubah: {hasil.terbaca} isian yang terbaca sama dengan yang tersimpan; "
            "tidak ada yang disimpan.")


IMPOR = impor.daftar_impor(impor.JenisImpor("pengukuran", "templat .xlsx pengukuran satu triwulan", _argumen, _jalankan))
from sakip.domain.measurement.impor_program import IMPOR as IMPOR_PROGRAM  # noqa: E402,F401  (registers program)
from sakip.domain.measurement.impor_rencana import IMPOR as IMPOR_RENCANA  # noqa: E402,F401  (registers rencana_aksi)
