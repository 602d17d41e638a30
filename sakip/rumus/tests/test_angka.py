"""Indonesian number parsing and formatting (sakip.rumus.angka)."""

from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip.rumus.angka import (
    AngkaError,
    format_angka,
    format_persen,
    format_rupiah,
    parse_angka,
    parse_nilai,
    plain_number,
)

decimals = st.decimals(min_value=Decimal("-1e12"), max_value=Decimal("1e12"), places=4, allow_nan=False,
                       allow_infinity=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("94,12", Decimal("94.12")), ("1.234.567", Decimal("1234567")), ("85,91%", Decimal("85.91")),
     ("100%", Decimal("100")), ("0", Decimal("0")), ("-3,5", Decimal("-3.5")), (" 82,5% ", Decimal("82.5")),
     ("14.415.022.746", Decimal("14415022746"))],
)
def test_parse_angka_reads_indonesian_notation(text, expected):
    assert parse_angka(text) == expected


@pytest.mark.parametrize("text", ["abc", "", "   ", "1,2,3", "12a", "%"])
def test_parse_angka_refuses_what_is_not_a_number(text):
    with pytest.raises(AngkaError) as info:
        parse_angka(text)
    assert "angka" in str(info.value).lower() or "kosong" in str(info.value).lower()


def test_a_dot_decimal_is_refused_with_a_hint_not_read_as_thousands():
    with pytest.raises(AngkaError, match="gunakan koma, misalnya 85,91"):
        parse_angka("85.91")


def test_grade_target_keeps_the_grade_and_the_number():
    parsed = parse_nilai("B (63,00)")
    assert (parsed.nilai, parsed.huruf) == (Decimal("63.00"), "B")


def test_target_with_a_unit_word():
    parsed = parse_nilai("150 Orang")
    assert (parsed.nilai, parsed.satuan) == (Decimal("150"), "Orang")


def test_formats_as_the_documents_print_them():
    assert format_angka(Decimal("1234567.5")) == "1.234.567,5"
    assert format_angka(Decimal("94.1200")) == "94,12"
    assert format_angka(Decimal("100.0000")) == "100"
    assert format_persen(Decimal("100.0333")) == "100,03%"
    assert format_persen(Decimal("95.5291")) == "95,53%"
    assert format_rupiah(14415022746) == "Rp 14.415.022.746"
    assert format_angka(None) == "-"


@given(decimals)
def test_format_then_parse_gives_back_the_number(value):
    assert parse_angka(format_angka(value)) == value


@given(decimals)
def test_fixed_places_round_half_up_to_two_decimals(value):
    assert parse_angka(format_angka(value, 2)) == value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


@pytest.mark.parametrize(("value", "printed"), [
    ("100.025", "100,03"), ("115.625", "115,63"), ("0.125", "0,13"), ("2.675", "2,68"), ("-1.005", "-1,01"),
    ("99.994", "99,99"), ("99.995", "100,00")])
def test_every_format_rounds_half_up(value, printed):
    # DOMAIN.md: "always half-up (100,025 → 100,03), the same in every format". Babel alone rounds half to even.
    assert format_angka(Decimal(value), 2) == printed


@given(decimals)
def test_plain_number_is_the_same_value(value):
    number = plain_number(value)
    # Whole numbers (rupiah) are exact ints; fractions become floats, exact to 15 significant digits.
    assert abs(Decimal(str(number)) - value) <= abs(value) * Decimal("1e-15")
    assert isinstance(number, int) == (value == value.to_integral_value())


# What people type, and what sakip reads (or the message it gives). The same reader serves the target form,
# the grid, the imports and the admin (sakip.core.masukan, sakip.core.forms).
D = Decimal
BACAAN = [
    # good: Indonesian notation
    ("94,12", D("94.12"), None, ""), ("1.234.567", D("1234567"), None, ""), ("1.234,5", D("1234.5"), None, ""),
    ("0", D(0), None, ""), ("0,5", D("0.5"), None, ""), ("-3,5", D("-3.5"), None, ""), ("+5", D(5), None, ""),
    ("100%", D(100), None, "%"), ("85,91%", D("85.91"), None, "%"), ("10 %", D(10), None, "%"),
    ("Rp 1.000", D(1000), None, ""), ("Rp. 14.415.022.746", D("14415022746"), None, ""),
    ("  82,5  ", D("82.5"), None, ""), ("14.415.022.746", D("14415022746"), None, ""),
    # ranges, grades, unit words
    ("80–90", D(80), D(90), ""), ("80 - 90", D(80), D(90), ""), ("80 s.d. 90", D(80), D(90), ""),
    ("80 sd 90", D(80), D(90), ""), ("80 s/d 90", D(80), D(90), ""), ("90 - 80", D(80), D(90), ""),
    ("80,5–90,25%", D("80.5"), D("90.25"), "%"), ("B (63,00)", D(63), None, ""), ("BB (75,00)", D(75), None, ""),
    ("150 Orang", D(150), None, "Orang"), ("12 Dokumen", D(12), None, "Dokumen"),
]
DITOLAK = [
    ("1OO", "“1OO” bukan angka: huruf O bukan angka 0"), ("9O", "“9O” bukan angka: huruf O bukan angka 0"),
    ("3.7OO", "“3.7OO” bukan angka: huruf O bukan angka 0"), ("1 OO", "huruf O bukan angka 0"),
    ("O,5", "huruf O bukan angka 0"), ("1l", "huruf I atau l bukan angka 1"),
    ("1,234.5", "penulisan Inggris; gunakan titik untuk ribuan dan koma untuk desimal"),
    ("85.91", "titik dipakai sebagai desimal; gunakan koma, misalnya 85,91"),
    ("1.2345", "gunakan koma, misalnya 1,2345"), ("1e30", "tanpa pangkat (e)"), ("85e2", "tanpa pangkat (e)"),
    ("12x", "“12x” bukan angka"), ("12 x", "“12 x” bukan angka"), ("-", "“-” bukan angka"),
    (" ", "Isian kosong"), ("", "Isian kosong"), ("%", "Isian kosong"), ("abc", "“abc” bukan angka"),
    (",5", "“,5” bukan angka"), ("5,", "“5,” bukan angka"), ("1..2", "“1..2” bukan angka"),
    ("1,2,3", "“1,2,3” bukan angka"), ("dua belas", "“dua belas” bukan angka"),
    ("9" * 60, "“" + "9" * 40 + "…” terlalu besar"),  # a long text is quoted short
    ("1,23456", "paling banyak 4 angka di belakang koma"),
]


@pytest.mark.parametrize(("text", "nilai", "atas", "satuan"), BACAAN)
def test_what_people_type_is_read_exactly(text, nilai, atas, satuan):
    parsed = parse_nilai(text)
    assert (parsed.nilai, parsed.atas, parsed.satuan) == (nilai, atas, satuan)


@pytest.mark.parametrize(("text", "message"), DITOLAK)
def test_what_is_not_a_number_is_refused_with_the_text_quoted_and_a_hint(text, message):
    with pytest.raises(AngkaError) as info:
        parse_nilai(text)
    assert message in str(info.value)


def test_the_table_has_at_least_forty_entries():
    assert len(BACAAN) + len(DITOLAK) >= 40


def test_format_angka_in_the_indonesian_way_without_babel():
    """format_angka writes the "id" locale's figures itself (group ".", decimal ",", minus "-"), as Babel did."""
    assert format_angka(Decimal("-1234567.891")) == "-1.234.567,891"
    assert format_angka(Decimal("1E+3")) == "1.000"
    assert format_angka(Decimal("0.5")) == "0,5"
    assert format_angka(Decimal("-0.005"), 2) == "-0,01"  # half up: away from zero
    assert format_angka(Decimal("0.0049"), 2) == "0,00"
    assert format_angka(2.675, 2) == "2,68"  # a float is read by its str(), "2.675"
    assert format_angka(Decimal("999999.995"), 2) == "1.000.000,00"
    assert format_angka(Decimal("NaN")) == "NaN" and format_angka(Decimal("-Infinity")) == "-∞"
