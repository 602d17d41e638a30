"""Scoped reads the LKjIP is built from, beyond the quarterly measurement (:mod:`sakip.domain.measurement`).

Each function runs a fixed number of queries whatever the number of indicators or programs.
"""

from __future__ import annotations

from sakip.core.scoping import Scope
from sakip.domain.measurement.models import BelanjaTanpaRincian, BuktiDukung, Realisasi, RealisasiTahunan
from sakip.domain.organisation.models import PerangkatDaerah
from sakip.domain.planning import selectors as planning
from sakip.domain.planning.models import Indikator, Program, Renstra, Target, Tujuan
from sakip.domain.reporting.models import AnalisisCapaian
from sakip.domain.survey.models import PeriodeSurvei


def indikator_sasaran(scope: Scope, pd: PerangkatDaerah, tahun: int, indikator_id: int | None = None) -> list[Indikator]:
    """The sasaran indicators of the year (:func:`sakip.domain.planning.selectors.indikator_sasaran`), with the
    Renstra each belongs to."""
    return list(planning.indikator_sasaran(scope, pd, tahun, indikator_id=indikator_id)
                .select_related("sasaran__tujuan__renstra"))


def target(ids: list[int]) -> dict[tuple[int, int], Target]:
    """Every year's target of the indicators: (indikator, tahun) → target."""
    return {(t.indikator_id, t.tahun): t for t in Target.objects.filter(indikator_id__in=ids)}


def realisasi(ids: list[int], tahun: int) -> dict[tuple[int, int], dict[int, Realisasi]]:
    """Every quarter's realisation of this year and last: (indikator, tahun) → triwulan → row."""
    out: dict[tuple[int, int], dict[int, Realisasi]] = {}
    for r in Realisasi.objects.filter(indikator_id__in=ids, tahun__in=(tahun - 1, tahun)).order_by():
        out.setdefault((r.indikator_id, r.tahun), {})[r.triwulan] = r
    return out


def realisasi_tahunan(ids: list[int], tahun: int) -> dict[tuple[int, int], RealisasiTahunan]:
    """The explicit annual realisations of this year and last."""
    return {(r.indikator_id, r.tahun): r for r in RealisasiTahunan.objects.filter(
        indikator_id__in=ids, tahun__in=(tahun - 1, tahun))}


def ada_bukti(scope: Scope, ids: list[int], tahun: int) -> set[int]:
    """The indicators that have at least one evidence file in ``tahun``."""
    return set(BuktiDukung.objects.within(scope).filter(indikator_id__in=ids, tahun=tahun)
               .values_list("indikator_id", flat=True))


def analisis(scope: Scope, ids: list[int], tahun: int) -> dict[int, AnalisisCapaian]:
    """The analyses staff wrote (LKjIP Bab III g), by indicator."""
    return {a.indikator_id: a for a in AnalisisCapaian.objects.within(scope).filter(indikator_id__in=ids, tahun=tahun)}


def program_tahun(scope: Scope, pd: PerangkatDaerah, tahun: int) -> list[Program]:
    """The year's programs with the sasaran each supports."""
    return list(Program.objects.within(scope).filter(pd=pd, tahun=tahun).prefetch_related("sasaran")
                .select_related("nomenklatur"))


def renstra_berlaku(scope: Scope, pd: PerangkatDaerah, tahun: int) -> tuple[Renstra | None, list[Tujuan]]:
    """The Renstra in force in ``tahun`` with its tujuan, sasaran, indicators and targets (four queries)."""
    renstra = Renstra.objects.within(scope).filter(pd=pd, tahun_mulai__lte=tahun, tahun_selesai__gte=tahun).first()
    if renstra is None:
        return None, []
    return renstra, list(Tujuan.objects.filter(renstra=renstra).order_by("urutan", "pk").prefetch_related(
        "sasaran", "indikator__target", "sasaran__indikator__target"))


def periode_skm_terakhir(scope: Scope, pd: PerangkatDaerah, tahun: int) -> PeriodeSurvei | None:
    """The latest survey period ending in ``tahun`` that has answers."""
    return (PeriodeSurvei.objects.within(scope).filter(pd=pd, selesai__year=tahun, respons__isnull=False)
            .order_by("-selesai").first())


def belanja_tanpa_rincian(scope: Scope, pd: PerangkatDaerah, tahun: int) -> list[BelanjaTanpaRincian]:
    return list(BelanjaTanpaRincian.objects.within(scope).filter(pd=pd, tahun=tahun).order_by("triwulan"))
