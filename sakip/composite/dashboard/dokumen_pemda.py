"""The pemda dashboard: every PD of a pemda side by side for a year and quarter, as one computed
structure (screen, .xlsx and JSON render it), in a fixed number of queries whatever the number of PD.

Per PD: the capaian of each IKU indicator at the quarter (target: the PK in force at the quarter's
end, else the Renstra — the rule of the quarterly measurement), their mean, the count per colour of
the pemda's category scale; the IKM (the latest SKM period of the year, else the IKM indicator's
realisation); pagu, spending and serapan against the plan (the anggaran kas s.d. the quarter over the pagu when
the PD holds one for the year, else linear: n/4 of the pagu by the end of TW n, as the PD's dashboard); and where the
quarter stands in the workflow.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property

from django.db.models import Q
from django.http import Http404

from sakip.composite.dashboard.dokumen_pd import ANGGARAN_KAS, LINEAR, persen_rencana, rencana_linear
from sakip.core.scoping import Scope
from sakip.documents.lembar import tabel_json
from sakip.domain.agreement.selectors import versi_berlaku
from sakip.domain.measurement.dokumen import Nilai, akhir_triwulan, anggaran_per_sub, kinerja, tahunan, tampil, target_berlaku
from sakip.domain.measurement.models import AnggaranKas, BelanjaTanpaRincian, Pagu, RealisasiAnggaran
from sakip.domain.measurement.selectors import TargetBaris, baris_belanja, baris_pagu, indikator_bernilai, versi_pk
from sakip.domain.organisation.models import Pemda, PerangkatDaerah
from sakip.domain.planning.selectors import indikator_sasaran
from sakip.domain.survey.dokumen import IkmPeriode, ikm_per_periode, ikm_tampil
from sakip.domain.workflow.models import Pengajuan
from sakip.rumus import alur
from sakip.rumus import capaian as rumus
from sakip.rumus import rencana_aksi as rumus_rencana
from sakip.rumus.capaian import Peran

WARNA = ("hijau", "kuning", "merah")
URUTAN = {
    "capaian": lambda b: (b.capaian_rata is None, -(b.capaian_rata or 0)),
    "serapan": lambda b: (b.serapan.nilai is None, -(b.serapan.nilai or 0)),
    "ikm": lambda b: (b.ikm is None, -(b.ikm or 0)),
    "nama": lambda b: b.nama,
}


@dataclass(frozen=True)
class CapaianIndikator:
    indikator_id: int
    nama: str
    satuan: str
    target: Nilai
    target_sumber: str
    realisasi: Nilai  # s.d. the quarter, by the indicator's aggregation ("-" when not measured yet)
    capaian: rumus.Hasil
    kategori: rumus.Kategori | None
    peran: str = ""

    @property
    def warna(self) -> str:
        return self.kategori.warna if self.kategori else "kosong"


@dataclass
class BarisPd:
    slug: str
    nama: str
    indikator: list[CapaianIndikator] = field(default_factory=list)
    ikm: Decimal | None = None  # the IKM indicator's realisation s.d. the quarter (IKU), the documented "IKM"
    ikm_iku: tuple[Decimal, int] | None = None  # (the IKM indicator's value, its latest measured quarter)
    ikm_sumber: str = ""
    ikm_skm: Decimal | None = None  # the latest SKM period's result by the quarter's end, when it differs
    ikm_skm_periode: str = ""
    pagu: Decimal = Decimal(0)
    realisasi_anggaran: Decimal = Decimal(0)
    serapan: rumus.Hasil = field(default_factory=lambda: rumus.Hasil(None, "tanpa pagu"))
    rencana_serapan: Decimal | None = None  # planned serapan s.d. the quarter, %
    rencana_dasar: str = LINEAR  # what the plan rests on: the PD's anggaran kas, else linear
    status: str = alur.DRAFT
    peringkat: int = 0

    @cached_property
    def capaian_rata(self) -> Decimal | None:
        """The mean capaian (read by the ranking, the page and the export: computed once, after the build)."""
        values = [i.capaian.nilai for i in self.indikator if i.capaian.nilai is not None]
        return rumus.bulatkan(sum(values, Decimal(0)) / len(values)) if values else None

    @cached_property
    def jumlah_warna(self) -> dict[str, int]:
        counts = dict.fromkeys((*WARNA, "kosong"), 0)
        for i in self.indikator:
            counts[i.warna] += 1
        return counts

    @property
    def status_label(self) -> str:
        return alur.STATUS[self.status]

    @property
    def linear(self) -> bool:
        """Whether the plan of serapan is the linear one (no anggaran kas of the year)."""
        return self.rencana_dasar == LINEAR


@dataclass
class DasborPemda:
    pemda_slug: str
    pemda_nama: str
    tahun: int
    triwulan: int
    rencana_serapan: Decimal  # the linear plan, of every PD without an anggaran kas of the year
    baris: list[BarisPd]

    def pilih(self, *, urut: str = "capaian", status: str = "", warna: str = "") -> DasborPemda:
        """Ranked by ``urut`` (1 = best), filtered by workflow status and by a colour some indicator has."""
        ranked = sorted(self.baris, key=URUTAN.get(urut, URUTAN["capaian"]))
        for i, b in enumerate(ranked, start=1):
            b.peringkat = i
        kept = [b for b in ranked if (not status or b.status == status)
                and (not warna or b.jumlah_warna.get(warna, 0) > 0)]
        return DasborPemda(self.pemda_slug, self.pemda_nama, self.tahun, self.triwulan, self.rencana_serapan, kept)

    @property
    def nama_berkas(self) -> str:
        return f"dasbor-{self.pemda_slug}-{self.tahun}-tw{self.triwulan}"

    def as_json(self) -> dict:
        return {"pemda": self.pemda_slug, "tahun": self.tahun, "triwulan": self.triwulan,
                "tabel": tabel_json(self.tabel())}

    def tabel(self) -> list[tuple[str, list[str], list[list]]]:
        """The tables of the page, for the .xlsx export: (title, header, rows)."""
        ringkas = [[b.peringkat, b.nama, b.capaian_rata, *(b.jumlah_warna[w] for w in (*WARNA, "kosong")), b.ikm,
                    b.ikm_sumber, b.ikm_skm, b.ikm_skm_periode, b.pagu, b.realisasi_anggaran, b.serapan.nilai,
                    b.rencana_serapan, b.status_label, b.rencana_dasar]
                   for b in self.baris]
        rinci = [[b.nama, i.nama, i.satuan, i.target.teks, i.target_sumber, i.realisasi.nilai, i.capaian.nilai,
                  i.kategori.nama if i.kategori else ""] for b in self.baris for i in b.indikator]
        return [
            (f"Ringkasan TW {self.triwulan} {self.tahun}",
             ["Peringkat", "Perangkat daerah", "Rata-rata capaian (%)", "Hijau", "Kuning", "Merah", "Belum ada",
              "IKM", "Sumber IKM", "IKM hasil SKM (bila berbeda)", "Periode SKM", "Pagu (Rp)",
              "Realisasi anggaran (Rp)", "Serapan (%)", "Rencana serapan (%)", "Status alur", "Dasar rencana"],
             ringkas),
            ("Capaian per indikator", ["Perangkat daerah", "Indikator", "Satuan", "Target", "Sumber target",
                                       "Realisasi", "Capaian (%)", "Kategori"], rinci),
        ]


def build_dasbor_pemda(scope: Scope, pemda_slug: str, tahun: int, triwulan: int) -> DasborPemda:
    """The dashboard of every PD of the pemda the scope reaches, read as plain rows (no model instance per PD,
    indicator or budget line): ten queries whatever the number of PD."""
    with _tanpa_gc():
        return _build(scope, pemda_slug, tahun, triwulan)


@contextmanager
def _tanpa_gc() -> Iterator[None]:
    """CPython's cycle collector paused while the dashboard is built. The build reads ~100 rows per PD into tuples,
    dictionaries and lists that live until it returns and form no cycle; with the collector on, its full passes
    traverse every live object of the process (~100.000 after Django's start-up) again and again as those rows
    accumulate, which made the build grow faster than the number of PD (500 PD: ~40 % of the build's CPU time).
    Pausing it only postpones the collection of cycles to the next pass after the build."""
    aktif = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if aktif:
            gc.enable()


def _build(scope: Scope, pemda_slug: str, tahun: int, triwulan: int) -> DasborPemda:
    pemda = Pemda.objects.within(scope).filter(slug=pemda_slug).first()
    if pemda is None or triwulan not in (1, 2, 3, 4):
        raise Http404("Pemda tidak ditemukan.")
    pds = list(PerangkatDaerah.objects.within(scope).filter(pemda=pemda).order_by("nama").only("slug", "nama"))
    baris = {pd.pk: BarisPd(pd.slug, pd.nama) for pd in pds}
    # Budget lines, spending, PK and workflow rows are read by pemda within the scope, which reaches exactly these
    # PD: a filter on the pemda rather than a list of (up to hundreds of) PD.
    _capaian(scope, pemda, pds, tahun, triwulan, baris)
    _ikm(scope, pds, tahun, triwulan, baris)
    _anggaran(scope, pemda, tahun, triwulan, baris)
    for pd_id, status in Pengajuan.objects.within(scope).filter(
            pemda=pemda, jenis="pengukuran", tahun=tahun, triwulan=triwulan).values_list("pd_id", "status"):
        if pd_id in baris:
            baris[pd_id].status = status
    return DasborPemda(pemda.slug, pemda.nama, tahun, triwulan, rencana_linear(triwulan), list(baris.values())).pilih()


def _capaian(scope, pemda, pds, tahun: int, triwulan: int, baris: dict[int, BarisPd]) -> None:
    """Each PD's sasaran indicators at the quarter by the one rule of the grid (:func:`kinerja`): the indicators
    with their targets, realisations and (at TW IV) annual values in one query, the PK versions in another."""
    indikator = indikator_bernilai(indikator_sasaran(scope, pds, tahun), tahun, sampai=triwulan,
                                   tahunan=triwulan == 4)
    pk = versi_berlaku(versi_pk(scope, tahun, pemda=pemda), akhir_triwulan(tahun, triwulan))
    skala = rumus.SKALA[pemda.skala_kategori]
    renstra: dict[int, TargetBaris] = {}
    for ind, _, target_renstra, isian, annual in indikator:
        if target_renstra is not None:
            renstra[ind.pk] = target_renstra
        b = baris.get(ind.pd_id)
        if b is None:
            continue
        versi = pk.get(ind.pd_id)
        target, sumber = target_berlaku(ind.pk, versi, versi.target if versi else {}, renstra)
        aturan = ind.aturan(pemda.rumus_negatif)
        k = kinerja(ind, aturan, isian, target, triwulan, skala)
        b.indikator.append(CapaianIndikator(
            ind.pk, ind.nama, ind.satuan, tampil(target, ind.satuan), sumber, k.realisasi, k.capaian, k.kategori,
            ind.peran))
        q = aturan.frekuensi.terakhir_diukur(triwulan)
        if ind.peran == Peran.IKM and q:  # the IKM: its latest measured quarter (a semester's, say)
            if q == 4:  # the year's figure: an explicit annual realisation, else TW IV's
                nilai = tahunan(ind, aturan, isian, annual, target, skala)[0].nilai
            else:
                nilai = kinerja(ind, aturan, isian, target, q, skala).realisasi.nilai
            b.ikm_iku = (nilai, q) if nilai is not None else None


def _ikm(scope, pds, tahun: int, triwulan: int, baris: dict[int, BarisPd]) -> None:
    """"IKM" means one figure everywhere (:func:`sakip.domain.survey.dokumen.ikm_tampil`)."""
    periode: dict[int, list[IkmPeriode]] = defaultdict(list)
    for row in ikm_per_periode(scope, [pd.pk for pd in pds]):
        periode[row.pd_id].append(row)
    for pd_id, b in baris.items():
        t = ikm_tampil(b.ikm_iku, periode[pd_id], akhir_triwulan(tahun, triwulan))
        b.ikm, b.ikm_sumber, b.ikm_skm, b.ikm_skm_periode = t.nilai, t.sumber, t.skm, t.skm_periode


def _anggaran(scope, pemda, tahun: int, triwulan: int, baris: dict[int, BarisPd]) -> None:
    of_year = Q(pemda=pemda, sub_kegiatan__kegiatan__program__tahun=tahun)
    pagu = baris_pagu(Pagu.objects.within(scope).filter(of_year))
    belanja = baris_belanja(RealisasiAnggaran.objects.within(scope).filter(of_year, triwulan=triwulan))
    per_pd = {p.sub_kegiatan_id: p.pd_id for p in pagu}
    totals: dict[int, list[Decimal]] = defaultdict(lambda: [Decimal(0), Decimal(0)])
    for sub, (nilai, spent) in anggaran_per_sub(pagu, belanja, triwulan).items():
        total = totals[per_pd[sub]]
        if nilai is not None:
            total[0] += nilai
        if spent is not None:
            total[1] += spent
    for pd_id, nilai in BelanjaTanpaRincian.objects.within(scope).filter(
            pemda=pemda, tahun=tahun, triwulan=triwulan).values_list("pd_id", "nilai"):
        totals[pd_id][1] += nilai
    for pd_id, (nilai, spent) in totals.items():
        b = baris.get(pd_id)
        if b is not None:
            b.pagu, b.realisasi_anggaran, b.serapan = nilai, spent, rumus.serapan(spent, nilai)
    kas: dict[int, dict[int, Decimal]] = defaultdict(dict)  # PD → quarter → its anggaran kas (every sub kegiatan)
    for pd_id, tw, nilai in AnggaranKas.objects.within(scope).filter(of_year).order_by().values_list(
            "pd_id", "triwulan", "nilai"):
        kas[pd_id][tw] = kas[pd_id].get(tw, Decimal(0)) + nilai
    for pd_id, b in baris.items():
        if pd_id in kas:
            rencana = rumus_rencana.rencana_serapan(kas[pd_id], triwulan, b.pagu)
            b.rencana_serapan = persen_rencana(rumus_rencana.kas_sd(kas[pd_id], triwulan), rencana)
            b.rencana_dasar = ANGGARAN_KAS
        else:
            b.rencana_serapan = rencana_linear(triwulan)
