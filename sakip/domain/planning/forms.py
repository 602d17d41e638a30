"""Forms of the planning screens. They parse and validate; services write."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError

from sakip.core.masukan import baca_nilai, baca_target
from sakip.domain.planning.models import Indikator, Nomenklatur, Sasaran
from sakip.domain.planning.services import INDIKATOR_FIELDS
from sakip.rumus.capaian import Akumulasi, CaraIsi, Frekuensi

TARGET_HELP = "Contoh: 94,12 · 85,91% · B (63,00) · 80–90. Kosongkan untuk menghapus."


def _pilihan_model(form: forms.BaseForm, name: str) -> forms.ModelChoiceField:
    """The form's field ``name``, a choice of rows (a foreign key's, or one declared so)."""
    field = form.fields[name]
    assert isinstance(field, forms.ModelChoiceField)
    return field


class TargetForm(forms.Form):
    nilai = forms.CharField(label="Target", required=False, max_length=60, help_text=TARGET_HELP)

    def clean_nilai(self) -> str:
        teks = self.cleaned_data["nilai"].strip()
        if teks:
            try:
                baca_target(teks)
            except ValidationError as exc:
                raise ValidationError(exc.message_dict["nilai"]) from exc
        return teks


class IndikatorForm(forms.ModelForm):
    kondisi_awal_teks = forms.CharField(label="Kondisi awal", required=False, max_length=60,
                                        help_text="Angka seperti tertulis, atau “-” bila tidak ada.")

    class Meta:
        model = Indikator
        fields = [*INDIKATOR_FIELDS, "kondisi_awal_teks"]
        widgets = {name: forms.Textarea(attrs={"rows": 3}) for name in
                   ("definisi", "formula", "formula_pembilang", "formula_penyebut", "sumber_data")}

    # Rules with a sensible default need not be touched by a form that does not show them.
    DEFAULTS = {"akumulasi": Akumulasi.TERAKHIR, "cara_isi": CaraIsi.KUMULATIF, "frekuensi": Frekuensi.TRIWULAN}

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for name in self.DEFAULTS:
            self.fields[name].required = False

    def clean(self) -> dict:
        data = super().clean() or {}
        for name, default in self.DEFAULTS.items():
            if not data.get(name):
                data[name] = default
        return data

    def clean_kondisi_awal_teks(self) -> str:
        teks = self.cleaned_data["kondisi_awal_teks"].strip()
        if teks not in ("", "-"):
            try:
                baca_nilai(teks, "kondisi_awal_teks")
            except ValidationError as exc:
                raise ValidationError(exc.message_dict["kondisi_awal_teks"]) from exc
        return teks


class SasaranForm(forms.ModelForm):
    class Meta:
        model = Sasaran
        fields = ["nama", "sasaran_rpjmd", "urusan", "strategi", "kebijakan"]
        widgets = {"strategi": forms.Textarea(attrs={"rows": 3}), "kebijakan": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, sasaran_rpjmd_queryset=None, **kwargs):
        super().__init__(*args, **kwargs)
        _pilihan_model(self, "sasaran_rpjmd").queryset = sasaran_rpjmd_queryset
        self.fields["sasaran_rpjmd"].error_messages["invalid_choice"] = (
            "Sasaran RPJMD ini tidak tersedia: sasaran hanya dapat ditautkan ke RPJMD pemdanya sendiri.")

    def _post_clean(self):  # the service validates the model; the form only checks input
        return


class ProgramForm(forms.Form):
    nomenklatur = forms.ModelChoiceField(label="Program (kode nomenklatur)", queryset=Nomenklatur.objects.none())
    sasaran = forms.ModelMultipleChoiceField(label="Sasaran yang didukung", queryset=Sasaran.objects.none(), required=False,
                                             widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args, nomenklatur_queryset=None, sasaran_queryset=None, **kwargs):
        super().__init__(*args, **kwargs)
        _pilihan_model(self, "nomenklatur").queryset = nomenklatur_queryset
        _pilihan_model(self, "sasaran").queryset = sasaran_queryset
        self.fields["sasaran"].error_messages["invalid_choice"] = "Sasaran %(value)s bukan sasaran perangkat daerah ini."


def apply_errors(form: forms.BaseForm, error: ValidationError) -> None:
    """Show a model/service ValidationError on the form's fields (or as a form error)."""
    if hasattr(error, "error_dict"):
        for name, messages in error.message_dict.items():
            form.add_error(name if name in form.fields else None, messages)
    else:
        form.add_error(None, error.messages)
