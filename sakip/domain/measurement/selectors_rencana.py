"""Scoped reads of the rencana aksi (``RencanaAksi``: an indicator's targets per quarter) and the anggaran kas
(``AnggaranKas``: a sub kegiatan's planned spending per quarter) of a PD-year: one query each, as plain rows."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sakip.core.scoping import Scope
from sakip.domain.measurement.models import AnggaranKas, RencanaAksi
from sakip.domain.organisation.models import PerangkatDaerah


@dataclass(frozen=True)
class RencanaBaris:
    """A quarter's rencana aksi of one indicator: the target as typed (number and text) and what is planned."""

    nilai: Decimal
    teks: str
    aksi: str


def rencana_tahun(scope: Scope, pd: PerangkatDaerah, tahun: int) -> dict[int, dict[int, RencanaBaris]]:
    """Indicator id → quarter → its rencana aksi, for every indicator of ``pd`` in ``tahun``; one query."""
    rows: dict[int, dict[int, RencanaBaris]] = defaultdict(dict)
    for indikator_id, triwulan, nilai, teks, aksi in (
            RencanaAksi.objects.within(scope).filter(pd=pd, tahun=tahun).order_by()
            .values_list("indikator_id", "triwulan", "nilai", "teks", "aksi")):
        rows[indikator_id][triwulan] = RencanaBaris(nilai, teks, aksi)
    return dict(rows)


def kas_tahun(scope: Scope, pd: PerangkatDaerah, tahun: int) -> dict[int, dict[int, Decimal]]:
    """Sub kegiatan id → quarter → its planned spending, for every sub kegiatan of ``pd`` in ``tahun``; one query."""
    rows: dict[int, dict[int, Decimal]] = defaultdict(dict)
    for sub_id, triwulan, nilai in (
            AnggaranKas.objects.within(scope).filter(pd=pd, sub_kegiatan__kegiatan__program__tahun=tahun).order_by()
            .values_list("sub_kegiatan_id", "triwulan", "nilai")):
        rows[sub_id][triwulan] = nilai
    return dict(rows)
