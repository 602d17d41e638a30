"""What the LHE prints around the score, set by the evaluator on the worksheet page at any stage: nomor, date and
place, and the signer (the Inspektur's post, name, rank, NIP). One form, one service (one transaction)."""

from __future__ import annotations

from django import forms
from django.db import transaction

from sakip.core.galat import Ditolak
from sakip.core.scoping import Scope
from sakip.domain.evaluasi import services
from sakip.domain.evaluasi.models import Evaluasi
from sakip.domain.organisation.models import PerangkatDaerah

MEDAN_LHE = ("nomor_lhe", "tanggal_lhe", "tempat_lhe", "inspektur_jabatan", "inspektur_nama", "inspektur_pangkat",
             "inspektur_nip")


class LheForm(forms.ModelForm):
    class Meta:
        model = Evaluasi
        fields = MEDAN_LHE
        widgets = {"tanggal_lhe": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}


def boleh_lhe(scope: Scope, pd: PerangkatDaerah) -> bool:
    """Whether the actor sets the LHE of an evaluation of ``pd``: the evaluator of its pemda, at any stage."""
    return services.boleh_sisi(scope, pd, services.EVALUATOR)


@transaction.atomic
def simpan_lhe(scope: Scope, *, evaluasi: Evaluasi, data: dict) -> Evaluasi:
    """Write the LHE fields ``data`` (cleaned by :class:`LheForm`) on ``evaluasi``; the evaluator only."""
    evaluasi = Evaluasi.objects.select_for_update().select_related("pd").get(pk=evaluasi.pk)
    scope.require_change(evaluasi, "Anda tidak berwenang mengubah evaluasi ini.")
    if not boleh_lhe(scope, evaluasi.pd):
        raise Ditolak("Hanya evaluator (Inspektorat) yang mengisi data Laporan Hasil Evaluasi.")
    for name in MEDAN_LHE:
        if name in data:
            value = data[name]
            setattr(evaluasi, name, value.strip() if isinstance(value, str) else value)
    evaluasi.full_clean()
    evaluasi.save(update_fields=list(MEDAN_LHE))
    return evaluasi
