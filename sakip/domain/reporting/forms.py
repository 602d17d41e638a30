from django import forms

from sakip.domain.reporting.models import AnalisisCapaian


class AnalisisForm(forms.ModelForm):
    class Meta:
        model = AnalisisCapaian
        fields = ["penyebab", "solusi", "langkah"]
        widgets = {name: forms.Textarea(attrs={"rows": 4}) for name in ("penyebab", "solusi", "langkah")}
