"""The evaluations waiting in the inbox (registered in ``workflow.selectors.SUMBER_KOTAK`` beside the follow-ups):
the evaluator's own list of what waits for them, and the PD's stages to fill.

An evaluation not final waits for the side that moves its stage on (``services.LANJUT``): the PD's writers in the
self-assessment and the response, the evaluator in the review (and to finalise after the response). When the
pemda shares the sub-komponen among evaluators, a review waits for the evaluators who own a sub-komponen of it (or
for every evaluator when no sub-komponen has an owner). The window's last day is the item's deadline; past it,
the item is overdue (and the evaluator may close a PD's stage, see ``services``).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.urls import reverse

from sakip.core.scoping import Scope
from sakip.domain.evaluasi.models import JADWAL_TAHAP, Evaluasi, PenugasanLke
from sakip.domain.evaluasi.services import EVALUATOR, LANJUT, PD, boleh_sisi
from sakip.domain.workflow.selectors import ItemKotak
from sakip.rumus.peran import EVALUASI

TUGAS = {
    Evaluasi.Tahap.MANDIRI: "isi penilaian mandiri lalu kirim ke evaluator",
    Evaluasi.Tahap.REVIU: "reviu nilai perangkat daerah",
    Evaluasi.Tahap.TANGGAPAN: "tanggapan perangkat daerah atas hasil reviu",
}


@dataclass(frozen=True)
class ItemEvaluasi(ItemKotak):
    """One PD's evaluation of a year waiting for the user (``jenis`` ``evaluasi``; ``status`` its stage)."""

    sisi: str = PD

    @property
    def judul(self) -> str:
        if self.status == Evaluasi.Tahap.TANGGAPAN and self.sisi == EVALUATOR:
            return f"Evaluasi AKIP {self.tahun}: tanggapan perangkat daerah, lalu tetapkan nilai final"
        return f"Evaluasi AKIP {self.tahun}: {TUGAS[Evaluasi.Tahap(self.status)]}"

    @property
    def status_label(self) -> str:
        return Evaluasi.Tahap(self.status).label

    @property
    def url(self) -> str:
        return reverse("evaluasi:lke", args=[self.pd.slug, self.tahun])


def kotak(scope: Scope, hari_ini: datetime.date) -> list[ItemKotak]:
    """The evaluations not final that wait for the actor (two queries: the evaluations with their PD and LKE,
    the owners of their sub-komponen)."""
    if not (scope.holds(EVALUASI) or scope.writes):
        return []
    rows = list(Evaluasi.objects.within(scope).filter(tahap__in=JADWAL_TAHAP).select_related("pd", "lke"))
    if not rows:
        return []
    pemilik: dict[int, set[int]] = {}
    for evaluasi_id, evaluator_id in PenugasanLke.objects.filter(evaluasi__in=rows).values_list(
            "evaluasi_id", "evaluator_id"):
        pemilik.setdefault(evaluasi_id, set()).add(evaluator_id)
    items: list[ItemKotak] = []
    for e in rows:
        tahap, sisi = e.tahap, LANJUT[e.tahap][1]
        if tahap == Evaluasi.Tahap.TANGGAPAN and boleh_sisi(scope, e.pd, EVALUATOR):
            sisi = EVALUATOR  # the evaluator finalises after (or without) the PD's response
        if not boleh_sisi(scope, e.pd, sisi):
            continue
        if (sisi == EVALUATOR and tahap == Evaluasi.Tahap.REVIU and e.pk in pemilik and not scope.everything
                and scope.user_id not in pemilik[e.pk]):
            continue
        batas = e.lke.jendela(tahap)[1]
        items.append(ItemEvaluasi(e.pd, "evaluasi", e.tahun, 0, tahap, batas,
                                  batas is not None and hari_ini > batas, True, sisi=sisi))
    return items
