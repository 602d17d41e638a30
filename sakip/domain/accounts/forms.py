"""Forms of the account screens. They parse what was typed; services check the role against the pemda,
the username, the password rules, and write."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import ValidationError

from sakip.domain.accounts.models import Akses
from sakip.domain.accounts.services import PERAN_PEMDA
from sakip.domain.organisation.models import Pemda

EMAIL = forms.TextInput(attrs={"inputmode": "email", "autocomplete": "off"})  # styled as every text field
SANDI_HELP = ("Paling sedikit 10 karakter, bukan kata sandi umum dan tidak mirip nama pengguna. Kosongkan agar "
              "sistem membuat kata sandi acak, yang ditampilkan sekali sesudah disimpan.")


def _pilihan(form: forms.BaseForm, name: str, queryset) -> forms.ModelChoiceField:
    field = form.fields[name]
    assert isinstance(field, forms.ModelChoiceField)
    field.queryset = queryset
    return field


class _KelurahanChoice(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return f"{obj} ({obj.pd.nama})"


def sandi_field(label: str = "Kata sandi") -> forms.CharField:
    return forms.CharField(label=label, required=False, strip=False, help_text=SANDI_HELP,
                           widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}))


class PemdaBaruForm(forms.Form):
    jenis = forms.ChoiceField(label="Jenis")
    nama = forms.CharField(label="Nama", max_length=120, help_text="Nama lengkap, misalnya “Kabupaten Lumajang”.")
    provinsi: forms.ModelChoiceField[Any] = forms.ModelChoiceField(label="Provinsi induk", required=False, queryset=None,
                                      help_text="Wajib untuk kota dan kabupaten.")
    ibukota = forms.CharField(label="Tempat penandatanganan", max_length=80, required=False,
                              help_text="Nama kota pada tempat-tanggal dokumen, misalnya “Lumajang”.")
    logo = forms.ImageField(label="Logo (boleh kosong)", required=False,
                            help_text="PNG atau JPEG, paling besar 1 MB.")
    admin_username = forms.CharField(label="Admin pemda: nama pengguna", max_length=150, required=False,
                                     help_text="Untuk masuk; huruf, angka dan @ . + - _ saja. Boleh kosong hanya untuk provinsi.")
    admin_nama = forms.CharField(label="Admin pemda: nama lengkap", max_length=150, required=False)
    admin_email = forms.EmailField(label="Admin pemda: email", required=False, widget=EMAIL)
    admin_sandi = sandi_field("Admin pemda: kata sandi")

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        jenis = self.fields["jenis"]
        assert isinstance(jenis, forms.ChoiceField)
        jenis.choices = Pemda.Jenis.choices
        _pilihan(self, "provinsi", Pemda.objects.filter(jenis=Pemda.Jenis.PROVINSI).order_by("nama"))
        self.fields["provinsi"].error_messages["invalid_choice"] = "Pilih provinsi dari daftar."

    def pemda(self) -> dict:
        return {k: self.cleaned_data.get(k) for k in ("jenis", "nama", "provinsi", "ibukota", "logo")}

    def admin(self) -> dict | None:
        if not self.cleaned_data.get("admin_username"):
            return None
        return {k: self.cleaned_data.get(f"admin_{k}") for k in ("username", "nama", "email", "sandi")}

    def clean_logo(self):
        logo = self.cleaned_data.get("logo")
        if logo and logo.size > 1024 * 1024:
            raise forms.ValidationError("Logo paling besar 1 MB.")
        return logo

    def clean(self) -> dict:
        data = super().clean() or {}
        if data.get("admin_username") and not data.get("admin_nama"):
            self.add_error("admin_nama", "Isi nama lengkap admin pemda.")
        return data


class _PeranForm(forms.Form):
    """Name, e-mail and role of an account of one pemda (its PD and kelurahan as choices)."""

    nama = forms.CharField(label="Nama lengkap", max_length=150)
    email = forms.EmailField(label="Email", required=False, help_text="Untuk pengingat tenggat.", widget=EMAIL)
    peran = forms.ChoiceField(label="Peran", choices=[(p.value, p.label) for p in PERAN_PEMDA])
    pd: forms.ModelChoiceField[Any] = forms.ModelChoiceField(label="Perangkat daerah", required=False, queryset=None,
                                help_text="Untuk operator, verifikator dan pimpinan perangkat daerah.")
    kelurahan = _KelurahanChoice(label="Kelurahan/desa", required=False, queryset=None,
                                 help_text="Untuk operator kelurahan (entri kuesioner SKM loket kelurahan).")

    def __init__(self, *args, pd_queryset=None, kelurahan_queryset=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        _pilihan(self, "pd", pd_queryset).error_messages["invalid_choice"] = (
            "Perangkat daerah ini bukan bagian dari pemda ini.")
        _pilihan(self, "kelurahan", kelurahan_queryset).error_messages["invalid_choice"] = (
            "Kelurahan ini bukan bagian dari pemda ini.")
        self.fields["peran"].error_messages["invalid_choice"] = "Peran ini tidak dapat diberikan dari halaman pemda."

    def clean(self) -> dict:
        data = super().clean() or {}
        peran = data.get("peran")
        if peran in Akses.PD_ROLES - {Akses.Peran.OPERATOR_KELURAHAN} and not data.get("pd") and "pd" not in self.errors:
            self.add_error("pd", ValidationError("Peran ini memerlukan perangkat daerah."))
        if peran == Akses.Peran.OPERATOR_KELURAHAN and not data.get("kelurahan") and "kelurahan" not in self.errors:
            self.add_error("kelurahan", ValidationError("Operator kelurahan memerlukan kelurahan."))
        return data


class PenggunaForm(_PeranForm):
    username = forms.CharField(label="Nama pengguna", max_length=150,
                               help_text="Untuk masuk; huruf, angka dan @ . + - _ saja, misalnya “operator-gading”.")
    sandi = sandi_field()

    field_order = ["username", "nama", "email", "peran", "pd", "kelurahan", "sandi"]


class PenggunaUbahForm(_PeranForm):
    pass


class SandiForm(forms.Form):
    sandi = sandi_field("Kata sandi baru")


class MasukForm(AuthenticationForm):
    """The login form with sakip's own wording (Django's Indonesian one reads "nama pengguna nama pengguna")."""

    error_messages = {
        "invalid_login": "Nama pengguna atau kata sandi salah. Perhatikan huruf besar dan kecil.",
        "inactive": "Akun ini dinonaktifkan; hubungi admin pemda Anda.",
    }
