"""The dashboard of one PD-year, as one computed structure (screen, .xlsx, JSON).

Built on the LKjIP structure (:func:`sakip.domain.reporting.dokumen.build_lkjip`), which already holds the
four quarterly measurements and the data-quality checks, so the dashboard and the documents can
never disagree; plus the workflow states of the year and the IKM of every survey period. A fixed
number of queries whatever the number of indicators.

The plan of serapan is the anggaran kas s.d. each quarter over the pagu in force (the quarters' structure computes
it) when the PD has an anggaran kas for the year; else linear, n/4 of the pagu by the end of TW n, and said so.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal

from sakip.core.scoping import Scope
from sakip.documents.lembar import tabel_json
from sakip.domain.measurement.dokumen import Baris, akhir_triwulan
from sakip.domain.organisation.selectors import get_pd
from sakip.domain.reporting.dokumen import build_lkjip
from sakip.domain.survey.dokumen import Ikm, IkmPeriode, ikm_per_periode, ikm_tampil
from sakip.domain.workflow.models import BatasWaktu, Jenis, Pengajuan
from sakip.domain.workflow.selectors import JudulStatus
from sakip.rumus import alur
from sakip.rumus import capaian as rumus


@dataclass(frozen=True)
class IndikatorPd:
    indikator_id: int
    sasaran: str
    nama: str
    satuan: str
    target: str
    target_sumber: str
    realisasi: str
    capaian: rumus.Hasil
    kategori: rumus.Kategori | None
    jalur: tuple[Decimal | None, ...]  # capaian TW I–IV
    jalur_realisasi: tuple[str, ...]  # realisasi s.d. TW I–IV as printed

    @property
    def warna(self) -> str:
        return self.kategori.warna if self.kategori else "kosong"


@dataclass(frozen=True)
class ProgramPd:
    nama: str
    pagu: Decimal | None
    realisasi_anggaran: Decimal | None
    serapan: rumus.Hasil
    rencana: Decimal | None  # planned serapan s.d. the quarter, % (None: the PD has an anggaran kas, this program none)


LINEAR = "linear (anggaran kas belum diisi)"
ANGGARAN_KAS = "anggaran kas"


def rencana_linear(triwulan: int) -> Decimal:
    """The plan of serapan when no anggaran kas is held: n/4 of the pagu by the end of TW n."""
    return Decimal(25 * triwulan)


@dataclass(frozen=True)
class StatusAlur(JudulStatus):
    jenis: str
    triwulan: int
    tahun: int
    status: str
    batas: datetime.date | None = None

    @property
    def terlambat(self) -> bool:
        return alur.terlambat(self.status, self.batas, datetime.date.today())


@dataclass(frozen=True)
class DasborPd:
    slug: str
    nama: str
    pemda_nama: str
    tahun: int
    triwulan: int
    indikator: tuple[IndikatorPd, ...]
    program: tuple[ProgramPd, ...]
    pagu: Decimal
    realisasi_anggaran: Decimal
    serapan: rumus.Hasil
    rencana_serapan: Decimal | None  # planned serapan s.d. the quarter, % (None: no pagu to share)
    ikm: tuple[IkmPeriode, ...]  # every survey period of the PD
    alur: tuple[StatusAlur, ...]
    checks: tuple  # reporting.cek.Cek
    ikm_iku: Ikm = Ikm(None)  # "IKM" as every screen shows it (the IKM indicator s.d. the quarter)
    rencana_dasar: str = LINEAR  # what the plan rests on: ANGGARAN_KAS or LINEAR
    jalur_serapan: tuple[Decimal | None, ...] = ()  # serapan s.d. TW I–IV, %
    jalur_rencana: tuple[Decimal | None, ...] = ()  # planned serapan s.d. TW I–IV, % (the plan line)

    @property
    def nama_berkas(self) -> str:
        return f"dasbor-{self.slug}-{self.tahun}-tw{self.triwulan}"

    def as_json(self) -> dict:
        return {"unit": self.slug, "tahun": self.tahun, "triwulan": self.triwulan, "tabel": tabel_json(self.tabel())}

    def tabel(self) -> list[tuple[str, list[str], list[list]]]:
        """The tables of the page, for the .xlsx export: (title, header, rows)."""
        return [
            (f"Indikator TW {self.triwulan} {self.tahun}",
             ["Sasaran", "Indikator", "Satuan", "Target", "Sumber target", "Realisasi", "Capaian (%)", "Kategori",
              "Capaian TW I", "Capaian TW II", "Capaian TW III", "Capaian TW IV"],
             [[i.sasaran, i.nama, i.satuan, i.target, i.target_sumber, i.realisasi, i.capaian.nilai,
               i.kategori.nama if i.kategori else "", *i.jalur] for i in self.indikator]),
            ("Anggaran per program", ["Program", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)",
                                      f"Rencana (%): {self.rencana_dasar}"],
             [[p.nama, p.pagu, p.realisasi_anggaran, p.serapan.nilai, p.rencana] for p in self.program]),
            ("IKM per periode", ["Periode", "Responden", "IKM"], [[i.periode, i.responden, i.ikm] for i in self.ikm]),
            ("Alur persetujuan", ["Pekerjaan", "Status", "Batas pengajuan", "Terlambat"],
             [[a.judul, a.status_label, a.batas, "ya" if a.terlambat else ""] for a in self.alur]),
            ("Pemeriksaan data", ["Pemeriksaan", "Keterangan", "Letak"], [[c.kode, c.pesan, c.lokasi] for c in self.checks]),
            ("Serapan per triwulan", ["", "TW I", "TW II", "TW III", "TW IV"],
             [["Serapan (%)", *self.jalur_serapan], [f"Rencana (%): {self.rencana_dasar}", *self.jalur_rencana]]),
        ]


def triwulan_terakhir(dok) -> int:
    """The latest quarter with any IKU realisation (TW I when none)."""
    return max((p.triwulan for p in dok.triwulan if any(b.realisasi.nilai is not None for b in p.iku)), default=1)


def _ikm_iku(dok, triwulan: int) -> tuple[Decimal, int] | None:
    """The IKM indicator's value s.d. its latest measured quarter up to ``triwulan``, with that quarter."""
    for q in range(triwulan, 0, -1):
        row = next((b for b in dok.triwulan[q - 1].iku if b.peran == rumus.Peran.IKM), None)
        if row is None:
            return None
        if row.diukur:  # at TW IV the year's figure: an explicit annual realisation, else TW IV's
            nilai = row.realisasi_tahunan.nilai if q == 4 else row.realisasi.nilai
            return (nilai, q) if nilai is not None else None
    return None


def build_dasbor_pd(scope: Scope, slug: str, tahun: int, triwulan: int | None = None) -> DasborPd:
    dok = build_lkjip(scope, slug, tahun)
    tw = triwulan if triwulan in (1, 2, 3, 4) else triwulan_terakhir(dok)
    p = dok.triwulan[tw - 1]
    jalur: dict[int, list] = {b.indikator_id: [] for b in p.iku}
    teks: dict[int, list] = {b.indikator_id: [] for b in p.iku}
    for q in dok.triwulan:
        for b in q.iku:
            jalur.setdefault(b.indikator_id, []).append(b.capaian.nilai)
            teks.setdefault(b.indikator_id, []).append(b.realisasi.teks)
    indikator = tuple(IndikatorPd(b.indikator_id, b.sasaran, b.nama, b.satuan, b.target.teks, b.target_sumber,
                                  b.realisasi.teks, b.capaian, b.kategori, tuple(jalur[b.indikator_id]),
                                  tuple(teks[b.indikator_id])) for b in p.iku)
    kas = dok.triwulan[-1].rencana_kas is not None  # an anggaran kas for some quarter of the year
    jalur_rencana = tuple(_rencana(q, kas) for q in dok.triwulan)
    first: dict[str, Baris] = {}
    for baris in p.baris:  # a program with several indicators has several rows; its budget is on the first
        if baris.level == "program":
            first.setdefault(baris.kode, baris)
    direncanakan = {b.kode for b in dok.triwulan[-1].baris if b.level == "program" and b.rencana_kas is not None}
    program = tuple(ProgramPd(b.nama, b.pagu, b.realisasi_anggaran, b.serapan,
                              (persen_rencana(b.rencana_kas, b.rencana_serapan) if b.kode in direncanakan else None)
                              if kas else rencana_linear(tw))
                    for b in first.values())
    rows = {(r.jenis, r.triwulan): r.status for r in Pengajuan.objects.within(scope).filter(pd__slug=slug, tahun=tahun)}
    pd = get_pd(scope, slug)
    batas = {(b.jenis, b.triwulan): b.tanggal for b in BatasWaktu.objects.within(scope).filter(
        pemda_id=pd.pemda_id, tahun=tahun)}
    status = tuple(StatusAlur(j, n, tahun, rows.get((j, n), alur.DRAFT), batas.get((j, n)))
                   for j, n in ((Jenis.PK, 0), *((Jenis.PENGUKURAN, n) for n in (1, 2, 3, 4))))
    periode = ikm_per_periode(scope, [pd.pk])
    ikm = ikm_tampil(_ikm_iku(dok, tw), periode, akhir_triwulan(tahun, tw))
    return DasborPd(slug, dok.unit_nama, dok.pemda_nama, tahun, tw, indikator, program, p.pagu,
                    p.realisasi_anggaran, p.serapan, jalur_rencana[tw - 1], tuple(periode), status, dok.checks, ikm,
                    ANGGARAN_KAS if kas else LINEAR, tuple(q.serapan.nilai for q in dok.triwulan), jalur_rencana)


def persen_rencana(kas: Decimal | None, rencana: rumus.Hasil) -> Decimal | None:
    """The planned serapan of a row of a PD that holds an anggaran kas: 0 where nothing is planned s.d. the quarter
    (spending planned for later quarters only), None where there is no pagu to share."""
    if kas is None:
        return Decimal(0)
    return rencana.nilai


def _rencana(p, kas: bool) -> Decimal | None:
    """The planned serapan of the PD s.d. quarter ``p`` (a quarter's structure): its anggaran kas, else linear."""
    return persen_rencana(p.rencana_kas, p.rencana_serapan) if kas else rencana_linear(p.triwulan)
