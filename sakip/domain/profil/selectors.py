"""Scoped reads of a PD's profile, as one frozen structure for the LKjIP (a fixed number of queries)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db.models import Prefetch

from sakip.core.scoping import Scope
from sakip.domain.organisation.models import Kelurahan, PerangkatDaerah, UnitKerja
from sakip.domain.profil.models import Kewenangan, PelaksanaanKewenangan, ProfilPd, TabelProfil, UraianProfil
from sakip.rumus.tabel import TabelTerhitung


@dataclass(frozen=True)
class TabelDokumen:
    judul: str
    tabel: TabelTerhitung
    sumber: str


@dataclass(frozen=True)
class UraianDokumen:
    judul: str
    bagian: str
    paragraf: tuple[str, ...]
    tabel: tuple[TabelDokumen, ...]


@dataclass(frozen=True)
class KewenanganDokumen:
    bidang: str
    subbidang: str
    rincian: str
    tahun_lalu: str
    tahun_ini: str


@dataclass(frozen=True)
class ProfilDokumen:
    ada: bool  # False: no profile typed for that year; the report says so instead of inventing text
    pendahuluan: tuple[str, ...]
    uraian: tuple[UraianDokumen, ...]
    tugas_fungsi: tuple[str, ...]
    bagan_png: bytes | None  # the uploaded picture, else None (the chart is drawn from ``unit``)
    unit: tuple[tuple[str, str, tuple[str, ...]], ...]  # (jenis, nama, sub-units)
    kelurahan: tuple[str, ...]
    kewenangan_pengantar: tuple[str, ...]
    kewenangan: tuple[KewenanganDokumen, ...]
    permasalahan: tuple[str, ...]
    aspek_strategis: tuple[str, ...]
    isu_strategis: tuple[tuple[str, str, str], ...]
    kata_pengantar: tuple[str, ...]
    tanggal: datetime.date | None
    tempat: str
    peta_png: bytes | None = None  # the uploaded map of the area (Bab I's first picture), as uploaded
    kesimpulan: tuple[str, ...] = ()  # Bab IV 4.1: staff's explanation after the figures
    langkah_peningkatan: tuple[str, ...] = ()  # Bab IV 4.2: the steps staff wrote (empty: the standard sentence)


def paragraf(teks: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in (teks or "").splitlines() if line.strip())


def profil_dokumen(scope: Scope, pd: PerangkatDaerah, tahun: int) -> ProfilDokumen:
    profil = (ProfilPd.objects.within(scope).filter(pd=pd, tahun=tahun)
              .prefetch_related(Prefetch("uraian", UraianProfil.objects.order_by("urutan", "pk").prefetch_related(
                  Prefetch("tabel", TabelProfil.objects.order_by("urutan", "pk")))), "isu_strategis").first())
    units = list(UnitKerja.objects.within(scope).filter(pd=pd, kelurahan__isnull=True).order_by("urutan", "pk"))
    children: dict[int, list[str]] = {}
    for u in units:
        if u.induk_id:
            children.setdefault(u.induk_id, []).append(u.nama)
    unit = tuple((u.jenis, u.nama, tuple(children.get(u.pk, ()))) for u in units if not u.induk_id)
    kelurahan = tuple(f"Kelurahan {k.nama}" for k in Kelurahan.objects.within(scope).filter(pd=pd))
    kewenangan = list(Kewenangan.objects.within(scope).filter(pd=pd).order_by("urutan", "pk").prefetch_related(
        Prefetch("pelaksanaan", PelaksanaanKewenangan.objects.filter(tahun__in=(tahun - 1, tahun)))))
    rows = []
    for k in kewenangan:
        done = {p.tahun: p.uraian for p in k.pelaksanaan.all()}
        rows.append(KewenanganDokumen(k.bidang, k.subbidang, k.rincian, done.get(tahun - 1, "-"), done.get(tahun, "-")))
    if profil is None or _tanpa_isi(profil):
        return ProfilDokumen(False, (), (), tuple(pd.tugas_butir + pd.fungsi_butir), None, unit, kelurahan, (),
                             tuple(rows), (), (), (), (), None, "")
    bagan_png = _baca(profil.bagan)
    return ProfilDokumen(
        ada=True, pendahuluan=paragraf(profil.pendahuluan),
        uraian=tuple(UraianDokumen(u.judul, u.bagian, paragraf(u.teks), tuple(
            TabelDokumen(t.judul, t.terhitung(), t.sumber) for t in u.tabel.all())) for u in profil.uraian.all()),
        tugas_fungsi=paragraf(profil.tugas_fungsi) or tuple(pd.tugas_butir + pd.fungsi_butir), bagan_png=bagan_png,
        unit=unit, kelurahan=kelurahan, kewenangan_pengantar=paragraf(profil.kewenangan_pengantar),
        kewenangan=tuple(rows), permasalahan=paragraf(profil.permasalahan),
        aspek_strategis=paragraf(profil.aspek_strategis),
        isu_strategis=tuple((i.urusan, i.permasalahan, i.isu) for i in profil.isu_strategis.all()),
        kata_pengantar=paragraf(profil.kata_pengantar), tanggal=profil.tanggal, tempat=profil.tempat,
        peta_png=_baca(profil.peta), kesimpulan=paragraf(profil.kesimpulan),
        langkah_peningkatan=paragraf(profil.langkah_peningkatan))


def _tanpa_isi(profil: ProfilPd) -> bool:
    """Nothing typed in the row: such as the row the portal creates to hold the date it first published the LKjIP
    of a year without a profile. The LKjIP still has no profile then (its checks say so). Reads the prefetched
    parts, no query."""
    bukan_isi = {"id", "pemda", "pd", "tahun", "diterbitkan"}
    return (not any(getattr(profil, f.name) for f in ProfilPd._meta.concrete_fields if f.name not in bukan_isi)
            and not profil.uraian.all() and not profil.isu_strategis.all())


def _baca(berkas) -> bytes | None:
    """The bytes of an uploaded picture, or None when there is none."""
    if not berkas:
        return None
    with berkas.open("rb") as f:
        return f.read()
