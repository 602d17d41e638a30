"""Consistency warnings of an LKE worksheet (PermenPANRB 88/2021). Pure Python, no Django. Shown at the top of the
worksheet, never blocking a save or a stage.

- A document can hardly be used better than it is made: a "pemanfaatan" (c) sub-komponen valued above the
  "kualitas" (b) sub-komponen of the same komponen — compared on the mean of their criteria's values as fractions
  of the full value (an unanswered criterion counts 0, as in the score), only once the c one has an answer.
- A quality criterion valued above E although the document it judges is not in sakip: 1.b.* without a Renstra of
  the year, 3.b.* without the LKjIP of the year.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sakip.rumus.angka import format_angka

# Sub-komponen kode → (the fact naming whether its document exists, the document's name).
DOKUMEN: dict[str, tuple[str, str]] = {"1.b": ("renstra", "Renstra"), "3.b": ("lkjip", "LKjIP")}


@dataclass(frozen=True)
class SubCek:
    kode: str  # "1.b"
    jenis: str  # keberadaan / kualitas / pemanfaatan
    nilai: tuple[tuple[str, Decimal | None], ...]  # (criterion kode, fraction of the full value or None)

    @property
    def rata_rata(self) -> Decimal:
        if not self.nilai:
            return Decimal(0)
        return sum((p or Decimal(0) for _, p in self.nilai), Decimal(0)) / len(self.nilai)

    @property
    def dijawab(self) -> bool:
        return any(p is not None for _, p in self.nilai)


@dataclass(frozen=True)
class Peringatan:
    kode: str  # the sub-komponen or criterion it is about
    pesan: str


def _persen(p: Decimal) -> str:
    return format_angka(p * 100, 2) + "%"


def periksa(komponen: Sequence[Sequence[SubCek]], ada: Mapping[str, bool]) -> list[Peringatan]:
    """The warnings of a worksheet: ``komponen`` — each komponen's sub-komponen; ``ada`` — ``renstra``/``lkjip``
    → whether that document of the year is in sakip."""
    hasil: list[Peringatan] = []
    for subs in komponen:
        kualitas = [s for s in subs if s.jenis == "kualitas"]
        for c in (s for s in subs if s.jenis == "pemanfaatan" and s.dijawab):
            for b in kualitas:
                if c.rata_rata > b.rata_rata:
                    hasil.append(Peringatan(c.kode, f"Pemanfaatan {c.kode} (rata-rata {_persen(c.rata_rata)}) lebih "
                                                    f"tinggi daripada kualitas {b.kode} (rata-rata "
                                                    f"{_persen(b.rata_rata)}): periksa kembali kedua nilai."))
        for s in subs:
            dok = DOKUMEN.get(s.kode)
            if dok is None or ada.get(dok[0], True):
                continue
            for kode, p in s.nilai:
                if p:
                    hasil.append(Peringatan(kode, f"Kriteria {kode} dinilai di atas E, padahal {dok[1]} tahun ini "
                                                  f"belum ada di sakip."))
    return hasil
