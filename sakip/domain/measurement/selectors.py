"""Scoped reads of the quarterly measurement: the rows a quarter's structure is computed from, and the
values the writes check against. Each function runs a fixed number of queries."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from typing import NamedTuple

from django.db.models import Q, QuerySet

from sakip.core.scoping import Scope
from sakip.domain.measurement.models import (
    BelanjaTanpaRincian,
    Pagu,
    Realisasi,
    RealisasiAnggaran,
    RealisasiTahunan,
)
from sakip.domain.organisation.models import PerangkatDaerah
from sakip.domain.planning.models import Indikator, Kegiatan, Lokasi, Program, SubKegiatan, Target
from sakip.domain.planning.selectors import indikator_sasaran


# The year's sasaran indicators, their Renstra targets, realisations by (indicator, quarter) and annual values.
class IkuTahun(NamedTuple):
    """The sasaran indicators of a year with their Renstra targets, every quarter's realisation, annual values."""

    indikator: list[Indikator]
    target: dict[int, Target]
    realisasi: dict[tuple[int, int], Realisasi]
    tahunan: dict[int, RealisasiTahunan]


class DataTahun:
    """Every row of a PD-year's measurement, read once (a fixed number of queries).

    ``program_id`` restricts the program tree to one program and ``triwulan`` the spending to one quarter
    (a saved grid row needs no more); the year's budget lines are read whole in any case, for the quarter's
    totals, as plain rows (:data:`BARIS_PAGU`, :data:`BARIS_BELANJA`), not model instances.
    """

    def __init__(self, scope: Scope, pd: PerangkatDaerah, tahun: int, program_id: int | None = None,
                 pohon: bool = True, triwulan: int | None = None) -> None:
        self.program = list(Program.objects.within(scope).filter(pd=pd, tahun=tahun)
                            .filter(**({"pk": program_id} if program_id else {}))
                            .select_related("nomenklatur").order_by("urutan", "nomenklatur__kode")) if pohon else []
        kegiatan = Kegiatan.objects.within(scope).filter(program__in=self.program).select_related("nomenklatur")
        sub = SubKegiatan.objects.within(scope).filter(kegiatan__program__in=self.program).select_related("nomenklatur")
        lokasi = Lokasi.objects.within(scope).filter(sub_kegiatan__kegiatan__program__in=self.program).select_related(
            "kelurahan", "pd")
        self.kegiatan = _group(kegiatan.order_by("urutan", "nomenklatur__kode"), "program_id")
        self.sub = _group(sub.order_by("urutan", "nomenklatur__kode"), "kegiatan_id")
        self.lokasi = _group(lokasi.order_by("urutan", "id"), "sub_kegiatan_id")
        indikator = list(Indikator.objects.within(scope).filter(
            Q(program__in=self.program) | Q(kegiatan__program__in=self.program)
            | Q(sub_kegiatan__kegiatan__program__in=self.program)).order_by("urutan", "id"))
        self.indikator = defaultdict(list)
        for ind in indikator:
            self.indikator[(ind.level, ind.pemilik_id)].append(ind)
        ids = [i.pk for i in indikator]
        self.target = {t.indikator_id: t for t in Target.objects.filter(indikator_id__in=ids, tahun=tahun)}
        self.realisasi = {(r.indikator_id, r.triwulan): r for r in Realisasi.objects.filter(indikator_id__in=ids, tahun=tahun)}
        self.pagu = baris_pagu(Pagu.objects.filter(pd=pd, sub_kegiatan__kegiatan__program__tahun=tahun))
        belanja = RealisasiAnggaran.objects.filter(pd=pd, sub_kegiatan__kegiatan__program__tahun=tahun)
        self.belanja = baris_belanja(belanja.filter(triwulan=triwulan) if triwulan else belanja)
        self._iku: IkuTahun | None = None

    def iku(self, scope: Scope, pd: PerangkatDaerah, tahun: int, indikator_id: int | None = None) -> IkuTahun:
        """The sasaran indicators of the year with their Renstra targets, realisations of every quarter
        and annual values, read once however many quarters are computed from this data."""
        if self._iku is None:
            indikator = list(indikator_sasaran(scope, pd, tahun, indikator_id=indikator_id).select_related("sasaran"))
            ids = [i.pk for i in indikator]
            self._iku = IkuTahun(
                indikator,
                {t.indikator_id: t for t in Target.objects.filter(indikator_id__in=ids, tahun=tahun)},
                {(r.indikator_id, r.triwulan): r for r in Realisasi.objects.filter(indikator_id__in=ids, tahun=tahun)},
                {r.indikator_id: r for r in RealisasiTahunan.objects.filter(indikator_id__in=ids, tahun=tahun)},
            )
        return self._iku


def _group(queryset, key: str) -> dict:
    grouped = defaultdict(list)
    for obj in queryset:
        grouped[getattr(obj, key)].append(obj)
    return grouped


BARIS_PAGU = ("sub_kegiatan_id", "lokasi_id", "sumber", "berlaku_mulai", "nilai", "pd_id")
BARIS_BELANJA = ("sub_kegiatan_id", "lokasi_id", "triwulan", "nilai")


def baris_pagu(queryset: QuerySet[Pagu]) -> list:
    """Pagu lines as light rows with the fields the budget rules read (no model instances). The models'
    default ordering joins eight tables and these rows only fill dictionaries, so it is dropped."""
    return list(queryset.order_by().values_list(*BARIS_PAGU, named=True))


def baris_belanja(queryset: QuerySet[RealisasiAnggaran]) -> list:
    """Spending lines as light rows (see :func:`baris_pagu`)."""
    return list(queryset.order_by().values_list(*BARIS_BELANJA, named=True))


def belanja_tanpa_rincian(scope: Scope, pd: PerangkatDaerah, tahun: int, triwulan: int) -> BelanjaTanpaRincian | None:
    return BelanjaTanpaRincian.objects.within(scope).filter(pd=pd, tahun=tahun, triwulan=triwulan).first()


def pagu_sub(sub_kegiatan_id: int) -> list:
    """Every pagu line of a sub kegiatan (each budget, its own line and its lokasi lines)."""
    return baris_pagu(Pagu.objects.filter(sub_kegiatan_id=sub_kegiatan_id))


def realisasi_lain(indikator: Indikator, tahun: int) -> dict[int, Decimal | None]:
    """An indicator's realisation of every quarter of the year."""
    return dict(Realisasi.objects.filter(indikator=indikator, tahun=tahun).values_list("triwulan", "nilai"))


def belanja_lain(sub_kegiatan: SubKegiatan, lokasi: Lokasi | None) -> dict[int, Decimal]:
    """A budget line's spending s.d. every quarter."""
    return dict(RealisasiAnggaran.objects.filter(sub_kegiatan=sub_kegiatan, lokasi=lokasi)
                .values_list("triwulan", "nilai"))


def semua_realisasi(ids: list[int], tahun: int) -> dict[int, dict[int, Decimal | None]]:
    """The realisations of every quarter of many indicators: indikator → triwulan → nilai."""
    out: dict[int, dict[int, Decimal | None]] = {}
    for ind, tw, nilai in Realisasi.objects.filter(indikator_id__in=ids, tahun=tahun).values_list(
            "indikator_id", "triwulan", "nilai"):
        out.setdefault(ind, {})[tw] = nilai
    return out


def semua_belanja(sub_ids: list[int], triwulan: int) -> dict[tuple[int, int | None], Decimal]:
    """The spending s.d. ``triwulan`` of many budget lines: (sub kegiatan, lokasi) → nilai."""
    return {(s, lok): nilai for s, lok, nilai in RealisasiAnggaran.objects.filter(
        sub_kegiatan_id__in=sub_ids, triwulan=triwulan).values_list("sub_kegiatan_id", "lokasi_id", "nilai")}
