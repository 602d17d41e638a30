"""The follow-up of the evaluator's recommendations (``TindakLanjut``): reads and writes.

When an evaluation becomes final (:func:`sakip.domain.evaluasi.services.lanjutkan_tahap`), every criterion with a
``rekomendasi`` gets one follow-up item of the PD (:func:`buat_tindak_lanjut`, in the finalising transaction, so
the items exist from the moment the result does; never created by a page view). Who writes what:

=====================  =====================================================  ================================
side                   fields                                                 when
=====================  =====================================================  ================================
the PD (``isi``)       uraian, bukti, status, target_tanggal                  evaluation final, not verified
the evaluator          diverifikasi, catatan_verifikasi (``diverifikasi``     evaluation final; verifying needs
(``evaluasi``)         sets who and when)                                     status *selesai*
=====================  =====================================================  ================================

An item waits in the inbox (:func:`kotak`, registered in ``workflow.selectors.SUMBER_KOTAK``): for the PD's
writers when it is not verified and its target date has passed, for the evaluator when it is *selesai* and not
verified yet; both only from the LHE's date on (an evaluation without one: at once). Next year's criterion 4.c.1
reads them through ``evaluasi.bukti_sakip`` (the facts of the worksheet).
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from sakip.core.galat import Ditolak
from sakip.core.scoping import Scope
from sakip.domain.evaluasi.models import Evaluasi, JawabanLke, TindakLanjut
from sakip.domain.organisation.models import PerangkatDaerah
from sakip.domain.workflow.selectors import ItemKotak
from sakip.rumus.angka import kutip
from sakip.rumus.peran import EVALUASI

Status = TindakLanjut.Status
PD, EVALUATOR = "pd", "evaluator"
LABEL_SISI = {PD: "perangkat daerah", EVALUATOR: "evaluator"}

# Field → (the side that writes it, its label in messages).
MEDAN: dict[str, tuple[str, str]] = {
    "uraian": (PD, "Uraian tindak lanjut"),
    "bukti": (PD, "Bukti tindak lanjut"),
    "status": (PD, "Status"),
    "target_tanggal": (PD, "Target selesai"),
    "diverifikasi": (EVALUATOR, "Diverifikasi"),
    "catatan_verifikasi": (EVALUATOR, "Catatan verifikasi"),
}


def boleh_sisi(scope: Scope, pd: PerangkatDaerah, sisi: str) -> bool:
    """Whether the actor writes ``sisi`` of ``pd``'s follow-ups: the PD's own writer, or the pemda's evaluator."""
    if sisi == PD:
        return scope.writes_for(pd)
    return scope.holds(EVALUASI) and scope.reaches_pd(pd)


# --- created with the final result -----------------------------------------------------------------------


def buat_tindak_lanjut(evaluasi: Evaluasi) -> int:
    """One follow-up item per criterion of ``evaluasi`` with a recommendation and no item yet (two queries);
    the number created. Called inside the finalising transaction; idempotent. Finalising again after a reopening
    (``services.buka_kembali``) also removes the items of recommendations since withdrawn that nobody has worked
    on (no text, no evidence, no date, not verified; a third query); an item the PD has started stays."""
    baru = [TindakLanjut(jawaban=j, pemda_id=j.pemda_id, pd_id=j.pd_id)
            for j in JawabanLke.objects.filter(evaluasi=evaluasi, tindak_lanjut__isnull=True).exclude(rekomendasi="")]
    TindakLanjut.objects.bulk_create(baru)
    TindakLanjut.objects.filter(jawaban__evaluasi=evaluasi, jawaban__rekomendasi="", status=Status.BELUM, uraian="",
                                bukti="", target_tanggal__isnull=True, diverifikasi=False).delete()
    return len(baru)


# --- reads ---------------------------------------------------------------------------------------------


def daftar(scope: Scope, evaluasi: Evaluasi) -> list[TindakLanjut]:
    """The follow-up items of ``evaluasi`` in worksheet order, each with its answer and criterion (one query)."""
    return list(TindakLanjut.objects.within(scope).filter(jawaban__evaluasi=evaluasi)
                .select_related("jawaban__kriteria__sub_komponen__komponen", "diverifikasi_oleh")
                .order_by("jawaban__kriteria__sub_komponen__komponen__urutan", "jawaban__kriteria__sub_komponen__urutan",
                          "jawaban__kriteria__urutan"))


def terlambat(tl: TindakLanjut, hari_ini: datetime.date) -> bool:
    """Not verified and its target date passed."""
    return not tl.diverifikasi and tl.target_tanggal is not None and tl.target_tanggal < hari_ini


def menunggu_verifikasi(scope: Scope, pemda_id: int) -> list[TindakLanjut]:
    """The follow-ups of the pemda marked *selesai* and not verified: what waits for the evaluator (one query)."""
    return list(TindakLanjut.objects.within(scope).filter(pemda_id=pemda_id, status=Status.SELESAI, diverifikasi=False,
                                                          jawaban__evaluasi__tahap=Evaluasi.Tahap.FINAL)
                .select_related("pd", "jawaban__kriteria", "jawaban__evaluasi")
                .order_by("pd__nama", "jawaban__evaluasi__tahun", "jawaban__kriteria__urutan"))


# --- the inbox -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ItemTindakLanjut(ItemKotak):
    """The follow-ups of one PD's evaluation of a year as one inbox item (``jenis`` ``tindak_lanjut``)."""

    jumlah: int = 0

    @property
    def judul(self) -> str:
        if self.status == "verifikasi":
            return f"Tindak lanjut rekomendasi LKE {self.tahun}: {self.jumlah} menunggu verifikasi"
        return f"Tindak lanjut rekomendasi LKE {self.tahun}: {self.jumlah} melewati target"

    @property
    def status_label(self) -> str:
        return "Menunggu verifikasi" if self.status == "verifikasi" else "Belum diverifikasi"

    @property
    def url(self) -> str:
        return reverse("evaluasi:tindak_lanjut", args=[self.pd.slug, self.tahun])


def kotak(scope: Scope, hari_ini: datetime.date) -> list[ItemKotak]:
    """The inbox items of the follow-ups (one query; a second for their PD when there are some): per PD and year,
    the overdue ones for the PD's writers and the ones to verify for the evaluator. Counted from the LHE's date on."""
    if not (scope.holds(EVALUASI) or scope.writes):
        return []
    rows = (TindakLanjut.objects.within(scope).filter(diverifikasi=False, jawaban__evaluasi__tahap=Evaluasi.Tahap.FINAL)
            .filter(Q(jawaban__evaluasi__tanggal_lhe__isnull=True) | Q(jawaban__evaluasi__tanggal_lhe__lte=hari_ini))
            .filter(Q(status=Status.SELESAI) | Q(target_tanggal__lt=hari_ini))
            .values_list("pd_id", "jawaban__evaluasi__tahun", "status", "target_tanggal"))
    pds: set[int] = set()
    lambat: dict[tuple[int, int], list[datetime.date]] = {}
    verifikasi: dict[tuple[int, int], int] = {}
    for pd_id, tahun, status, target in rows:
        if status == Status.SELESAI:
            verifikasi[(pd_id, tahun)] = verifikasi.get((pd_id, tahun), 0) + 1
        if target is not None and target < hari_ini:
            lambat.setdefault((pd_id, tahun), []).append(target)
        pds.add(pd_id)
    if not pds:
        return []
    semua = {pd.pk: pd for pd in PerangkatDaerah.objects.filter(pk__in=pds)}
    items: list[ItemKotak] = []
    for (pd_id, tahun), tanggal in lambat.items():
        if boleh_sisi(scope, semua[pd_id], PD):
            items.append(ItemTindakLanjut(semua[pd_id], "tindak_lanjut", tahun, 0, "terlambat", min(tanggal), True, True,
                                          jumlah=len(tanggal)))
    for (pd_id, tahun), n in verifikasi.items():
        if boleh_sisi(scope, semua[pd_id], EVALUATOR):
            items.append(ItemTindakLanjut(semua[pd_id], "tindak_lanjut", tahun, 0, "verifikasi", None, False, True,
                                          jumlah=n))
    return items


# --- writes --------------------------------------------------------------------------------------------


def _tanggal(value: str | datetime.date | None) -> datetime.date | None:
    if value is None or isinstance(value, datetime.date):
        return value
    teks = value.strip()
    if not teks:
        return None
    try:
        return datetime.date.fromisoformat(teks)
    except ValueError:
        raise ValidationError({"target_tanggal": f"Target selesai: {kutip(teks)} bukan tanggal (tttt-bb-hh)."}) from None


def _periksa(scope: Scope, tl: TindakLanjut, data: Mapping[str, object]) -> str:
    """Refuse ``data`` on ``tl`` unless the evaluation is final and each field is the actor's side's; the code of
    the item's criterion."""
    kode = tl.jawaban.kriteria.kode
    if tl.jawaban.evaluasi.tahap != Evaluasi.Tahap.FINAL:
        raise Ditolak(f"Tindak lanjut kriteria {kode} baru dapat diisi setelah evaluasi final.")
    if not data:
        raise ValidationError("Tidak ada isian yang dikirim.")
    for field in data:
        if field not in MEDAN:
            raise ValidationError({field: f"Kolom {kutip(field)} tidak dikenal."})
        sisi, label = MEDAN[field]
        if not boleh_sisi(scope, tl.pd, sisi):
            raise Ditolak(f"{label} tindak lanjut kriteria {kode} diisi oleh {LABEL_SISI[sisi]}, bukan peran Anda.")
    if tl.diverifikasi and any(MEDAN[f][0] == PD for f in data):
        raise Ditolak(f"Tindak lanjut kriteria {kode} sudah diverifikasi Inspektorat; isiannya tidak dapat diubah.")
    return kode


def _verifikasi(tl: TindakLanjut, value: object, oleh) -> None:
    verif = value in (True, "1", "on", "true")
    if verif and not tl.diverifikasi:
        tl.diverifikasi_oleh, tl.diverifikasi_pada = oleh, timezone.now()
    elif not verif:
        tl.diverifikasi_oleh, tl.diverifikasi_pada = None, None
    tl.diverifikasi = verif


@transaction.atomic
def simpan_tindak_lanjut(scope: Scope, *, tindak_lanjut: TindakLanjut, data: Mapping[str, object],
                         oleh=None) -> TindakLanjut:
    """Write ``data`` (field → value) on one follow-up item. Each field is written by one side (``MEDAN``); the
    evaluation must be final; the PD changes nothing once the item is verified; verifying needs status *selesai*.
    Refused whole otherwise."""
    tl = (TindakLanjut.objects.select_for_update().select_related("jawaban__evaluasi", "jawaban__kriteria", "pd")
          .get(pk=tindak_lanjut.pk))
    scope.require_change(tl, "Anda tidak berwenang mengubah tindak lanjut ini.")
    kode = _periksa(scope, tl, data)
    for field, value in data.items():
        if field == "target_tanggal":
            tl.target_tanggal = _tanggal(value)  # type: ignore[arg-type]
        elif field == "diverifikasi":
            _verifikasi(tl, value, oleh)
        elif field == "status":
            if value not in Status.values:
                raise ValidationError({"status": f"Status: {kutip(str(value))} tidak dikenal."})
            tl.status = str(value)
        else:
            setattr(tl, field, str(value).strip())
    if tl.diverifikasi and tl.status != Status.SELESAI:
        raise ValidationError({"diverifikasi": f"Diverifikasi: tindak lanjut kriteria {kode} belum berstatus selesai."})
    tl.full_clean()
    tl.save()
    return tl
