"""Scoped reads of organisation data."""

from __future__ import annotations

import datetime

from django.db.models import Q

from sakip.core.galat import TidakDitemukan
from sakip.core.scoping import Scope
from sakip.domain.organisation.models import Jabatan, MasaJabatan, PerangkatDaerah


def pd_list(scope: Scope):
    return PerangkatDaerah.objects.within(scope).select_related("pemda").order_by("pemda__nama", "nama")


def get_pd(scope: Scope, slug: str) -> PerangkatDaerah:
    """The PD with ``slug`` (with its pemda) if ``scope`` reaches it; otherwise :class:`TidakDitemukan`
    (a 404 on the web, a one-line message in commands; no hint that it exists)."""
    pd = pd_list(scope).filter(slug=slug).first()
    if pd is None:
        raise TidakDitemukan(f"Perangkat daerah “{slug}” tidak ditemukan.")
    return pd


def pejabat_pada(scope: Scope, *, jabatan_id: int, tanggal: datetime.date) -> MasaJabatan | None:
    """Who held the post ``jabatan_id`` on ``tanggal`` (open-ended dates count as unknown/ongoing)."""
    return _menjabat_pada(scope, tanggal).filter(jabatan_id=jabatan_id).first()


def pimpinan_pada(scope: Scope, *, pd: PerangkatDaerah, tanggal: datetime.date) -> MasaJabatan | None:
    """Who led ``pd`` (Camat, Pj./Plt. Camat) on ``tanggal``: the official who signs its documents."""
    return _menjabat_pada(scope, tanggal).filter(jabatan__pd=pd, jabatan__jenis=Jabatan.Jenis.PIMPINAN_PD).first()


def _menjabat_pada(scope: Scope, tanggal: datetime.date):
    return (
        MasaJabatan.objects.within(scope)
        .select_related("pejabat", "jabatan")
        .filter(Q(mulai__isnull=True) | Q(mulai__lte=tanggal), Q(selesai__isnull=True) | Q(selesai__gte=tanggal))
        .order_by("-mulai")
    )
