"""Broken Renstra templates (issue 17, item 4): a numeric cell no column holds, a text longer than its column,
each named by row and column with at most a short quoted start of the value; nothing is saved."""

from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook

from sakip.core.scoping import Scope
from sakip.domain.organisation.models import Pemda, PerangkatDaerah
from sakip.domain.planning import impor
from sakip.domain.planning.models import Renstra

pytestmark = pytest.mark.django_db

ROWS = [  # tujuan, sasaran, indicator, satuan, polaritas, akumulasi, cara isi, frekuensi, peran, kondisi awal, 2025, 2026
    ["Meningkatnya kualitas pelayanan", "Meningkatnya kepuasan masyarakat", "Indeks Kepuasan Masyarakat", "Skor",
     "positif", "terakhir", "kumulatif", "semester", "ikm", "80,5", "80–90", "82 s.d. 92"],
    ["", "Tertibnya administrasi", "Jumlah kegiatan warga yang difasilitasi", "Kegiatan", "positif", "jumlah",
     "triwulan", "triwulan", "", "", "40", "50"],
]


def _impor(change) -> dict[tuple[int | None, str | None], str]:
    pemda = Pemda.objects.create(slug="kabupaten-contoh", nama="Kabupaten Contoh", jenis="kabupaten")
    pd = PerangkatDaerah.objects.create(pemda=pemda, nama="Kecamatan Contoh", slug="contoh")
    rows = [list(r) for r in ROWS]
    change(rows)
    wb = load_workbook(io.BytesIO(impor.templat(Scope.system(), "contoh", 2025, 2026)))
    for r, row in enumerate(rows, start=impor.HEADER_ROW + 1):
        for c, value in enumerate(row, start=1):
            wb[impor.SHEET].cell(r, c, value)
    out = io.BytesIO()
    wb.save(out)
    hasil = impor.impor_renstra(Scope.system(), slug="contoh", isi=out.getvalue(), simpan=True)
    assert not hasil.disimpan and not Renstra.objects.filter(pd=pd).exists()
    return {(k.baris, k.kolom): k.pesan for k in hasil.kesalahan}


def test_numeric_cells_no_column_holds_are_named():
    def numbers(rows):
        rows[0][10] = 1e30  # target 2025
        rows[0][11] = 1.123456  # target 2026
        rows[1][9] = 10**20  # kondisi awal

    assert _impor(numbers) == {
        (4, "K"): "“1000000000000000000000000000000” terlalu besar: paling banyak 15 angka sebelum koma.",
        (4, "L"): "“1,123456” terlalu rinci: paling banyak 4 angka di belakang koma.",
        (5, "J"): "“100000000000000000000” terlalu besar: paling banyak 15 angka sebelum koma."}


def test_texts_longer_than_their_columns_are_named_quoting_only_their_start():
    def long(rows):
        rows[0][10] = "80–90 " + "%" * 10_000  # a target as written: 60 characters
        rows[0][3] = "Skor" * 20  # satuan: 50
        rows[1][2] = "Jumlah " * 100  # indicator: 400
        rows[1][1] = "Tertib " * 100  # sasaran: 400 (read without the trailing space: 699 characters)

    found = _impor(long)
    assert found == {
        (4, "K"): f"“80–90 {'%' * 34}…” terlalu panjang: paling banyak 60 karakter (tertulis 10.006 karakter).",
        (4, "D"): f"“{'Skor' * 10}…” terlalu panjang: paling banyak 50 karakter (tertulis 80 karakter).",
        (5, "C"): f"“{('Jumlah ' * 6)[:40]}…” terlalu panjang: paling banyak 400 karakter (tertulis 699 karakter).",
        (5, "B"): f"“{('Tertib ' * 6)[:40]}…” terlalu panjang: paling banyak 400 karakter (tertulis 699 karakter)."}


def test_the_same_indicator_twice_under_one_sasaran_is_named():
    def twice(rows):
        rows.append(["", "", "Jumlah kegiatan warga yang difasilitasi", "Kegiatan", "", "", "", "", "", "", "41", ""])

    found = _impor(twice)
    assert found[(6, "C")] == ("Indikator “Jumlah kegiatan warga yang difasilitasi” tertulis lebih dari sekali di "
                               "bawah sasaran yang sama.")
