"""Forms of the SKM: the follow-up (rencana tindak lanjut rows, FKP minutes of a period) and the
questionnaire as posted (its signed one-time token, the profile and the nine answers, errors by field)."""

from __future__ import annotations

import secrets

from django import forms
from django.core import signing
from django.core.exceptions import ValidationError

from sakip.domain.survey.models import (
    DokumentasiSkm,
    ForumKonsultasiPublik,
    JenisLayanan,
    PeriodeSurvei,
    RencanaTindakLanjut,
    Respons,
    UnitLayanan,
)
from sakip.rumus.ikm import KODE_UNSUR


class RtlForm(forms.ModelForm):
    class Meta:
        model = RencanaTindakLanjut
        fields = ["prioritas", "unsur", "unsur_label", "kegiatan", "tw1", "tw2", "tw3", "tw4", "penanggung_jawab"]


RtlFormSet = forms.inlineformset_factory(
    PeriodeSurvei, RencanaTindakLanjut, form=RtlForm, extra=2, can_delete=True)


def rtl_formset(data, *, periode: PeriodeSurvei, usul: list[dict]):
    """The RTL rows of a period, with one empty row proposed for each of ``usul`` (the weakest unsur that have
    no action yet: prioritas, unsur and its name filled in), at least two empty rows in all. A proposed row
    left without a program/kegiatan is not saved."""
    formset = forms.inlineformset_factory(PeriodeSurvei, RencanaTindakLanjut, form=RtlForm,
                                          extra=max(2, len(usul)), can_delete=True)
    return formset(data, instance=periode, prefix="rtl", initial=usul or None)


MAKS_FOTO = 5 * 1024 * 1024


class DokumentasiForm(forms.ModelForm):
    """One photograph added to the report's annex (optional on the follow-up screen: no file, nothing added)."""

    def __init__(self, *args, periode: PeriodeSurvei, **kwargs):
        super().__init__(*args, **kwargs)
        self.periode = periode
        self.fields["gambar"].required = False

    class Meta:
        model = DokumentasiSkm
        fields = ["gambar", "keterangan"]

    def clean_gambar(self):
        berkas = self.cleaned_data.get("gambar")
        if not berkas:
            return berkas
        if getattr(berkas, "size", 0) > MAKS_FOTO:
            raise ValidationError(f"Foto terlalu besar ({berkas.size / 1024 / 1024:.1f} MB); paling besar "
                                  f"{MAKS_FOTO // 1024 // 1024} MB.".replace(".", ",", 1))
        if self.periode.dokumentasi.count() >= DokumentasiSkm.MAKS:
            raise ValidationError(f"Dokumentasi paling banyak {DokumentasiSkm.MAKS} foto per periode; hapus satu "
                                  "dahulu.")
        return berkas

    def save(self, commit: bool = True):
        """Add the photograph, if one was given (None otherwise)."""
        if not self.cleaned_data.get("gambar"):
            return None
        self.instance.periode = self.periode
        self.instance.urutan = self.periode.dokumentasi.count() + 1
        return super().save(commit)


class LaporanForm(forms.ModelForm):
    """The report's own facts of a period: the collection window, the report's date and place, the analysis."""

    class Meta:
        model = PeriodeSurvei
        fields = ["pengumpulan_mulai", "pengumpulan_selesai", "tanggal_laporan", "tempat_laporan", "analisis"]
        widgets = {"pengumpulan_mulai": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
                   "pengumpulan_selesai": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
                   "tanggal_laporan": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
                   "analisis": forms.Textarea(attrs={"rows": 4})}


class FkpForm(forms.ModelForm):
    class Meta:
        model = ForumKonsultasiPublik
        fields = ["nomor", "tanggal", "tempat", "pihak_kesatu", "pihak_kedua", "hasil"]
        widgets = {"tanggal": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
                   "pihak_kesatu": forms.Textarea(attrs={"rows": 2}), "pihak_kedua": forms.Textarea(attrs={"rows": 4}),
                   "hasil": forms.Textarea(attrs={"rows": 3})}


# --- the public questionnaire: its one-time token and the answers as posted ---------------------------------

TOKEN_SALT = "sakip.survey.form"
TOKEN_MAX_AGE = 6 * 3600  # a form left open for a morning is still accepted


def buat_token(unit: UnitLayanan) -> str:
    return signing.dumps({"u": unit.pk, "n": secrets.token_urlsafe(16)}, salt=TOKEN_SALT)


def baca_token(token: str, unit: UnitLayanan) -> str:
    try:
        payload = signing.loads(token, salt=TOKEN_SALT, max_age=TOKEN_MAX_AGE)
    except signing.SignatureExpired as exc:
        raise ValidationError({"token": "Formulir ini sudah terlalu lama dibuka; muat ulang halaman lalu isi lagi."}) from exc
    except signing.BadSignature as exc:
        raise ValidationError({"token": "Formulir tidak sah; muat ulang halaman survei."}) from exc
    if payload.get("u") != unit.pk:
        raise ValidationError({"token": "Formulir ini untuk unit layanan lain; muat ulang halaman survei."})
    return payload["n"]


SARAN_MAKS = 2000  # Respons.saran's max_length; the public textarea stops there, a forged post is refused


# Each profile field: its label and the values it takes (sets built once: ``Choices.values`` builds a list).
PROFIL = {field: (label, frozenset(enum.values)) for field, label, enum in (
    ("jenis_kelamin", "Jenis kelamin", Respons.JenisKelamin), ("usia", "Usia", Respons.Usia),
    ("pendidikan", "Pendidikan", Respons.Pendidikan), ("pekerjaan", "Pekerjaan", Respons.Pekerjaan))}


def baca_profil(data, unit: UnitLayanan) -> dict:
    """Demographics and the service used; errors name the field."""
    out, errors = {}, {}
    for field, (label, values) in PROFIL.items():
        value = (data.get(field) or "").strip()
        if value not in values:
            errors[field] = f"{label} belum dipilih."
        else:
            out[field] = value
    layanan_id = (data.get("layanan") or "").strip()
    if layanan_id:
        layanan = JenisLayanan.objects.filter(unit=unit, pk=layanan_id if layanan_id.isdigit() else 0).first()
        if layanan is None:
            errors["layanan"] = "Layanan yang dipilih tidak ada pada unit ini."
        out["layanan"] = layanan
    saran = (data.get("saran") or "").strip()
    if len(saran) > SARAN_MAKS:
        errors["saran"] = (f"Saran dan masukan paling banyak {SARAN_MAKS:,} karakter; yang tertulis "
                           f"{len(saran):,} karakter. Persingkat lalu kirim lagi.").replace(",", ".")
    out["saran"] = saran
    if errors:
        raise ValidationError(errors)
    return out


def baca_jawaban(data) -> dict[str, int]:
    """The nine answers from form data (``u1``..``u9``), each 1–4; errors name the question."""
    answers, errors = {}, {}
    for kode in KODE_UNSUR:
        field = kode.lower()
        raw = (data.get(field) or "").strip()
        if not raw:
            errors[field] = f"Pertanyaan {kode} belum dijawab."
            continue
        if raw not in ("1", "2", "3", "4"):
            errors[field] = f"Jawaban {kode} harus salah satu pilihan (1–4)."
            continue
        answers[field] = int(raw)
    if errors:
        raise ValidationError(errors)
    return answers
