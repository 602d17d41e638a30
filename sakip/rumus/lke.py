"""The score of the Lembar Kerja Evaluasi (LKE) of SAKIP: PermenPANRB 88/2021. Pure Python, no Django.

Lampiran PermenPANRB 88/2021 (Pedoman Evaluasi atas Implementasi SAKIP), "Metodologi Penilaian":

- four komponen (perencanaan 30, pengukuran 30, pelaporan 15, evaluasi internal 25), each split into three
  sub-komponen: a. keberadaan/pemenuhan (20% of the komponen), b. kualitas (30%), c. pemanfaatan (50%) — so
  komponen 3 and 4 carry sub-komponen weights with a half (4,5; 7,5; 12,5);
- every criterion is answered on one scale: AA = 100, A = 90, BB = 80, B = 70, CC = 60, C = 50, D = 30, E = 0;
- the nilai of a sub-komponen is the mean of its criteria's values / 100 × its bobot; a komponen's nilai is the
  sum of its sub-komponen; the Nilai AKIP is the sum of the twelve (0–100);
- predikat: AA > 90 (Sangat Memuaskan), A > 80 (Memuaskan), BB > 70 (Sangat Baik), B > 60 (Baik), CC > 50
  (Cukup/Memadai), C > 30 (Kurang), D ≤ 30 (Sangat Kurang) — on the Nilai AKIP as published, two decimals
  (90,00 is A; 90,01 is AA).

Older scales some pemda still use (the PermenPANRB 12/2015 habit): Y/T = 1/0 for "keberadaan" items, A–E =
1/0,75/0,5/0,25/0 for the others. Every scale here gives each answer as a fraction of the full value, so one
formula serves them all. A criterion not (yet) answered counts 0: the total never rises by leaving a question
open, and an evaluation is only final when every criterion has its value (the services check that).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sakip.rumus.angka import bulatkan, format_angka, kutip

SERATUS = Decimal(100)

# Scale code → (answer → fraction of the full value), in the order the worksheet offers the answers.
SKALA: dict[str, dict[str, Decimal]] = {
    "88/2021": {"AA": Decimal("1"), "A": Decimal("0.9"), "BB": Decimal("0.8"), "B": Decimal("0.7"),
                "CC": Decimal("0.6"), "C": Decimal("0.5"), "D": Decimal("0.3"), "E": Decimal("0")},
    "Y/T": {"Y": Decimal("1"), "T": Decimal("0")},
    "A-E": {"A": Decimal("1"), "B": Decimal("0.75"), "C": Decimal("0.5"), "D": Decimal("0.25"), "E": Decimal("0")},
}
NAMA_SKALA = {"88/2021": "AA–E (PermenPANRB 88/2021)", "Y/T": "Ya/Tidak", "A-E": "A–E (PermenPANRB 12/2015)"}

# What each answer of the 88/2021 scale means (the pedoman's table), shown beside the choices.
ARTI_88 = {
    "AA": "Seluruh kriteria terpenuhi dan berkelanjutan sekurang-kurangnya 5 tahun",
    "A": "Seluruh kriteria terpenuhi dan berkelanjutan sekurang-kurangnya 1 tahun",
    "BB": "Seluruh kriteria terpenuhi sesuai mandat kebijakan nasional",
    "B": "Lebih dari 75% kriteria terpenuhi",
    "CC": "Lebih dari 50% kriteria terpenuhi",
    "C": "Lebih dari 25% kriteria terpenuhi",
    "D": "Lebih dari 0% kriteria terpenuhi (sudah dimulai)",
    "E": "Belum ada",
}


@dataclass(frozen=True)
class Predikat:
    huruf: str
    arti: str


# (lower bound, exclusive) → predikat; the last has no bound.
PREDIKAT: tuple[tuple[Decimal | None, Predikat], ...] = (
    (Decimal(90), Predikat("AA", "Sangat Memuaskan")),
    (Decimal(80), Predikat("A", "Memuaskan")),
    (Decimal(70), Predikat("BB", "Sangat Baik")),
    (Decimal(60), Predikat("B", "Baik")),
    (Decimal(50), Predikat("CC", "Cukup (Memadai)")),
    (Decimal(30), Predikat("C", "Kurang")),
    (None, Predikat("D", "Sangat Kurang")),
)


def pecahan(skala: str, jawaban: str | None) -> Decimal | None:
    """The fraction of the full value an answer stands for; None when unanswered. ValueError for an answer
    the scale does not have."""
    if jawaban is None or jawaban == "":
        return None
    try:
        return SKALA[skala][jawaban]
    except KeyError:
        raise ValueError(f"Nilai {kutip(jawaban)} tidak ada pada skala {NAMA_SKALA.get(skala, skala)}.") from None


def nilai_sub_komponen(bobot: Decimal, nilai: Sequence[Decimal | None]) -> Decimal:
    """Mean of the criteria's fractions (unanswered = 0) × the sub-komponen's bobot; unrounded."""
    if not nilai:
        return Decimal(0)
    return sum((n or Decimal(0) for n in nilai), Decimal(0)) / len(nilai) * bobot


def jumlah(nilai: Iterable[Decimal]) -> Decimal:
    return sum(nilai, Decimal(0))


def bulat(nilai: Decimal) -> Decimal:
    """Two decimals, half up: the figure the worksheet and the LHE print, and the predikat is read from."""
    return bulatkan(nilai, 2)


def predikat(nilai_akip: Decimal) -> Predikat:
    """The predikat of a Nilai AKIP, read on its two-decimal value."""
    n = bulat(nilai_akip)
    for batas, p in PREDIKAT:
        if batas is None or n > batas:
            return p
    raise AssertionError("unreachable")  # the last row has no bound


def label_nilai_sakip(nilai_akip: Decimal) -> str:
    """The Nilai SAKIP as the IKU of several PD writes it: ``BB (76,40)``."""
    return f"{predikat(nilai_akip).huruf} ({format_angka(bulat(nilai_akip), 2)})"


def cek_bobot(komponen: Mapping[str, tuple[Decimal, Sequence[Decimal]]]) -> list[str]:
    """Problems of a worksheet's weights: each komponen's sub-komponen must add up to its bobot, and the
    komponen to 100. ``komponen``: kode → (bobot, bobot of each sub-komponen)."""
    masalah = []
    for kode, (bobot, subs) in komponen.items():
        if jumlah(subs) != bobot:
            masalah.append(f"Bobot sub-komponen komponen {kode} berjumlah {format_angka(jumlah(subs))}, "
                           f"bukan {format_angka(bobot)}.")
    total = jumlah(b for b, _ in komponen.values())
    if total != SERATUS:
        masalah.append(f"Bobot seluruh komponen berjumlah {format_angka(total)}, bukan 100.")
    return masalah
