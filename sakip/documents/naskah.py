"""Long documents (SKM report, LKjIP) as a list of sections that Word, PDF and Excel render.

A section has a heading (level 1–3) and parts: paragraphs (str), tables (``Tabel``), pictures
(``Gambar``, PNG bytes from :mod:`sakip.documents.grafik`), signatures (``TandaTangan``,
``TandaTanganDua``) and page breaks (``HALAMAN_BARU``). Every figure is formatted before it gets here,
so the Word file and the PDF show the same text. Wide tables ask for a landscape page. ``nomori``
numbers the tables of each chapter (“Tabel 3.2”) and the pictures (“Gambar 1”) and gives the list for
Daftar Tabel. Plain data: :mod:`sakip.documents.word` and :mod:`sakip.documents.typst` render it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

ROMAWI = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6}


@dataclass
class Tabel:
    judul: str
    kepala: tuple[str, ...]
    baris: Sequence[tuple[str, ...]]
    lebar: bool = False  # wide: put it on a landscape page
    catatan: str = ""  # printed under the table, e.g. “Sumber: …”
    nomor: str = ""  # set by ``nomori``: “Tabel 3.2”

    @property
    def label(self) -> str:
        return f"{self.nomor} {self.judul}".strip()


@dataclass
class Gambar:
    judul: str
    sumber: bytes | Callable[[], bytes]  # PNG bytes, or a function drawing them when first rendered
    nomor: str = ""

    @cached_property
    def png(self) -> bytes:
        """Drawn on first use: a renderer that prints no pictures (the Excel sheets) never draws them."""
        return self.sumber() if callable(self.sumber) else self.sumber

    @property
    def label(self) -> str:
        return f"{self.nomor} {self.judul}".strip()


@dataclass
class Bagian:
    judul: str
    isi: list = field(default_factory=list)  # str, Tabel, Gambar, TandaTangan, TandaTanganDua, HALAMAN_BARU
    tingkat: int = 1
    halaman_baru: bool = False  # start on a new page


@dataclass(frozen=True)
class TandaTangan:
    tempat_tanggal: str
    jabatan: str
    nama: str
    nip: str
    pangkat: str = ""


@dataclass(frozen=True)
class TandaTanganDua:
    """Two signatures side by side (a PK): each is (heading, nama, pangkat, NIP)."""

    tempat_tanggal: str
    kiri: tuple[str, str, str, str]
    kanan: tuple[str, str, str, str]


HALAMAN_BARU = object()


def nomori(bagian: list[Bagian]) -> list[str]:
    """Number tables per chapter (“BAB III …” → Tabel 3.1, 3.2, …) and pictures throughout; tables
    outside a numbered chapter (Lampiran) stay unnumbered. Returns the labels, in order, for Daftar Tabel."""
    bab, n_tabel, n_gambar, daftar = None, 0, 0, []
    for section in bagian:
        if section.tingkat == 1:
            match = re.match(r"BAB ([IVX]+)\b", section.judul)
            bab, n_tabel = (ROMAWI.get(match.group(1)) if match else None), 0
        for part in section.isi:
            if isinstance(part, Tabel) and bab and part.judul:
                n_tabel += 1
                part.nomor = f"Tabel {bab}.{n_tabel}"
                daftar.append(part.label)
            elif isinstance(part, Gambar):
                n_gambar += 1
                part.nomor = f"Gambar {n_gambar}"
                daftar.append(part.label)
    return daftar
