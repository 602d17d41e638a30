"""The forms of the pagu screen and of the explicit annual realisations: one input per budget line and budget, one
value and source per sasaran indicator. They carry what was typed; ``services_anggaran`` reads and checks it."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError

from sakip.domain.measurement.models import ROMAWI
from sakip.domain.measurement.services_anggaran import (
    APBD,
    APBD_P,
    APBDP_MULAI,
    BarisPagu,
    BarisTahunan,
    IsianPagu,
    IsianTahunan,
    LayarAnggaran,
    LayarTahunan,
    medan_sub,
    medan_sumber_tahunan,
    medan_tahunan,
    rupiah_isian,
)

AWAL = "awal-"  # prefix of the hidden input holding the value a field showed (a change made meanwhile is refused)


def _tampilkan(form: forms.BaseForm, error: ValidationError, per_baris: dict[str, list[str]]) -> None:
    """A service's errors on their fields; errors about a whole row (``per_baris`` keys) beside it and on top."""
    if not hasattr(error, "error_dict"):
        form.add_error(None, error.messages)
        return
    for name, messages in error.message_dict.items():
        if name in form.fields:
            form.add_error(name, messages)
        else:
            if name in per_baris:
                per_baris[name] += messages
            form.add_error(None, messages)


class PaguForm(forms.Form):
    apbdp_mulai = forms.TypedChoiceField(
        label="APBD Perubahan berlaku mulai", coerce=int, widget=forms.Select(attrs={"style": "width:auto"}),
        choices=[(tw, f"Triwulan {ROMAWI[tw]}") for tw in APBDP_MULAI],
        help_text="Pagu APBD berlaku mulai triwulan I; pagu APBD Perubahan menggantikannya mulai triwulan ini.")

    def __init__(self, *args, layar: LayarAnggaran, **kwargs) -> None:
        kwargs.setdefault("initial", {"apbdp_mulai": layar.apbdp_mulai})
        super().__init__(*args, **kwargs)
        self.layar = layar
        self.galat_sub: dict[str, list[str]] = {medan_sub(b.sub_kegiatan_id): [] for b in layar.baris
                                                if b.level == "sub_kegiatan" and b.sub_kegiatan_id}
        for b in layar.baris:
            if b.diisi:
                self.fields[b.medan_apbd] = forms.CharField(required=False, max_length=40, initial=rupiah_isian(b.apbd),
                                                            label=f"Pagu APBD {b.kode} {b.nama}")
                self.fields[b.medan_apbd_p] = forms.CharField(required=False, max_length=40,
                                                              initial=rupiah_isian(b.apbd_p),
                                                              label=f"Pagu APBD-P {b.kode} {b.nama}")

    @property
    def baris(self) -> list[tuple[BarisPagu, forms.BoundField | None, forms.BoundField | None, list[str]]]:
        """Each row of the screen with its two inputs (none for program and kegiatan) and its row errors."""
        return [(b, self[b.medan_apbd] if b.diisi else None, self[b.medan_apbd_p] if b.diisi else None,
                 self.galat_sub.get(medan_sub(b.sub_kegiatan_id), []) if b.level == "sub_kegiatan" and
                 b.sub_kegiatan_id else []) for b in self.layar.baris]

    def isian(self) -> list[IsianPagu]:
        """Every line posted (a line the page did not post is left as it is)."""
        out = []
        for b in self.layar.baris:
            if not b.diisi or b.sub_kegiatan_id is None:
                continue
            for sumber, name in ((APBD, b.medan_apbd), (APBD_P, b.medan_apbd_p)):
                if name in self.data:
                    out.append(IsianPagu(b.sub_kegiatan_id, b.lokasi_id, sumber, self.cleaned_data.get(name, ""),
                                         self.data.get(AWAL + name)))
        return out

    def tampilkan(self, error: ValidationError) -> None:
        _tampilkan(self, error, self.galat_sub)


class TahunanForm(forms.Form):
    def __init__(self, *args, layar: LayarTahunan, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.layar = layar
        for b in layar.baris:
            e = b.eksplisit
            self.fields[medan_tahunan(b.indikator_id)] = forms.CharField(
                required=False, max_length=60, initial=b.awal, label=f"Realisasi tahunan {b.iku.nama}")
            self.fields[medan_sumber_tahunan(b.indikator_id)] = forms.CharField(
                required=False, max_length=255, initial=e.sumber if e is not None else "",
                label=f"Sumber realisasi tahunan {b.iku.nama}")

    @property
    def baris(self) -> list[tuple[BarisTahunan, forms.BoundField, forms.BoundField]]:
        return [(b, self[medan_tahunan(b.indikator_id)], self[medan_sumber_tahunan(b.indikator_id)])
                for b in self.layar.baris]

    def isian(self) -> list[IsianTahunan]:
        out = []
        for b in self.layar.baris:
            name = medan_tahunan(b.indikator_id)
            indikator = self.layar.indikator.get(b.indikator_id)
            if name in self.data and indikator is not None:
                out.append(IsianTahunan(indikator, self.cleaned_data.get(name, ""),
                                        self.cleaned_data.get(medan_sumber_tahunan(b.indikator_id), ""),
                                        self.data.get(AWAL + name)))
        return out

    def tampilkan(self, error: ValidationError) -> None:
        _tampilkan(self, error, {})
