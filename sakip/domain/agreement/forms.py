"""The form of a PK version: what it says, every target and every program budget. It parses; services write."""

from __future__ import annotations

import datetime

from django import forms
from django.core.exceptions import ValidationError

from sakip.core.masukan import baca_rupiah, baca_target
from sakip.documents.tanggal import tanggal_teks
from sakip.domain.agreement.dokumen import PERNYATAAN_BAKU
from sakip.domain.agreement.models import PerjanjianKinerja
from sakip.domain.agreement.selectors import BarisAnggaran, BarisTarget, DrafPk
from sakip.domain.agreement.services import (
    IsianAnggaranPk,
    IsianPk,
    IsianTarget,
    medan_anggaran,
    medan_indikator,
)
from sakip.rumus.angka import format_angka
from sakip.rumus.capaian import SumberAnggaran

TARGET_HELP = "Contoh: 94,12 · 85,91% · B (63,00) · 80–90. Kosongkan bila indikator ini tidak dimuat dalam PK."
Alasan = PerjanjianKinerja.Alasan


def medan_sumber(program_id: int) -> str:
    return f"sumber_{program_id}"


class PkForm(forms.Form):
    """One PK version. ``versi_baru``: a version after the first, which names its reason."""

    tanggal = forms.DateField(label="Tanggal penandatanganan", widget=forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"}),
                              help_text="Pihak pertama dan pihak kedua dicari dari masa jabatan pada tanggal ini.")
    tempat = forms.CharField(label="Tempat", max_length=80, required=False,
                             help_text="Kosongkan untuk memakai tempat penandatanganan pemda.")
    alasan = forms.ChoiceField(label="Alasan versi baru",
                               choices=[(v, label) for v, label in Alasan.choices if v != Alasan.AWAL])
    alasan_teks = forms.CharField(label="Uraian alasan", required=False, widget=forms.Textarea(attrs={"rows": 2}))
    dasar_hukum = forms.CharField(label="Dasar hukum", required=False, widget=forms.Textarea(attrs={"rows": 2}))
    pernyataan = forms.CharField(label="Pernyataan", required=False,
                                 widget=forms.Textarea(attrs={"rows": 3, "placeholder": PERNYATAAN_BAKU}),
                                 help_text="Kosongkan untuk memakai naskah baku.")

    def __init__(self, *args, draf: DrafPk, versi_baru: bool, sesudah: PerjanjianKinerja | None = None,
                 **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.draf = draf
        self.sesudah = sesudah  # the version this one must be signed after (checked again when saving)
        if not versi_baru:
            del self.fields["alasan"]
            del self.fields["alasan_teks"]
        for row in draf.target:
            self.fields[medan_indikator(row.indikator)] = forms.CharField(
                label=row.indikator.nama, required=False, max_length=60, initial=row.awal, help_text=TARGET_HELP)
        for a in draf.anggaran:
            self.fields[medan_anggaran(a.program.pk)] = forms.CharField(
                label=f"Anggaran {a.program.nama}", max_length=40,
                initial=format_angka(a.nilai) if a.nilai is not None else "",
                error_messages={"required": "Isikan anggaran program ini, misalnya 185.400.000."})
            self.fields[medan_sumber(a.program.pk)] = forms.ChoiceField(
                label=f"Sumber anggaran {a.program.nama}", choices=SumberAnggaran.choices(), initial=a.sumber)

    # the parts of the template, each with its bound fields

    @property
    def naskah(self) -> list[forms.BoundField]:
        return [self[name] for name in ("tanggal", "tempat", "alasan", "alasan_teks", "dasar_hukum", "pernyataan")
                if name in self.fields]

    @property
    def baris_target(self) -> list[tuple[BarisTarget, forms.BoundField]]:
        return [(row, self[medan_indikator(row.indikator)]) for row in self.draf.target]

    @property
    def baris_anggaran(self) -> list[tuple[BarisAnggaran, forms.BoundField, forms.BoundField]]:
        return [(a, self[medan_anggaran(a.program.pk)], self[medan_sumber(a.program.pk)]) for a in self.draf.anggaran]

    @property
    def tanggal_dipilih(self) -> datetime.date | None:
        """The date the parties are looked up on: the one typed (when it reads), else the initial one."""
        if self.is_bound:
            try:
                return self.fields["tanggal"].clean(self.data.get("tanggal"))
            except ValidationError:
                return None
        value = self.initial.get("tanggal")
        return value if isinstance(value, datetime.date) else None

    def clean_tanggal(self) -> datetime.date:
        tanggal = self.cleaned_data["tanggal"]
        if self.sesudah is not None and tanggal <= self.sesudah.tanggal:
            raise ValidationError(f"Tanggal versi ini harus sesudah tanggal versi {self.sesudah.nomor} "
                                  f"({tanggal_teks(self.sesudah.tanggal)}).")
        return tanggal

    def clean(self) -> dict:
        data = super().clean() or {}
        target = []
        for row in self.draf.target:
            name = medan_indikator(row.indikator)
            teks = " ".join((data.get(name) or "").split())
            if not teks:
                continue
            if row.sumber is not None and teks == " ".join(row.awal.split()):
                # Unchanged: the Renstra's (or the previous version's) target is copied as it is written there.
                s = row.sumber
                target.append(IsianTarget(row.indikator, s.nilai, s.nilai_atas, s.teks))
                continue
            try:
                parsed, ditulis = baca_target(teks, name)
            except ValidationError as exc:
                self.add_error(name, exc.message_dict[name])
                continue
            target.append(IsianTarget(row.indikator, parsed.nilai, parsed.atas, ditulis))
        anggaran = []
        for a in self.draf.anggaran:
            name = medan_anggaran(a.program.pk)
            teks = (data.get(name) or "").strip()
            if not teks:
                continue  # required: Django already said so
            if teks.startswith("-") and teks != "-":
                self.add_error(name, "Anggaran tidak boleh negatif.")
                continue
            try:
                nilai = baca_rupiah(teks, name)
            except ValidationError as exc:
                self.add_error(name, exc.message_dict[name])
                continue
            if nilai is None:
                self.add_error(name, "Isikan anggaran program ini, misalnya 185.400.000.")
                continue
            anggaran.append(IsianAnggaranPk(a.program, nilai, data.get(medan_sumber(a.program.pk)) or "APBD"))
        data["isian_target"], data["isian_anggaran"] = tuple(target), tuple(anggaran)
        return data

    def isian(self) -> IsianPk:
        d = self.cleaned_data
        return IsianPk(tanggal=d["tanggal"], tempat=d.get("tempat", ""), alasan=d.get("alasan", Alasan.AWAL),
                       alasan_teks=d.get("alasan_teks", ""), dasar_hukum=d.get("dasar_hukum", ""),
                       pernyataan=d.get("pernyataan", ""), target=d["isian_target"], anggaran=d["isian_anggaran"])


def apply_errors(form: forms.BaseForm, error: ValidationError) -> None:
    """Show a service's ValidationError on the form's fields (or as a form error)."""
    if hasattr(error, "error_dict"):
        for name, messages in error.message_dict.items():
            form.add_error(name if name in form.fields else None, messages)
    else:
        form.add_error(None, error.messages)
