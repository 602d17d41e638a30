"""Forms of the pohon kinerja screen: an intermediate node, the owner of a built node, crosscutting requests."""

from __future__ import annotations

from django import forms

from sakip.domain.kaskade.models import Crosscutting, SimpulAntara
from sakip.domain.organisation.models import Jabatan, PerangkatDaerah, UnitKerja

N_INDIKATOR = 3


def pilihan_pemilik(units: list[UnitKerja], jabatan: list[Jabatan]) -> list[tuple[str, str]]:
    return ([("", "— belum ditetapkan —")] + [(f"jabatan-{j.pk}", f"Jabatan: {j.nama}") for j in jabatan]
            + [(f"unit-{u.pk}", f"Unit: {u}") for u in units])


class _PemilikMixin:
    units: dict[int, UnitKerja]
    jabatan: dict[int, Jabatan]

    def pemilik_terpilih(self, value: str) -> tuple[UnitKerja | None, Jabatan | None]:
        if not value:
            return None, None
        kind, _, pk = value.partition("-")
        if kind == "unit":
            return self.units[int(pk)], None
        return None, self.jabatan[int(pk)]


class SimpulAntaraForm(_PemilikMixin, forms.Form):
    jenis = forms.ChoiceField(label="Jenis", choices=SimpulAntara.Jenis.choices)
    nama = forms.CharField(label="Nama (rumusan sasaran)", max_length=400)
    induk_simpul = forms.ChoiceField(label="Simpul induk",
                                     error_messages={"invalid_choice": "Pilih simpul induk dari daftar."})
    pemilik = forms.ChoiceField(label="Pemilik (unit kerja atau jabatan)", required=False,
                                error_messages={"invalid_choice": "Pilih pemilik dari daftar."})
    catatan = forms.CharField(label="Catatan", max_length=400, required=False)

    def __init__(self, *args, induk: list[tuple[str, str]], units: list[UnitKerja], jabatan: list[Jabatan], **kwargs):
        super().__init__(*args, **kwargs)
        self.units = {u.pk: u for u in units}
        self.jabatan = {j.pk: j for j in jabatan}
        _pilihan(self.fields["induk_simpul"], induk)
        _pilihan(self.fields["pemilik"], pilihan_pemilik(units, jabatan))
        for i in range(1, N_INDIKATOR + 1):
            self.fields[f"indikator_{i}"] = forms.CharField(label=f"Indikator {i}", max_length=400, required=False)
            self.fields[f"satuan_{i}"] = forms.CharField(label=f"Satuan indikator {i}", max_length=50, required=False)
            self.fields[f"target_{i}"] = forms.CharField(label=f"Target indikator {i}", max_length=60, required=False)

    def clean(self):
        data = super().clean() or {}
        for i in range(1, N_INDIKATOR + 1):
            if not data.get(f"indikator_{i}") and (data.get(f"satuan_{i}") or data.get(f"target_{i}")):
                self.add_error(f"indikator_{i}", f"Indikator {i} perlu nama bila satuan atau targetnya diisi.")
        return data

    def indikator(self) -> list[tuple[str, str, str]]:
        d = self.cleaned_data
        return [(d[f"indikator_{i}"], d[f"satuan_{i}"], d[f"target_{i}"]) for i in range(1, N_INDIKATOR + 1)]

    @staticmethod
    def awal(simpul: SimpulAntara) -> dict:
        data = {"jenis": simpul.jenis, "nama": simpul.nama, "induk_simpul": simpul.induk_id_simpul,
                "catatan": simpul.catatan,
                "pemilik": f"jabatan-{simpul.jabatan_id}" if simpul.jabatan_id else
                (f"unit-{simpul.unit_id}" if simpul.unit_id else "")}
        for i, ind in enumerate(simpul.indikator.all()[:N_INDIKATOR], start=1):
            data |= {f"indikator_{i}": ind.nama, f"satuan_{i}": ind.satuan, f"target_{i}": ind.target}
        return data


class PemilikForm(_PemilikMixin, forms.Form):
    pemilik = forms.ChoiceField(label="Pemilik (unit kerja atau jabatan)", required=False,
                                error_messages={"invalid_choice": "Pilih pemilik dari daftar."})

    def __init__(self, *args, units: list[UnitKerja], jabatan: list[Jabatan], **kwargs):
        super().__init__(*args, **kwargs)
        self.units = {u.pk: u for u in units}
        self.jabatan = {j.pk: j for j in jabatan}
        _pilihan(self.fields["pemilik"], pilihan_pemilik(units, jabatan))


def _pilihan(field: forms.Field, choices: list[tuple[str, str]]) -> None:
    if not isinstance(field, forms.ChoiceField):
        raise TypeError(field)
    field.choices = choices


def apply_errors(form: forms.BaseForm, error) -> None:
    """A service's ValidationError on the form's fields (or as a form error)."""
    if hasattr(error, "error_dict"):
        for name, messages in error.message_dict.items():
            name = "pemilik" if name in ("unit", "jabatan") else name
            form.add_error(name if name in form.fields else None, messages)
    else:
        form.add_error(None, error.messages)


class CrosscuttingForm(forms.Form):
    """A request from a node of this PD's tree to another PD of the pemda."""

    simpul = forms.ChoiceField(label="Simpul perangkat daerah ini",
                               error_messages={"required": "Pilih simpul pohon kinerja yang mengajukan.",
                                               "invalid_choice": "Pilih simpul dari daftar."})
    jenis = forms.ChoiceField(label="Keterkaitan", choices=Crosscutting.Jenis.choices,
                              error_messages={"invalid_choice": "Pilih jenis keterkaitan dari daftar."})
    pd_tujuan = forms.ChoiceField(label="Perangkat daerah tujuan",
                                  error_messages={"required": "Pilih perangkat daerah tujuan.",
                                                  "invalid_choice": "Pilih perangkat daerah tujuan dari daftar."})
    uraian = forms.CharField(label="Uraian (apa yang diharapkan atau diberikan)", max_length=1000, required=False,
                             widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args, simpul: list[tuple[str, str]], pd_tujuan: list[PerangkatDaerah], **kwargs):
        super().__init__(*args, **kwargs)
        self.pd_pilihan = {str(pd.pk): pd for pd in pd_tujuan}
        _pilihan(self.fields["simpul"], [("", "— pilih simpul —"), *simpul])
        _pilihan(self.fields["pd_tujuan"], [("", "— pilih perangkat daerah —"),
                                            *((str(pd.pk), pd.nama) for pd in pd_tujuan)])

    def pd_terpilih(self) -> PerangkatDaerah:
        return self.pd_pilihan[self.cleaned_data["pd_tujuan"]]


class TerimaCrosscuttingForm(forms.Form):
    simpul_tujuan = forms.ChoiceField(label="Simpul perangkat daerah ini yang terkait",
                                      error_messages={"invalid_choice": "Pilih simpul dari daftar."})

    def __init__(self, *args, simpul: list[tuple[str, str]], wajib: bool, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["simpul_tujuan"]
        field.required = wajib
        field.error_messages["required"] = "Pilih simpul pohon kinerja perangkat daerah ini yang terkait."
        _pilihan(field, [("", "— pilih simpul —" if wajib else "— tetap simpul yang diajukan —"), *simpul])


class TolakCrosscuttingForm(forms.Form):
    alasan = forms.CharField(label="Alasan penolakan", max_length=1000, widget=forms.Textarea(attrs={"rows": 2}),
                             error_messages={"required": "Tuliskan alasan penolakan."})


class TarikCrosscuttingForm(forms.Form):
    alasan = forms.CharField(label="Alasan penarikan", max_length=1000, widget=forms.Textarea(attrs={"rows": 2}),
                             error_messages={"required": "Tuliskan alasan penarikan."})
