"""What an item still lacks before it is submitted, asked of the apps that own its data.

The workflow knows the states, not the data: a quarter's indicators, evidence and budget lines belong to
measurement, which sits above the workflow and so cannot be imported here. As with the planning lock
(:mod:`sakip.core.kunci`), the owner registers its check when Django starts (``measurement.apps``):
``daftar("pengukuran", fn)`` with ``fn(scope, pd, tahun, triwulan) -> Kelengkapan``. The panel shows the
result before "Ajukan untuk verifikasi", and :func:`sakip.domain.workflow.services.jalankan` refuses to
submit an incomplete item unless the user confirmed it. An item of a kind nobody registered (the PK) has
no completeness check.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sakip.core.scoping import Scope
from sakip.domain.organisation.models import PerangkatDaerah


@dataclass(frozen=True)
class Temuan:
    """One row that lacks something: what it is, where to fix it (an anchor on the item's page or a URL)
    and, for a failing check, what fails."""

    nama: str
    tautan: str = ""
    pesan: str = ""
    kode: str = ""


@dataclass(frozen=True)
class Kelompok:
    """One kind of gap: ``label`` is the noun phrase after the count ("indikator belum diisi"), ``dari`` the
    number of rows it is counted among (``None`` when a total means nothing, as for checks)."""

    kode: str
    label: str
    temuan: tuple[Temuan, ...]
    dari: int | None = None

    @property
    def jumlah(self) -> int:
        return len(self.temuan)

    @property
    def ringkas(self) -> str:
        """“23 dari 45 indikator belum diisi”, “1 pemeriksaan gagal”."""
        return f"{self.jumlah} dari {self.dari} {self.label}" if self.dari is not None else f"{self.jumlah} {self.label}"


@dataclass(frozen=True)
class Kelengkapan:
    """The gaps of one item, by kind, in the order the panel lists them."""

    kelompok: tuple[Kelompok, ...]

    @property
    def lengkap(self) -> bool:
        return not any(k.temuan for k in self.kelompok)

    @property
    def kurang(self) -> tuple[Kelompok, ...]:
        """The kinds with at least one gap."""
        return tuple(k for k in self.kelompok if k.temuan)

    @property
    def ringkasan(self) -> str:
        """“23 dari 45 indikator belum diisi · 20 tanpa bukti dukung · 1 pemeriksaan gagal” (gaps only)."""
        return " · ".join(k.ringkas for k in self.kurang)

    def jumlah(self, kode: str) -> int:
        return sum(k.jumlah for k in self.kelompok if k.kode == kode)


Penilai = Callable[[Scope, PerangkatDaerah, int, int], Kelengkapan]
_penilai: dict[str, Penilai] = {}


def daftar(jenis: str, penilai: Penilai) -> None:
    """Register ``penilai(scope, pd, tahun, triwulan)`` as the completeness check of items of ``jenis``."""
    _penilai[jenis] = penilai


def periksa(scope: Scope, pd: PerangkatDaerah, jenis: str, tahun: int, triwulan: int) -> Kelengkapan | None:
    """The gaps of an item as ``scope`` sees them; ``None`` when its kind has no registered check."""
    penilai = _penilai.get(jenis)
    return penilai(scope, pd, tahun, triwulan) if penilai is not None else None
