"""The rencana aksi: an indicator's targets per quarter and a sub kegiatan's planned spending per quarter.

Pure Python, no Django. PermenPANRB 53/2014 (Juknis PK, reviu, and the rencana aksi that breaks the PK's annual
targets into quarterly ones) and PermenPANRB 88/2021 (LKE 1.c.4: the rencana aksi is monitored regularly, so it
stays dynamic) ask for the plan; how its figures are read is decided here, once:

- a quarter's target is typed the way the indicator's realisation is typed (:class:`~sakip.rumus.capaian.Aturan`:
  the value s.d. the quarter, or for an added-up indicator typed per quarter the quarter's own), so the target s.d.
  quarter *n* comes from the same rule as the realisation s.d. *n* (:func:`sakip.rumus.capaian.triwulan`);
- the anggaran kas is each quarter's own planned spending, as a DPA's anggaran kas; the plan s.d. quarter *n* is the
  sum of the quarters up to *n*, and the planned serapan is that sum over the pagu.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from sakip.rumus.angka import format_angka
from sakip.rumus.capaian import ROMAWI, Akumulasi, Aturan, Hasil, TargetRentang, serapan, triwulan


@dataclass(frozen=True)
class Masalah:
    """Why a rencana aksi cannot stand as typed: the quarter it concerns (``None``: the whole year) and the reason,
    in Indonesian, as a form prints it beside the field."""

    triwulan: int | None
    pesan: str


def target_sd(rencana: Mapping[int, Decimal | None], n: int, aturan: Aturan) -> Decimal | None:
    """The rencana aksi target s.d. quarter ``n`` (``rencana``: quarter → target as typed); ``None`` when quarter
    ``n`` has no target or the indicator is not measured in it."""
    return triwulan(rencana, n, aturan).sd


def kas_sd(kas: Mapping[int, Decimal | None], n: int) -> Decimal | None:
    """The planned spending s.d. quarter ``n`` (``kas``: quarter → the quarter's own planned spending); ``None``
    when no quarter up to ``n`` is planned."""
    values = [v for q, v in kas.items() if q <= n and v is not None]
    return sum(values, Decimal(0)) if values else None


def rencana_serapan(kas: Mapping[int, Decimal | None], n: int, pagu: Decimal | None) -> Hasil:
    """The planned serapan s.d. quarter ``n``: planned spending s.d. ``n`` / pagu × 100."""
    rencana = kas_sd(kas, n)
    if rencana is None:
        return Hasil(None, "anggaran kas belum diisi")
    return serapan(rencana, pagu)


def _batas_atas(tahunan: Decimal | TargetRentang | None) -> Decimal | None:
    return tahunan.atas if isinstance(tahunan, TargetRentang) else tahunan


def masalah_rencana(rencana: Mapping[int, Decimal | None], aturan: Aturan,
                    tahunan: Decimal | TargetRentang | None) -> list[Masalah]:
    """What is wrong with an indicator's quarterly targets (``rencana``: quarter → target as typed) against its
    annual target in force (``tahunan``): a target for a quarter the indicator is not measured in; for an indicator
    whose quarters add up (``Akumulasi.JUMLAH``) a target s.d. a quarter above the annual target (the upper bound of
    a range), or, typed as a running total, smaller than the quarter before."""
    masalah: list[Masalah] = []
    for q in sorted(rencana):
        if rencana[q] is not None and not aturan.frekuensi.diukur(q):
            masalah.append(Masalah(q, f"Indikator ini tidak diukur pada triwulan {ROMAWI[q]}: kosongkan targetnya."))
    if aturan.akumulasi != Akumulasi.JUMLAH:
        return masalah
    atas = _batas_atas(tahunan)
    sebelumnya: tuple[int, Decimal] | None = None
    for q in range(1, 5):
        if rencana.get(q) is None or not aturan.frekuensi.diukur(q):
            continue
        sd = target_sd(rencana, q, aturan)
        if sd is None:
            continue
        if sebelumnya is not None and sd < sebelumnya[1]:
            masalah.append(Masalah(q, f"Target s.d. triwulan {ROMAWI[q]} ({format_angka(sd)}) lebih kecil dari "
                                      f"target s.d. triwulan {ROMAWI[sebelumnya[0]]} ({format_angka(sebelumnya[1])}): "
                                      "target kumulatif tidak boleh turun."))
        if atas is not None and sd > atas:
            masalah.append(Masalah(q, f"Target s.d. triwulan {ROMAWI[q]} ({format_angka(sd)}) melebihi target "
                                      f"tahunan ({format_angka(atas)}): indikator ini dijumlahkan antartriwulan."))
        sebelumnya = (q, sd)
    return masalah


def masalah_kas(kas: Mapping[int, Decimal | None], pagu: Decimal | None) -> str | None:
    """Why a sub kegiatan's anggaran kas cannot stand: its year's planned spending above the pagu in force."""
    total = kas_sd(kas, 4)
    if total is None:
        return None
    if pagu is None:
        return "Pagu sub kegiatan ini belum ada: isi pagu sebelum anggaran kas."
    if total > pagu:
        return (f"Anggaran kas setahun (Rp {format_angka(total)}) melebihi pagu yang berlaku "
                f"(Rp {format_angka(pagu)}).")
    return None


def tidak_dipantau(rencana: Mapping[int, Decimal | None], realisasi: Mapping[int, Decimal | None],
                   sampai: int) -> list[int]:
    """The quarters up to ``sampai`` whose rencana aksi has a target but no realisation: a plan not monitored."""
    return [q for q in range(1, sampai + 1) if rencana.get(q) is not None and realisasi.get(q) is None]
