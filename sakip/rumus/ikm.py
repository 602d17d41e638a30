"""The Indeks Kepuasan Masyarakat (IKM) of PermenPANRB 14/2017, in pure Python (no Django).

Nine unsur U1..U9 (codes fixed by the regulation; the order of questions on a questionnaire is a
setting of the questionnaire, not of these codes). Each answer is 1–4. NRR of an unsur = sum of its
answers / number of answers given. IKM = Σ NRRᵢ × 1/9 × 25 (the regulation prints the weight as
0,11; exactly 1/9 is used), rounded to 2 decimals. Mutu A–D for the unit on the 25–100 scale and for
an unsur on the 1–4 scale. Minimum sample by Krejcie & Morgan computed by formula.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

UNSUR = (
    ("U1", "Persyaratan"),
    ("U2", "Sistem, Mekanisme, dan Prosedur"),
    ("U3", "Waktu Penyelesaian"),
    ("U4", "Biaya/Tarif"),
    ("U5", "Produk Spesifikasi Jenis Pelayanan"),
    ("U6", "Kompetensi Pelaksana"),
    ("U7", "Perilaku Pelaksana"),
    ("U8", "Penanganan Pengaduan, Saran dan Masukan"),
    ("U9", "Sarana dan Prasarana"),
)
KODE_UNSUR = tuple(kode for kode, _ in UNSUR)
NILAI_JAWABAN = (1, 2, 3, 4)


@dataclass(frozen=True)
class Mutu:
    huruf: str
    kinerja: str


MUTU_IKM = ((Decimal("88.31"), Mutu("A", "Sangat Baik")), (Decimal("76.61"), Mutu("B", "Baik")),
            (Decimal("65.00"), Mutu("C", "Kurang Baik")))
MUTU_UNSUR = ((Decimal("3.5324"), Mutu("A", "Sangat Baik")), (Decimal("3.0644"), Mutu("B", "Baik")),
              (Decimal("2.60"), Mutu("C", "Kurang Baik")))
TIDAK_BAIK = Mutu("D", "Tidak Baik")


def nrr(jumlah: int | Decimal, banyak: int) -> Decimal | None:
    """Nilai rata-rata of an unsur: the sum of its answers / the number of answers (None when no answer)."""
    if not banyak:
        return None
    return Decimal(jumlah) / Decimal(banyak)


def ikm(nrr_unsur: Sequence[Decimal | None]) -> Decimal | None:
    """IKM on the 25–100 scale from the nine NRR (None if any unsur has no answer), rounded to 2 decimals."""
    dijawab = [v for v in nrr_unsur if v is not None]
    if len(nrr_unsur) != len(UNSUR) or len(dijawab) != len(nrr_unsur):
        return None
    return bulatkan(sum(dijawab, Decimal(0)) / len(UNSUR) * 25)


def bulatkan(nilai: Decimal, tempat: int = 2) -> Decimal:
    return nilai.quantize(Decimal(1).scaleb(-tempat), rounding=ROUND_HALF_UP)


def _mutu(nilai: Decimal | None, batas) -> Mutu | None:
    if nilai is None:
        return None
    for bawah, mutu in batas:
        if nilai >= bawah:
            return mutu
    return TIDAK_BAIK


def mutu_ikm(nilai: Decimal | None) -> Mutu | None:
    """Mutu of a unit: A ≥ 88,31; B ≥ 76,61; C ≥ 65,00; D below (PermenPANRB 14/2017 Lampiran)."""
    return _mutu(nilai, MUTU_IKM)


def mutu_unsur(nilai: Decimal | None) -> Mutu | None:
    """Mutu of an unsur on the 1–4 scale: A ≥ 3,5324; B ≥ 3,0644; C ≥ 2,60; D below."""
    return _mutu(nilai, MUTU_UNSUR)


def sampel_minimum(populasi: int) -> int:
    """Krejcie & Morgan: S = 3,841·N·0,25 / (0,0025·(N−1) + 3,841·0,25), rounded to the nearest integer."""
    if populasi <= 0:
        return 0
    n = Decimal(populasi)
    chi, p = Decimal("3.841"), Decimal("0.25")
    s = chi * n * p / (Decimal("0.0025") * (n - 1) + chi * p)
    return int(s.quantize(Decimal(1), rounding=ROUND_HALF_UP))
