"""Scoped reads of Perjanjian Kinerja."""

from __future__ import annotations

import datetime

from django.db.models import Prefetch

from sakip.core.scoping import Scope
from sakip.domain.agreement.models import AnggaranPk, PerjanjianKinerja, TargetPk
from sakip.domain.organisation.models import PerangkatDaerah


def pk_queryset(scope: Scope):
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


def pk_berlaku(scope: Scope, pd: PerangkatDaerah, tahun: int, tanggal: datetime.date) -> PerjanjianKinerja | None:
    """The version in force on ``tanggal``: the latest signed on or before it (the first one before any is signed)."""
    versions = pk_queryset(scope).filter(pd=pd, tahun=tahun)
    return versions.filter(tanggal__lte=tanggal).order_by("-tanggal").first() or versions.first()


def pk_tahun(scope: Scope, pd: PerangkatDaerah) -> list[int]:
    """The years for which ``pd`` has a PK, newest first."""
    return sorted(set(PerjanjianKinerja.objects.within(scope).filter(pd=pd).values_list("tahun", flat=True)), reverse=True)
