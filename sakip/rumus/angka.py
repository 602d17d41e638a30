"""Indonesian numbers: reading what people type and formatting what documents show.

Pure Python (Babel, no Django). Documents write ``94,12`` and ``1.234.567``: the comma is the decimal
separator and the dot groups thousands (DOMAIN.md, "Formulas").

Reading is strict, so nothing is silently misread: a number is an optional sign, digits grouped by dots in
threes, an optional decimal part after a comma, and optionally ``%`` after it or ``Rp`` before it. Anything
else is refused with the exact text quoted and a hint: ``85.91`` (a dot used as the decimal point),
``1,234.5`` (English notation), ``1OO`` and ``9O`` (the letter O for zero), ``1e30`` (an exponent), ``12x``.
A written target may also be a grade with its number (``BB (75,00)``), a range (``80–90``, ``80 - 90``,
``80 s.d. 90``) or a number followed by its unit word (``150 Orang``), separated by a space.

Formatting rounds half up (``100,025`` → ``100,03``), the one display rounding of every format.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from babel.numbers import format_decimal

LOCALE = "id"
KUTIP_MAKS = 40  # a refused text is quoted up to this many characters
DIGIT_MAKS = 15  # integer digits: the database keeps 20 digits with 4 decimals (16 before the comma)
DESIMAL_MAKS = 4

_GRADE = re.compile(r"^([A-Ea-e][A-Ea-e+\-]?)\s*\(\s*([^)]*)\)$")
_ANGKA = re.compile(r"^[-+]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$")
_RENTANG = re.compile(r"^(.*\d)\s*(?:–|—|-|\bs\.?\s?d\.?|\bs/d|\bsampai)\s*([-+]?\d.*)$", re.IGNORECASE)
_SATUAN = re.compile(r"^(.*\d)\s+([A-Za-z][A-Za-z /.\-]*[A-Za-z.])$")


class AngkaError(ValueError):
    """A text that is not a number in Indonesian notation; the message is for the user."""


def kutip(text: str) -> str:
    """``text`` in quotes for a message, shortened when long (a message never echoes a whole upload)."""
    text = text if len(text) <= KUTIP_MAKS else text[:KUTIP_MAKS] + "…"
    return f"“{text}”"


def _petunjuk(raw: str) -> str:
    """Why ``raw`` is not an Indonesian number, as a hint to the user."""
    if re.search(r"(^|[\d\s.,])[Oo]+($|[\d\s.,])", raw):
        return "huruf O bukan angka 0"
    if re.search(r"\d[Il]|[Il]\d", raw):
        return "huruf I atau l bukan angka 1"
    if re.search(r"\d[eE][-+]?\d", raw):
        return "tulis angka lengkap tanpa pangkat (e)"
    if re.fullmatch(r"[-+]?\d+\.\d{1,2}", raw) or re.fullmatch(r"[-+]?\d+\.\d{4,}", raw):
        return f"titik dipakai sebagai desimal; gunakan koma, misalnya {raw.replace('.', ',')}"
    if re.fullmatch(r"[-+]?\d{1,3}(,\d{3})+(\.\d+)?", raw):
        return "penulisan Inggris; gunakan titik untuk ribuan dan koma untuk desimal, misalnya 1.234,5"
    return "masukkan angka, misalnya 94,12 atau 1.234.567"


def parse_angka(text: str) -> Decimal:
    """Read ``"94,12"``, ``"1.234.567"``, ``"85,91%"``, ``"Rp 1.000"`` or ``"-3"`` into a Decimal."""
    raw = " ".join((text or "").split())
    if raw.endswith("%"):
        raw = raw[:-1].strip()
    if raw[:2].lower() == "rp":
        raw = raw[2:].lstrip(". ").strip()
    if not raw:
        raise AngkaError("Isian kosong; masukkan angka, misalnya 94,12.")
    if not _ANGKA.match(raw):
        raise AngkaError(f"{kutip(text.strip())} bukan angka: {_petunjuk(raw)}.")
    try:
        value = Decimal(raw.replace(".", "").replace(",", "."))
    except InvalidOperation as exc:  # pragma: no cover - the pattern admits only valid decimals
        raise AngkaError(f"{kutip(text.strip())} bukan angka: {_petunjuk(raw)}.") from exc
    bulat, _, pecahan = raw.lstrip("+-").replace(".", "").partition(",")
    if len(bulat.lstrip("0")) > DIGIT_MAKS:
        raise AngkaError(f"{kutip(text.strip())} terlalu besar: paling banyak {DIGIT_MAKS} angka sebelum koma.")
    if len(pecahan) > DESIMAL_MAKS:
        raise AngkaError(f"{kutip(text.strip())} terlalu rinci: paling banyak {DESIMAL_MAKS} angka di belakang koma.")
    return value


@dataclass(frozen=True)
class NilaiTertulis:
    """A target or value as a document writes it: the number, the upper bound of a range, a grade, a unit."""

    nilai: Decimal
    huruf: str = ""
    satuan: str = ""
    atas: Decimal | None = None  # a range "80–90": nilai 80, atas 90

    @property
    def rentang(self) -> bool:
        return self.atas is not None


def parse_nilai(text: str) -> NilaiTertulis:
    """Read a written target: ``"85,91%"``, ``"94,12"``, ``"B (63,00)"``, ``"80–90"`` or ``"150 Orang"``.

    A grade with a number keeps both: the number is computed on, the grade shown. A range keeps both
    bounds, lower first (``"90 - 80"`` is the same range as ``"80 - 90"``).
    """
    raw = " ".join((text or "").split())
    grade = _GRADE.match(raw)
    if grade:
        return NilaiTertulis(parse_angka(grade.group(2)), huruf=grade.group(1).upper())
    rentang = _RENTANG.match(raw)
    if rentang and not raw.startswith(("-", "+")):
        low, high = (parse_angka(part) for part in rentang.groups())
        satuan = "%" if raw.endswith("%") else ""
        return NilaiTertulis(min(low, high), satuan=satuan, atas=max(low, high))
    unit = _SATUAN.match(raw)
    if unit and not re.fullmatch(r"[OoIl]+", unit.group(2)):  # "1 OO" is a misread number, not a unit
        return NilaiTertulis(parse_angka(unit.group(1)), satuan=unit.group(2).strip())
    return NilaiTertulis(parse_angka(raw), satuan="%" if raw.endswith("%") else "")


def bulatkan(value: Decimal, tempat: int = 2) -> Decimal:
    """Round half up to ``tempat`` decimals: the one display rounding (100,025 → 100,03)."""
    return value.quantize(Decimal(1).scaleb(-tempat), rounding=ROUND_HALF_UP)


_ID = str.maketrans(",.", ".,")


def format_angka(value: Decimal | int | float | None, decimals: int | None = None) -> str:
    """``Decimal("1234567.5")`` → ``"1.234.567,5"``; with ``decimals`` the places are fixed, rounded half up."""
    if value is None:
        return "-"
    value = Decimal(str(value)) if not isinstance(value, Decimal) else value
    if decimals is None:
        value = value.normalize()
        exponent = value.as_tuple().exponent
        places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
        pattern = "#,##0" + ("." + "#" * places if places else "")
    else:
        value = bulatkan(value, decimals)  # Babel would round half to even
        pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
        places = decimals
    if not value.is_finite():  # NaN, ∞: as Babel names them
        return format_decimal(value, format=pattern, locale=LOCALE, decimal_quantization=decimals is not None)
    # Babel's result for the "id" locale (group ".", decimal ",", minus "-", groups of three), written directly:
    # Babel parsed the pattern and looked the locale's symbols up for each of the ~1.000 figures of an LKjIP.
    return f"{value:,.{places}f}".translate(_ID)


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


@functools.lru_cache(maxsize=8192)
def plain_number(value: Decimal | None) -> int | float | None:
    """A Decimal as the JSON number it means: ``Decimal("100.0000")`` → ``100``, ``94.1200`` → ``94.12``.

    Cached: a document's JSON gives thousands, mostly the same few; the result depends on the value only (equal
    Decimals, which share a cache key, give the same number)."""
    if value is None:
        return None
    normal = value.normalize()
    if normal == normal.to_integral_value():
        return int(normal)
    return float(normal)
