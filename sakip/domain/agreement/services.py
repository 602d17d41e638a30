"""Writes of the Perjanjian Kinerja: the first version of a year, a new version, a correction of the latest one.

Each is one transaction taking the actor's scope; nothing is half-saved. The two parties are never typed:
they are the posts whose tenures cover the version's date (the PD's head and the pemda's kepala daerah,
:func:`sakip.domain.agreement.selectors.pihak_pada`), so the document names whoever held them on that date.
A PK berjenjang (``jenjang``: a post below the head) is written by the same functions: its parties are the holder
of that post and the head of the PD (:func:`sakip.domain.agreement.selectors.pihak_jenjang`), its targets only
indicators of the pohon kinerja nodes that post owns (:func:`sakip.domain.agreement.selectors.jenjang_pk`: a built
node's planning indicators, an intermediate node's own); a target of another node is refused naming the indicator
(and the intermediate node, with its owner). Versions are numbered per level.
A submitted, verified or approved PK refuses every change (:func:`sakip.domain.agreement.models.pastikan_pk_terbuka`,
the workflow's lock, which the models check as well); a new version needs the PK reopened first.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction

from sakip.core.galat import Ditolak
from sakip.core.scoping import Scope
from sakip.documents.tanggal import tanggal_teks
from sakip.domain.agreement.models import AnggaranPk, PerjanjianKinerja, TargetPk, pastikan_pk_terbuka
from sakip.domain.agreement.selectors import jenjang_pk, kunci_indikator, kunci_target, pihak_jenjang, pihak_pada
from sakip.domain.kaskade.models import IndikatorAntara
from sakip.domain.organisation.models import Jabatan, PerangkatDaerah
from sakip.domain.planning.models import Indikator, Program

Alasan = PerjanjianKinerja.Alasan


def medan_target(indikator_id: int) -> str:
    """The name of the form field (and of its errors) of one indicator's target."""
    return f"target_{indikator_id}"


def medan_indikator(indikator: Indikator | IndikatorAntara) -> str:
    """:func:`medan_target` of a planning indicator; ``target_antara_3`` of an intermediate node's indicator."""
    if isinstance(indikator, IndikatorAntara):
        return f"target_antara_{indikator.pk}"
    return medan_target(indikator.pk)


def medan_anggaran(program_id: int) -> str:
    """The name of the form field (and of its errors) of one program's budget."""
    return f"anggaran_{program_id}"


@dataclass(frozen=True)
class IsianTarget:
    indikator: Indikator | IndikatorAntara  # a planning indicator, or (PK berjenjang) an intermediate node's
    nilai: Decimal
    nilai_atas: Decimal | None
    teks: str


@dataclass(frozen=True)
class IsianAnggaranPk:
    program: Program
    nilai: Decimal
    sumber: str


@dataclass(frozen=True)
class IsianPk:
    """A PK version as the form read it (numbers already parsed)."""

    tanggal: datetime.date
    tempat: str = ""
    alasan: str = Alasan.AWAL
    alasan_teks: str = ""
    dasar_hukum: str = ""
    pernyataan: str = ""
    target: tuple[IsianTarget, ...] = ()
    anggaran: tuple[IsianAnggaranPk, ...] = ()


@transaction.atomic
def buat_pk(scope: Scope, *, pd: PerangkatDaerah, tahun: int, isian: IsianPk,
            jenjang: Jabatan | None = None) -> PerjanjianKinerja:
    """The first version of ``pd``'s PK for ``tahun`` (reason: penetapan awal); ``jenjang``: of that post."""
    _boleh(scope, pd, tahun)
    if PerjanjianKinerja.semua.filter(pd=pd, tahun=tahun, jenjang=jenjang).exists():
        raise ValidationError(f"{_judul(pd, jenjang)} sudah memiliki PK tahun {tahun}; "
                              "perubahan dibuat sebagai versi baru.")
    pk = PerjanjianKinerja(pd=pd, tahun=tahun, nomor=1, jenjang=jenjang)
    return _simpan(scope, pk, isian, alasan=Alasan.AWAL)


@transaction.atomic
def buat_versi(scope: Scope, *, pd: PerangkatDaerah, tahun: int, isian: IsianPk,
               jenjang: Jabatan | None = None) -> PerjanjianKinerja:
    """A new version of the PK: signed after the latest one, for a change of official, budget or strategy."""
    _boleh(scope, pd, tahun)
    dasar = _terakhir(pd, tahun, jenjang)
    if dasar is None:
        raise ValidationError(f"{_judul(pd, jenjang)} belum memiliki PK tahun {tahun}; "
                              f"buat PK tahun {tahun} lebih dulu.")
    _periksa_alasan(isian.alasan)
    _periksa_sesudah(isian.tanggal, dasar)
    pk = PerjanjianKinerja(pd=pd, tahun=tahun, nomor=dasar.nomor + 1, jenjang=jenjang)
    return _simpan(scope, pk, isian, alasan=isian.alasan)


@transaction.atomic
def ubah_pk(scope: Scope, *, pk: PerjanjianKinerja, isian: IsianPk) -> PerjanjianKinerja:
    """Correct the latest version while the PK is open (a slip found before submission or after a return)."""
    _boleh(scope, pk.pd, pk.tahun)
    terakhir = _terakhir(pk.pd, pk.tahun, pk.jenjang)
    if terakhir is None or terakhir.pk != pk.pk:
        raise Ditolak("Hanya versi terakhir PK yang dapat diperbaiki; perubahan lain dibuat sebagai versi baru.")
    sebelumnya = (PerjanjianKinerja.semua.filter(pd=pk.pd, tahun=pk.tahun, jenjang=pk.jenjang_id, nomor__lt=pk.nomor)
                  .order_by("-nomor").first())
    if sebelumnya is not None:
        _periksa_alasan(isian.alasan)
        _periksa_sesudah(isian.tanggal, sebelumnya)
    return _simpan(scope, pk, isian, alasan=isian.alasan if sebelumnya is not None else Alasan.AWAL)


# --- the shared steps --------------------------------------------------------------------------------------


def _boleh(scope: Scope, pd: PerangkatDaerah, tahun: int) -> None:
    if not (scope.writes_for(pd) and scope.reaches_pd(pd)):
        raise Ditolak("Anda tidak berwenang menyusun Perjanjian Kinerja perangkat daerah ini.")
    pastikan_pk_terbuka(pd.pk, tahun)


def _judul(pd: PerangkatDaerah, jenjang: Jabatan | None) -> str:
    return f"{jenjang.nama} {pd.nama}" if jenjang is not None else pd.nama


def _terakhir(pd: PerangkatDaerah, tahun: int, jenjang: Jabatan | None = None) -> PerjanjianKinerja | None:
    return (PerjanjianKinerja.semua.select_for_update().filter(pd=pd, tahun=tahun, jenjang=jenjang)
            .order_by("-tanggal", "-nomor").first())


def _periksa_alasan(alasan: str) -> None:
    if alasan == Alasan.AWAL or alasan not in Alasan.values:
        pilihan = ", ".join(label.lower() for value, label in Alasan.choices if value != Alasan.AWAL)
        raise ValidationError({"alasan": f"Pilih alasan versi baru: {pilihan}."})


def _periksa_sesudah(tanggal: datetime.date, sebelumnya: PerjanjianKinerja) -> None:
    if tanggal <= sebelumnya.tanggal:
        raise ValidationError({"tanggal": f"Tanggal versi ini harus sesudah tanggal versi {sebelumnya.nomor} "
                                          f"({tanggal_teks(sebelumnya.tanggal)})."})


def _simpan(scope: Scope, pk: PerjanjianKinerja, isian: IsianPk, alasan: str) -> PerjanjianKinerja:
    """Write the version ``pk`` (new or the latest) with its parties, targets and budgets; all or nothing."""
    pd = pk.pd
    errors: dict[str, list[str]] = {}
    if pk.jenjang is None:
        pihak = pihak_pada(scope, pd, isian.tanggal)
        if pihak.pertama is None:
            errors.setdefault("tanggal", []).append(
                f"Tidak ada pimpinan {pd.nama} yang menjabat pada {tanggal_teks(isian.tanggal)}; "
                "catat masa jabatannya lebih dulu (pihak pertama PK).")
        if pihak.kedua is None:
            errors.setdefault("tanggal", []).append(
                f"Tidak ada kepala daerah {pd.pemda.nama} yang menjabat pada {tanggal_teks(isian.tanggal)}; "
                "catat masa jabatannya lebih dulu (pihak kedua PK).")
    else:
        pihak = pihak_jenjang(scope, pd, pk.jenjang, isian.tanggal)
        if pihak.pertama is None:
            errors.setdefault("tanggal", []).append(
                f"Tidak ada pejabat {pk.jenjang.nama} yang menjabat pada {tanggal_teks(isian.tanggal)}; "
                "catat masa jabatannya lebih dulu (pihak pertama PK).")
        if pihak.kedua is None:
            errors.setdefault("tanggal", []).append(
                f"Tidak ada pimpinan {pd.nama} yang menjabat pada {tanggal_teks(isian.tanggal)}; "
                "catat masa jabatannya lebih dulu (pihak kedua PK).")
        _periksa_milik(scope, pk, isian.target, errors)
    if not isian.target:
        errors.setdefault("__all__", []).append("PK memuat paling sedikit satu target indikator"
                                                f"{' sasaran' if pk.jenjang is None else ''}.")
    if errors:
        raise ValidationError(errors)
    assert pihak.pertama is not None and pihak.kedua is not None
    baru = pk._state.adding
    pk.tanggal, pk.tempat, pk.alasan = isian.tanggal, isian.tempat.strip(), alasan
    pk.alasan_teks, pk.dasar_hukum = isian.alasan_teks.strip(), isian.dasar_hukum.strip()
    pk.pernyataan = isian.pernyataan.strip()
    pk.jabatan_pihak_pertama, pk.jabatan_pihak_kedua = pihak.pertama.jabatan, pihak.kedua.jabatan
    pk.full_clean()
    pk.save()
    _simpan_target(pk, isian.target, baru, errors)
    _simpan_anggaran(pk, isian.anggaran, baru, errors)
    if errors:
        transaction.set_rollback(True)
        raise ValidationError(errors)
    return pk


def _periksa_milik(scope: Scope, pk: PerjanjianKinerja, target: tuple[IsianTarget, ...],
                   errors: dict[str, list[str]]) -> None:
    """A PK berjenjang promises only the indicators of the pohon kinerja nodes its post owns in that year (built or
    intermediate); another node's indicator is refused naming that node."""
    assert pk.jenjang is not None
    milik = next((j for j in jenjang_pk(scope, pk.pd, pk.tahun) if j.jabatan.pk == pk.jenjang_id), None)
    kunci = milik.kunci if milik is not None else frozenset()
    for isian in target:
        ind = isian.indikator
        if kunci_indikator(ind) in kunci:
            continue
        nama = f"“{ind.nama[:60]}{'…' if len(ind.nama) > 60 else ''}”"
        if isinstance(ind, IndikatorAntara):
            simpul = ind.simpul
            pemilik = f", milik {simpul.pemilik_nama}" if simpul.pemilik_nama else ""
            nama += f" (simpul antara “{simpul.nama[:60]}”{pemilik})"
        errors.setdefault(medan_indikator(ind), []).append(
            f"Indikator {nama} bukan indikator simpul pohon kinerja {pk.tahun} milik {pk.jenjang.nama}; PK jenjang "
            "ini hanya memuat indikator simpul miliknya.")


def _simpan_target(pk: PerjanjianKinerja, target: tuple[IsianTarget, ...], baru: bool,
                   errors: dict[str, list[str]]) -> None:
    existing = {} if baru else {kunci_target(t): t for t in TargetPk.objects.filter(perjanjian=pk)}
    for urutan, isian in enumerate(target, start=1):
        ind = isian.indikator
        row = existing.pop(kunci_indikator(ind), None) or (
            TargetPk(perjanjian=pk, indikator_antara=ind) if isinstance(ind, IndikatorAntara)
            else TargetPk(perjanjian=pk, indikator=ind))
        values = (urutan, isian.nilai, isian.nilai_atas, isian.teks)
        if row.pk and (row.urutan, row.nilai, row.nilai_atas, row.teks) == values:
            continue
        row.urutan, row.nilai, row.nilai_atas, row.teks = values
        try:
            row.full_clean()
        except ValidationError as exc:
            errors.setdefault(medan_indikator(ind), []).extend(exc.messages)
            continue
        row.save()
    for row in existing.values():
        row.delete()


def _simpan_anggaran(pk: PerjanjianKinerja, anggaran: tuple[IsianAnggaranPk, ...], baru: bool,
                     errors: dict[str, list[str]]) -> None:
    existing = {} if baru else {a.program_id: a for a in AnggaranPk.objects.filter(perjanjian=pk)}
    for isian in anggaran:
        row = existing.pop(isian.program.pk, None) or AnggaranPk(perjanjian=pk, program=isian.program)
        if row.pk and (row.nilai, row.sumber) == (isian.nilai, isian.sumber):
            continue
        row.nilai, row.sumber = isian.nilai, isian.sumber
        try:
            row.full_clean()
        except ValidationError as exc:
            errors.setdefault(medan_anggaran(isian.program.pk), []).extend(exc.messages)
            continue
        row.save()
    for row in existing.values():
        row.delete()
