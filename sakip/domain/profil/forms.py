from django import forms

from sakip.domain.profil.models import ProfilPd, UraianProfil

MAKS_GAMBAR = 5 * 1024 * 1024  # a map or chart picture; the documents print it at most 150 mm wide


class ProfilForm(forms.ModelForm):
    class Meta:
        model = ProfilPd
        fields = ["tanggal", "tempat", "kata_pengantar", "pendahuluan", "peta", "tugas_fungsi", "bagan",
                  "kewenangan_pengantar", "permasalahan", "aspek_strategis", "kesimpulan", "langkah_peningkatan"]
        widgets = {
            "tanggal": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            **{name: forms.Textarea(attrs={"rows": 5}) for name in (
                "kata_pengantar", "pendahuluan", "tugas_fungsi", "kewenangan_pengantar", "permasalahan",
                "aspek_strategis", "kesimpulan", "langkah_peningkatan")},
        }

    def _gambar(self, name: str, label: str):
        berkas = self.cleaned_data.get(name)
        if berkas and getattr(berkas, "size", 0) > MAKS_GAMBAR:
            raise forms.ValidationError(f"Berkas {label} terlalu besar ({berkas.size // 1024 // 1024} MB); "
                                        f"paling besar {MAKS_GAMBAR // 1024 // 1024} MB.")
        return berkas

    def clean_peta(self):
        return self._gambar("peta", "peta")

    def clean_bagan(self):
        return self._gambar("bagan", "bagan")


class UraianForm(forms.Form):
    judul = forms.CharField(label="Judul", max_length=200)
    bagian = forms.ChoiceField(label="Bagian", choices=UraianProfil.Bagian.choices)
    teks = forms.CharField(label="Uraian (satu paragraf per baris)", required=False, widget=forms.Textarea(attrs={"rows": 4}))


class TabelForm(forms.Form):
    judul = forms.CharField(label="Judul tabel", max_length=200)
    kolom = forms.CharField(label="Judul kolom (dipisah tab atau |, tanpa kolom NO)", max_length=2000)
    isi = forms.CharField(label="Isi (tempel dari Excel: satu baris per baris, sel dipisah tab; tanpa baris JUMLAH)",
                          required=False, widget=forms.Textarea(attrs={"rows": 8}))
    dijumlah = forms.CharField(label="Nomor kolom yang dijumlah (mis. 2, 3)", required=False, max_length=100)
    jumlah_kanan = forms.CharField(label="Judul kolom jumlah per baris (kosong: tanpa)", required=False, max_length=60)
    sumber = forms.CharField(label="Sumber", required=False, max_length=200)
