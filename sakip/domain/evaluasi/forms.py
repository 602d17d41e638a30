"""What a user posts on the LKE worksheet: one criterion's fields for one side. The values are checked by
:func:`sakip.domain.evaluasi.services.simpan_jawaban` (which fields the side writes in the stage, letters on the
criterion's scale), so the screen and any other caller meet the same rules."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError

from sakip.domain.evaluasi.services import EVALUATOR, LABEL_MEDAN, PD
from sakip.rumus import lke


def pilihan_nilai(skala: str) -> list[tuple[str, str]]:
    """The answers of a scale in the worksheet's order, each with its meaning (88/2021) for a select."""
    arti = lke.ARTI_88 if skala == "88/2021" else {}
    return [(h, f"{h} — {arti[h]}" if h in arti else h) for h in lke.SKALA.get(skala, {})]


class JawabanForm(forms.Form):
    sisi = forms.ChoiceField(label="bagian", choices=[(PD, "perangkat daerah"), (EVALUATOR, "evaluator")])

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # Only the fields posted: the service refuses any the side may not write in the stage, naming it.
        for name in LABEL_MEDAN:
            if self.data and name in self.data:
                self.fields[name] = forms.CharField(label=LABEL_MEDAN[name], required=False, max_length=5000,
                                                    strip=True)

    def clean(self):
        cleaned = super().clean()
        if not any(name in self.fields for name in LABEL_MEDAN):
            raise ValidationError("Tidak ada isian yang dikirim.")
        return cleaned

    def isian(self) -> dict[str, str]:
        return {name: self.cleaned_data[name] for name in LABEL_MEDAN if name in self.fields}


def pesan(form: forms.Form) -> list[str]:
    """Every error of ``form`` naming its field."""
    return [f"{form.fields[f].label}: {m}" if f in form.fields else str(m) for f, ms in form.errors.items() for m in ms]
