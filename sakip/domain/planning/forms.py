"""Forms of the planning screens. They parse and validate; services write."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from django import forms
from django.core.exceptions import ValidationError

from sakip.core.masukan import baca_nilai, baca_target
from sakip.domain.organisation.models import Jabatan, Kelurahan, UnitKerja
from sakip.domain.planning.models import (
    Iku,
    Indikator,
    IndikatorRpjmd,
    Misi,
    Nomenklatur,
    Renstra,
    Rpjmd,
    Sasaran,
    SasaranRpjmd,
    Tujuan,
    TujuanRpjmd,
)
from sakip.domain.planning.services import INDIKATOR_FIELDS
from sakip.rumus.capaian import Akumulasi, CaraIsi, Frekuensi

TARGET_HELP = "Contoh: 94,12 · 85,91% · B (63,00) · 80–90. Kosongkan untuk menghapus."


def _pilihan_model(form: forms.BaseForm, name: str) -> forms.ModelChoiceField:
    """The form's field ``name``, a choice of rows (a foreign key's, or one declared so)."""
    field = form.fields[name]
    assert isinstance(field, forms.ModelChoiceField)
    return field


def _periksa_target(teks: str) -> str:
    """A written target as typed, checked (the number reader's message on the field)."""
    teks = teks.strip()
    if teks:
        try:
            baca_target(teks)
        except ValidationError as exc:
            raise ValidationError(exc.message_dict["nilai"]) from exc
    return teks


class TargetForm(forms.Form):
    nilai = forms.CharField(label="Target", required=False, max_length=60, help_text=TARGET_HELP)

    def clean_nilai(self) -> str:
        return _periksa_target(self.cleaned_data["nilai"])


class TargetTahunForm(forms.Form):
    """A target with its year typed (the page form beside the inline chips)."""

    tahun = forms.IntegerField(label="Tahun", min_value=1900, max_value=2200)
    nilai = forms.CharField(label="Target", required=False, max_length=60, help_text=TARGET_HELP)

    def clean_nilai(self) -> str:
        return _periksa_target(self.cleaned_data["nilai"])


class TargetField(forms.CharField):
    """A target as written (``94,12``, ``80–90``, ``BB (75,00)``), checked by the number reader."""

    def clean(self, value):
        return _periksa_target(super().clean(value))


class TargetTahunanMixin(forms.BaseForm):
    """One field per year of a period (``target_2025``…), filled with the targets as written.

    Only years whose field was posted and whose text changed are saved, so a form without them leaves the
    targets alone and an unchanged year is not written (nor refused by the lock)."""

    def tambah_target(self, tahun: Iterable[int], awal: Mapping[int, str]) -> None:
        self.tahun_target = list(tahun)
        self.target_awal = dict(awal)
        for year in self.tahun_target:
            self.fields[f"target_{year}"] = TargetField(label=f"Target {year}", required=False, max_length=60,
                                                        initial=self.target_awal.get(year, ""), help_text=TARGET_HELP)

    def targets_berubah(self) -> dict[int, str]:
        """{year: text} of the target fields posted with a text other than the stored one."""
        changed = {}
        for year in getattr(self, "tahun_target", []):
            name = f"target_{year}"
            if self.add_prefix(name) in self.data and name in self.cleaned_data:
                teks = self.cleaned_data[name]
                if " ".join(teks.split()) != " ".join(self.target_awal.get(year, "").split()):
                    changed[year] = teks
        return changed


def pj_kode(pj: UnitKerja | Jabatan) -> str:
    return f"{'unit' if isinstance(pj, UnitKerja) else 'jabatan'}-{pj.pk}"


class IndikatorForm(TargetTahunanMixin, forms.ModelForm):
    kondisi_awal_teks = forms.CharField(label="Kondisi awal", required=False, max_length=60,
                                        help_text="Angka seperti tertulis, atau “-” bila tidak ada.")

    class Meta:
        model = Indikator
        fields = [*INDIKATOR_FIELDS, "kondisi_awal_teks"]
        widgets = {name: forms.Textarea(attrs={"rows": 3}) for name in
                   ("definisi", "formula", "formula_pembilang", "formula_penyebut", "sumber_data")}

    # Rules with a sensible default need not be touched by a form that does not show them.
    DEFAULTS = {"akumulasi": Akumulasi.TERAKHIR, "cara_isi": CaraIsi.KUMULATIF, "frekuensi": Frekuensi.TRIWULAN}

    def __init__(self, *args, tahun: Iterable[int] = (), target_awal: Mapping[int, str] | None = None,
                 pj_pilihan: tuple[list[UnitKerja], list[Jabatan]] | None = None,
                 pj_awal: Iterable[UnitKerja | Jabatan] = (), **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for name in self.DEFAULTS:
            self.fields[name].required = False
        self.fields["peran"].label = "Peran khusus (IKM / Nilai SAKIP)"
        self.pj_pilihan: dict[str, UnitKerja | Jabatan] = {}
        if pj_pilihan is not None:
            units, jabatan = pj_pilihan
            for pj in units:
                self.pj_pilihan[pj_kode(pj)] = pj
            for jab in jabatan:
                self.pj_pilihan[pj_kode(jab)] = jab
            self.fields["penanggung_jawab"] = forms.MultipleChoiceField(
                label="Penanggung jawab", required=False, widget=forms.CheckboxSelectMultiple,
                choices=[(pj_kode(u), f"Unit: {u.nama}") for u in units]
                + [(pj_kode(j), f"Jabatan: {j.nama}") for j in jabatan],
                initial=[pj_kode(pj) for pj in pj_awal],
                help_text="Unit kerja atau jabatan yang bertanggung jawab (tampil pada dokumen IKU).")
        self.tambah_target(tahun, target_awal or {})

    def clean(self) -> dict:
        data = super().clean() or {}
        for name, default in self.DEFAULTS.items():
            if not data.get(name):
                data[name] = default
        if "penanggung_jawab" in data:
            data["penanggung_jawab"] = [self.pj_pilihan[kode] for kode in data["penanggung_jawab"]]
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


class RenstraForm(forms.ModelForm):
    class Meta:
        model = Renstra
        fields = ["tahun_mulai", "tahun_selesai", "tahun_kondisi_awal", "rpjmd", "keterangan"]
        widgets = {"keterangan": forms.Textarea(attrs={"rows": 3})}
        help_texts = {"rpjmd": "RPJMD pemda yang didukung Renstra ini (boleh kosong).",
                      "tahun_kondisi_awal": "Tahun angka kondisi awal indikator, biasanya tahun sebelum tahun mulai."}

    def __init__(self, *args, rpjmd_queryset=None, **kwargs):
        super().__init__(*args, **kwargs)
        _pilihan_model(self, "rpjmd").queryset = rpjmd_queryset
        self.fields["rpjmd"].error_messages["invalid_choice"] = "RPJMD ini bukan RPJMD pemda Anda."

    def _post_clean(self):  # the service validates the model; the form only checks input
        return


class TujuanForm(forms.ModelForm):
    class Meta:
        model = Tujuan
        fields = ["nama", "misi", "tujuan_rpjmd"]
        widgets = {"nama": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, misi_queryset=None, tujuan_rpjmd_queryset=None, **kwargs):
        super().__init__(*args, **kwargs)
        _pilihan_model(self, "misi").queryset = misi_queryset
        _pilihan_model(self, "tujuan_rpjmd").queryset = tujuan_rpjmd_queryset
        for name in ("misi", "tujuan_rpjmd"):
            self.fields[name].error_messages["invalid_choice"] = (
                "Pilihan ini tidak tersedia: tujuan hanya dapat ditautkan ke RPJMD pemdanya sendiri.")

    def _post_clean(self):
        return


class KodeNomenklaturField(forms.CharField):
    """A nomenclature code typed (or picked from the suggestions) → the :class:`Nomenklatur` row of a level."""

    def __init__(self, *, level: str, **kwargs) -> None:
        self.level = level
        super().__init__(max_length=30, **kwargs)

    def clean(self, value):
        kode = super().clean(value).strip()
        row = Nomenklatur.objects.filter(level=self.level, kode=kode).first()
        if row is None:
            nama = Nomenklatur.Level(self.level).label.lower()
            raise ValidationError(f"Kode “{kode}” tidak ada dalam nomenklatur {nama}. Ketik kode atau sebagian "
                                  "namanya lalu pilih dari daftar.")
        return row


class NomenklaturForm(forms.Form):
    """Add a kegiatan (``level="kegiatan"``) or a sub kegiatan by its code."""

    def __init__(self, *args, level: str, label: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["nomenklatur"] = KodeNomenklaturField(
            level=level, label=label, help_text="Ketik kode (mis. 7.01.02.2.01) atau sebagian nama, lalu pilih.",
            widget=forms.TextInput(attrs={"list": "pilihan-kode", "autocomplete": "off"}))


class ProgramSasaranForm(forms.Form):
    sasaran = forms.ModelMultipleChoiceField(label="Sasaran yang didukung", queryset=Sasaran.objects.none(),
                                             required=False, widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args, sasaran_queryset=None, **kwargs):
        super().__init__(*args, **kwargs)
        _pilihan_model(self, "sasaran").queryset = sasaran_queryset
        self.fields["sasaran"].error_messages["invalid_choice"] = "Sasaran %(value)s bukan sasaran perangkat daerah ini."


class LokasiForm(forms.Form):
    kelurahan = forms.ModelChoiceField(label="Lokasi", queryset=Kelurahan.objects.none(), required=False,
                                       empty_label="Tingkat kecamatan (tanpa kelurahan/desa)",
                                       help_text="Kelurahan/desa tempat sebagian sub kegiatan dilaksanakan.")

    def __init__(self, *args, kelurahan_queryset=None, **kwargs):
        super().__init__(*args, **kwargs)
        _pilihan_model(self, "kelurahan").queryset = kelurahan_queryset
        self.fields["kelurahan"].error_messages["invalid_choice"] = "Kelurahan/desa ini tidak berada di kecamatan ini."


class IkuForm(forms.ModelForm):
    class Meta:
        model = Iku
        fields = ["renstra", "tahun_mulai", "tahun_selesai", "tanggal", "tempat", "keterangan"]
        widgets = {"tanggal": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
                   "keterangan": forms.Textarea(attrs={"rows": 2})}
        help_texts = {"tanggal": "Isi bila IKU sudah ditetapkan; dokumen lalu memuat tanda tangan pimpinan pada "
                                 "tanggal itu."}

    def __init__(self, *args, renstra_queryset=None, **kwargs):
        super().__init__(*args, **kwargs)
        _pilihan_model(self, "renstra").queryset = renstra_queryset
        self.fields["renstra"].error_messages["invalid_choice"] = "Renstra ini bukan milik perangkat daerah ini."

    def _post_clean(self):
        return


class IndikatorPilihanField(forms.ModelChoiceField):
    def label_from_instance(self, obj) -> str:
        return f"{'Tujuan' if obj.tujuan_id else 'Sasaran'}: {obj.nama}"


class IkuEntriForm(forms.Form):
    indikator = IndikatorPilihanField(label="Indikator tujuan/sasaran", queryset=Indikator.objects.none())
    kelompok_tujuan = forms.ModelChoiceField(
        label="Tampilkan di bawah tujuan", queryset=Tujuan.objects.none(), required=False,
        empty_label="(tujuan indikator itu sendiri)",
        help_text="Hanya bila dokumen IKU menampilkan indikator ini di bawah tujuan lain.")

    def __init__(self, *args, indikator_queryset=None, tujuan_queryset=None, **kwargs):
        super().__init__(*args, **kwargs)
        _pilihan_model(self, "indikator").queryset = indikator_queryset
        _pilihan_model(self, "kelompok_tujuan").queryset = tujuan_queryset


class RpjmdForm(forms.ModelForm):
    class Meta:
        model = Rpjmd
        fields = ["tahun_mulai", "tahun_selesai", "visi"]
        widgets = {"visi": forms.Textarea(attrs={"rows": 3})}

    def _post_clean(self):
        return


class MisiForm(forms.ModelForm):
    class Meta:
        model = Misi
        fields = ["nomor", "nama", "uraian"]
        widgets = {"uraian": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["nomor"].required = False
        self.fields["nomor"].help_text = "Kosong: nomor berikutnya."

    def _post_clean(self):
        return


class TujuanRpjmdForm(forms.ModelForm):
    class Meta:
        model = TujuanRpjmd
        fields = ["nama"]

    def _post_clean(self):
        return


class SasaranRpjmdForm(forms.ModelForm):
    class Meta:
        model = SasaranRpjmd
        fields = ["nama"]

    def _post_clean(self):
        return


class IndikatorRpjmdForm(TargetTahunanMixin, forms.ModelForm):
    class Meta:
        model = IndikatorRpjmd
        fields = ["nama", "satuan"]

    def __init__(self, *args, tahun: Iterable[int] = (), target_awal: Mapping[int, str] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.tambah_target(tahun, target_awal or {})

    def _post_clean(self):
        return


RPJMD_FORMS: dict[type, type[forms.ModelForm]] = {
    Misi: MisiForm, TujuanRpjmd: TujuanRpjmdForm, SasaranRpjmd: SasaranRpjmdForm, IndikatorRpjmd: IndikatorRpjmdForm,
}


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
