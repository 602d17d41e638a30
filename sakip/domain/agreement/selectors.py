"""Scoped reads of Perjanjian Kinerja."""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from django.db.models import Prefetch

from sakip.core.scoping import Scope
from sakip.domain.agreement.models import AnggaranPk, PerjanjianKinerja, TargetPk
from sakip.domain.organisation.models import PerangkatDaerah


def pk_queryset(scope: Scope):
    """PK versions with their targets and program budgets, for documents."""
    return (
        PerjanjianKinerja.objects.within(scope)
        .select_related("pd__pemda", "jabatan_pihak_pertama", "jabatan_pihak_kedua")
        .prefetch_related(
            Prefetch("target", queryset=TargetPk.objects.select_related("indikator__sasaran__tujuan")
                     .order_by("urutan", "id")),
            Prefetch("anggaran", queryset=AnggaranPk.objects.select_related("program__nomenklatur")
                     .order_by("program__urutan", "program__nomenklatur__kode")),
        )
        .order_by("nomor")
    )


def pk_versi(scope: Scope, pd: PerangkatDaerah, tahun: int) -> list[PerjanjianKinerja]:
    """Every version of the PK of ``pd`` for ``tahun``, oldest first."""
    return list(pk_queryset(scope).filter(pd=pd, tahun=tahun))


def pk_berlaku_per_pd(scope: Scope, pds: Iterable[PerangkatDaerah], tahun: int, tanggal: datetime.date,
                      anggaran: bool = False) -> dict[int, PerjanjianKinerja]:
    """The PK in force on ``tanggal`` of each PD (by id), with its targets (``anggaran``: and program budgets):
    the latest version signed on or before that date, or the first version when none is signed yet. The one rule
    of "the PK in force"; two queries (three with the budgets) whatever the number of PD."""
    berlaku: dict[int, PerjanjianKinerja] = {}
    versions = PerjanjianKinerja.objects.within(scope).filter(pd__in=list(pds), tahun=tahun).prefetch_related(
        "target", *(("anggaran",) if anggaran else ()))
    for versi in sorted(versions, key=lambda v: (v.tanggal, v.nomor)):
        if versi.pd_id not in berlaku or versi.tanggal <= tanggal:
            berlaku[versi.pd_id] = versi
    return berlaku


def pk_berlaku(scope: Scope, pd: PerangkatDaerah, tahun: int, tanggal: datetime.date,
               anggaran: bool = False) -> PerjanjianKinerja | None:
    """The version of ``pd``'s PK in force on ``tanggal`` (:func:`pk_berlaku_per_pd`)."""
    return pk_berlaku_per_pd(scope, [pd], tahun, tanggal, anggaran).get(pd.pk)


def pk_tahun(scope: Scope, pd: PerangkatDaerah) -> list[int]:
    """The years for which ``pd`` has a PK, newest first."""
    return sorted(set(PerjanjianKinerja.objects.within(scope).filter(pd=pd).values_list("tahun", flat=True)), reverse=True)
