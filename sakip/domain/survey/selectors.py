"""Scoped reads of the SKM: service units and periods (the public page reads them from a short-lived per-process memo),
and the answers summed in the database (a fixed number of aggregates, whatever the number of answers)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet, Sum
from django.utils import timezone

from sakip.core.galat import TidakDitemukan
from sakip.core.ingatan import Ingatan
from sakip.core.scoping import Scope
from sakip.domain.organisation.models import PerangkatDaerah
from sakip.domain.planning.models import Indikator
from sakip.domain.planning.selectors import indikator_sasaran
from sakip.domain.survey.models import JenisLayanan, PeriodeSurvei, Respons, UnitLayanan
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


# The profile fields and the channel, each counted per value in the same scan as the sums.
SEBARAN = (("jenis_kelamin", Respons.JenisKelamin), ("usia", Respons.Usia), ("pendidikan", Respons.Pendidikan),
           ("pekerjaan", Respons.Pekerjaan), ("kanal", Respons.Kanal))
_NILAI = tuple((field, value) for field, enum in SEBARAN for value in enum.values)
_ANGKA = ("n", *SUMS)


@dataclass(frozen=True)
class Ringkasan:
    """The answers of a period summed in one scan: respondents and the nine sums (``{"n", "s1".."s9"}``) of the
    whole, per unit and per (unit, service), and the respondents of each value of every field of ``SEBARAN``."""

    total: dict[str, int]
    per_unit: dict[int, dict[str, int]]  # unit id → sums
    per_layanan: dict[tuple[int, int], dict[str, int]]  # (unit id, service id) → sums
    sebaran: dict[str, dict[str, int]]  # field → value → respondents


def ringkasan(answers: QuerySet[Respons]) -> Ringkasan:
    """One aggregate over ``answers`` grouped by (unit, service) — a few dozen rows whatever the number of answers,
    each with its sums and its filtered counts of every profile value — rolled up here into the whole and the units.
    (One GROUP BY on two foreign keys, names looked up by the caller: grouping by joined names made SQLite sort
    every answer, and a query per figure read the period's answers nine times.)"""
    hitung = {f"c{i}": Count("pk", filter=Q(**{field: value})) for i, (field, value) in enumerate(_NILAI)}
    rows = answers.order_by().values_list("unit_id", "layanan_id").annotate(n=Count("*"), **SUMS, **hitung)
    kosong = dict.fromkeys(_ANGKA, 0)
    total = dict(kosong)
    per_unit: dict[int, dict[str, int]] = {}
    per_layanan: dict[tuple[int, int], dict[str, int]] = {}
    sebaran: dict[str, dict[str, int]] = {field: dict.fromkeys(enum.values, 0) for field, enum in SEBARAN}
    for unit_id, layanan_id, *angka in rows:
        sums = dict(zip(_ANGKA, angka[:len(_ANGKA)], strict=True))
        unit = per_unit.setdefault(unit_id, dict(kosong))
        for key, value in sums.items():
            total[key] += value
            unit[key] += value
        if layanan_id is not None:
            per_layanan[(unit_id, layanan_id)] = sums
        for (field, value), count in zip(_NILAI, angka[len(_ANGKA):], strict=True):
            sebaran[field][value] += count
    return Ringkasan(total, per_unit, per_layanan, sebaran)


def saran(answers: QuerySet[Respons], batas: int = 100) -> tuple[str, ...]:
    return tuple(answers.exclude(saran="").order_by("dibuat").values_list("saran", flat=True)[:batas])


def layanan_list(scope: Scope, pd: PerangkatDaerah) -> list[JenisLayanan]:
    return list(JenisLayanan.objects.within(scope).filter(pd=pd))


def jumlah_periode_lain(scope: Scope, pd: PerangkatDaerah, periode: PeriodeSurvei) -> list[dict]:
    """``{"kode", "nama", "mulai", "n", "s1".."s9"}`` of every other period of ``pd`` that began by ``periode`` and
    has answers (the IKM trend without ``periode``, whose sums the caller has). The periods are read first and
    their answers summed by their ids: a subquery or a join made PostgreSQL scan every answer of ``periode`` too."""
    others = {pk: {"kode": kode, "nama": nama, "mulai": mulai} for pk, kode, nama, mulai in (
        PeriodeSurvei.objects.within(scope).filter(pd=pd, mulai__lte=periode.mulai).exclude(pk=periode.pk)
        .values_list("pk", "kode", "nama", "mulai"))}
    rows = (Respons.objects.within(scope).filter(periode_id__in=list(others)).order_by().values("periode_id")
            .annotate(n=Count("id"), **SUMS))
    return [{**others[row.pop("periode_id")], **row} for row in rows]


def jumlah_per_periode(scope: Scope, pd_ids: list[int]) -> list[dict]:
    """The sums of every survey period of the given PD, oldest first: one aggregate query for all."""
    return list(Respons.objects.within(scope).filter(periode__pd_id__in=pd_ids)
                .values("periode__pd_id", "periode__nama", "periode__selesai")
                .annotate(n=Count("id"), **SUMS).order_by("periode__selesai", "periode__pd_id"))
