"""Reading what a user typed into a number, the same way in every form, grid, import and admin.

Texts are read with :mod:`sakip.rumus.angka` (Indonesian notation: ``185.400.000``, ``77,15``,
``B (63,00)``); a text that is not a number raises ``ValidationError`` on the named field with the
message of the number reader, so the user sees exactly what was refused and how to write it.

What is read must fit where it is stored, so nothing is refused later by the database or a model's
``full_clean`` without naming the field: a written value (target, realisation, kondisi awal) is kept as
typed in a ``CharField(max_length=TEKS_MAKS)`` beside its number; values are ``DecimalField(max_digits=
NILAI_DIGIT, decimal_places=NILAI_DESIMAL)``, money ``DecimalField(max_digits=RUPIAH_DIGIT,
decimal_places=RUPIAH_DESIMAL)`` (``sakip/core/tests/test_masukan.py`` holds the models to these figures).
"""

from __future__ import annotations

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import models

from sakip.rumus.angka import AngkaError, NilaiTertulis, kutip, parse_angka, parse_nilai

TEKS_MAKS = 60  # the written text of a target, realisation or kondisi awal
NILAI_DIGIT, NILAI_DESIMAL = 20, 4  # a target, realisation or kondisi awal
RUPIAH_DIGIT, RUPIAH_DESIMAL = 18, 2  # pagu, spending, a PK's budget


def panjang_kolom(model: type[models.Model], name: str) -> int:
    """The ``max_length`` of a text column, for a reader to check what it stores as typed."""
    field = model._meta.get_field(name)
    maks = getattr(field, "max_length", None)
    if not isinstance(maks, int):
        raise TypeError(f"{model.__name__}.{name} has no max_length")
    return maks


def pesan_panjang(teks: str, maks: int) -> str | None:
    """The message for a text longer than ``maks`` characters (quoting only its start), else None."""
    if len(teks) <= maks:
        return None
    return f"{kutip(teks)} terlalu panjang: paling banyak {maks} karakter (tertulis {len(teks):,} karakter).".replace(
        ",", ".")


def _muat(nilai: Decimal, teks: str, field: str, digit: int, desimal: int, jenis: str) -> None:
    """Refuse a number the database column cannot hold (the reader is stricter; this is the column's own bound)."""
    tanda = nilai.as_tuple()
    places = -tanda.exponent if isinstance(tanda.exponent, int) and tanda.exponent < 0 else 0
    if places > desimal and nilai != nilai.quantize(Decimal(1).scaleb(-desimal)):
        raise ValidationError({field: f"{kutip(teks)}: {jenis} paling banyak {desimal} angka di belakang koma."})
    if abs(nilai) >= Decimal(10) ** (digit - desimal):
        raise ValidationError({field: f"{kutip(teks)} terlalu besar: paling banyak {digit - desimal} angka sebelum koma."})


def baca_target(teks: str, field: str = "nilai") -> tuple[NilaiTertulis, str]:
    """A written target (``94,20``, ``85,91%``, ``B (63,00)``, ``80–90``, ``80 s.d. 90``) → (what it says,
    text as written). A range keeps both bounds; a grade keeps its letter for every table to print."""
    ditulis = " ".join((teks or "").split())
    panjang = pesan_panjang(ditulis, TEKS_MAKS)
    if panjang:
        raise ValidationError({field: panjang})
    try:
        parsed = parse_nilai(ditulis)
    except AngkaError as exc:
        raise ValidationError({field: str(exc)}) from exc
    for bound in (parsed.nilai, parsed.atas):
        if bound is not None:
            _muat(bound, ditulis, field, NILAI_DIGIT, NILAI_DESIMAL, "nilai")
    return parsed, ditulis


def baca_nilai(teks: str, field: str = "nilai") -> tuple[Decimal, str]:
    """A written value that is one number (``94,20``, ``85,91%``, ``B (63,00)``) → (number, text as written)."""
    parsed, ditulis = baca_target(teks, field)
    if parsed.rentang:
        raise ValidationError({field: f"{kutip(ditulis)} adalah rentang; isikan satu angka."})
    return parsed.nilai, ditulis


def baca_realisasi(teks: str, field: str = "realisasi") -> tuple[Decimal | None, str]:
    """A realisation as typed → (number, text as written); blank or ``-`` → (None, "")."""
    teks = " ".join((teks or "").split())
    if not teks or teks == "-":
        return None, ""
    return baca_nilai(teks, field)


def baca_rupiah(teks: str, field: str = "realisasi_anggaran") -> Decimal | None:
    """An amount of money (``Rp 185.400.000``); blank or ``-`` → None; never negative."""
    teks = (teks or "").strip().removeprefix("Rp").strip()
    if not teks or teks == "-":
        return None
    try:
        nilai = parse_angka(teks)
    except AngkaError as exc:
        raise ValidationError({field: str(exc)}) from exc
    if nilai < 0:
        raise ValidationError({field: "Realisasi anggaran tidak boleh negatif."})
    _muat(nilai, teks, field, RUPIAH_DIGIT, RUPIAH_DESIMAL, "rupiah")
    return nilai
