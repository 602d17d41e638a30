"""Reading what a user typed into a number, the same way in every form, grid, import and admin.

Texts are read with :mod:`sakip.rumus.angka` (Indonesian notation: ``185.400.000``, ``77,15``,
``B (63,00)``); a text that is not a number raises ``ValidationError`` on the named field with the
message of the number reader, so the user sees exactly what was refused and how to write it.
"""

from __future__ import annotations

from decimal import Decimal

from django.core.exceptions import ValidationError

from sakip.rumus.angka import AngkaError, NilaiTertulis, parse_angka, parse_nilai


def baca_target(teks: str, field: str = "nilai") -> tuple[NilaiTertulis, str]:
    """A written target (``94,20``, ``85,91%``, ``B (63,00)``, ``80–90``, ``80 s.d. 90``) → (what it says,
    text as written). A range keeps both bounds; a grade keeps its letter for every table to print."""
    try:
        parsed = parse_nilai(teks)
    except AngkaError as exc:
        raise ValidationError({field: str(exc)}) from exc
    return parsed, " ".join(teks.split())


def baca_nilai(teks: str, field: str = "nilai") -> tuple[Decimal, str]:
    """A written value that is one number (``94,20``, ``85,91%``, ``B (63,00)``) → (number, text as written)."""
    parsed, ditulis = baca_target(teks, field)
    if parsed.rentang:
        raise ValidationError({field: f"“{ditulis}” adalah rentang; isikan satu angka."})
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
    if nilai != nilai.quantize(Decimal("0.01")):
        raise ValidationError({field: f"“{teks}”: rupiah paling banyak dua angka di belakang koma."})
    return nilai
