"""Forms of the survey follow-up: the rencana tindak lanjut rows and the FKP minutes of a period."""

from django import forms

from sakip.domain.survey.models import ForumKonsultasiPublik, PeriodeSurvei, RencanaTindakLanjut


class RtlForm(forms.ModelForm):
    class Meta:
        model = RencanaTindakLanjut
        fields = ["prioritas", "unsur", "unsur_label", "kegiatan", "tw1", "tw2", "tw3", "tw4", "penanggung_jawab"]


RtlFormSet = forms.inlineformset_factory(
    PeriodeSurvei, RencanaTindakLanjut, form=RtlForm, extra=2, can_delete=True)


class FkpForm(forms.ModelForm):
    class Meta:
        model = ForumKonsultasiPublik
        fields = ["tanggal", "tempat", "pihak_kesatu", "pihak_kedua", "hasil"]
        widgets = {"tanggal": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
                   "pihak_kesatu": forms.Textarea(attrs={"rows": 2}), "pihak_kedua": forms.Textarea(attrs={"rows": 4}),
                   "hasil": forms.Textarea(attrs={"rows": 3})}
