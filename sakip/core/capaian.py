"""The capaian engine: every rule of performance measurement, in pure Python (no Django).

Sources: PermenPANRB 53/2014 and 8/2021 (capaian, negative polarity), seed 002 Tabel 3.1 (the Kota
Probolinggo category scale) and Tabel 3.7 (efisiensi), Permendagri 86/2017 (the other category preset).
Everything is computed with ``Decimal`` (default context, 28 significant digits); ``bulatkan`` is the only
rounding and is meant for display. A value that cannot be computed is a ``Hasil`` with ``nilai=None`` and a
reason, never an exception and never a division by zero. There is no cap: 250% stays 250%.

The enums are ``StrEnum`` (a subclass of ``str`` and ``Enum``: ruff UP042 rejects ``(str, Enum)``), so
``str(Polaritas.NEGATIF) == "negatif"``, the value the Django models store.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

SERATUS = Decimal(100)


class Polaritas(StrEnum):
    """Polarity of an indicator (PermenPANRB 53/2014): whether a higher realisasi is better."""

    POSITIF = "positif"
    NEGATIF = "negatif"


class RumusNegatif(StrEnum):
    """Capaian formula of a lower-is-better indicator (a setting per pemda, overridable per indicator)."""

    SELISIH = "selisih"  # (2T − R) / T × 100, PermenPANRB 8/2021 (the default)
    BAGI = "bagi"  # T / R × 100, used by some pemda


class Akumulasi(StrEnum):
    """How quarterly values make the value "s.d. triwulan n" (DOMAIN.md, "Formulas")."""

    TERAKHIR = "terakhir"  # percentages, indices, negative indicators: the latest quarter
    JUMLAH = "jumlah"  # counts: the sum of the quarters
    RATA_RATA = "rata_rata"  # the mean of the quarters that have a value


@dataclass(frozen=True)
class Hasil:
    """A computed percentage, or ``nilai=None`` with a short Indonesian reason (``alasan``)."""

    nilai: Decimal | None
    alasan: str = ""

    @property
    def ada(self) -> bool:
        """Whether a value was computed."""
        return self.nilai is not None


@dataclass(frozen=True)
class TargetRentang:
    """A range target such as "80–90" (PermenPANRB 53/2014 allows targets as a range)."""

    bawah: Decimal
    atas: Decimal


def capaian(realisasi: Decimal | None, target: Decimal | TargetRentang | None,
            polaritas: Polaritas = Polaritas.POSITIF, rumus_negatif: RumusNegatif = RumusNegatif.SELISIH) -> Hasil:
    """Capaian in percent of ``realisasi`` (R) against ``target`` (T), raw and uncapped.

    Positive polarity: R / T × 100 (PermenPANRB 53/2014). Negative polarity: (2T − R) / T × 100 by default
    (PermenPANRB 8/2021) or T / R × 100 (``RumusNegatif.BAGI``). A range target is met (100) when
    bawah ≤ R ≤ atas; outside, R is measured against the bound it passed: ``atas`` when R > atas, ``bawah``
    when R < bawah, with the formula of the polarity. A grade such as "B (63,00)" is passed as 63.
    """
    if target is None:
        return Hasil(None, "target belum ditetapkan")
    if realisasi is None:
        return Hasil(None, "realisasi belum diisi")
    if isinstance(target, TargetRentang):
        if target.bawah <= realisasi <= target.atas:
            return Hasil(SERATUS)
        target = target.atas if realisasi > target.atas else target.bawah
    if target == 0:
        return Hasil(None, "target 0: capaian tidak dapat dihitung")
    if polaritas == Polaritas.POSITIF:
        return Hasil(realisasi / target * SERATUS)
    if rumus_negatif == RumusNegatif.BAGI:
        if realisasi == 0:
            return Hasil(None, "realisasi 0: capaian tidak dapat dihitung")
        return Hasil(target / realisasi * SERATUS)
    return Hasil((2 * target - realisasi) / target * SERATUS)


def realisasi_kumulatif(nilai_triwulan: Sequence[Decimal | None], akumulasi: Akumulasi) -> Decimal | None:
    """The value "s.d. triwulan n" from the values of TW1..TWn in order, ``None`` = not entered (DOMAIN.md).

    TERAKHIR: the last entered value; JUMLAH: the sum of the entered values; RATA_RATA: their mean.
    ``None`` when no quarter has a value.
    """
    values = [v for v in nilai_triwulan if v is not None]
    if not values:
        return None
    if akumulasi == Akumulasi.JUMLAH:
        return sum(values, Decimal(0))
    if akumulasi == Akumulasi.RATA_RATA:
        return sum(values, Decimal(0)) / len(values)
    return values[-1]


def realisasi_tahunan(tw4: Decimal | None, eksplisit: Decimal | None) -> tuple[Decimal | None, bool]:
    """The annual realisasi and whether it differs from TW IV (DOMAIN.md: an explicit value wins, e.g. one
    verified after year end; both are kept and the difference is shown)."""
    if eksplisit is None:
        return tw4, False
    return eksplisit, tw4 is not None and tw4 != eksplisit


def serapan(realisasi_anggaran: Decimal | None, pagu: Decimal | None) -> Hasil:
    """Serapan anggaran (budget absorption): realisasi anggaran / pagu × 100 (seed 002 Tabel 3.7)."""
    if pagu is None or pagu == 0:
        return Hasil(None, "pagu 0 atau belum ada: serapan tidak dapat dihitung")
    if realisasi_anggaran is None:
        return Hasil(None, "realisasi anggaran belum diisi")
    return Hasil(realisasi_anggaran / pagu * SERATUS)


def porsi_anggaran(pagu_sasaran: Decimal | None, pagu_pd: Decimal | None) -> Hasil:
    """Share of a sasaran in the PD budget: pagu of its supporting programs / pagu of the PD × 100 (seed 002)."""
    if pagu_pd is None or pagu_pd == 0:
        return Hasil(None, "pagu perangkat daerah 0 atau belum ada")
    if pagu_sasaran is None:
        return Hasil(None, "pagu sasaran belum ada")
    return Hasil(pagu_sasaran / pagu_pd * SERATUS)


def efisiensi(serapan_persen: Decimal | None, capaian_persen: Decimal | None) -> Hasil:
    """Efisiensi (seed 002 Tabel 3.7): serapan % ÷ capaian % × 100; below 100 means less money per result."""
    if capaian_persen is None or capaian_persen == 0:
        return Hasil(None, "capaian 0 atau belum ada: efisiensi tidak dapat dihitung")
    if serapan_persen is None:
        return Hasil(None, "serapan belum ada")
    return Hasil(serapan_persen / capaian_persen * SERATUS)


def bulatkan(nilai: Decimal, tempat: int = 2) -> Decimal:
    """Round half up to ``tempat`` decimals: the display rounding of percentages (seed 002 prints 100,03%)."""
    return nilai.quantize(Decimal(1).scaleb(-tempat), rounding=ROUND_HALF_UP)


# --- category scales -----------------------------------------------------------------------------------

WARNA = ("hijau", "kuning", "merah")  # the traffic light of dashboards


@dataclass(frozen=True)
class Kategori:
    """A category (predikat) of a capaian with its dashboard colour (one of ``WARNA``)."""

    nama: str
    warna: str

    def __post_init__(self) -> None:
        if self.warna not in WARNA:
            raise ValueError(f"warna {self.warna!r} bukan salah satu dari {WARNA}")


@dataclass(frozen=True)
class Pita:
    """One band of a scale: capaian from ``bawah`` (inclusive or not) up to the band above; ``bawah=None``
    is unbounded below (the lowest band)."""

    bawah: Decimal | None
    inklusif: bool
    kategori: Kategori

    def memuat(self, nilai: Decimal) -> bool:
        """Whether ``nilai`` reaches this band's lower bound."""
        if self.bawah is None:
            return True
        return nilai >= self.bawah if self.inklusif else nilai > self.bawah


@dataclass(frozen=True)
class SkalaKategori:
    """A category scale chosen per pemda (DOMAIN.md): bands from the highest down, the last unbounded below,
    so every capaian falls in exactly one band and a higher capaian never gets a lower band."""

    kode: str
    nama: str
    batas: tuple[Pita, ...]

    def __post_init__(self) -> None:
        """Reject a scale that is not total (last band bounded below) or not ordered from the top down."""
        if not self.batas or self.batas[-1].bawah is not None:
            raise ValueError("pita terakhir harus tanpa batas bawah")
        atas = self.batas[:-1]
        # At the same bound an exclusive band (> 100) sits above an inclusive one (≥ 100).
        keys = [(p.bawah, not p.inklusif) for p in atas if p.bawah is not None]
        if len(keys) != len(atas) or any(a <= b for a, b in zip(keys, keys[1:], strict=False)):
            raise ValueError("pita harus berurutan dari batas tertinggi ke terendah")

    @classmethod
    def dari_data(cls, kode: str, nama: str, baris: Iterable[tuple[Decimal | None, bool, str, str]]) -> SkalaKategori:
        """Build another pemda's scale from rows (bawah, inklusif, nama, warna), highest band first."""
        return cls(kode, nama, tuple(Pita(b, inklusif, Kategori(n, w)) for b, inklusif, n, w in baris))

    def kategori(self, capaian: Decimal | None) -> Kategori | None:
        """The category of ``capaian`` (the raw value), ``None`` when there is no capaian."""
        if capaian is None:
            return None
        return next(p.kategori for p in self.batas if p.memuat(capaian))


SKALA_PROBOLINGGO = SkalaKategori.dari_data("probolinggo", "Seed 002 Tabel 3.1 (Kota Probolinggo)", (
    # > 100 Sangat Baik; 75 ≤ c ≤ 100 Baik (exactly 100 is Baik); 55 ≤ c < 75 Cukup; < 55 Kurang.
    (Decimal(100), False, "Sangat Baik", "hijau"),
    (Decimal(75), True, "Baik", "hijau"),
    (Decimal(55), True, "Cukup", "kuning"),
    (None, True, "Kurang", "merah"),
))

SKALA_PERMENDAGRI86 = SkalaKategori.dari_data("permendagri86", "Permendagri 86/2017", (
    # Printed as ≥ 91; 76–90; 66–75; 51–65; ≤ 50. A value between two printed bands (90,5; 50,5) belongs
    # to the lower band: each band runs from its printed lower bound up to the next band's lower bound.
    (Decimal(91), True, "Sangat Tinggi", "hijau"),
    (Decimal(76), True, "Tinggi", "hijau"),
    (Decimal(66), True, "Sedang", "kuning"),
    (Decimal(51), True, "Rendah", "merah"),
    (None, True, "Sangat Rendah", "merah"),
))

SKALA = {s.kode: s for s in (SKALA_PROBOLINGGO, SKALA_PERMENDAGRI86)}


def _angka(teks: str) -> Decimal | None:
    """A non-negative number written with an optional Indonesian decimal comma ("80", "80,5"), else None."""
    bulat, koma, pecahan = teks.strip().partition(",")
    if not _digit(bulat) or (koma and not _digit(pecahan)):
        return None
    return Decimal(f"{bulat}.{pecahan}" if koma else bulat)


def _digit(teks: str) -> bool:
    """Whether ``teks`` is one or more ASCII digits."""
    return teks.isascii() and teks.isdigit()


def parse_rentang(teks: str) -> TargetRentang | None:
    """A range target written as in seed 002's PK ("80–90", "80-90", "80 - 90", "80,5–90"), else None.

    En dash or hyphen; decimal comma; the lower bound first (a reversed range is not recognised).
    """
    bagian = teks.replace("–", "-").split("-")
    if len(bagian) != 2:
        return None
    bawah, atas = _angka(bagian[0]), _angka(bagian[1])
    if bawah is None or atas is None or bawah > atas:
        return None
    return TargetRentang(bawah, atas)
