"""The two forms of the rencana aksi screen: the quarterly targets with what is planned (one target and one plan per
indicator and measured quarter), and the anggaran kas (one amount per sub kegiatan and quarter). They carry what was
typed; ``services_rencana`` reads and checks it."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError

from sakip.domain.measurement.forms_anggaran import AWAL, _tampilkan
from sakip.domain.measurement.services_rencana import (
    AKSI_MAKS,
    TRIWULAN,
    BarisKas,
    BarisRencana,
    IsianKas,
    IsianRencana,
    LayarRencana,
    medan_aksi,
    medan_kas,
    medan_target,
    nilai_isian,
)
from sakip.rumus.angka import format_angka

RENCANA, KAS = "rencana", "kas"  # the hidden ``bagian`` of each of the two forms: which table is saved
Sel = tuple[int, forms.BoundField | None, forms.BoundField | None]  # a quarter with its target and plan inputs


class _Form(forms.Form):
    bagian = ""

    def __init__(self, *args, layar: LayarRencana, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.layar = layar

    def _awal(self, name: str) -> str | None:
        return self.data.get(AWAL + name) if AWAL + name in self.data else None

    def tampilkan(self, error: ValidationError) -> None:
        _tampilkan(self, error, {})


class RencanaForm(_Form):
    bagian = RENCANA

    def __init__(self, *args, layar: LayarRencana, **kwargs) -> None:
        super().__init__(*args, layar=layar, **kwargs)
        for b in layar.indikator:
            for q in TRIWULAN:
                if not b.aturan.frekuensi.diukur(q):
                    continue
                r = b.rencana.get(q)
                self.fields[medan_target(b.indikator_id, q)] = forms.CharField(
                    required=False, max_length=60, initial=nilai_isian(r.nilai, r.teks) if r else "",
                    label=f"Target TW {q} {b.nama}")
                self.fields[medan_aksi(b.indikator_id, q)] = forms.CharField(
                    required=False, max_length=AKSI_MAKS, initial=r.aksi if r else "",
                    label=f"Rencana aksi TW {q} {b.nama}")

    @property
    def baris(self) -> list[tuple[BarisRencana, list[Sel]]]:
        """Each indicator with its four quarters' inputs (none for a quarter it is not measured in)."""
        out = []
        for b in self.layar.indikator:
            cells: list[Sel] = []
            for q in TRIWULAN:
                name = medan_target(b.indikator_id, q)
                cells.append((q, self[name], self[medan_aksi(b.indikator_id, q)]) if name in self.fields
                             else (q, None, None))
            out.append((b, cells))
        return out

    def isian(self) -> list[IsianRencana]:
        """Every quarter posted (a quarter the page did not post is left as it is)."""
        out = []
        for b in self.layar.indikator:
            for q in TRIWULAN:
                name, aksi = medan_target(b.indikator_id, q), medan_aksi(b.indikator_id, q)
                if name in self.data or aksi in self.data:
                    out.append(IsianRencana(b.indikator_id, q, self.cleaned_data.get(name, ""), "",
                                            self.cleaned_data.get(aksi, ""), self._awal(name)))
        return out


class KasForm(_Form):
    bagian = KAS

    def __init__(self, *args, layar: LayarRencana, **kwargs) -> None:
        super().__init__(*args, layar=layar, **kwargs)
        for b in layar.kas:
            for q in TRIWULAN:
                nilai = b.kas.get(q)
                self.fields[medan_kas(b.sub_kegiatan_id, q)] = forms.CharField(
                    required=False, max_length=40, initial=format_angka(nilai) if nilai is not None else "",
                    label=f"Anggaran kas TW {q} {b.kode} {b.nama}")

    @property
    def baris(self) -> list[tuple[BarisKas, list[forms.BoundField]]]:
        return [(b, [self[medan_kas(b.sub_kegiatan_id, q)] for q in TRIWULAN]) for b in self.layar.kas]

    def isian(self) -> list[IsianKas]:
        return [IsianKas(b.sub_kegiatan_id, q, self.cleaned_data.get(name, ""), self._awal(name))
                for b in self.layar.kas for q in TRIWULAN
                if (name := medan_kas(b.sub_kegiatan_id, q)) in self.data]
