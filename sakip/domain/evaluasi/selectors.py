"""Scoped reads of the Evaluasi AKIP: a PD's evaluation of a year, the worksheet's rows, the answers."""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Prefetch

from sakip.core.scoping import Scope
from sakip.domain.evaluasi.models import Evaluasi, JawabanLke, KomponenLke, KriteriaLke, Lke, SubKomponenLke
from sakip.domain.organisation.models import PerangkatDaerah


def get_evaluasi(scope: Scope, pd: PerangkatDaerah, tahun: int) -> Evaluasi | None:
    """The evaluation of ``pd`` for ``tahun`` with its LKE, if the scope reaches it (one query)."""
    return Evaluasi.objects.within(scope).select_related("lke").filter(pd=pd, tahun=tahun).first()


def komponen_lke(scope: Scope, lke_ids: Iterable[int]) -> list[KomponenLke]:
    """The komponen of the worksheets ``lke_ids`` in order, each with its sub-komponen and their criteria
    (three queries, whatever the number of criteria)."""
    kriteria = KriteriaLke.objects.within(scope).order_by("urutan", "kode")
    subs = SubKomponenLke.objects.within(scope).order_by("urutan", "kode").prefetch_related(
        Prefetch("kriteria", queryset=kriteria))
    return list(KomponenLke.objects.within(scope).filter(lke_id__in=list(lke_ids)).order_by("lke_id", "urutan", "kode")
                .prefetch_related(Prefetch("sub_komponen", queryset=subs)))


def jawaban(scope: Scope, evaluasi_ids: Iterable[int]) -> dict[tuple[int, int], JawabanLke]:
    """The answers of the evaluations ``evaluasi_ids``, by (evaluation, criterion): one query."""
    return {(j.evaluasi_id, j.kriteria_id): j
            for j in JawabanLke.objects.within(scope).filter(evaluasi_id__in=list(evaluasi_ids))}


def evaluasi_pemda(scope: Scope, pemda_id: int, tahun: int) -> tuple[list[PerangkatDaerah], dict[int, Evaluasi]]:
    """Every PD of the pemda the scope reaches, and their evaluations of ``tahun`` by PD id (two queries)."""
    pds = list(PerangkatDaerah.objects.within(scope).filter(pemda_id=pemda_id).order_by("jenis", "nama"))
    evaluasi = {e.pd_id: e for e in Evaluasi.objects.within(scope).filter(pemda_id=pemda_id, tahun=tahun)}
    return pds, evaluasi


def get_kriteria(scope: Scope, lke: Lke, kode: str) -> KriteriaLke | None:
    """The criterion ``kode`` of the worksheet ``lke`` (one query)."""
    return (KriteriaLke.objects.within(scope).filter(sub_komponen__komponen__lke=lke, kode=kode)
            .select_related("sub_komponen").first())
