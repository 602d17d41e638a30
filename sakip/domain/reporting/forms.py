from django import forms

from sakip.domain.reporting.models import AnalisisCapaian


class AnalisisForm(forms.ModelForm):
    class Meta:
        model = AnalisisCapaian
        fields = ["penyebab", "solusi", "langkah"]
        widgets = {name: forms.Textarea(attrs={"rows": 4}) for name in ("penyebab", "solusi", "langkah")}
        help_texts = {
            "penyebab": "Dicetak di Bab III, tabel Analisis Penyebab Keberhasilan/Kegagalan sasaran ini.",
            "solusi": "Solusi yang telah dilakukan; kolomnya dicetak di tabel yang sama bila ada isinya.",
            "langkah": "Dicetak di Bab IV sebagai catatan analisis indikator ini (Tabel Pencapaian Kinerja Pelayanan).",
        }
