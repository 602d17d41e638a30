"""The shared readers of typed numbers refuse, on the named field, what the database could not hold."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from sakip.core import masukan
from sakip.domain.agreement.models import TargetPk
from sakip.domain.measurement.models import Pagu, Realisasi, RealisasiAnggaran, RealisasiTahunan
from sakip.domain.planning.models import Indikator, Target, TargetRpjmd


@pytest.mark.parametrize(("model", "name"), [(Realisasi, "teks"), (RealisasiTahunan, "teks"), (Target, "teks"),
                                             (TargetRpjmd, "teks"), (TargetPk, "teks"), (Indikator, "kondisi_awal_teks")])
def test_every_written_value_column_holds_what_the_reader_lets_through(model, name):
    assert model._meta.get_field(name).max_length == masukan.TEKS_MAKS


@pytest.mark.parametrize(("model", "name", "digits"), [
    (Realisasi, "nilai", (masukan.NILAI_DIGIT, masukan.NILAI_DESIMAL)),
    (Target, "nilai", (masukan.NILAI_DIGIT, masukan.NILAI_DESIMAL)),
    (Indikator, "kondisi_awal", (masukan.NILAI_DIGIT, masukan.NILAI_DESIMAL)),
    (Pagu, "nilai", (masukan.RUPIAH_DIGIT, masukan.RUPIAH_DESIMAL)),
    (RealisasiAnggaran, "nilai", (masukan.RUPIAH_DIGIT, masukan.RUPIAH_DESIMAL)),
])
def test_the_number_columns_are_the_limits_the_readers_check(model, name, digits):
    field = model._meta.get_field(name)
    assert (field.max_digits, field.decimal_places) == digits


def _pesan(baca, teks: str, field: str) -> str:
    with pytest.raises(ValidationError) as info:
        baca(teks, field)
    return info.value.message_dict[field][0]


def test_a_written_value_longer_than_its_column_is_refused_quoting_only_its_start():
    teks = "5 " + "a" * 100_000  # a number with a "unit": the parser alone would take it
    pesan = _pesan(masukan.baca_realisasi, teks, "realisasi")
    assert pesan == f"“5 {'a' * 38}…” terlalu panjang: paling banyak 60 karakter (tertulis 100.002 karakter)."
    assert masukan.baca_realisasi("5 " + "a" * 58) == (Decimal(5), "5 " + "a" * 58)  # 60 characters: kept


def test_targets_and_kondisi_awal_have_the_same_length_limit():
    assert "terlalu panjang" in _pesan(masukan.baca_target, "80–90 " + "x" * 60, "target_2025")
    assert "terlalu panjang" in _pesan(masukan.baca_nilai, "1" * 61, "kondisi_awal_teks")


@pytest.mark.parametrize(("teks", "pesan"), [
    ("1e30", "“1e30” bukan angka: tulis angka lengkap tanpa pangkat (e)."),
    ("85e2", "“85e2” bukan angka: tulis angka lengkap tanpa pangkat (e)."),
    ("12x", "“12x” bukan angka: masukkan angka, misalnya 94,12 atau 1.234.567."),
    ("1" * 16, f"“{'1' * 16}” terlalu besar: paling banyak 15 angka sebelum koma."),
    ("1,12345", "“1,12345” terlalu rinci: paling banyak 4 angka di belakang koma."),
])
def test_a_value_with_an_exponent_a_trailing_word_or_too_many_digits_is_refused(teks, pesan):
    assert _pesan(masukan.baca_realisasi, teks, "realisasi") == pesan


def test_rupiah_take_two_decimals_and_a_third_is_refused():
    assert masukan.baca_rupiah("1.000,25") == Decimal("1000.25")
    assert masukan.baca_rupiah("1.000,250") == Decimal("1000.25")  # a trailing zero says nothing more
    assert _pesan(masukan.baca_rupiah, "1.000,125", "pagu") == "“1.000,125”: rupiah paling banyak 2 angka di belakang koma."
