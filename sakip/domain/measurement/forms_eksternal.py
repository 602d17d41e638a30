"""Input of the external sources' values: a CSV file of a source (``sakip impor_sumber`` and the upload on the
quarter's kiriman page), and the operator's decision on a waiting value.

The CSV file: a header row naming the columns ``kode,tahun,triwulan,nilai`` and optionally ``keterangan`` (in any
order, any case), separated by ``;`` or ``,`` (the header's separator is the file's); values as the grid reads them
(``85,71`` — quote it in a comma-separated file —, ``1.234``). Every row's problems are reported as "baris 3, kolom
nilai"; a file with one is saved not at all.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from django import forms
from django.core.exceptions import ValidationError

from sakip.domain.measurement.services_eksternal import MAKS_ISIAN, IsianKiriman, medan_csv
from sakip.rumus.angka import kutip

KOLOM_WAJIB = ("kode", "tahun", "triwulan", "nilai")
KOLOM = (*KOLOM_WAJIB, "keterangan")
MAKS_BERKAS = 2 * 1024 * 1024
ROMAWI_TW = {"I": 1, "II": 2, "III": 3, "IV": 4}


def _bilangan(teks: str, baris: int, kolom: str, galat: dict[str, list[str]], bawah: int, atas: int) -> int | None:
    teks = teks.strip()
    nilai = ROMAWI_TW.get(teks.upper()) if kolom == "triwulan" else None
    if nilai is None:
        try:
            nilai = int(teks)
        except ValueError:
            galat.setdefault(medan_csv(str(baris), kolom), []).append(f"Harus bilangan bulat ({kutip(teks)}).")
            return None
    if not bawah <= nilai <= atas:
        galat.setdefault(medan_csv(str(baris), kolom), []).append(f"Harus {bawah}–{atas} ({kutip(teks)}).")
        return None
    return nilai


def _teks(isi: bytes) -> str:
    if len(isi) > MAKS_BERKAS:
        raise ValidationError({"berkas": f"Berkas paling besar {MAKS_BERKAS // 1024 // 1024} MB."})
    try:
        teks = isi.decode("utf-8-sig")
    except UnicodeDecodeError:
        teks = isi.decode("cp1252", errors="replace")
    if "\x00" in teks:
        raise ValidationError({"berkas": "Berkas bukan teks CSV."})
    return teks


def baca_csv(isi: bytes) -> list[IsianKiriman]:
    """The rows of a source's CSV file; ``ValidationError`` naming every bad row and column (or the file)."""
    teks = _teks(isi)
    pertama = teks.split("\n", 1)[0]
    pemisah = ";" if pertama.count(";") >= pertama.count(",") and ";" in pertama else ","
    baris_csv = list(csv.reader(io.StringIO(teks), delimiter=pemisah))
    if not baris_csv or not any(c.strip() for c in baris_csv[0]):
        raise ValidationError({"berkas": "Berkas kosong; baris pertama harus judul kolom kode;tahun;triwulan;nilai."})
    judul = [c.strip().lower() for c in baris_csv[0]]
    kurang = [k for k in KOLOM_WAJIB if k not in judul]
    if kurang:
        raise ValidationError({"baris 1": f"Kolom {', '.join(kurang)} tidak ada pada judul kolom; judul harus "
                                          f"kode{pemisah}tahun{pemisah}triwulan{pemisah}nilai[{pemisah}keterangan] "
                                          f"(terbaca: {kutip(pemisah.join(judul))})."})
    letak = {k: judul.index(k) for k in KOLOM if k in judul}
    data = [(n, r) for n, r in enumerate(baris_csv[1:], start=2) if any(c.strip() for c in r)]
    if not data:
        raise ValidationError({"berkas": "Berkas tidak berisi baris nilai di bawah judul kolom."})
    if len(data) > MAKS_ISIAN:
        raise ValidationError({"berkas": f"Paling banyak {MAKS_ISIAN} baris nilai ({len(data)} ada)."})
    galat: dict[str, list[str]] = {}
    hasil: list[IsianKiriman] = []
    for nomor, row in data:
        sel = {k: (row[i] if i < len(row) else "") for k, i in letak.items()}
        if len(row) > len(judul):
            galat.setdefault(medan_csv(str(nomor), "kode"), []).append(
                f"Baris ini berisi {len(row)} kolom, judul {len(judul)}; angka desimal dengan koma harus diberi tanda "
                f"petik pada berkas berpemisah koma, atau pakai pemisah titik koma.")
            continue
        tahun = _bilangan(sel["tahun"], nomor, "tahun", galat, 2000, 2100)
        triwulan = _bilangan(sel["triwulan"], nomor, "triwulan", galat, 1, 4)
        if tahun is None or triwulan is None:
            continue
        hasil.append(IsianKiriman(str(nomor), sel["kode"], tahun, triwulan, sel["nilai"], sel.get("keterangan", "")))
    if galat:
        raise ValidationError(galat)
    return hasil


class UnggahSumberForm(forms.Form):
    """The CSV file of a source uploaded on the quarter's kiriman page."""

    sumber = forms.ChoiceField(label="Sumber", help_text="Aplikasi asal berkas; hanya indikator bersumber ini yang diisi.")
    berkas = forms.FileField(label="Berkas CSV", help_text="Kolom kode;tahun;triwulan;nilai[;keterangan], satu baris "
                                                          "per indikator dan triwulan.")

    def __init__(self, *args: Any, sumber: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["sumber"].choices = [(s, s) for s in sumber]  # type: ignore[attr-defined]
        self.fields["sumber"].error_messages["invalid_choice"] = "Pilih sumber dari daftar."

    def clean_berkas(self) -> list[IsianKiriman]:
        berkas = self.cleaned_data["berkas"]
        if berkas.size > MAKS_BERKAS:
            raise ValidationError(f"Berkas paling besar {MAKS_BERKAS // 1024 // 1024} MB.")
        try:
            return baca_csv(berkas.read())
        except ValidationError as exc:
            raise ValidationError([f"{k}: {m}" for k, ms in exc.message_dict.items() for m in ms]) from exc


class PutusForm(forms.Form):
    """The operator's decision on one waiting value: accept (with the realisation the page showed, for the stale
    check) or reject with a reason."""

    kiriman = forms.IntegerField(min_value=1, max_value=2**31 - 1, widget=forms.HiddenInput)
    aksi = forms.ChoiceField(choices=[("terima", "Terima"), ("tolak", "Tolak")])
    awal = forms.CharField(required=False, max_length=60, widget=forms.HiddenInput)
    alasan = forms.CharField(label="Alasan penolakan", required=False, max_length=255)

    def clean(self) -> dict:
        data = super().clean() or {}
        if data.get("aksi") == "tolak" and not (data.get("alasan") or "").strip():
            self.add_error("alasan", "Tuliskan alasan penolakan kiriman.")
        return data
