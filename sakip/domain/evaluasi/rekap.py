"""The pemda's view of its evaluations: every PD's Nilai AKIP and predikat side by side, per komponen, with the
year before; and what waits for the evaluator (evaluations in review, follow-ups to verify).

Every figure is the one :func:`sakip.domain.evaluasi.dokumen.susun` computes with :mod:`sakip.rumus.lke`, the
same as the worksheet's. Eight queries, whatever the number of PD, years and criteria.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sakip.core.scoping import Scope
from sakip.domain.evaluasi.dokumen import KomponenDok, nilai_akip, susun
from sakip.domain.evaluasi.models import Evaluasi, KomponenLke, TindakLanjut
from sakip.domain.evaluasi.selectors import jawaban, komponen_lke
from sakip.domain.evaluasi.tindak_lanjut import menunggu_verifikasi
from sakip.domain.organisation.models import PerangkatDaerah
from sakip.rumus import lke as rumus
from sakip.rumus.angka import format_angka


def _teks(nilai: Decimal | None) -> str:
    return "-" if nilai is None else format_angka(rumus.bulat(nilai), 2)


@dataclass(frozen=True)
class NilaiTahun:
    """One PD's evaluation of one year as the view shows it (None: not started)."""

    evaluasi: Evaluasi | None
    komponen: dict[str, Decimal]  # komponen code → nilai (unrounded)
    nilai: Decimal | None

    @property
    def teks(self) -> str:
        return _teks(self.nilai)

    @property
    def predikat(self) -> str:
        return "" if self.nilai is None else rumus.predikat(self.nilai).huruf

    @property
    def final(self) -> bool:
        return self.evaluasi is not None and self.evaluasi.tahap == Evaluasi.Tahap.FINAL


@dataclass(frozen=True)
class SelKomponen:
    kode: str
    ini: str
    lalu: str


@dataclass(frozen=True)
class BarisRekap:
    pd: PerangkatDaerah
    ini: NilaiTahun
    lalu: NilaiTahun
    sel: tuple[SelKomponen, ...]

    @property
    def selisih(self) -> str:
        """The change of the Nilai AKIP from the year before, signed ("" unless both years have one)."""
        if self.ini.nilai is None or self.lalu.nilai is None:
            return ""
        d = rumus.bulat(self.ini.nilai) - rumus.bulat(self.lalu.nilai)
        return ("+" if d > 0 else "") + format_angka(d, 2)


@dataclass(frozen=True)
class Rekap:
    tahun: int
    komponen: tuple[tuple[str, str], ...]  # (kode, nama) of the year's worksheet (else the year before's)
    baris: tuple[BarisRekap, ...]
    reviu: tuple[Evaluasi, ...]  # evaluations of the pemda waiting for the evaluator's review (any year)
    verifikasi: tuple[TindakLanjut, ...]  # follow-ups marked done, to verify


def _nilai(evaluasi: Evaluasi | None, per_lke: dict[int, list[KomponenLke]], isian) -> NilaiTahun:
    if evaluasi is None:
        return NilaiTahun(None, {}, None)
    komponen: tuple[KomponenDok, ...] = susun(per_lke.get(evaluasi.lke_id, []), evaluasi.pk, isian)
    return NilaiTahun(evaluasi, {k.kode: k.nilai for k in komponen}, nilai_akip(komponen))


def rekap_pemda(scope: Scope, pemda_id: int, tahun: int) -> Rekap:
    """The view of the pemda's evaluations of ``tahun`` and ``tahun - 1``: eight queries."""
    pds = list(PerangkatDaerah.objects.within(scope).filter(pemda_id=pemda_id).order_by("jenis", "nama"))
    evaluasi = list(Evaluasi.objects.within(scope).filter(pemda_id=pemda_id, tahun__in=[tahun, tahun - 1]))
    lke_ids = {e.lke_id for e in evaluasi}
    per_lke: dict[int, list[KomponenLke]] = {}
    for kom in komponen_lke(scope, lke_ids) if lke_ids else []:
        per_lke.setdefault(kom.lke_id, []).append(kom)
    isian = jawaban(scope, [e.pk for e in evaluasi]) if evaluasi else {}
    per_pd = {(e.pd_id, e.tahun): e for e in evaluasi}
    lke_tahun = next((e.lke_id for e in evaluasi if e.tahun == tahun), None)
    lke_tahun = lke_tahun or next((e.lke_id for e in evaluasi), None)
    komponen = tuple((k.kode, k.nama) for k in per_lke.get(lke_tahun, [])) if lke_tahun else ()
    baris = []
    for pd in pds:
        ini = _nilai(per_pd.get((pd.pk, tahun)), per_lke, isian)
        lalu = _nilai(per_pd.get((pd.pk, tahun - 1)), per_lke, isian)
        sel = tuple(SelKomponen(kode, _teks(ini.komponen.get(kode)), _teks(lalu.komponen.get(kode)))
                    for kode, _ in komponen)
        baris.append(BarisRekap(pd, ini, lalu, sel))
    reviu = tuple(Evaluasi.objects.within(scope).filter(pemda_id=pemda_id, tahap=Evaluasi.Tahap.REVIU)
                  .select_related("pd").order_by("-tahun", "pd__nama"))
    return Rekap(tahun, komponen, tuple(baris), reviu, tuple(menunggu_verifikasi(scope, pemda_id)))
