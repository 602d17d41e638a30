"""Scoped reads of the SKM: service units and periods (the public page reads them from a short-lived per-process memo),
and the answers summed in the database (one aggregate per grouping, whatever the number of answers)."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from django.db.models import Count, QuerySet, Sum
from django.utils import timezone

from sakip.core.galat import TidakDitemukan
from sakip.core.ingatan import Ingatan
from sakip.core.scoping import Scope
from sakip.domain.organisation.models import PerangkatDaerah
from sakip.domain.planning.models import Indikator
from sakip.domain.planning.selectors import indikator_sasaran
from sakip.domain.survey.models import PeriodeSurvei, Respons, UnitLayanan
from sakip.rumus.capaian import Peran

SUMS = {f"s{i}": Sum(f"u{i}") for i in range(1, 10)}


def periode_list(scope: Scope, pd: PerangkatDaerah) -> list[PeriodeSurvei]:
    return list(PeriodeSurvei.objects.within(scope).filter(pd=pd).order_by("-mulai"))


def unit_list(scope: Scope, pd: PerangkatDaerah) -> list[UnitLayanan]:
    return list(UnitLayanan.objects.within(scope).filter(pd=pd).order_by("urutan"))


def indikator_ikm(scope: Scope, periode: PeriodeSurvei) -> Indikator | None:
    """The PD's IKM indicator in the period's year: the sasaran indicator marked with the role IKM (never found
    by its name: the seeds call it "IKM", "Indeks Kepuasan Masyarakat …" and "Nilai Surve Kepuasan Masyarakat")."""
    return (indikator_sasaran(scope, periode.pd, periode.selesai.year, peran=Peran.IKM)
            .select_related("pd__pemda").first())


# --- the public page: unit and open period from a per-process memo ---------------------------------------

# The public page reads its unit and open period from a short-lived per-process memo (a busy morning posts
# hundreds of answers a minute). Saving a unit or a period empties it in the process that saved (``signals``);
# other server processes follow within PERIODE_SECONDS, so a period closed by staff stops taking public answers
# within ten seconds. Staff entry and imports always read the database. The objects are shared: read-only.
CACHE_SECONDS = 60
PERIODE_SECONDS = 10
_UNIT: Ingatan[UnitLayanan | None] = Ingatan(CACHE_SECONDS)
_PERIODE: Ingatan[PeriodeSurvei | None] = Ingatan(PERIODE_SECONDS)


def unit_publik(slug: str) -> UnitLayanan:
    unit = _UNIT.ambil(slug, lambda: UnitLayanan.objects.select_related("pd__pemda").filter(
        slug=slug, aktif=True).first())
    if unit is None:
        raise TidakDitemukan(f"Unit layanan “{slug}” tidak ditemukan.")
    return unit


def periode_berjalan(unit: UnitLayanan, tanggal: datetime.date | None = None) -> PeriodeSurvei | None:
    """The open period of the unit's PD that covers ``tanggal`` (today by default)."""
    tanggal = tanggal or timezone.localdate()
    return _PERIODE.ambil((unit.pd_id, tanggal), lambda: PeriodeSurvei.objects.filter(
        pd_id=unit.pd_id, mulai__lte=tanggal, selesai__gte=tanggal, ditutup=False).order_by("-mulai").first())


def lupakan_cache() -> None:
    """Forget the remembered units and periods (after any change to them)."""
    Ingatan.lupakan()


# --- sums of answers -------------------------------------------------------------------------------------


def jumlah(answers: QuerySet[Respons]) -> dict:
    """``{"n": respondents, "s1".."s9": the sum of each unsur}`` of ``answers``."""
    return answers.aggregate(n=Count("id"), **SUMS)


def jumlah_per_unit(answers: QuerySet[Respons]) -> list[Mapping[str, Any]]:
    return list(answers.values("unit__nama", "unit__urutan", "unit__kelurahan").annotate(n=Count("id"), **SUMS)
                .order_by("unit__urutan"))


def jumlah_per_layanan(answers: QuerySet[Respons]) -> list[Mapping[str, Any]]:
    return list(answers.filter(layanan__isnull=False).values("layanan__nama", "unit__nama", "unit__urutan")
                .annotate(n=Count("id"), **SUMS).order_by("unit__urutan", "layanan__nama"))


def sebaran(answers: QuerySet[Respons], field: str) -> dict[str, int]:
    """How many respondents gave each value of a profile field."""
    return dict(answers.values_list(field).annotate(n=Count("id")).values_list(field, "n"))


def saran(answers: QuerySet[Respons], batas: int = 100) -> tuple[str, ...]:
    return tuple(answers.exclude(saran="").order_by("dibuat").values_list("saran", flat=True)[:batas])


def jumlah_per_periode_sampai(scope: Scope, pd: PerangkatDaerah, periode: PeriodeSurvei) -> list[dict]:
    """The sums of every period of ``pd`` that began by ``periode``, oldest first (the IKM trend)."""
    return list(Respons.objects.within(scope).filter(periode__pd=pd, periode__mulai__lte=periode.mulai)
                .values("periode__kode", "periode__nama", "periode__mulai").annotate(n=Count("id"), **SUMS)
                .order_by("periode__mulai"))


def jumlah_per_periode(scope: Scope, pd_ids: list[int]) -> list[dict]:
    """The sums of every survey period of the given PD, oldest first: one aggregate query for all."""
    return list(Respons.objects.within(scope).filter(periode__pd_id__in=pd_ids)
                .values("periode__pd_id", "periode__nama", "periode__selesai")
                .annotate(n=Count("id"), **SUMS).order_by("periode__selesai", "periode__pd_id"))
