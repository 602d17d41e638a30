"""Free tables: totals are computed from the typed cells, a bad cell is named by row and column."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip.rumus import tabel
from sakip.rumus.angka import format_angka, parse_angka


def test_penduduk_totals_from_the_seed_rows():
    # Tabel 1.2 of seed 002, L and P per kelurahan; the totals are hand-added: L 16.200, P 16.387, 32.587.
    rows = [["Wonoasih", "1.889", "1.874"], ["Jrebeng Kidul", "2.312", "2.523"], ["Pakistaji", "2.666", "2.629"],
            ["Kedung Galeng", "1.300", "1.326"], ["Kedung Asem", "3.429", "3.424"], ["Sumber Taman", "4.604", "4.611"]]
    t = tabel.hitung(["KELURAHAN", "L", "P"], rows, [1, 2], jumlah_kanan="JUMLAH")
    assert t.kepala == ("NO", "KELURAHAN", "L", "P", "JUMLAH")
    assert t.baris[5] == ("6.", "Sumber Taman", "4.604", "4.611", "9.215")
    assert t.jumlah == ("", "JUMLAH", "16.200", "16.387", "32.587")


def test_decimals_follow_the_cells_and_dashes_count_as_zero():
    t = tabel.hitung(["KELURAHAN", "LUAS", "AGAMA"], [["A", "0,843", "-"], ["B", "1,97", "4"]], [1, 2])
    assert t.jumlah == ("", "JUMLAH", "2,813", "4")


def test_without_number_column_the_label_takes_the_first_free_cell():
    t = tabel.hitung(["SARANA", "JUMLAH"], [["Puskesmas", "1"], ["Posyandu", "34"]], [1], bernomor=False)
    assert t.jumlah == ("JUMLAH", "35")


def test_a_bad_cell_is_named_by_row_and_column():
    with pytest.raises(tabel.SelTidakValid) as exc:
        tabel.hitung(["KELURAHAN", "L"], [["A", "1.889"], ["B", "1.8x9"]], [1])
    assert str(exc.value) == "Baris 2, kolom 2 “L”: “1.8x9” bukan angka."
    with pytest.raises(ValueError, match="Baris 1 berisi 1 sel"):
        tabel.hitung(["KELURAHAN", "L"], [["A"]], [1])


@given(st.lists(st.tuples(st.integers(0, 10**9), st.integers(0, 10**6)), min_size=1, max_size=30))
def test_the_total_row_is_the_sum_of_each_column(values):
    rows = [[f"baris {n}", format_angka(Decimal(a)), format_angka(Decimal(b))] for n, (a, b) in enumerate(values)]
    t = tabel.hitung(["NAMA", "A", "B"], rows, [1, 2], jumlah_kanan="A+B")
    assert parse_angka(t.jumlah[2]) == sum(a for a, _ in values)
    assert parse_angka(t.jumlah[3]) == sum(b for _, b in values)
    assert parse_angka(t.jumlah[4]) == sum(a + b for a, b in values)
    assert all(parse_angka(r[4]) == a + b for r, (a, b) in zip(t.baris, values, strict=True))
