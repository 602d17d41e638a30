"""Indonesian number parsing and formatting (sakip.rumus.angka)."""

from decimal import Decimal

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
def test_fixed_places_round_half_even_to_two_decimals(value):
    assert parse_angka(format_angka(value, 2)) == value.quantize(Decimal("0.01"))


@given(decimals)
def test_plain_number_is_the_same_value(value):
    number = plain_number(value)
    # Whole numbers (rupiah) are exact ints; fractions become floats, exact to 15 significant digits.
    assert abs(Decimal(str(number)) - value) <= abs(value) * Decimal("1e-15")
    assert isinstance(number, int) == (value == value.to_integral_value())
