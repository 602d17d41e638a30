"""Scoped reads of the rencana aksi (``RencanaAksi``: an indicator's targets per quarter) and the anggaran kas
(``AnggaranKas``: a sub kegiatan's planned spending per quarter) of a PD-year: one query each, as plain rows."""

from __future__ import annotations

import functools
from collections import defaultdict
from decimal import Decimal
from typing import NamedTuple

from django.db.models import QuerySet

from sakip.core.scoping import Scope
from sakip.domain.measurement.models import AnggaranKas, RencanaAksi
from sakip.domain.measurement.selectors import dalam
from sakip.domain.organisation.models import PerangkatDaerah


class RencanaBaris(NamedTuple):
    """A quarter's rencana aksi of one indicator: the target as typed (number and text) and what is planned."""

    nilai: Decimal
    teks: str
    aksi: str


@functools.cache
def _bentuk_rencana() -> QuerySet:
    """The shape of the rencana aksi's read, built once per process; each call filters a clone by the scope, the PD
    and the year (``measurement.selectors.dalam``, as the quarter's other reads: issue 21)."""
    return RencanaAksi.objects.order_by().values_list("indikator_id", "triwulan", "nilai", "teks", "aksi")


@functools.lru_cache(maxsize=16)
def _bentuk_kas(tahun: int) -> QuerySet:
    """The shape of the anggaran kas's read of a year (the year sits in its joins), as :func:`_bentuk_rencana`."""
    return (AnggaranKas.objects.filter(sub_kegiatan__kegiatan__program__tahun=tahun).order_by()
            .values_list("sub_kegiatan_id", "triwulan", "nilai"))


def rencana_tahun(scope: Scope, pd: PerangkatDaerah, tahun: int) -> dict[int, dict[int, RencanaBaris]]:
    """Indicator id → quarter → its rencana aksi, for every indicator of ``pd`` in ``tahun``; one query."""
    rows: dict[int, dict[int, RencanaBaris]] = defaultdict(dict)
    for row in dalam(scope, _bentuk_rencana(), pd=pd, tahun=tahun):
        rows[row[0]][row[1]] = RencanaBaris._make(row[2:])
    return dict(rows)


def kas_tahun(scope: Scope, pd: PerangkatDaerah, tahun: int) -> dict[int, dict[int, Decimal]]:
    """Sub kegiatan id → quarter → its planned spending, for every sub kegiatan of ``pd`` in ``tahun``; one query."""
    rows: dict[int, dict[int, Decimal]] = defaultdict(dict)
    for sub_id, triwulan, nilai in dalam(scope, _bentuk_kas(tahun), pd=pd):
        rows[sub_id][triwulan] = nilai
    return dict(rows)
