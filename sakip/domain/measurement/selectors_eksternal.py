"""Scoped reads of the values external sources send (``KirimanEksternal``): the indicators a source's codes name,
the quarter's waiting values with the realisations they would replace, a sender's own list."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import QuerySet

from sakip.core.scoping import CHANGE, Scope
from sakip.domain.measurement.models import KirimanEksternal, Realisasi
from sakip.domain.organisation.models import PerangkatDaerah
from sakip.domain.planning.models import INDIKATOR_TAHUN, Indikator


def indikator_bersumber(scope: Scope, pd: PerangkatDaerah, kode: Iterable[str]) -> list[Indikator]:
    """The indicators of ``pd`` the scope may change that declare an external source with one of the codes ``kode``
    (any source, any year: the caller picks by source and year, to say why a code does not fit); one query."""
    return list(Indikator.objects.within(scope, CHANGE).filter(pd=pd, kode_eksternal__in=set(kode))
                .exclude(sumber_eksternal="").select_related(*INDIKATOR_TAHUN).order_by("pk"))


def sumber_pd(scope: Scope, pd: PerangkatDaerah) -> list[str]:
    """The external sources the indicators of ``pd`` declare, by name."""
    return sorted(set(Indikator.objects.within(scope).filter(pd=pd).exclude(sumber_eksternal="")
                      .values_list("sumber_eksternal", flat=True)))


def kiriman_triwulan(scope: Scope, pd: PerangkatDaerah, tahun: int, triwulan: int) -> QuerySet[KirimanEksternal]:
    """Every kiriman of a quarter of ``pd``, newest first, with its indicator and the accounts named."""
    return (KirimanEksternal.objects.within(scope).filter(pd=pd, tahun=tahun, triwulan=triwulan)
            .select_related("indikator", "diputus_oleh"))


def jumlah_menunggu(scope: Scope, pd: PerangkatDaerah, tahun: int, triwulan: int) -> int:
    """How many values of a quarter wait for the operator (the grid's notice, the check before a submission)."""
    return KirimanEksternal.objects.within(scope).filter(pd=pd, tahun=tahun, triwulan=triwulan,
                                                         status=KirimanEksternal.MENUNGGU).count()


@dataclass(frozen=True)
class Menunggu:
    """A waiting value beside the realisation it would replace (``None``: none yet)."""

    kiriman: KirimanEksternal
    realisasi: Realisasi | None

    @property
    def realisasi_teks(self) -> str:
        """The current realisation as the grid shows it, and as the stale check reads it back."""
        if self.realisasi is None:
            return ""
        if self.realisasi.teks or self.realisasi.nilai is None:
            return self.realisasi.teks
        return format(self.realisasi.nilai.normalize(), "f").replace(".", ",")


def menunggu(scope: Scope, pd: PerangkatDaerah, tahun: int, triwulan: int) -> list[Menunggu]:
    """The quarter's waiting values, oldest first, each with the indicator's current realisation; two queries."""
    rows = list(kiriman_triwulan(scope, pd, tahun, triwulan).filter(status=KirimanEksternal.MENUNGGU)
                .order_by("dikirim_pada", "pk"))
    stored = {r.indikator_id: r for r in Realisasi.objects.within(scope).filter(
        indikator_id__in={k.indikator_id for k in rows}, tahun=tahun, triwulan=triwulan)}
    return [Menunggu(k, stored.get(k.indikator_id)) for k in rows]


def get_kiriman(scope: Scope, pd: PerangkatDaerah, pk: int, action: str = CHANGE) -> KirimanEksternal | None:
    """One kiriman of ``pd`` the scope reaches (``None`` otherwise), with its indicator."""
    return KirimanEksternal.objects.within(scope, action).filter(pd=pd, pk=pk).select_related("indikator").first()


def kiriman_pengirim(scope: Scope, pd: PerangkatDaerah, kunci_pengirim: str) -> QuerySet[KirimanEksternal]:
    """What one sender (``token:<id>``) sent for ``pd``, newest first."""
    return KirimanEksternal.objects.within(scope).filter(pd=pd, kunci_pengirim=kunci_pengirim).select_related("indikator")
