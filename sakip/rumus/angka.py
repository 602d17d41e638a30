"""Indonesian numbers: parsing what people type and formatting what documents show.

Pure Python (Babel, no Django). Documents write ``94,12`` and ``1.234.567``: the comma is the
decimal separator and the dot groups thousands (DOMAIN.md, "Formulas"). Parsing is strict, so
``85.91`` is refused with a hint instead of silently becoming 8.591.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from babel.numbers import NumberFormatError, format_decimal, parse_decimal

LOCALE = "id"

_GRADE = re.compile(r"^\s*([A-Ea-e][A-Ea-e+\-]?)\s*\(\s*([^)]*)\)\s*$")
_TRAILING_UNIT = re.compile(r"^\s*([-+]?[\d.,]+)\s*(%|[A-Za-z][\w /.-]*)?\s*$")


class AngkaError(ValueError):
    """A text that is not a number in Indonesian notation; the message is for the user."""


def parse_angka(text: str) -> Decimal:
    """Parse ``"94,12"``, ``"1.234.567"``, ``"85,91%"`` or ``"-3"`` into a Decimal."""
    raw = (text or "").strip()
    if raw.endswith("%"):
        raw = raw[:-1].strip()
    if not raw:
        raise AngkaError("Isian kosong; masukkan angka, misalnya 94,12.")
    try:
        value = parse_decimal(raw, locale=LOCALE, strict=True)
    except NumberFormatError as exc:
        if re.fullmatch(r"[-+]?\d+\.\d{1,2}", raw) or re.fullmatch(r"[-+]?\d+\.\d{4,}", raw):
            raise AngkaError(f"“{text}” memakai titik sebagai desimal; gunakan koma, misalnya "
                             f"{raw.replace('.', ',')}.") from exc
        raise AngkaError(f"“{text}” bukan angka; masukkan angka, misalnya 94,12 atau 1.234.567.") from exc
    except (InvalidOperation, ValueError) as exc:
        raise AngkaError(f"“{text}” bukan angka; masukkan angka, misalnya 94,12.") from exc
    if not value.is_finite():
        raise AngkaError(f"“{text}” bukan angka yang terhingga.")
    return value


@dataclass(frozen=True)
class NilaiTertulis:
    """A target or value as a document writes it: the number, a grade letter, a unit word."""

    nilai: Decimal
    huruf: str = ""
    satuan: str = ""


def parse_nilai(text: str) -> NilaiTertulis:
    """Parse a written target: ``"85,91%"``, ``"94,12"``, ``"B (63,00)"`` or ``"150 Orang"``.

    A grade with a number (``B (63,00)``) keeps both: the number is computed on, the grade shown.
    """
    raw = (text or "").strip()
    grade = _GRADE.match(raw)
    if grade:
        return NilaiTertulis(parse_angka(grade.group(2)), huruf=grade.group(1).upper())
    unit = _TRAILING_UNIT.match(raw)
    if unit and unit.group(2) and unit.group(2) != "%":
        return NilaiTertulis(parse_angka(unit.group(1)), satuan=unit.group(2).strip())
    return NilaiTertulis(parse_angka(raw), satuan="%" if raw.endswith("%") else "")


def format_angka(value: Decimal | int | float | None, decimals: int | None = None) -> str:
    """``Decimal("1234567.5")`` → ``"1.234.567,5"``; with ``decimals`` the places are fixed."""
    if value is None:
        return "-"
    value = Decimal(str(value)) if not isinstance(value, Decimal) else value
    if decimals is None:
        value = value.normalize()
        exponent = value.as_tuple().exponent
        places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
        pattern = "#,##0" + ("." + "#" * places if places else "")
    else:
        pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale=LOCALE, decimal_quantization=decimals is not None)


def format_persen(value: Decimal | None, decimals: int = 2) -> str:
    """Percentages with two decimals and a decimal comma: ``100,03%``."""
    if value is None:
        return "-"
    return f"{format_angka(value, decimals)}%"


def format_rupiah(value: Decimal | int | None, prefix: str = "Rp ") -> str:
    """Money in whole rupiah with dot thousands: ``Rp 14.415.022.746``."""
    if value is None:
        return "-"
    return f"{prefix}{format_angka(Decimal(value), 0)}"


def plain_number(value: Decimal | None) -> int | float | None:
    """A Decimal as the JSON number it means: ``Decimal("100.0000")`` → ``100``, ``94.1200`` → ``94.12``."""
    if value is None:
        return None
    normal = value.normalize()
    if normal == normal.to_integral_value():
        return int(normal)
    return float(normal)
