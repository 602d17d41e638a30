"""How wide a table's columns must be so that no figure, code or word breaks inside: one rule for Word
(:func:`sakip.documents.word.lebar_kolom`) and Typst (:func:`sakip.documents.typst._tabel`).

Text is measured with the advance widths of Arial / Liberation Sans (metric-compatible: Word prints Arial,
LibreOffice substitutes Liberation Sans, Typst prints Liberation Sans), so a column is at least as wide as its
longest unbreakable token (``9.638.366.951``, ``7.01.01.2.06.0002``, ``Kemasyarakatan``) plus the cell's inner
margins. What is left of the page width goes to the columns whose text wraps, by how much text they hold.
Whether a table needs a landscape page is the same measurement (:func:`muat`). Pure Python: no renderer needed.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

_ASCII = "".join(chr(c) for c in range(32, 127))
# Advance widths in 1/1000 em of the printable ASCII characters (space … tilde), Liberation Sans 2.
_REGULAR = (
    "278 278 355 556 556 889 667 191 333 333 389 584 278 333 278 278 556 556 556 556 556 556 556 556 556 556 278 278 "
    "584 584 584 556 1015 667 667 722 722 667 611 778 722 278 500 667 556 833 722 778 667 778 722 667 611 722 667 944 "
    "667 667 611 278 278 278 469 556 333 556 556 500 556 556 278 556 556 222 222 500 222 833 556 556 556 556 333 500 "
    "278 556 500 722 500 500 500 334 260 334 584")
_BOLD = (
    "278 333 474 556 556 889 722 238 333 333 389 584 278 333 278 278 556 556 556 556 556 556 556 556 556 556 333 333 "
    "584 584 584 611 975 722 722 722 722 667 611 778 722 278 556 722 611 833 722 778 667 778 722 667 611 722 667 944 "
    "667 667 611 333 278 333 584 556 333 556 611 556 611 556 333 611 611 278 278 556 278 889 611 611 611 611 389 556 "
    "333 611 556 778 556 556 500 389 280 389 584")
LEBAR = {False: dict(zip(_ASCII, map(int, _REGULAR.split()), strict=True)),
         True: dict(zip(_ASCII, map(int, _BOLD.split()), strict=True))}
LAIN = {"–": 556, "—": 1000, "≥": 549, "≤": 549, "×": 584, "Σ": 618, "°": 400, "²": 333, "…": 1000, "“": 333,
        "”": 333, "‘": 222, "’": 222}
TAK_DIKENAL = 667  # any other character: as wide as a capital, never narrower than it prints

# Where a line may break: after white space, and after "/" or "-" when a letter follows (UAX #14, which
# LibreOffice and Typst follow): "Penganggaran/Evaluasi" may wrap after the slash, "9.638.366.951" or
# "7.01.01.2.06.0002" never.
_PEMISAH = re.compile(r"\s+|(?<=[/\-])(?=[A-Za-z])")

# How each renderer prints a table: the body text size and a cell's inner margins, left and right together.
# Word, the long documents' tables (word.py ``_tabel``): 10 pt with 56 twips (2,8 pt) each side, and 9 pt for a
# table that then fits a portrait page. At the Normal 11 pt and Table Grid's 108 twips the tables of Bab I needed
# 189–201 mm and each took a landscape page of its own.
WORD_PT, WORD_PT_KECIL, WORD_TEPI = 10.0, 9.0, 5.6
WORD_TEPI_TWIPS = 56
TYPST_PT, TYPST_TEPI = 8.5, 6.0  # typst_pembuka.typ: tables at 8.5 pt, inset 3 pt
TYPST_POTRET_MM, TYPST_LANDSKAP_MM = 170, 257  # A4 less typst_pembuka.typ's 20 mm margins
POTRET_MM = 170  # the text width of a portrait A4 page in every renderer (20 mm margins)
EMU_PER_PT = 12700
MM = 72 / 25.4  # points per millimetre
# A cell holding one figure ("9.638.366.951", "85,71%", "Rp 2.000"): printed right-aligned, as word.ANGKA.
ANGKA = re.compile(r"^(Rp\s?)?[-+]?\d{1,3}([.]\d{3})*(,\d+)?\s?%?$|^[-+]?\d+(,\d+)?\s?%?$")


class _Lebar(dict):
    """Advance widths by character (:data:`LEBAR`, then :data:`LAIN`); any other character is ``TAK_DIKENAL``."""

    def __missing__(self, ch: str) -> int:
        return TAK_DIKENAL


_PER_HURUF = {tebal: _Lebar({**LAIN, **LEBAR[tebal]}) for tebal in (False, True)}


def lebar_teks(teks: str, pt: float, tebal: bool = False) -> float:
    """The printed width of ``teks`` in points at ``pt`` points. (``map`` over the dictionary's look-up: a
    generator per character made the LKjIP's ~35.000 measurements a third of its Word file's time.)"""
    return sum(map(_PER_HURUF[tebal].__getitem__, teks)) * pt / 1000


def potongan(teks: str) -> list[str]:
    """The pieces of ``teks`` no line break may fall inside."""
    return [p for p in _PEMISAH.split(teks) if p]


def _sel(nilai) -> str:
    return nilai if isinstance(nilai, str) else "\n".join(str(v) for v in nilai)


def ukur(kepala: Sequence[str], baris: Sequence[Sequence], *, pt: float, tepi: float) -> tuple[list[float], list[float]]:
    """Per column: the narrowest width that breaks no piece (the header printed bold), and the width that
    holds its longest line unbroken (of the body: a header wraps between its words without harm); both include
    the cell's inner margins ``tepi`` and a little air, since fonts differ slightly between renderers."""
    n = len(kepala)
    minimum, panjang = [0.0] * n, [0.0] * n
    cells = [(c, head, True) for c, head in enumerate(kepala)]
    cells += [(c, _sel(value), False) for row in baris for c, value in enumerate(row[:n])]
    for c, text, bold in cells:
        potong, garis = _ukur_teks(text or "", bold)
        minimum[c] = max(minimum[c], potong * pt / 1000)  # as lebar_teks scales: the same float
        if not bold:
            panjang[c] = max(panjang[c], garis * pt / 1000)
    air = tepi + pt * 0.3
    return [m + air for m in minimum], [max(p, m) + air for p, m in zip(panjang, minimum, strict=True)]


@functools.lru_cache(maxsize=16384)
def _ukur_teks(teks: str, tebal: bool) -> tuple[int, int]:
    """The widest unbreakable piece and the widest line of a cell's text, in 1/1000 em (any size scales them).
    A table repeats its figures and names, and each is measured for the landscape test and the widths, by Word
    and by Typst: remembered, as a pure function of the text."""
    lebar = _PER_HURUF[tebal]
    potong = garis = 0
    for line in teks.split("\n"):
        for piece in potongan(line):
            potong = max(potong, sum(map(lebar.__getitem__, piece)))
        garis = max(garis, sum(map(lebar.__getitem__, line)))
    return potong, garis


def lebar_kolom(kepala: Sequence[str], baris: Sequence[Sequence], total: float, *, pt: float,
                tepi: float) -> list[float]:
    """Column widths (in points, like ``total`` and ``tepi``) that add up to ``total``.

    ``tepi`` is a cell's inner margins, left and right together. Every column gets at least its longest
    unbreakable piece; what is left is shared in proportion to the text each column holds beyond that (its
    longest line, damped so a long analysis column does not starve the name column). When even the
    minimums do not fit they are scaled down alike: the table is too wide for the page, which :func:`muat`
    tells beforehand."""
    if not kepala:
        return []
    minimum, panjang = ukur(kepala, baris, pt=pt, tepi=tepi)
    perlu = sum(minimum)
    if perlu >= total:
        return [total * m / perlu for m in minimum]
    if sum(panjang) <= total:  # every line fits unbroken: each column widened by its share of the rest
        extra = total - sum(panjang)
        return [p + extra * p / sum(panjang) for p in panjang]
    bobot = [(p - m) ** 0.75 for p, m in zip(panjang, minimum, strict=True)]
    return [m + (total - perlu) * b / sum(bobot) for m, b in zip(minimum, bobot, strict=True)]


def muat(kepala: Sequence[str], baris: Sequence[Sequence], total: float, *, pt: float, tepi: float,
         ruang: float = 0.95) -> bool:
    """Whether the table fits ``total`` points with no piece broken and a little of the width (``1 - ruang``)
    left over for the text that wraps; else it belongs on a landscape page."""
    return sum(ukur(kepala, baris, pt=pt, tepi=tepi)[0]) <= total * ruang
