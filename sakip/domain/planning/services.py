"""Writes to planning data. Every function takes the actor's scope, checks the row is theirs to
change, validates with the model's invariants and writes in one transaction."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction

from sakip.core.masukan import baca_nilai, baca_target
from sakip.core.riwayat import periksa_basi
from sakip.core.scoping import Scope
from sakip.domain.organisation.models import PerangkatDaerah
from sakip.domain.planning.models import Indikator, Nomenklatur, Program, Sasaran, Target

INDIKATOR_FIELDS = (
    "nama", "kinerja_utama", "definisi", "formula", "formula_pembilang", "formula_penyebut", "satuan",
    "polaritas", "rumus_negatif", "akumulasi", "cara_isi", "frekuensi", "peran", "sumber_data", "is_iku",
)
SASARAN_FIELDS = ("nama", "sasaran_rpjmd", "urusan", "strategi", "kebijakan")


@transaction.atomic
def simpan_target(scope: Scope, *, indikator: Indikator, tahun: int, teks: str, awal: str | None = None) -> Target | None:
    """Set the target of ``indikator`` for ``tahun`` from what the user wrote; blank removes it.

    ``awal``: the value the form showed; a target changed since then is not overwritten.
    """
    scope.require_change(indikator)
    teks = (teks or "").strip()
    existing = Target.objects.filter(indikator=indikator, tahun=tahun).first()
    if awal is not None:
        shown = baca_target(awal)[0] if awal.strip() else None
        periksa_basi(existing, shown.nilai if shown else None, "nilai", shown.atas if shown else None)
    if not teks:
        if existing is not None:
            existing.delete()
        return None
    parsed, keep = baca_target(teks)
    target = existing or Target(indikator=indikator, tahun=tahun)
    target.nilai, target.nilai_atas, target.teks = parsed.nilai, parsed.atas, keep
    target.full_clean()
    target.save()
    return target


def _kondisi_awal(indikator: Indikator, teks: str) -> None:
    teks = (teks or "").strip()
    if teks in ("", "-"):
        indikator.kondisi_awal, indikator.kondisi_awal_teks = None, teks
        return
    nilai, keep = baca_nilai(teks, "kondisi_awal_teks")
    indikator.kondisi_awal, indikator.kondisi_awal_teks = nilai, keep or teks


def _apply_indikator(indikator: Indikator, data: dict) -> Indikator:
    for name in INDIKATOR_FIELDS:
        if name in data:
            setattr(indikator, name, data[name])
    if "kondisi_awal_teks" in data:
        _kondisi_awal(indikator, data["kondisi_awal_teks"])
    indikator.full_clean()
    indikator.save()
    return indikator


@transaction.atomic
def ubah_indikator(scope: Scope, *, indikator: Indikator, data: dict) -> Indikator:
    scope.require_change(indikator)
    return _apply_indikator(indikator, data)


@transaction.atomic
def tambah_indikator(scope: Scope, *, pemilik, data: dict) -> Indikator:
    """Add an indicator to ``pemilik`` (a tujuan, sasaran, program, kegiatan or sub kegiatan)."""
    scope.require_change(pemilik)
    indikator = Indikator.baru(pemilik)
    indikator.urutan = Indikator.objects.filter(**{indikator.level: pemilik}).count() + 1
    return _apply_indikator(indikator, data)


@transaction.atomic
def ubah_sasaran(scope: Scope, *, sasaran: Sasaran, data: dict) -> Sasaran:
    scope.require_change(sasaran)
    for name in SASARAN_FIELDS:
        if name in data:
            setattr(sasaran, name, data[name])
    sasaran.full_clean()
    sasaran.save()
    return sasaran


@transaction.atomic
def tambah_program(scope: Scope, *, pd: PerangkatDaerah, tahun: int, nomenklatur: Nomenklatur,
                   sasaran: list[Sasaran]) -> Program:
    scope.require_change(pd)
    program = Program(pd=pd, tahun=tahun, nomenklatur=nomenklatur,
                      urutan=Program.objects.filter(pd=pd, tahun=tahun).count() + 1)
    program.full_clean()
    program.save()
    foreign = [s for s in sasaran if s.pd_id != pd.pk]
    if foreign:
        raise ValidationError({"sasaran": "Sasaran yang dipilih milik perangkat daerah lain."})
    program.sasaran.set(sasaran)
    return program
