"""Free tables of a PD's profile (luas wilayah, penduduk, agama, ...): the cells as typed, the totals
computed. Pure Python, no Django: a total is never typed, so it can never disagree with its rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sakip.rumus.angka import AngkaError, format_angka, kutip, parse_angka

KOSONG = ("", "-", "–")  # cells that count as zero in a total


class SelTidakValid(ValueError):
    """A cell of a summed column that is not a number; ``baris``/``kolom`` are 1-based as the user sees them."""

    def __init__(self, baris: int, kolom: int, judul_kolom: str, isi: str):
        self.baris, self.kolom = baris, kolom
        super().__init__(f"Baris {baris}, kolom {kolom} “{judul_kolom}”: {kutip(isi)} bukan angka.")


def nilai_sel(isi: str) -> Decimal:
    """The number of a cell in a summed column: ``-`` or empty is zero, else an Indonesian number."""
    text = isi.strip()
    return Decimal(0) if text in KOSONG else parse_angka(text)


def desimal(baris: Sequence[Sequence[str]], kolom: int) -> int:
    """How many decimals a total of column ``kolom`` shows: the most any of its cells shows."""
    places = 0
    for row in baris:
        text = row[kolom].strip()
        if "," in text:
            places = max(places, len(text.split(",", 1)[1]))
    return places


def periksa(kolom: Sequence[str], baris: Sequence[Sequence[str]], dijumlah: Sequence[int]) -> None:
    """Raise ``SelTidakValid`` (or ``ValueError``) for the first cell that cannot be used."""
    for i in dijumlah:
        if not 0 <= i < len(kolom):
            raise ValueError(f"Kolom {i + 1} yang dijumlah tidak ada (tabel ini punya {len(kolom)} kolom).")
    for r, row in enumerate(baris, start=1):
        if len(row) != len(kolom):
            raise ValueError(f"Baris {r} berisi {len(row)} sel, padahal tabel ini punya {len(kolom)} kolom.")
        for i in dijumlah:
            try:
                nilai_sel(row[i])
            except AngkaError as exc:
                raise SelTidakValid(r, i + 1, kolom[i], row[i]) from exc


@dataclass(frozen=True)
class TabelTerhitung:
    kepala: tuple[str, ...]
    baris: tuple[tuple[str, ...], ...]
    jumlah: tuple[str, ...] | None  # the computed total row, or None


def hitung(kolom: Sequence[str], baris: Sequence[Sequence[str]], dijumlah: Sequence[int], *,
           jumlah_kanan: str = "", bernomor: bool = True, jumlah_bawah: bool = True) -> TabelTerhitung:
    """The table as printed: an optional ``NO`` column, the typed cells, an optional right-hand column
    with the sum of the summed columns of each row (``jumlah_kanan`` is its heading) and a ``JUMLAH``
    row with the sum of every summed column (and of the right-hand column)."""
    periksa(kolom, baris, dijumlah)
    kepala = (("NO",) if bernomor else ()) + tuple(kolom) + ((jumlah_kanan,) if jumlah_kanan else ())
    places = {i: desimal(baris, i) for i in dijumlah}
    row_places = max(places.values(), default=0)
    out = []
    for n, row in enumerate(baris, start=1):
        cells = tuple(c.strip() for c in row)
        if jumlah_kanan:
            cells += (format_angka(sum((nilai_sel(row[i]) for i in dijumlah), Decimal(0)), row_places),)
        out.append(((f"{n}.",) if bernomor else ()) + cells)
    total = None
    if jumlah_bawah and dijumlah and baris:
        sums = {i: sum((nilai_sel(row[i]) for row in baris), Decimal(0)) for i in dijumlah}
        bawah = [format_angka(sums[i], places[i]) if i in sums else "" for i in range(len(kolom))]
        if jumlah_kanan:
            bawah.append(format_angka(sum(sums.values(), Decimal(0)), row_places))
        if bernomor:
            bawah.insert(0, "")
        start = 1 if bernomor else 0  # the label goes in the first free column after NO, else in NO
        first_free = next((n for n in [*range(start, len(bawah)), 0] if not bawah[n]), None)
        if first_free is not None:
            bawah[first_free] = "JUMLAH"
        total = tuple(bawah)
    return TabelTerhitung(kepala, tuple(out), total)
