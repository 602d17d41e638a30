"""Forms of the pemda's settings screens. They parse and validate what was typed; services write and
check the models' invariants."""

from __future__ import annotations

import re

from django import forms
from django.core.exceptions import ValidationError

from sakip.domain.organisation.models import Jabatan, Kelurahan, MasaJabatan, Pejabat, Pemda, PerangkatDaerah, UnitKerja
from sakip.domain.organisation.services import KelurahanBaru

FORMAT_TANGGAL = ["%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y"]
KELURAHAN_HELP = ("Satu kelurahan/desa per baris, misalnya “Desa Sumberan” atau “Kelurahan Jrebeng Kidul”; tanpa "
                  "kata “Desa”/“Kelurahan” dipakai jenis di bawah. Kode wilayah boleh ditulis sesudah titik koma: "
                  "“Desa Sumberan; 35.74.01.2001”.")
_AWALAN = re.compile(r"^(desa|kelurahan|kel\.)\s+", re.IGNORECASE)


class _TanpaValidasiModel:
    """A model form that checks input only: the service validates the model (``full_clean``) and its
    messages are put back on the fields with :func:`apply_errors`."""

    def _post_clean(self) -> None:
        return


def _pilihan(form: forms.BaseForm, name: str, queryset) -> None:
    field = form.fields[name]
    assert isinstance(field, forms.ModelChoiceField)
    field.queryset = queryset


class TanggalInput(forms.DateInput):
    input_type = "date"

    def __init__(self) -> None:
        super().__init__(format="%Y-%m-%d")


def baca_kelurahan(teks: str, jenis_bawaan: str) -> list[KelurahanBaru]:
    """The kelurahan/desa typed one per line: an optional “Desa”/“Kelurahan” before the name sets its kind,
    an optional code after a semicolon or a tab. A name typed twice is refused."""
    hasil: list[KelurahanBaru] = []
    dilihat: set[str] = set()
    for nomor, baris in enumerate((teks or "").splitlines(), start=1):
        baris = baris.strip()
        if not baris:
            continue
        nama, kode = _pisah(baris)
        jenis = jenis_bawaan
        awalan = _AWALAN.match(nama)
        if awalan:
            jenis = Kelurahan.Jenis.DESA if awalan.group(1).lower() == "desa" else Kelurahan.Jenis.KELURAHAN
            nama = nama[awalan.end():].strip()
        if not nama:
            raise ValidationError(f"Baris {nomor}: nama kelurahan/desa kosong.")
        if len(nama) > 120:
            raise ValidationError(f"Baris {nomor}: nama terlalu panjang (paling banyak 120 huruf).")
        if nama.casefold() in dilihat:
            raise ValidationError(f"Baris {nomor}: {nama} ditulis dua kali.")
        dilihat.add(nama.casefold())
        hasil.append(KelurahanBaru(jenis=jenis, nama=nama, kode=kode))
    return hasil


def _pisah(baris: str) -> tuple[str, str]:
    """“Desa Sumberan; 35.74.01.2001” → the name part and the code."""
    bagian = re.split(r"[;\t]", baris, maxsplit=1)
    return bagian[0].strip(), (bagian[1].strip() if len(bagian) > 1 else "")


class PengaturanPemdaForm(_TanpaValidasiModel, forms.ModelForm):
    class Meta:
        model = Pemda
        fields = ["ibukota", "rumus_negatif", "skala_kategori", "skm_periode", "skm_populasi"]
        help_texts = {
            "rumus_negatif": "Rumus capaian indikator yang makin rendah makin baik; dapat diganti per indikator.",
            "skala_kategori": "Skala yang memberi predikat pada capaian (Sangat Baik, Baik, …).",
        }


class PdForm(_TanpaValidasiModel, forms.ModelForm):
    """A new perangkat daerah with, for a kecamatan, its kelurahan/desa."""

    kelurahan = forms.CharField(label="Kelurahan/desa", required=False, widget=forms.Textarea(attrs={"rows": 6}),
                                help_text=KELURAHAN_HELP)
    jenis_kelurahan = forms.ChoiceField(label="Jenis bila tidak ditulis", choices=Kelurahan.Jenis.choices,
                                        initial=Kelurahan.Jenis.KELURAHAN)

    class Meta:
        model = PerangkatDaerah
        fields = ["jenis", "nama", "slug", "alamat", "telepon", "email", "tugas", "fungsi"]
        widgets = {"tugas": forms.Textarea(attrs={"rows": 3}), "fungsi": forms.Textarea(attrs={"rows": 5})}
        help_texts = {"slug": "Bagian alamat halaman; kosongkan agar dibuat dari nama (“Kecamatan Gading” → gading)."}

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["slug"].required = False

    def clean_email(self) -> str:
        email = self.cleaned_data["email"].strip()
        if email:
            forms.EmailField().clean(email)
        return email

    def clean(self) -> dict:
        data = super().clean() or {}
        try:
            data["daftar_kelurahan"] = baca_kelurahan(data.get("kelurahan", ""), data.get("jenis_kelurahan")
                                                      or Kelurahan.Jenis.KELURAHAN)
        except ValidationError as exc:
            self.add_error("kelurahan", exc)
            return data
        if data["daftar_kelurahan"] and data.get("jenis") and data["jenis"] != PerangkatDaerah.Jenis.KECAMATAN:
            self.add_error("kelurahan", "Kelurahan/desa hanya berada di bawah kecamatan.")
        return data


class PdUbahForm(_TanpaValidasiModel, forms.ModelForm):
    class Meta:
        model = PerangkatDaerah
        fields = ["nama", "alamat", "telepon", "email", "tugas", "fungsi"]
        widgets = {"tugas": forms.Textarea(attrs={"rows": 3}), "fungsi": forms.Textarea(attrs={"rows": 6})}

    clean_email = PdForm.clean_email


class KelurahanForm(forms.ModelForm):
    """One row of the kelurahan/desa of a kecamatan: its place, kind, name and code."""

    class Meta:
        model = Kelurahan
        fields = ["urutan", "jenis", "nama", "kode"]
        widgets = {"urutan": forms.NumberInput(attrs={"class": "kecil", "min": 0})}

    def _post_clean(self) -> None:  # the service checks the rows together (names may be swapped)
        return


KelurahanFormSet = forms.modelformset_factory(Kelurahan, form=KelurahanForm, extra=0, edit_only=True)


class KelurahanBaruForm(forms.Form):
    baru = forms.CharField(label="Tambah kelurahan/desa", required=False, widget=forms.Textarea(attrs={"rows": 4}),
                           help_text=KELURAHAN_HELP)
    jenis_baru = forms.ChoiceField(label="Jenis bila tidak ditulis", choices=Kelurahan.Jenis.choices,
                                   initial=Kelurahan.Jenis.KELURAHAN)

    def clean(self) -> dict:
        data = super().clean() or {}
        try:
            data["daftar"] = baca_kelurahan(data.get("baru", ""), data.get("jenis_baru") or Kelurahan.Jenis.KELURAHAN)
        except ValidationError as exc:
            self.add_error("baru", exc)
        return data


class UnitForm(_TanpaValidasiModel, forms.ModelForm):
    class Meta:
        model = UnitKerja
        fields = ["jenis", "nama", "urutan", "induk", "kelurahan"]

    def __init__(self, *args, unit_queryset=None, kelurahan_queryset=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        _pilihan(self, "induk", unit_queryset)
        _pilihan(self, "kelurahan", kelurahan_queryset)
        self.fields["kelurahan"].help_text = "Isi bila unit ini milik kelurahan (misalnya loket pelayanan kelurahan)."
        for name in ("induk", "kelurahan"):
            self.fields[name].error_messages["invalid_choice"] = "Pilihan ini bukan bagian dari perangkat daerah ini."


class JabatanForm(_TanpaValidasiModel, forms.ModelForm):
    class Meta:
        model = Jabatan
        fields = ["nama", "jenis", "unit"]

    def __init__(self, *args, unit_queryset=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if unit_queryset is None:  # a post of the pemda itself (kepala daerah): no unit
            del self.fields["unit"]
        else:
            _pilihan(self, "unit", unit_queryset)
            self.fields["unit"].error_messages["invalid_choice"] = "Unit kerja ini bukan bagian dari perangkat daerah ini."


class PejabatForm(_TanpaValidasiModel, forms.ModelForm):
    class Meta:
        model = Pejabat
        fields = ["nama", "nip", "pangkat", "golongan"]
        widgets = {"nip": forms.TextInput(attrs={"inputmode": "numeric"})}

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        nip = self.fields["nip"]
        assert isinstance(nip, forms.CharField)
        nip.max_length = 24  # typed with spaces: “19781204 199802 1 001”
        nip.widget.attrs["maxlength"] = 24
        nip.validators = []


class MasaJabatanForm(_TanpaValidasiModel, forms.ModelForm):
    """A tenure: an official of the pemda, or a new one typed here."""

    pejabat_baru_nama = forms.CharField(label="… atau pejabat baru: nama dengan gelar", required=False, max_length=200)
    pejabat_baru_nip = forms.CharField(label="NIP pejabat baru", required=False, max_length=24,
                                       help_text="18 angka, boleh diketik dengan spasi.")
    pejabat_baru_pangkat = forms.CharField(label="Pangkat pejabat baru", required=False, max_length=80)
    pejabat_baru_golongan = forms.CharField(label="Golongan pejabat baru", required=False, max_length=10)

    BARU = ("nama", "nip", "pangkat", "golongan")

    class Meta:
        model = MasaJabatan
        fields = ["pejabat", "pejabat_baru_nama", "pejabat_baru_nip", "pejabat_baru_pangkat", "pejabat_baru_golongan",
                  "status", "mulai", "selesai", "keterangan"]
        widgets = {"mulai": TanggalInput(), "selesai": TanggalInput()}

    def __init__(self, *args, pejabat_queryset=None, baru: bool = True, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        _pilihan(self, "pejabat", pejabat_queryset)
        self.fields["pejabat"].required = False
        self.fields["pejabat"].error_messages["invalid_choice"] = "Pejabat ini tidak terdaftar pada pemda ini."
        for name in ("mulai", "selesai"):
            field = self.fields[name]
            assert isinstance(field, forms.DateField)
            field.input_formats = FORMAT_TANGGAL
        if not baru:
            for name in self.BARU:
                del self.fields[f"pejabat_baru_{name}"]

    def pejabat_baru(self) -> dict | None:
        """The new official typed in the form (``None`` when one was chosen from the list)."""
        if not self.cleaned_data.get("pejabat_baru_nama"):
            return None
        return {name: self.cleaned_data.get(f"pejabat_baru_{name}", "") for name in self.BARU}

    def clean(self) -> dict:
        data = super().clean() or {}
        baru = data.get("pejabat_baru_nama")
        if data.get("pejabat") and baru:
            self.add_error("pejabat_baru_nama", "Pilih pejabat dari daftar atau isi pejabat baru, tidak keduanya.")
        elif not data.get("pejabat") and not baru and "pejabat" not in self.errors:
            self.add_error("pejabat", "Pilih pejabat, atau isi nama pejabat baru.")
        return data


def apply_errors(form: forms.BaseForm, error: ValidationError) -> None:
    """Show a model/service ValidationError on the form's fields (or as a form error)."""
    if hasattr(error, "error_dict"):
        for name, messages in error.message_dict.items():
            form.add_error(name if name in form.fields else None, messages)
    else:
        form.add_error(None, error.messages)
