"""Proposed LKE answers from what sakip already holds (PermenPANRB 88/2021). Pure Python, no Django.

A few criteria of the worksheet can be judged from facts sakip keeps: the Renstra of the period (1.a.3), the PK of
the year and its approval (1.a.4), the indicators' operational definitions (2.a.2), the quarterly measurements
submitted on time and approved (2.b.4, 3.a.2), the LKjIP's report date and its publication on the portal (3.a.1,
3.a.5, 3.a.6) and how last year's recommendations were followed up (4.c.1). For those, :func:`usulan` proposes an answer
with its reason; the PD (in its self-assessment) or the evaluator (in review) accepts it or types another. Every
other criterion needs a person's judgement: no proposal.

Shares are read on the 88/2021 scale's own words (``ARTI_88``): all → BB ("seluruh kriteria terpenuhi sesuai mandat
kebijakan nasional"; AA and A need several years' sustainability, which one year's facts cannot show), more than
75 % → B, more than 50 % → CC, more than 25 % → C, more than 0 % → D (started), none → E.

The LKjIP is due two months after the year ends (PermenPANRB 53/2014, Bab IV: the laporan kinerja of a perangkat
daerah reaches the kepala daerah "paling lambat 2 (dua) bulan setelah tahun anggaran berakhir"): the last day of
February of the next year. Criterion 3.a.6 ("Dokumen Laporan Kinerja telah disampaikan tepat waktu") is judged by
the day the LKjIP was first published on sakip's portal, taken as the day it was delivered, against that deadline
and, while it is not published, against today (``Fakta.hari_ini``, given as data so this module stays pure):

- published on or before the deadline → BB; published after it → D (late, but done);
- not published and the deadline has passed → E;
- not published and the deadline not passed yet: no proposal — it may still be published on time — unless the
  report date already lies after the deadline, which no publication can mend → D.

The report date alone never proposes BB for 3.a.6: a date typed on the profile is not a delivery. A pemda that
delivers its LKjIPs elsewhere than sakip's portal gets E; the PD or the evaluator types its own answer then.
Criterion 3.a.5 ("telah dipublikasikan") takes the publication alone: published → BB whenever it was; not
published → E once the deadline has passed, no proposal before. Criterion 3.a.1 (the LKjIP exists) takes either
fact: a report date or a publication.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction

from sakip.rumus import alur
from sakip.rumus.angka import format_angka
from sakip.rumus.capaian import ROMAWI

SKALA = "88/2021"  # proposals are given on this scale only


def tanggal(d: date | None) -> str:
    return "-" if d is None else f"{d:%d-%m-%Y}"


@dataclass(frozen=True)
class RenstraFakta:
    mulai: int
    selesai: int
    indikator: int  # tujuan and sasaran indicators
    iku: int
    definisi: int  # of them with an operational definition
    formula: int  # of them with a formula (or numerator and denominator)
    lengkap: int  # with both

    @property
    def periode(self) -> str:
        return f"{self.mulai}–{self.selesai}"


@dataclass(frozen=True)
class VersiPk:
    nomor: int
    tanggal: date
    alasan: str


@dataclass(frozen=True)
class TriwulanFakta:
    triwulan: int
    status: str  # alur.STATUS
    batas: date | None  # the submission deadline
    diajukan: date | None  # first submitted on
    disetujui: date | None  # last approved on

    @property
    def tepat_waktu(self) -> bool:
        """Submitted on or before its deadline (any date when there is none)."""
        return self.diajukan is not None and (self.batas is None or self.diajukan <= self.batas)

    @property
    def selesai(self) -> bool:
        return self.status == alur.DISETUJUI

    @property
    def teks(self) -> str:
        batas = f" (batas {tanggal(self.batas)})" if self.batas else ""
        if self.diajukan is None:
            return f"TW {ROMAWI[self.triwulan]} belum diajukan{batas}"
        telat = "" if self.tepat_waktu else ", terlambat"
        setuju = f", disetujui {tanggal(self.disetujui)}" if self.selesai else f", status {alur.STATUS[self.status]}"
        return f"TW {ROMAWI[self.triwulan]} diajukan {tanggal(self.diajukan)}{batas}{telat}{setuju}"


@dataclass(frozen=True)
class SkmFakta:
    kode: str
    nama: str
    ditutup: bool
    rtl: int
    fkp: date | None
    laporan: date | None
    diterbitkan: bool


@dataclass(frozen=True)
class EvaluasiLalu:
    tahun: int
    final: bool
    tahap_label: str
    rekomendasi: int  # criteria with a recommendation
    selesai: int  # their follow-up finished and verified by the Inspektorat
    proses: int  # their follow-up under way or finished but not verified


@dataclass(frozen=True)
class Fakta:
    """What sakip holds about one PD's year, as the worksheet needs it."""

    tahun: int
    renstra: RenstraFakta | None
    pk: tuple[VersiPk, ...]
    status_pk: str
    triwulan: tuple[TriwulanFakta, ...]  # the four quarters
    bukti_berkas: int  # evidence files of the year's realisations
    bukti_indikator: int  # indicators with at least one
    lkjip_tanggal: date | None  # the LKjIP's report date (Bab I profile), None when not set
    ada_profil: bool
    skm: tuple[SkmFakta, ...]
    evaluasi_lalu: EvaluasiLalu | None
    lkjip_terbit: date | None  # the day (local) the LKjIP was first published on the portal, None when not
    hari_ini: date  # the day (local) the facts were read: whether the LKjIP's deadline has passed

    @property
    def ada_renstra(self) -> bool:
        return self.renstra is not None

    @property
    def ada_lkjip(self) -> bool:
        return self.lkjip_tanggal is not None or self.lkjip_terbit is not None


@dataclass(frozen=True)
class Usulan:
    nilai: str
    alasan: str


def bagian(n: int | Fraction, total: int) -> str | None:
    """The 88/2021 answer for ``n`` of ``total`` fulfilled (None when there is nothing to count)."""
    if total <= 0:
        return None
    p = Fraction(n) / total
    if p >= 1:
        return "BB"
    for batas, huruf in ((Fraction(3, 4), "B"), (Fraction(1, 2), "CC"), (Fraction(1, 4), "C"), (Fraction(0), "D")):
        if p > batas:
            return huruf
    return "E"


def _persen(n: int | Fraction, total: int) -> str:
    return format_angka(float(Fraction(n) / total * 100), 2) + "%"


def batas_lkjip(tahun: int) -> date:
    """The last day of February after ``tahun``: two months after the year ends."""
    return date(tahun + 1, 3, 1) - timedelta(days=1)


def _renstra(f: Fakta) -> Usulan | None:
    r = f.renstra
    if r is None:
        return Usulan("E", f"Tidak ada Renstra yang mencakup tahun {f.tahun} di sakip.")
    if not r.indikator:
        return Usulan("D", f"Renstra {r.periode} ada, tetapi belum memuat indikator tujuan/sasaran.")
    return Usulan("BB", f"Renstra {r.periode} ada di sakip dengan {r.indikator} indikator tujuan/sasaran "
                        f"({r.iku} IKU).")


def _pk(f: Fakta) -> Usulan | None:
    if not f.pk:
        return Usulan("E", f"Belum ada Perjanjian Kinerja tahun {f.tahun} di sakip.")
    akhir = f.pk[-1]
    versi = f"PK tahun {f.tahun} ({len(f.pk)} versi, terakhir versi {akhir.nomor} tanggal {tanggal(akhir.tanggal)})"
    if f.status_pk == alur.DISETUJUI:
        return Usulan("BB", f"{versi} telah disetujui.")
    if f.status_pk in (alur.DIAJUKAN, alur.DIVERIFIKASI):
        return Usulan("C", f"{versi} masih dalam proses persetujuan ({alur.STATUS[f.status_pk]}).")
    return Usulan("D", f"{versi} belum diajukan untuk persetujuan ({alur.STATUS[f.status_pk]}).")


def _definisi(f: Fakta) -> Usulan | None:
    r = f.renstra
    if r is None or not r.indikator:
        return None
    # An indicator with both its definition and its formula counts whole, with one of them half.
    separuh = r.definisi + r.formula - 2 * r.lengkap
    n = r.lengkap + Fraction(separuh, 2)
    huruf = bagian(n, r.indikator)
    assert huruf is not None
    return Usulan(huruf, f"Dari {r.indikator} indikator tujuan/sasaran Renstra {r.periode}: {r.lengkap} memiliki "
                         f"definisi operasional dan formula, {separuh} hanya salah satunya (dihitung separuh) — "
                         f"{_persen(n, r.indikator)}.")


def _berkala(f: Fakta) -> Usulan | None:
    n = sum(1 for t in f.triwulan if t.tepat_waktu and t.selesai)
    huruf = bagian(n, 4)
    assert huruf is not None
    rinci = "; ".join(t.teks for t in f.triwulan)
    return Usulan(huruf, f"{n} dari 4 triwulan diajukan tepat waktu dan disetujui: {rinci}.")


def _laporan_berkala(f: Fakta) -> Usulan | None:
    n = sum(1 for t in f.triwulan if t.selesai)
    huruf = bagian(n, 4)
    assert huruf is not None
    return Usulan(huruf, f"{n} dari 4 laporan pengukuran kinerja triwulan tahun {f.tahun} telah disetujui.")


def _lkjip(f: Fakta) -> Usulan | None:
    if f.lkjip_tanggal is None and f.lkjip_terbit is not None:
        return Usulan("BB", f"LKjIP tahun {f.tahun} diterbitkan di portal pada {tanggal(f.lkjip_terbit)} (tanggal "
                            f"laporan belum diisi pada profil Bab I).")
    if f.lkjip_tanggal is None:
        ket = "profil Bab I ada, tetapi tanggal laporan belum diisi" if f.ada_profil else "profil Bab I belum diisi"
        return Usulan("E", f"LKjIP tahun {f.tahun} belum disusun di sakip ({ket}).")
    return Usulan("BB", f"LKjIP tahun {f.tahun} disusun di sakip, tanggal laporan {tanggal(f.lkjip_tanggal)}.")


def _lkjip_terbit(f: Fakta) -> Usulan | None:
    """3.a.5: published at all (see the module's docstring)."""
    if f.lkjip_terbit is not None:
        return Usulan("BB", f"LKjIP tahun {f.tahun} diterbitkan di portal pada {tanggal(f.lkjip_terbit)}.")
    batas = batas_lkjip(f.tahun)
    if f.hari_ini > batas:
        return Usulan("E", f"LKjIP tahun {f.tahun} belum diterbitkan di portal, batas {tanggal(batas)} (2 bulan "
                           f"setelah tahun anggaran berakhir) terlewati.")
    return None


def _lkjip_tepat(f: Fakta) -> Usulan | None:
    """3.a.6 by the first publication on the portal (see the module's docstring)."""
    batas = batas_lkjip(f.tahun)
    tenggat = f"batas {tanggal(batas)} (2 bulan setelah tahun anggaran berakhir)"
    t = f.lkjip_terbit
    if t is not None:
        if t <= batas:
            return Usulan("BB", f"LKjIP tahun {f.tahun} diterbitkan di portal pada {tanggal(t)}, "
                                f"{'sebelum' if t < batas else 'tepat pada'} {tenggat}.")
        return Usulan("D", f"LKjIP tahun {f.tahun} diterbitkan di portal pada {tanggal(t)}, melewati {tenggat}.")
    if f.hari_ini > batas:
        laporan = f" Tanggal laporan {tanggal(f.lkjip_tanggal)}." if f.lkjip_tanggal else ""
        return Usulan("E", f"LKjIP tahun {f.tahun} belum diterbitkan di portal, {tenggat} terlewati.{laporan}")
    if f.lkjip_tanggal is not None and f.lkjip_tanggal > batas:
        return Usulan("D", f"LKjIP tahun {f.tahun} belum diterbitkan di portal dan tanggal laporannya "
                           f"{tanggal(f.lkjip_tanggal)} melewati {tenggat}.")
    return None


def _tindak_lanjut(f: Fakta) -> Usulan | None:
    e = f.evaluasi_lalu
    if e is None or not e.final:
        return None
    if not e.rekomendasi:
        return Usulan("BB", f"Evaluasi AKIP tahun {e.tahun} tidak memberikan rekomendasi.")
    huruf = bagian(e.selesai, e.rekomendasi)
    assert huruf is not None
    return Usulan(huruf, f"Dari {e.rekomendasi} rekomendasi evaluasi AKIP tahun {e.tahun}: {e.selesai} selesai "
                         f"ditindaklanjuti dan diverifikasi, {e.proses} dalam proses atau belum diverifikasi.")


ATURAN: dict[str, Callable[[Fakta], Usulan | None]] = {
    "1.a.3": _renstra,
    "1.a.4": _pk,
    "2.a.2": _definisi,
    "2.b.4": _berkala,
    "3.a.1": _lkjip,
    "3.a.2": _laporan_berkala,
    "3.a.5": _lkjip_terbit,
    "3.a.6": _lkjip_tepat,
    "4.c.1": _tindak_lanjut,
}


def usulan(kode: str, skala: str, fakta: Fakta) -> Usulan | None:
    """The proposed answer of criterion ``kode`` on ``skala`` from ``fakta``; None when the facts cannot judge it."""
    aturan = ATURAN.get(kode)
    if aturan is None or skala != SKALA:
        return None
    return aturan(fakta)
