"""The final Nilai AKIP as the realisation of the PD's Nilai SAKIP indicator (``Peran.NILAI_SAKIP``).

As the IKM does it (``survey.services.jadikan_realisasi_iku``): the figure goes to the indicator's realisation of
the evaluation's year at TW IV (the indicator is measured yearly), with its source in ``keterangan``; the number
is the two-decimal Nilai AKIP (compared with targets like "85,47" or "B (63,00)" on the number) and the text its
label ``BB (76,40)`` (``rumus.lke.label_nilai_sakip``). A value typed by hand is kept: a TW IV realisation not
written from the evaluation, and an explicit annual realisation, are never overwritten; the evaluation's screen
shows the difference (:func:`status_nilai_sakip`).

Written when the evaluation becomes final (:func:`setelah_final`, which never blocks the finalisation: a PD
without the indicator that year, or a TW IV that is locked, is shown on the screen instead) and again by the
evaluator's button (:func:`jadikan_realisasi_iku`, which names the problem).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction

from sakip.core.galat import Ditolak
from sakip.core.scoping import Scope
from sakip.domain.evaluasi.dokumen import build_lke
from sakip.domain.evaluasi.models import Evaluasi
from sakip.domain.measurement.models import Realisasi, RealisasiTahunan
from sakip.domain.organisation.models import PerangkatDaerah
from sakip.domain.planning.models import Indikator
from sakip.domain.planning.selectors import indikator_sasaran
from sakip.domain.workflow.services import pastikan_terbuka
from sakip.rumus import lke as rumus
from sakip.rumus.capaian import Peran
from sakip.rumus.peran import EVALUASI

SUMBER = "Nilai AKIP hasil evaluasi"  # the start of ``keterangan`` of a realisation written from an evaluation
TRIWULAN = 4


def indikator_nilai_sakip(scope: Scope, pd: PerangkatDaerah, tahun: int) -> Indikator | None:
    """The PD's sasaran indicator whose role is Nilai SAKIP in ``tahun`` (one query); never found by its name."""
    return indikator_sasaran(scope, pd, tahun, peran=Peran.NILAI_SAKIP).first()


def dari_evaluasi(row: Realisasi | None) -> bool:
    return row is not None and row.keterangan.startswith(SUMBER)


@dataclass(frozen=True)
class StatusNilaiSakip:
    """Where the final Nilai AKIP stands against the IKU: what the screen shows under a final evaluation."""

    indikator: Indikator | None
    nilai: Decimal  # the Nilai AKIP, two decimals
    label: str  # "BB (76,40)"
    realisasi: Realisasi | None  # the TW IV realisation of the year
    tahunan: RealisasiTahunan | None

    @property
    def tercatat(self) -> bool:
        """The TW IV realisation is the evaluation's figure."""
        return dari_evaluasi(self.realisasi) and self.realisasi is not None and self.realisasi.nilai == self.nilai

    @property
    def manual(self) -> Realisasi | RealisasiTahunan | None:
        """A value typed by hand that stays: the annual realisation, else a TW IV one not from an evaluation."""
        if self.tahunan is not None:
            return self.tahunan
        if self.realisasi is not None and self.realisasi.nilai is not None and not dari_evaluasi(self.realisasi):
            return self.realisasi
        return None

    @property
    def selisih(self) -> Decimal | None:
        """The hand-typed value minus the Nilai AKIP (None without one)."""
        manual = self.manual
        return None if manual is None or manual.nilai is None else manual.nilai - self.nilai


def status_nilai_sakip(scope: Scope, evaluasi: Evaluasi, nilai_akip: Decimal) -> StatusNilaiSakip:
    """Three queries at most: the indicator, its TW IV and annual realisations of the year."""
    nilai = rumus.bulat(nilai_akip)
    indikator = indikator_nilai_sakip(scope, evaluasi.pd, evaluasi.tahun)
    if indikator is None:
        return StatusNilaiSakip(None, nilai, rumus.label_nilai_sakip(nilai), None, None)
    return StatusNilaiSakip(
        indikator, nilai, rumus.label_nilai_sakip(nilai),
        Realisasi.objects.within(scope).filter(indikator=indikator, tahun=evaluasi.tahun, triwulan=TRIWULAN).first(),
        RealisasiTahunan.objects.within(scope).filter(indikator=indikator, tahun=evaluasi.tahun).first())


@transaction.atomic
def jadikan_realisasi_iku(scope: Scope, *, evaluasi: Evaluasi) -> StatusNilaiSakip:
    """Write the final Nilai AKIP of ``evaluasi`` as the TW IV realisation of the PD's Nilai SAKIP indicator of
    the year (the evaluator). A hand-typed value stays (the status says so). Refused, naming why, when the
    evaluation is not final, the PD has no such indicator that year, or TW IV is locked."""
    evaluasi = Evaluasi.objects.select_related("pd__pemda").get(pk=evaluasi.pk)
    scope.require_change(evaluasi, "Anda tidak berwenang mengubah evaluasi ini.")
    if not (scope.holds(EVALUASI) and scope.reaches_pd(evaluasi.pd)):
        raise Ditolak("Hanya evaluator (Inspektorat) yang menjadikan Nilai AKIP realisasi IKU.")
    if evaluasi.tahap != Evaluasi.Tahap.FINAL:
        raise ValidationError({"tahap": f"Evaluasi {evaluasi.pd.nama} tahun {evaluasi.tahun} belum final; "
                                        "Nilai AKIP-nya belum dapat menjadi realisasi IKU."})
    dok = build_lke(scope, evaluasi.pd.slug, evaluasi.tahun)
    status = status_nilai_sakip(scope, evaluasi, dok.nilai_akip)
    if status.indikator is None:
        raise ValidationError({"indikator": f"{evaluasi.pd.nama} tidak memiliki indikator berperan Nilai SAKIP pada "
                                            f"Renstra tahun {evaluasi.tahun}; tandai indikatornya pada Renstra."})
    if status.manual is status.realisasi and status.realisasi is not None:
        return status  # typed by hand at TW IV: kept, the difference shown
    pastikan_terbuka(evaluasi.pd_id, "pengukuran", evaluasi.tahun, TRIWULAN)
    Realisasi.objects.update_or_create(
        indikator=status.indikator, tahun=evaluasi.tahun, triwulan=TRIWULAN,
        defaults={"nilai": status.nilai, "teks": status.label,
                  "keterangan": f"{SUMBER} AKIP {evaluasi.tahun} (final), dihitung sakip dari LKE {dok.lke_kode}"})
    return status_nilai_sakip(scope, evaluasi, dok.nilai_akip)


def setelah_final(scope: Scope, evaluasi: Evaluasi) -> str:
    """Called by the finalisation: write the realisation when possible; the reason otherwise ("" when written).
    A failure rolls back only its own savepoint, never the finalisation."""
    try:
        with transaction.atomic():
            jadikan_realisasi_iku(scope, evaluasi=evaluasi)
    except (ValidationError, Ditolak) as exc:
        return " ".join(exc.messages) if isinstance(exc, ValidationError) else str(exc)
    return ""
