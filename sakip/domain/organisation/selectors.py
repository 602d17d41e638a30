"""Scoped reads of organisation data."""

from __future__ import annotations

import datetime
import functools
from typing import Any

from django.db.models import Case, Count, F, Prefetch, Q, QuerySet, Value, When

from sakip.core.galat import TidakDitemukan
from sakip.core.scoping import Scope
from sakip.domain.organisation.models import Jabatan, Kelurahan, MasaJabatan, Pejabat, Pemda, PerangkatDaerah, UnitKerja


def pd_list(scope: Scope):
    return _pd_dengan_pemda(True).within(scope)


@functools.cache
def _pd_dengan_pemda(urut: bool):
    """The shape of :func:`pd_list` (``urut``: in its order), built once per process; each call filters a clone
    of it by the scope (issue 21: building the query cost more than the SQL)."""
    rows = PerangkatDaerah.objects.select_related("pemda")
    return rows.order_by("pemda__nama", "nama") if urut else rows.order_by()


def get_pd(scope: Scope, slug: str) -> PerangkatDaerah:
    """The PD with ``slug`` (with its pemda) if ``scope`` reaches it; otherwise :class:`TidakDitemukan`
    (a 404 on the web, a one-line message in commands; no hint that it exists)."""
    pd = next(iter(_pd_dengan_pemda(False).within(scope).filter(slug=slug)[:1]), None)  # the slug is unique
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


# --- the settings screens of the pemda (admin pemda, system admin) ----------------------------------


def pemda_list(scope: Scope) -> QuerySet[Pemda]:
    """The pemda ``scope`` reaches (every pemda for the system admin), with their provinsi."""
    return Pemda.objects.within(scope).select_related("provinsi").order_by("nama")


def get_pemda(scope: Scope, slug: str) -> Pemda:
    """The pemda with ``slug`` if ``scope`` reaches it; otherwise :class:`TidakDitemukan`."""
    pemda = pemda_list(scope).filter(slug=slug).first()
    if pemda is None:
        raise TidakDitemukan(f"Pemda “{slug}” tidak ditemukan.")
    return pemda


def pd_pemda(scope: Scope, pemda: Pemda) -> QuerySet[PerangkatDaerah]:
    """The PD of ``pemda`` with the number of their kelurahan/desa, units and posts (one query)."""
    return (PerangkatDaerah.objects.within(scope).filter(pemda=pemda)
            .annotate(jumlah_kelurahan=Count("kelurahan", distinct=True), jumlah_unit=Count("unit_kerja", distinct=True),
                      jumlah_jabatan=Count("jabatan", distinct=True))
            .order_by("jenis", "nama"))


# Posts in the order of the organisation chart: the head first, then the secretary, the heads of units.
_URUTAN_JENIS = Case(*(When(jenis=j, then=Value(i)) for i, j in enumerate(Jabatan.Jenis.values)), default=Value(99))


def jabatan_list(scope: Scope, pemda: Pemda, pd: PerangkatDaerah | None = None) -> list[Jabatan]:
    """The posts of ``pemda`` (only those of ``pd`` when given), kepala daerah first, each with its tenures
    (newest first) and their officials: two queries."""
    rows = (Jabatan.objects.within(scope).filter(pemda=pemda).select_related("pd", "unit")
            .prefetch_related(Prefetch("masa_jabatan", queryset=MasaJabatan.objects.select_related("pejabat")
                                       .order_by(F("mulai").desc(nulls_last=True))))
            .order_by(F("pd__nama").asc(nulls_first=True), _URUTAN_JENIS, "nama"))
    if pd is not None:
        rows = rows.filter(pd=pd)
    return list(rows)


def pejabat_list(scope: Scope, pemda: Pemda) -> QuerySet[Pejabat]:
    """The officials of ``pemda`` with their tenures and posts (two queries)."""
    return (Pejabat.objects.within(scope).filter(pemda=pemda).order_by("nama")
            .prefetch_related(Prefetch("masa_jabatan", queryset=MasaJabatan.objects.select_related("jabatan")
                                       .order_by(F("mulai").desc(nulls_last=True)))))


def kelurahan_list(scope: Scope, pd: PerangkatDaerah) -> QuerySet[Kelurahan]:
    return Kelurahan.objects.within(scope).filter(pd=pd).order_by("urutan", "nama")


def unit_list(scope: Scope, pd: PerangkatDaerah) -> QuerySet[UnitKerja]:
    return UnitKerja.objects.within(scope).filter(pd=pd).select_related("induk", "kelurahan").order_by(
        F("kelurahan__urutan").asc(nulls_first=True), "urutan", "nama")


def _get(scope: Scope, queryset: QuerySet, pk: int, pesan: str) -> Any:
    obj = queryset.within(scope).filter(pk=pk).first()  # type: ignore[attr-defined]
    if obj is None:
        raise TidakDitemukan(pesan)
    return obj


def get_jabatan(scope: Scope, pk: int) -> Jabatan:
    return _get(scope, Jabatan.objects.select_related("pemda", "pd", "unit"), pk, "Jabatan tidak ditemukan.")


def get_masa_jabatan(scope: Scope, pk: int) -> MasaJabatan:
    return _get(scope, MasaJabatan.objects.select_related("jabatan__pemda", "jabatan__pd", "pejabat"), pk,
                "Masa jabatan tidak ditemukan.")


def get_pejabat(scope: Scope, pk: int) -> Pejabat:
    return _get(scope, Pejabat.objects.select_related("pemda"), pk, "Pejabat tidak ditemukan.")


def get_unit(scope: Scope, pk: int) -> UnitKerja:
    return _get(scope, UnitKerja.objects.select_related("pd__pemda", "kelurahan", "induk"), pk, "Unit kerja tidak ditemukan.")
