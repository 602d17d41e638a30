"""The import pages of a PD's planning files (the Renstra, the year's program tree): download the template
filled with what sakip holds, upload it back, see every change and every error, save all or nothing.

The imports themselves live in their apps (:mod:`sakip.domain.planning.impor`,
:mod:`sakip.domain.measurement.impor_program`) and run as ``sakip import renstra|program`` too; this module
only puts them on the PD's screens, with one page shape for both.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from django.urls import reverse

from sakip.core.scoping import Scope
from sakip.domain.measurement import impor_program
from sakip.domain.planning import impor as impor_renstra


@dataclass(frozen=True)
class JenisImporPd:
    kode: str
    judul: str
    parameter: tuple[str, ...]  # the query/form parameters the template and import take (years)
    templat: Callable[..., bytes]
    impor: Callable[..., object]  # returns something with kesalahan, perubahan, disimpan
    selesai: Callable[[str, dict[str, int]], str]  # where to go after saving

    def nama_berkas(self, slug: str, nilai: dict[str, int]) -> str:
        return "-".join([self.kode, slug, *(str(nilai[p]) for p in self.parameter)]) + ".xlsx"


JENIS = {
    "renstra": JenisImporPd(
        "renstra", "Renstra (tujuan, sasaran, indikator dan target)", ("tahun_mulai", "tahun_selesai"),
        lambda scope, slug, v: impor_renstra.templat(scope, slug, v["tahun_mulai"], v["tahun_selesai"]),
        lambda scope, slug, v, isi, simpan: impor_renstra.impor_renstra(scope, slug=slug, isi=isi, simpan=simpan),
        lambda slug, v: reverse("planning:tree", args=[slug]) + f"?tahun={v['tahun_mulai']}"),
    "program": JenisImporPd(
        "program", "Program, kegiatan, sub kegiatan, indikator, lokasi dan pagu satu tahun", ("tahun",),
        lambda scope, slug, v: impor_program.templat(scope, slug, v["tahun"]),
        lambda scope, slug, v, isi, simpan: impor_program.impor_program(scope, slug=slug, tahun=v["tahun"], isi=isi,
                                                                        simpan=simpan),
        lambda slug, v: reverse("planning:tree", args=[slug]) + f"?tahun={v['tahun']}"),
}


def nilai_awal(jenis: JenisImporPd, hari_ini: datetime.date | None = None) -> dict[str, int]:
    year = (hari_ini or datetime.date.today()).year
    return {"tahun_mulai": year, "tahun_selesai": year + 4} if jenis.kode == "renstra" else {"tahun": year}


def baca_nilai(jenis: JenisImporPd, data) -> dict[str, int] | None:
    """The years typed on the page (2000–2100, a Renstra of at most 10 years), or None when one is not valid."""
    try:
        nilai = {p: int(data.get(p, "")) for p in jenis.parameter}
    except ValueError:
        return None
    if any(not 2000 <= v <= 2100 for v in nilai.values()):
        return None
    if jenis.kode == "renstra" and not 0 <= nilai["tahun_selesai"] - nilai["tahun_mulai"] <= 9:
        return None
    return nilai


def jalankan(jenis: JenisImporPd, scope: Scope, slug: str, nilai: dict[str, int], isi: bytes, simpan: bool):
    return jenis.impor(scope, slug, nilai, isi, simpan)
