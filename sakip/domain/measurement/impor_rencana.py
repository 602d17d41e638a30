"""The rencana aksi of a PD-year as an Excel file to fill offline: a template filled with what sakip holds (so
download → import changes nothing), read back cell by cell through the screen's own writes
(``services_rencana.simpan_rencana`` and ``simpan_kas``, one transaction: all or nothing), every problem named by
row and column, a preview of every change before saving. Also ``sakip import rencana_aksi``.

Two sheets: "Rencana aksi" (a row per indicator: its annual target, then for TW I–IV the target and the plan) and
"Anggaran kas" (a row per sub kegiatan: its pagu in force at TW IV, then TW I–IV). Column A of each holds the row's
key (``I:<indicator>``, ``K:<sub kegiatan>``), hidden; a hidden sheet ``sakip`` names the unit and the year. A
quarter the indicator is not measured in is greyed and left out of the import.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from functools import partial
from typing import TypeVar

from django.core.exceptions import ValidationError
from django.db import transaction

from sakip.core.scoping import Scope
from sakip.documents import impor
from sakip.documents.lembar import Kesalahan, buka_xlsx, get_column_letter, sel, simpan_xlsx, teks_sel
from sakip.domain.measurement.impor_program import argumen_unit_tahun
from sakip.domain.measurement.models import ROMAWI
from sakip.domain.measurement.services_rencana import (
    TRIWULAN,
    IsianKas,
    IsianRencana,
    LayarRencana,
    layar_rencana,
    medan_aksi,
    medan_kas,
    medan_target,
    nilai_isian,
    simpan_kas,
    simpan_rencana,
)
from sakip.domain.organisation.selectors import get_pd
from sakip.rumus.angka import AngkaError, format_angka, parse_nilai

LEMBAR_RENCANA, LEMBAR_KAS, META = "Rencana aksi", "Anggaran kas", "sakip"
T = TypeVar("T")
HEADER = 3  # the header row; data from the next
KOLOM_RENCANA = ["Kunci", "Kode", "Indikator", "Satuan", "Target tahunan",
                 *[f"{jenis} TW {ROMAWI[q]}" for q in TRIWULAN for jenis in ("Target", "Rencana aksi")]]
KOLOM_KAS = ["Kunci", "Kode", "Sub kegiatan", "Pagu TW IV (Rp)", *[f"TW {ROMAWI[q]} (Rp)" for q in TRIWULAN]]


def _kolom_target(q: int) -> int:
    return 6 + 2 * (q - 1)  # 1-based: F, H, J, L


def _kolom_kas(q: int) -> int:
    return 5 + (q - 1)  # E..H


def nama_berkas(layar: LayarRencana) -> str:
    return f"rencana-aksi-{layar.pd.slug}-{layar.tahun}.xlsx"


# --- the template --------------------------------------------------------------------------------------------


def templat(scope: Scope, slug: str, tahun: int) -> bytes:
    from openpyxl import Workbook  # here, not at the top: every start-up imports the importers
    from openpyxl.styles import Font, PatternFill

    layar = layar_rencana(scope, get_pd(scope, slug), tahun)
    abu = PatternFill("solid", fgColor="DDDDDD")
    wb = Workbook()
    ws = wb.active
    ws.title = LEMBAR_RENCANA
    sel(ws, 1, 2, f"Rencana aksi {layar.pd.nama} tahun {tahun}").font = Font(bold=True, size=12)
    sel(ws, 2, 2, "Target diisi seperti realisasinya (s.d. triwulan, kecuali indikator yang diisi per triwulan); "
                  "sel abu-abu: triwulan yang tidak diukur. Kosongkan target untuk menghapus rencana triwulan itu. "
                  "Jangan ubah kolom A.")
    for c, nama in enumerate(KOLOM_RENCANA, start=1):
        sel(ws, HEADER, c, nama).font = Font(bold=True)
    for r, b in enumerate(layar.indikator, start=HEADER + 1):
        for c, nilai in enumerate((f"I:{b.indikator_id}", b.kode, b.nama, b.satuan, b.target.teks), start=1):
            sel(ws, r, c, nilai)
        for q in TRIWULAN:
            c = _kolom_target(q)
            if not b.aturan.frekuensi.diukur(q):
                ws.cell(r, c).fill = ws.cell(r, c + 1).fill = abu
                continue
            rencana = b.rencana.get(q)
            sel(ws, r, c, nilai_isian(rencana.nilai, rencana.teks) if rencana else None).number_format = "@"
            sel(ws, r, c + 1, rencana.aksi if rencana else None)
    _lebar(ws, {"A": 10, "B": 18, "C": 48, "D": 12, "E": 12, **{get_column_letter(_kolom_target(q)): 10 for q in TRIWULAN},
                **{get_column_letter(_kolom_target(q) + 1): 28 for q in TRIWULAN}})
    kas = wb.create_sheet(LEMBAR_KAS)
    sel(kas, 1, 2, f"Anggaran kas {layar.pd.nama} tahun {tahun}").font = Font(bold=True, size=12)
    sel(kas, 2, 2, "Rencana belanja tiap triwulan (bukan kumulatif); jumlahnya tidak boleh melebihi pagu triwulan IV.")
    for c, nama in enumerate(KOLOM_KAS, start=1):
        sel(kas, HEADER, c, nama).font = Font(bold=True)
    for r, k in enumerate(layar.kas, start=HEADER + 1):
        for c, nilai in enumerate((f"K:{k.sub_kegiatan_id}", k.kode, k.nama,
                                   format_angka(k.pagu) if k.pagu is not None else "-"), start=1):
            sel(kas, r, c, nilai)
        for q in TRIWULAN:
            v = k.kas.get(q)
            sel(kas, r, _kolom_kas(q), format_angka(v) if v is not None else None).number_format = "@"
    _lebar(kas, {"A": 10, "B": 18, "C": 48, "D": 16, **{get_column_letter(_kolom_kas(q)): 16 for q in TRIWULAN}})
    meta = wb.create_sheet(META)
    meta_isi: tuple[tuple[str, str | int], ...] = (("jenis", "rencana_aksi"), ("unit", layar.pd.slug), ("tahun", tahun))
    for r, (kunci, isi) in enumerate(meta_isi, start=1):
        sel(meta, r, 1, kunci)
        sel(meta, r, 2, isi)
    meta.sheet_state = "hidden"
    return simpan_xlsx(wb)


def _lebar(ws, lebar: dict[str, float]) -> None:
    for huruf, w in lebar.items():
        ws.column_dimensions[huruf].width = w
    ws.column_dimensions["A"].hidden = True
    ws.freeze_panes = ws.cell(HEADER + 1, 4)


# --- the import ----------------------------------------------------------------------------------------------


@dataclass
class HasilRencana:
    kesalahan: list[Kesalahan] = field(default_factory=list)
    perubahan: list[str] = field(default_factory=list)
    disimpan: bool = False

    @property
    def ok(self) -> bool:
        return not self.kesalahan


def impor_rencana(scope: Scope, *, slug: str, tahun: int, isi: bytes, simpan: bool) -> HasilRencana:
    """Read a filled template of ``slug``'s ``tahun``; with ``simpan`` and no problem, save it (all or nothing)."""
    pd = get_pd(scope, slug)
    hasil = HasilRencana()
    wb = buka_xlsx(isi)
    if isinstance(wb, Kesalahan):
        hasil.kesalahan.append(wb)
        return hasil
    if (META not in wb.sheetnames or [wb[META].cell(r, 2).value for r in (1, 2, 3)] != ["rencana_aksi", pd.slug, tahun]
            or LEMBAR_RENCANA not in wb.sheetnames or LEMBAR_KAS not in wb.sheetnames):
        hasil.kesalahan.append(Kesalahan(None, None, (
            f"Berkas ini bukan templat rencana aksi {pd.nama} tahun {tahun}; unduh templatnya dari layar rencana aksi.")))
        return hasil
    layar = layar_rencana(scope, pd, tahun)
    posisi: dict[str, tuple[int, str]] = {}  # a service's field → (row, column) of its cell
    rencana, kas = _baca(wb, layar, posisi, hasil)
    if hasil.kesalahan:
        return hasil
    hasil.perubahan = _perubahan(layar, rencana, kas)
    with transaction.atomic():  # both writes, or neither; each checks its whole table before writing anything
        for tulis in (partial(simpan_rencana, baris=rencana), partial(simpan_kas, baris=kas)):
            try:
                tulis(scope, pd=pd, tahun=tahun)
            except ValidationError as exc:
                for name, messages in (exc.message_dict if hasattr(exc, "error_dict") else {"": exc.messages}).items():
                    baris, kolom = posisi.get(name, (None, None))
                    hasil.kesalahan += [Kesalahan(baris, kolom, m) for m in messages]
        if hasil.kesalahan or not simpan:
            transaction.set_rollback(True)
            return hasil
    hasil.disimpan = True
    return hasil


def _baca(wb, layar: LayarRencana, posisi: dict[str, tuple[int, str]],
          hasil: HasilRencana) -> tuple[list[IsianRencana], list[IsianKas]]:
    ws = wb[LEMBAR_RENCANA]
    rencana: list[IsianRencana] = []
    for r, b in _berkunci(ws, {f"I:{b.indikator_id}": b for b in layar.indikator}, hasil):
        for q in TRIWULAN:
            if not b.aturan.frekuensi.diukur(q):
                continue
            c = _kolom_target(q)
            posisi[medan_target(b.indikator_id, q)] = (r, get_column_letter(c))
            posisi[medan_aksi(b.indikator_id, q)] = (r, get_column_letter(c + 1))
            rencana.append(IsianRencana(b.indikator_id, q, teks_sel(ws.cell(r, c).value), "",
                                        str(ws.cell(r, c + 1).value or "")))
    ws = wb[LEMBAR_KAS]
    kas: list[IsianKas] = []
    for r, k in _berkunci(ws, {f"K:{k.sub_kegiatan_id}": k for k in layar.kas}, hasil):
        for q in TRIWULAN:
            c = _kolom_kas(q)
            posisi[medan_kas(k.sub_kegiatan_id, q)] = (r, get_column_letter(c))
            kas.append(IsianKas(k.sub_kegiatan_id, q, _rupiah_sel(ws.cell(r, c).value)))
    return rencana, kas


def _berkunci(ws, rows: Mapping[str, T], hasil: HasilRencana) -> Iterator[tuple[int, T]]:
    """(row number, the screen's row) of every row of ``ws`` whose key (column A) names one; an unknown key is a
    problem of its cell, a row without a key is not read."""
    for r in range(HEADER + 1, ws.max_row + 1):
        kunci = teks_sel(ws.cell(r, 1).value)
        if not kunci:
            continue
        if kunci not in rows:
            hasil.kesalahan.append(Kesalahan(r, "A", "Kunci baris tidak dikenal; jangan ubah kolom A (unduh templat lagi)."))
            continue
        yield r, rows[kunci]


def _rupiah_sel(value) -> str:
    """An amount cell: a number Excel stored is whole rupiah (``15000000`` → ``15.000.000``); text as typed."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return format_angka(value)
    return teks_sel(value)


def _perubahan(layar: LayarRencana, rencana: list[IsianRencana], kas: list[IsianKas]) -> list[str]:
    """One line per quarter whose target, plan or kas the file changes (by what it says, before the checks)."""
    rows = {b.indikator_id: b for b in layar.indikator}
    out = []
    for i in rencana:
        b = rows[i.indikator if isinstance(i.indikator, int) else i.indikator.pk]
        stored = b.rencana.get(i.triwulan)
        teks, aksi = str(i.nilai or "").strip(), " ".join(i.aksi.split())
        if not _sama(stored.nilai if stored else None, teks) or aksi != (stored.aksi if stored else ""):
            lama = nilai_isian(stored.nilai, stored.teks) if stored else "-"
            out.append(f"{b.nama} TW {ROMAWI[i.triwulan]}: {lama} → {teks or '-'}" + (f" ({aksi})" if aksi else ""))
    by_sub = {k.sub_kegiatan_id: k for k in layar.kas}
    for j in kas:
        k = by_sub[j.sub_kegiatan if isinstance(j.sub_kegiatan, int) else j.sub_kegiatan.pk]
        lama_kas = k.kas.get(j.triwulan)
        if not _sama(lama_kas, str(j.nilai or "")):
            out.append(f"Anggaran kas {k.kode} TW {ROMAWI[j.triwulan]}: "
                       f"{format_angka(lama_kas) if lama_kas is not None else '-'} → {j.nilai or '-'}")
    return out


def _sama(lama: Decimal | None, teks: str) -> bool:
    """Whether ``teks`` says the stored number ``lama`` (an unreadable text is a change; the checks name it)."""
    teks = teks.strip().removeprefix("Rp").strip()
    if not teks or teks == "-":
        return lama is None
    try:
        return lama is not None and parse_nilai(teks).nilai == lama
    except AngkaError:
        return False


# --- ``sakip import rencana_aksi`` ---------------------------------------------------------------------------


def _jalankan(scope: Scope, isi: bytes, *, simpan: bool, unit: str, year: int) -> impor.HasilImpor:
    hasil = impor_rencana(scope, slug=unit, tahun=year, isi=isi, simpan=simpan)
    return impor.HasilImpor(kesalahan=hasil.kesalahan, rincian=hasil.perubahan, disimpan=hasil.disimpan,
                            ringkasan=f"{len(hasil.perubahan)} perubahan {'disimpan' if hasil.disimpan else 'diperiksa'}.")


IMPOR = impor.daftar_impor(impor.JenisImpor(
    "rencana_aksi", "templat .xlsx rencana aksi (target dan rencana per triwulan, anggaran kas) satu tahun", argumen_unit_tahun,
    _jalankan))
