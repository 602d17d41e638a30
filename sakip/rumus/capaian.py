"""The capaian engine: every rule of performance measurement, in pure Python (no Django).

Sources: PermenPANRB 53/2014 and 8/2021 (capaian, negative polarity), seed 002 Tabel 3.1 (the
Kota Probolinggo category scale) and Tabel 3.7 (efisiensi), Permendagri 86/2017 (the other
category preset). Everything is computed with ``Decimal``; ``bulatkan`` is the only rounding and is
meant for display. A value that cannot be computed is a ``Hasil`` with ``nilai=None`` and a reason,
never an exception and never a division by zero. There is no cap: 250% stays 250%.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sakip.rumus.angka import bulatkan as bulatkan  # the display rounding, for the formulas' readers
from sakip.rumus.pilihan import Pilihan

SERATUS = Decimal(100)
ROMAWI = {1: "I", 2: "II", 3: "III", 4: "IV"}  # a quarter as documents name it: "Triwulan III"


class Polaritas(Pilihan):
    POSITIF = "positif", "Positif (makin tinggi makin baik)"
    NEGATIF = "negatif", "Negatif (makin rendah makin baik)"


class RumusNegatif(Pilihan):
    """How a lower-is-better indicator's capaian is computed (a setting per pemda, overridable per indicator)."""

    SELISIH = "selisih", "(2T − R) / T × 100 (PermenPANRB 8/2021)"
    BAGI = "bagi", "T / R × 100"


class Akumulasi(Pilihan):
    """How quarterly values make the value "s.d. triwulan n"."""

    TERAKHIR = "terakhir", "Nilai triwulan terakhir"  # percentages, indices: the latest quarter
    JUMLAH = "jumlah", "Dijumlahkan antartriwulan"  # counts: the sum of the quarters
    RATA_RATA = "rata_rata", "Rata-rata triwulan"  # the mean of the quarters that have a value


class CaraIsi(Pilihan):
    """What the operator types each quarter for an indicator whose quarters add up (``Akumulasi.JUMLAH``)."""

    KUMULATIF = "kumulatif", "Angka s.d. triwulan (kumulatif)"  # the running total, as the seed's tables print it
    TRIWULAN = "triwulan", "Angka triwulan itu saja"  # the quarter's own count; sakip adds the quarters up


class Frekuensi(Pilihan):
    """How often an indicator is measured (DOMAIN.md): a quarter in which it is not is "belum diukur"."""

    TRIWULAN = "triwulan", "Setiap triwulan"
    SEMESTER = "semester", "Per semester (TW II dan TW IV)"
    TAHUN = "tahun", "Setahun sekali (TW IV)"

    def diukur(self, triwulan: int) -> bool:
        """Whether the indicator is measured in ``triwulan``."""
        if self == Frekuensi.SEMESTER:
            return triwulan in (2, 4)
        if self == Frekuensi.TAHUN:
            return triwulan == 4
        return True

    def terakhir_diukur(self, triwulan: int) -> int | None:
        """The latest quarter up to ``triwulan`` in which the indicator is measured (None before the first)."""
        return next((q for q in range(triwulan, 0, -1) if self.diukur(q)), None)


class Peran(Pilihan):
    """A role an indicator plays that other parts of sakip look for (never guessed from its name)."""

    BIASA = "", "-"
    IKM = "ikm", "Indeks Kepuasan Masyarakat (hasil SKM)"
    NILAI_SAKIP = "nilai_sakip", "Nilai SAKIP (hasil evaluasi Inspektorat)"


class SumberAnggaran(Pilihan):
    """The budget a pagu comes from: the original APBD, then the revised one (APBD-P) from a quarter on."""

    APBD = "APBD", "APBD"
    APBD_P = "APBD-P", "APBD Perubahan"


@dataclass(frozen=True)
class Hasil:
    """A computed percentage, or ``None`` with the reason it cannot be computed."""

    nilai: Decimal | None
    alasan: str = ""

    @property
    def ada(self) -> bool:
        return self.nilai is not None


@dataclass(frozen=True)
class TargetRentang:
    """A range target such as "80–90"."""

    bawah: Decimal
    atas: Decimal


def capaian(realisasi: Decimal | None, target: Decimal | TargetRentang | None,
            polaritas: Polaritas = Polaritas.POSITIF, rumus_negatif: RumusNegatif = RumusNegatif.SELISIH) -> Hasil:
    """Capaian (achievement) in percent of ``realisasi`` against ``target`` (PermenPANRB 53/2014, 8/2021).

    Positive polarity R/T×100; negative polarity per ``rumus_negatif``. A range target counts as met
    (100) when R lies inside it; outside, R is compared with the bound it passed (the upper bound when
    R is above the range, the lower bound when below).
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
    """The value "s.d. triwulan n" from the quarters' own values TW1..TWn (``None`` = not entered or not
    measured): the sum (counts), the mean of the quarters that have a value, or the latest value."""
    values = [v for v in nilai_triwulan if v is not None]
    if not values:
        return None
    if akumulasi == Akumulasi.JUMLAH:
        return sum(values, Decimal(0))
    if akumulasi == Akumulasi.RATA_RATA:
        return sum(values, Decimal(0)) / len(values)
    return values[-1]


@dataclass(frozen=True)
class Aturan:
    """How one indicator's figures are computed: its polarity and negative formula (its own, else the
    pemda's), how its quarters aggregate, what the operator types, and how often it is measured."""

    polaritas: Polaritas = Polaritas.POSITIF
    rumus_negatif: RumusNegatif = RumusNegatif.SELISIH
    akumulasi: Akumulasi = Akumulasi.TERAKHIR
    cara_isi: CaraIsi = CaraIsi.KUMULATIF
    frekuensi: Frekuensi = Frekuensi.TRIWULAN

    @property
    def isian_kumulatif(self) -> bool:
        """Whether what is typed for a quarter is already the value s.d. that quarter."""
        return self.akumulasi == Akumulasi.TERAKHIR or (
            self.akumulasi == Akumulasi.JUMLAH and self.cara_isi == CaraIsi.KUMULATIF)


@dataclass(frozen=True)
class Triwulan:
    """An indicator in one quarter: what was typed (``isian``), the quarter's own value and the value s.d.
    the quarter, or why there is none ("belum diukur": the indicator is not measured in this quarter)."""

    triwulan: int
    diukur: bool
    isian: Decimal | None
    sendiri: Decimal | None  # the quarter's own value (for a count typed as a running total: the increase)
    sd: Decimal | None  # s.d. the quarter, by the indicator's aggregation
    alasan: str = ""


BELUM_DIUKUR = "belum diukur"


def triwulan(isian: Mapping[int, Decimal | None], n: int, aturan: Aturan) -> Triwulan:
    """Quarter ``n`` of an indicator from what was typed for each quarter (``isian``: quarter → value).

    A quarter in which the indicator is not measured has no value (never 0) and takes no part in sums and
    means; a 0 typed in a measured quarter is a real 0. The value s.d. ``n`` exists only once quarter ``n``
    itself has one.
    """
    if not aturan.frekuensi.diukur(n):
        return Triwulan(n, False, None, None, None, BELUM_DIUKUR)
    diukur = [q for q in range(1, n + 1) if aturan.frekuensi.diukur(q)]
    typed = {q: isian.get(q) for q in diukur}
    own = typed[n]
    if own is None:
        return Triwulan(n, True, None, None, None, "realisasi belum diisi")
    if aturan.isian_kumulatif:
        earlier: list[Decimal] = [v for q in diukur[:-1] if (v := typed[q]) is not None]
        sendiri = own - earlier[-1] if aturan.akumulasi == Akumulasi.JUMLAH and earlier else own
        return Triwulan(n, True, own, sendiri, own)
    return Triwulan(n, True, own, own, realisasi_kumulatif([typed[q] for q in diukur], aturan.akumulasi))


def capaian_aturan(realisasi: Decimal | None, target: Decimal | TargetRentang | None, aturan: Aturan) -> Hasil:
    """The capaian of an indicator by its own rules (:func:`capaian` with its polarity and formula)."""
    return capaian(realisasi, target, aturan.polaritas, aturan.rumus_negatif)


def realisasi_tahunan(tw4: Decimal | None, eksplisit: Decimal | None) -> tuple[Decimal | None, bool]:
    """The year's realisation: an explicit annual value wins over TW IV; also whether the two differ."""
    if eksplisit is None:
        return tw4, False
    return eksplisit, tw4 is not None and tw4 != eksplisit


def serapan(realisasi_anggaran: Decimal | None, pagu: Decimal | None) -> Hasil:
    """Budget absorption: spending / pagu × 100 (DOMAIN.md, "Budget")."""
    if pagu is None or pagu == 0:
        return Hasil(None, "pagu belum ada")
    if realisasi_anggaran is None:
        return Hasil(None, "realisasi anggaran belum diisi")
    return Hasil(realisasi_anggaran / pagu * SERATUS)


def porsi_anggaran(pagu_sasaran: Decimal | None, pagu_pd: Decimal | None) -> Hasil:
    """Share of a sasaran in the PD budget: pagu of its supporting programs / pagu of the PD × 100."""
    if not pagu_pd:
        return Hasil(None, "pagu perangkat daerah belum ada")
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


# --- category scales -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Kategori:
    nama: str
    warna: str  # "hijau", "kuning", "merah": the traffic light of dashboards


@dataclass(frozen=True)
class Pita:
    """One band of a scale: capaian from ``batas`` (inclusive or not) up to the next band."""

    batas: Decimal
    inklusif: bool
    kategori: Kategori

    def memuat(self, nilai: Decimal) -> bool:
        return nilai >= self.batas if self.inklusif else nilai > self.batas


@dataclass(frozen=True)
class SkalaKategori:
    """A category scale: bands from the highest down; the last band takes everything below."""

    kode: str
    nama: str  # what a pemda chooses between (its bands and where they come from)
    pita: tuple[Pita, ...]
    terendah: Kategori

    def kategori(self, capaian_persen: Decimal | None) -> Kategori | None:
        if capaian_persen is None:
            return None
        for band in self.pita:
            if band.memuat(capaian_persen):
                return band.kategori
        return self.terendah


def _k(nama: str, warna: str) -> Kategori:
    return Kategori(nama, warna)


SKALA_PROBOLINGGO = SkalaKategori(
    kode="probolinggo",
    nama="Sangat Baik / Baik / Cukup / Kurang (Tabel 3.1 LKjIP Kota Probolinggo)",
    # > 100 Sangat Baik; 75–100 Baik (100 exactly is Baik); 55–75 Cukup; < 55 Kurang.
    pita=(Pita(Decimal(100), False, _k("Sangat Baik", "hijau")), Pita(Decimal(75), True, _k("Baik", "hijau")),
          Pita(Decimal(55), True, _k("Cukup", "kuning"))),
    terendah=_k("Kurang", "merah"),
)

SKALA_PERMENDAGRI86 = SkalaKategori(
    kode="permendagri86",
    nama="Sangat Tinggi … Sangat Rendah (Permendagri 86/2017)",
    # ≥ 91; 76–90; 66–75; 51–65; ≤ 50. A value between printed bands (90,5) belongs to the lower band.
    pita=(Pita(Decimal(91), True, _k("Sangat Tinggi", "hijau")), Pita(Decimal(76), True, _k("Tinggi", "hijau")),
          Pita(Decimal(66), True, _k("Sedang", "kuning")), Pita(Decimal(51), True, _k("Rendah", "merah"))),
    terendah=_k("Sangat Rendah", "merah"),
)

SKALA = {s.kode: s for s in (SKALA_PROBOLINGGO, SKALA_PERMENDAGRI86)}
PILIHAN_SKALA = [(s.kode, s.nama) for s in SKALA.values()]
