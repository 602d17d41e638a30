"""Upload of a filled LKE worksheet (:func:`sakip.domain.evaluasi.cetak.lke_xlsx`): every criterion row read,
each changed cell checked with the worksheet screen's rules (:func:`services.simpan_jawaban`: which columns the
uploader's side writes in the evaluation's stage, letters on the criterion's scale), shown as a preview of every
change and every error by row and column, and saved all or nothing. Also ``sakip import lke``.

A cell of a column the uploader may not write now is ignored while it holds what is stored (the worksheet carries
every column, both sides'), and refused, naming the cell, once it was changed: nothing typed is silently dropped.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction

from sakip.core.galat import Ditolak
from sakip.core.scoping import Scope
from sakip.documents import impor
from sakip.documents.lembar import Kesalahan, buka_xlsx, get_column_letter
from sakip.domain.evaluasi import services
from sakip.domain.evaluasi.dokumen import KriteriaDok, Lembar, lembar_lke
from sakip.domain.evaluasi.models import NILAI, KriteriaLke
from sakip.rumus import lke as rumus
from sakip.rumus.angka import kutip

PANJANG_MAKS = 5000  # as the worksheet form


@dataclass
class IsiBerkas:
    """What an uploaded worksheet says: per criterion code, its row and each answer column's text."""

    kriteria: dict[str, tuple[int, dict[str, str]]] = field(default_factory=dict)
    kesalahan: list[Kesalahan] = field(default_factory=list)


def _teks(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime.datetime | datetime.date):
        value = value.isoformat()
    return str(value).replace("\r\n", "\n").replace("\r", "\n").strip()


def baca_xlsx(isi: bytes, *, unit: str, tahun: int, kode_dikenal: set[str], kode_kriteria: set[str]) -> IsiBerkas:
    """Read every row of the worksheet sheet. A row keyed by a criterion code gives its answer columns; a row
    keyed by a komponen or sub-komponen code, or by nothing, must leave the answer columns empty; any other key,
    a criterion twice, a formula in an answer cell, or a worksheet of another PD or year is an error."""
    # The worksheet's layout lives with its writer, which imports openpyxl: read on use, so that importing this
    # module (every start-up registers the importers) does not load openpyxl.
    from sakip.domain.evaluasi.cetak import COL_KODE, COL_MEDAN, HEADER_ROW, META_SHEET, SHEET

    hasil = IsiBerkas()
    wb = buka_xlsx(isi, bukan_xlsx="Berkas bukan .xlsx (unduh lembar kerja Excel dari halaman LKE, isi, lalu unggah).")
    if isinstance(wb, Kesalahan):
        hasil.kesalahan.append(wb)
        return hasil
    if META_SHEET not in wb.sheetnames or SHEET not in wb.sheetnames:
        hasil.kesalahan.append(Kesalahan(None, None, f"Berkas ini bukan lembar kerja LKE sakip (lembar “{SHEET}” "
                                                     f"atau “{META_SHEET}” tidak ada). Unduh lembar kerja Excel dari "
                                                     "halaman LKE."))
        return hasil
    meta_ws = wb[META_SHEET]
    meta = {meta_ws.cell(r, 1).value: meta_ws.cell(r, 2).value for r in range(1, 11)}
    if meta.get("jenis") != "lke":
        hasil.kesalahan.append(Kesalahan(None, None, "Berkas ini bukan lembar kerja LKE sakip (lembar “sakip” "
                                                     "rusak). Unduh lembar kerja Excel dari halaman LKE."))
        return hasil
    if _teks(meta.get("unit")) != unit or _teks(meta.get("tahun")) != str(tahun):
        hasil.kesalahan.append(Kesalahan(None, None, (
            f"Berkas ini lembar kerja {kutip(_teks(meta.get('unit')))} tahun {kutip(_teks(meta.get('tahun')))}, "
            f"bukan {unit} tahun {tahun}.")))
        return hasil
    ws = wb[SHEET]
    for row in range(HEADER_ROW + 1, ws.max_row + 1):
        kode = _teks(ws.cell(row, COL_KODE).value)
        isian: dict[str, str] = {}
        for name, col in COL_MEDAN.items():
            cell = ws.cell(row, col)
            if cell.data_type == "f":
                hasil.kesalahan.append(Kesalahan(row, get_column_letter(col), "Isi dengan teks, bukan rumus."))
                continue
            isian[name] = _teks(cell.value)
        if kode in kode_kriteria:
            if kode in hasil.kriteria:
                hasil.kesalahan.append(Kesalahan(row, "A", (
                    f"Kriteria {kode} sudah ada di baris {hasil.kriteria[kode][0]}; setiap kriteria satu baris.")))
                continue
            hasil.kriteria[kode] = (row, isian)
            continue
        if kode and kode not in kode_dikenal:
            hasil.kesalahan.append(Kesalahan(row, "A", (
                f"Kode {kutip(kode)} bukan kode kriteria LKE ini; jangan ubah kolom Kode (unduh lembar kerja lagi "
                "bila LKE-nya berubah).")))
            continue
        terisi = [get_column_letter(COL_MEDAN[n]) for n, t in isian.items() if t]
        if terisi:
            hasil.kesalahan.append(Kesalahan(row, terisi[0], (
                f"Baris ini bukan baris kriteria, sehingga isian di kolom {', '.join(terisi)} tidak dapat dibaca. "
                "Isi pada baris kriteria (kolom Kode berisi kode kriteria, misalnya 1.a.1).")))
    return hasil


# --- checking and saving -------------------------------------------------------------------------------


@dataclass(frozen=True)
class PerubahanImpor:
    baris: int
    kolom: str
    kode: str
    nama: str  # the column's label
    sebelum: str
    sesudah: str


@dataclass
class HasilImpor:
    perubahan: list[PerubahanImpor]
    kesalahan: list[Kesalahan]
    disimpan: bool = False
    terbaca: int = 0  # criterion rows read

    @property
    def ok(self) -> bool:
        return not self.kesalahan


def _sisi_medan(scope: Scope, lembar: Lembar) -> dict[str, str]:
    """Field → the side that writes it, for the fields the actor writes in the evaluation's current stage."""
    e, pd = lembar.evaluasi, lembar.pd
    return {f: sisi for (sisi, tahap), fields in services.HAK.items()
            if tahap == e.tahap and services.boleh_sisi(scope, pd, sisi) for f in fields}


def _siapa(scope: Scope, lembar: Lembar) -> str:
    pd = lembar.pd
    sisi = [services.LABEL_SISI[s] for s in (services.PD, services.EVALUATOR) if services.boleh_sisi(scope, pd, s)]
    return " maupun ".join(sisi) if sisi else "peran Anda"


def _periksa_isi(c: KriteriaDok, name: str, teks: str) -> str | None:
    """What is wrong with ``teks`` as the new ``name`` of criterion ``c`` (the worksheet form's rules), if anything."""
    label = services.LABEL_MEDAN[name]
    if len(teks) > PANJANG_MAKS:
        return f"{label} kriteria {c.kode} terlalu panjang ({len(teks)} karakter; paling banyak {PANJANG_MAKS})."
    if name in NILAI:
        try:
            rumus.pecahan(c.skala, teks)
        except ValueError as exc:
            return f"{label} kriteria {c.kode}: {exc}"
    return None


def impor_lke(scope: Scope, *, slug: str, tahun: int, isi: bytes, simpan: bool) -> HasilImpor:
    """Check every criterion row of an uploaded worksheet; with ``simpan`` and no error, save every change in one
    transaction (through :func:`services.simpan_jawaban`, so the stage and the scale are checked once more)."""
    from sakip.domain.evaluasi.cetak import COL_MEDAN

    lembar = lembar_lke(scope, slug, tahun)
    d = lembar.dok
    semua: dict[str, KriteriaDok] = {c.kode: c for k in d.komponen for s in k.sub_komponen for c in s.kriteria}
    dikenal = {k.kode for k in d.komponen} | {s.kode for k in d.komponen for s in k.sub_komponen}
    berkas = baca_xlsx(isi, unit=slug, tahun=tahun, kode_dikenal=dikenal, kode_kriteria=set(semua))
    hasil = HasilImpor([], list(berkas.kesalahan), terbaca=len(berkas.kriteria))
    if any(k.baris is None for k in hasil.kesalahan):
        return hasil
    boleh = _sisi_medan(scope, lembar)
    tahap = lembar.evaluasi.get_tahap_display()
    isian: dict[tuple[str, str], dict[str, str]] = {}  # (kode, side) → field → value
    for kode, (baris, kolom_isi) in berkas.kriteria.items():
        c = semua[kode]
        for name, teks in kolom_isi.items():
            kolom = get_column_letter(COL_MEDAN[name])
            if name in NILAI:
                teks = teks.upper()
            lama = _teks(getattr(c, name))
            if teks == lama:
                continue
            label = services.LABEL_MEDAN[name]
            if name not in boleh:
                hasil.kesalahan.append(Kesalahan(baris, kolom, (
                    f"{label} kriteria {kode} tidak dapat diubah {_siapa(scope, lembar)} pada tahap {tahap}; "
                    f"kembalikan isinya ({kutip(lama) if lama else 'kosong'}) atau unduh lembar kerja lagi.")))
                continue
            salah = _periksa_isi(c, name, teks)
            if salah:
                hasil.kesalahan.append(Kesalahan(baris, kolom, salah))
                continue
            hasil.perubahan.append(PerubahanImpor(baris, kolom, kode, label, lama or "-", teks or "-"))
            isian.setdefault((kode, boleh[name]), {})[name] = teks
    if simpan and hasil.ok and isian:
        kriteria = {k.kode: k for k in KriteriaLke.objects.within(scope).filter(
            sub_komponen__komponen__lke_id=lembar.evaluasi.lke_id, kode__in=[kode for kode, _ in isian])}
        try:
            with transaction.atomic():
                for (kode, sisi), data in isian.items():
                    services.simpan_jawaban(scope, evaluasi=lembar.evaluasi, kriteria=kriteria[kode], data=data,
                                            sisi=sisi)
        except ValidationError as exc:  # the window, or a rule of the models themselves: all rolled back
            hasil.kesalahan += [Kesalahan(None, None, m) for m in exc.messages]
            return hasil
        except Ditolak as exc:  # a sub-komponen another evaluator owns: all rolled back
            hasil.kesalahan.append(Kesalahan(None, None, str(exc)))
            return hasil
        hasil.disimpan = True
    return hasil


def _argumen(parser) -> None:
    parser.add_argument("--unit", required=True, help="slug perangkat daerah")
    parser.add_argument("--year", required=True, type=int)


def _jalankan(scope: Scope, isi: bytes, *, simpan: bool, unit: str, year: int) -> impor.HasilImpor:
    hasil = impor_lke(scope, slug=unit, tahun=year, isi=isi, simpan=simpan)
    return impor.HasilImpor(
        kesalahan=hasil.kesalahan, disimpan=hasil.disimpan,
        rincian=[f"Baris {c.baris}, kolom {c.kolom}: kriteria {c.kode} — {c.nama}: {c.sebelum} → {c.sesudah}"
                 for c in hasil.perubahan],
        ringkasan=ringkasan(hasil, simpan))


def ringkasan(hasil: HasilImpor, simpan: bool) -> str:
    if hasil.perubahan:
        return f"{len(hasil.perubahan)} isian {'disimpan' if simpan else 'berubah (diperiksa, belum disimpan)'}."
    return (f"Tidak ada isian yang berubah pada {hasil.terbaca} baris kriteria yang terbaca; tidak ada yang "
            "disimpan.")


IMPOR = impor.daftar_impor(impor.JenisImpor("lke", "lembar kerja evaluasi AKIP (.xlsx)", _argumen, _jalankan))
