"""What the public portal shows, read so that nothing unapproved can reach it.

* Realisations are read only for the quarters whose measurement is approved: the query itself
  filters on them, so a draft figure never leaves the database for a public page.
* Targets are the approved PK's (the version in force at year end) when the year's PK is approved,
  else the Renstra's (a published plan).
* The PK is shown only when approved; SKM results and the LKjIP only as published by the head.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.http import Http404

from sakip.composite.portal.models import Pindaian, Publikasi
from sakip.core.scoping import Scope
from sakip.domain.agreement.selectors import janji_pk, pk_berlaku_per_pd
from sakip.domain.measurement.dokumen import kinerja, tampil, target_berlaku
from sakip.domain.measurement.models import Realisasi
from sakip.domain.organisation.models import Pemda, PerangkatDaerah
from sakip.domain.planning.models import Target
from sakip.domain.planning.selectors import indikator_sasaran
from sakip.domain.workflow.models import Jenis, Pengajuan
from sakip.rumus import alur
from sakip.rumus import capaian as rumus

SISTEM = Scope.system()  # the portal reads as the system, and filters on approval itself


def versi_portal() -> str:
    """What the cached portal pages depend on, in one short key: the publications (a new or withdrawn one) and the
    last change of any approval. Part of the cache key of every portal page, so a publication or an approval shows
    at once, in every server process, instead of after the cache's minute."""
    from django.db.models import Count, Max

    terbit = Publikasi.objects.aggregate(n=Count("pk"), akhir=Max("pk"))
    pindai = Pindaian.objects.aggregate(n=Count("pk"), akhir=Max("pk"))
    alur_akhir = Pengajuan.objects.aggregate(akhir=Max("diubah"))["akhir"]
    return (f"{terbit['n']}.{terbit['akhir'] or 0}.{pindai['n']}.{pindai['akhir'] or 0}."
            f"{alur_akhir.timestamp() if alur_akhir else 0}")


@dataclass(frozen=True)
class TriwulanPublik:
    triwulan: int
    disetujui: bool
    realisasi: str  # s.d. the quarter; "-" when not approved or not measured in that quarter
    capaian: rumus.Hasil
    kategori: rumus.Kategori | None
    diukur: bool = True


@dataclass(frozen=True)
class IndikatorPublik:
    sasaran: str
    nama: str
    satuan: str
    target: str
    target_sumber: str
    triwulan: tuple[TriwulanPublik, ...]
    peran: str = ""

    @property
    def terakhir(self) -> TriwulanPublik | None:
        """The latest approved quarter with a realisation."""
        return next((t for t in reversed(self.triwulan) if t.disetujui and t.realisasi != "-"), None)


@dataclass(frozen=True)
class PortalPd:
    pemda_slug: str
    pemda_nama: str
    slug: str
    nama: str
    tahun: int
    tahun_lain: tuple[int, ...]
    triwulan_disetujui: tuple[int, ...]
    pk_disetujui: bool
    indikator: tuple[IndikatorPublik, ...]
    skala: object
    publikasi: tuple[Publikasi, ...]
    pindaian: tuple[Pindaian, ...] = ()  # the signed scans in force (newest of each kind) that may be public

    @property
    def pindaian_pk(self) -> Pindaian | None:
        return next((p for p in self.pindaian if p.jenis == Pindaian.Jenis.PK), None)

    @property
    def pindaian_lkjip(self) -> Pindaian | None:
        return next((p for p in self.pindaian if p.jenis == Pindaian.Jenis.LKJIP), None)

    @property
    def lkjip(self) -> list[Publikasi]:
        return [p for p in self.publikasi if p.jenis == Publikasi.Jenis.LKJIP and p.tahun == self.tahun]

    @property
    def ikm(self) -> tuple[IndikatorPublik, TriwulanPublik] | None:
        """The IKM as every screen shows it: the IKM indicator's latest approved realisation."""
        row = next((i for i in self.indikator if i.peran == rumus.Peran.IKM), None)
        return (row, row.terakhir) if row and row.terakhir else None

    @property
    def skm(self) -> list[Publikasi]:
        return [p for p in self.publikasi if p.jenis == Publikasi.Jenis.SKM]


def pemda_list() -> list[Pemda]:
    return list(Pemda.objects.filter(pk__in=PerangkatDaerah.objects.values("pemda_id")).order_by("nama"))


@dataclass(frozen=True)
class PdRingkas:
    slug: str
    nama: str
    tahun: tuple[int, ...]  # years with anything approved
    publikasi: int


def portal_pemda(pemda_slug: str) -> tuple[Pemda, list[PdRingkas]]:
    pemda = Pemda.objects.filter(slug=pemda_slug).first()
    if pemda is None:
        raise Http404("Pemda tidak ditemukan.")
    pds = list(PerangkatDaerah.objects.filter(pemda=pemda).order_by("nama"))
    years: dict[int, set[int]] = {}
    for pd_id, tahun in Pengajuan.objects.filter(pd__in=pds, status=alur.DISETUJUI).values_list("pd_id", "tahun"):
        years.setdefault(pd_id, set()).add(tahun)
    counts: dict[int, int] = {}
    for pd_id in Publikasi.objects.filter(pd__in=pds).values_list("pd_id", flat=True):
        counts[pd_id] = counts.get(pd_id, 0) + 1
    return pemda, [PdRingkas(pd.slug, pd.nama, tuple(sorted(years.get(pd.pk, ()), reverse=True)), counts.get(pd.pk, 0))
                   for pd in pds]


def portal_pd(pemda_slug: str, slug: str, tahun: int) -> PortalPd:
    pd = PerangkatDaerah.objects.select_related("pemda").filter(pemda__slug=pemda_slug, slug=slug).first()
    if pd is None:
        raise Http404("Perangkat daerah tidak ditemukan.")
    approved = set(Pengajuan.objects.filter(pd=pd, status=alur.DISETUJUI).values_list("jenis", "tahun", "triwulan"))
    tws = tuple(sorted(tw for jenis, y, tw in approved if jenis == Jenis.PENGUKURAN and y == tahun))
    pk_ok = (Jenis.PK, tahun, 0) in approved
    indikator = list(indikator_sasaran(SISTEM, pd, tahun).select_related("sasaran"))
    ids = [i.pk for i in indikator]
    renstra = {t.indikator_id: t for t in Target.objects.filter(indikator_id__in=ids, tahun=tahun).order_by()}
    pk = pk_berlaku_per_pd(SISTEM, [pd], tahun, datetime.date(tahun, 12, 31)).get(pd.pk) if pk_ok else None
    janji = janji_pk(pk)
    isian: dict[int, dict[int, Realisasi]] = {}
    for r in Realisasi.objects.filter(indikator_id__in=ids, tahun=tahun, triwulan__in=tws).order_by():
        isian.setdefault(r.indikator_id, {})[r.triwulan] = r  # approved quarters only
    skala = rumus.SKALA[pd.pemda.skala_kategori]
    rows = []
    for ind in indikator:
        assert ind.sasaran is not None  # indikator_sasaran reads sasaran indicators only
        target, sumber = target_berlaku(ind.pk, pk, janji, renstra)
        aturan = ind.aturan(pd.pemda.rumus_negatif)
        quarters = []
        for tw in (1, 2, 3, 4):
            if tw in tws:
                k = kinerja(ind, aturan, isian.get(ind.pk, {}), target, tw, skala)
                quarters.append(TriwulanPublik(tw, True, k.realisasi.teks, k.capaian, k.kategori, k.diukur))
            else:
                quarters.append(TriwulanPublik(tw, False, "-", rumus.Hasil(None, "belum disetujui"), None))
        rows.append(IndikatorPublik(ind.sasaran.nama, ind.nama, ind.satuan, tampil(target, ind.satuan).teks, sumber,
                                    tuple(quarters), ind.peran))
    years = tuple(sorted({y for _, y, _ in approved}, reverse=True))
    publikasi = tuple(Publikasi.objects.filter(pd=pd))
    return PortalPd(pd.pemda.slug, pd.pemda.nama, pd.slug, pd.nama, tahun, years, tws, pk_ok, tuple(rows), skala,
                    publikasi, _pindaian_publik(pd, tahun, pk_ok, publikasi))


def _terbuka(jenis: str, pk_disetujui: bool, lkjip_terbit: bool) -> bool:
    """A signed scan is public once its document is: the PK approved, the LKjIP published."""
    return pk_disetujui if jenis == Pindaian.Jenis.PK else lkjip_terbit


def _pindaian_publik(pd: PerangkatDaerah, tahun: int, pk_disetujui: bool,
                     publikasi: tuple[Publikasi, ...]) -> tuple[Pindaian, ...]:
    """The newest scan of each kind of the year whose document is public (one query)."""
    lkjip_terbit = any(p.jenis == Publikasi.Jenis.LKJIP and p.tahun == tahun for p in publikasi)
    out: dict[str, Pindaian] = {}
    for row in Pindaian.objects.filter(pd=pd, tahun=tahun):  # newest first
        if row.jenis not in out and _terbuka(row.jenis, pk_disetujui, lkjip_terbit):
            out[row.jenis] = row
    return tuple(out.values())


def pindaian_publik(pk: int) -> Pindaian:
    """A signed scan the public may download: its document is public; otherwise 404 (no hint it exists)."""
    row = Pindaian.objects.select_related("pd").filter(pk=pk).first()
    if row is not None:
        if row.jenis == Pindaian.Jenis.PK:
            terbuka = Pengajuan.objects.filter(pd=row.pd, jenis=Jenis.PK, tahun=row.tahun, triwulan=0,
                                               status=alur.DISETUJUI).exists()
        else:
            terbuka = Publikasi.objects.filter(pd=row.pd, jenis=Publikasi.Jenis.LKJIP, tahun=row.tahun).exists()
        if terbuka:
            return row
    raise Http404("Dokumen tidak ditemukan.")


def pindaian_pd(scope: Scope, pd: PerangkatDaerah, tahun: int) -> list[Pindaian]:
    """Every signed scan of a PD's year that ``scope`` reaches, newest first, with who uploaded it."""
    return list(Pindaian.objects.within(scope).filter(pd=pd, tahun=tahun).select_related("oleh"))
