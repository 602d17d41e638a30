"""Planning: a PD's Renstra (tujuan → sasaran → indicators with their targets), the IKU of a year (the IKU
document's JSON) and the year's program tree (program → kegiatan → sub kegiatan → lokasi, each with its
indicators). Every row carries its database id: the stable key a program writes back by (a realisation is an
indicator's in a year and quarter; a budget line a sub kegiatan's, or one lokasi's).

The Renstra and the tree are read by ``planning.selectors`` (``renstra_pd`` / ``renstra_tujuan``, ``planning_tree``,
the queries of the planning screen), the IKU by ``planning.dokumen.build_iku`` (its download).
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from ninja import Schema

from sakip.composite.api import auth
from sakip.composite.api.http import GALAT, JAWABAN_DOKUMEN, SlugPd, Tahun, json_etag
from sakip.composite.api.router import Router
from sakip.domain.organisation.selectors import get_pd
from sakip.domain.planning import selectors
from sakip.domain.planning.dokumen import build_iku
from sakip.domain.planning.models import Indikator
from sakip.rumus.angka import plain_number

router = Router(tags=["Perencanaan"])


class TargetSkema(Schema):
    tahun: int
    nilai: float
    nilai_atas: float | None
    teks: str


class IndikatorSkema(Schema):
    id: int
    nama: str
    satuan: str
    kinerja_utama: str
    polaritas: str
    akumulasi: str
    cara_isi: str
    frekuensi: str
    peran: str
    is_iku: bool
    definisi: str
    formula: str
    sumber_data: str
    kondisi_awal: float | None
    kondisi_awal_teks: str
    target: list[TargetSkema]
    penanggung_jawab: list[str]


class SasaranSkema(Schema):
    id: int
    urutan: int
    nama: str
    indikator: list[IndikatorSkema]


class TujuanSkema(Schema):
    id: int
    urutan: int
    nama: str
    indikator: list[IndikatorSkema]
    sasaran: list[SasaranSkema]


class RenstraSkema(Schema):
    id: int
    tahun_mulai: int
    tahun_selesai: int
    tahun_kondisi_awal: int | None
    rpjmd_id: int | None
    keterangan: str
    tujuan: list[TujuanSkema]


class Unit(Schema):
    slug: str
    nama: str


class RenstraPd(Schema):
    unit: Unit
    renstra: list[RenstraSkema]


class LokasiSkema(Schema):
    id: int
    nama: str
    kelurahan_id: int | None


class SubKegiatanSkema(Schema):
    id: int
    kode: str
    nama: str
    indikator: list[IndikatorSkema]
    lokasi: list[LokasiSkema]


class KegiatanSkema(Schema):
    id: int
    kode: str
    nama: str
    indikator: list[IndikatorSkema]
    sub_kegiatan: list[SubKegiatanSkema]


class ProgramSkema(Schema):
    id: int
    kode: str
    nama: str
    sasaran_id: list[int]
    indikator: list[IndikatorSkema]
    kegiatan: list[KegiatanSkema]


class PohonProgram(Schema):
    unit: Unit
    tahun: int
    renstra_id: int | None
    program: list[ProgramSkema]


def indikator_json(i: Indikator) -> dict[str, Any]:
    """An indicator with its targets and penanggung jawab (prefetched by ``indikator_queryset``)."""
    return {
        "id": i.pk, "nama": i.nama, "satuan": i.satuan, "kinerja_utama": i.kinerja_utama, "polaritas": i.polaritas,
        "akumulasi": i.akumulasi, "cara_isi": i.cara_isi, "frekuensi": i.frekuensi, "peran": i.peran, "is_iku": i.is_iku,
        "definisi": i.definisi, "formula": i.formula, "sumber_data": i.sumber_data,
        "kondisi_awal": plain_number(i.kondisi_awal), "kondisi_awal_teks": i.kondisi_awal_teks,
        "target": [{"tahun": t.tahun, "nilai": plain_number(t.nilai), "nilai_atas": plain_number(t.nilai_atas),
                    "teks": t.teks} for t in i.target.all()],
        "penanggung_jawab": [p.nama for p in i.penanggung_jawab.all()],
    }


def _indikator(owner: Any) -> list[dict[str, Any]]:
    return [indikator_json(i) for i in sorted(owner.indikator.all(), key=lambda i: (i.urutan, i.pk))]


def _tujuan_json(tujuan: Any) -> dict[str, Any]:
    return {"id": tujuan.pk, "urutan": tujuan.urutan, "nama": tujuan.nama, "indikator": _indikator(tujuan),
            "sasaran": [{"id": s.pk, "urutan": s.urutan, "nama": s.nama, "indikator": _indikator(s)}
                        for s in sorted(tujuan.sasaran.all(), key=lambda s: (s.urutan, s.pk))]}


@router.get("/pd/{slug}/renstra", response={200: RenstraPd, 304: None, **GALAT}, url_name="renstra",
            summary="Renstra perangkat daerah dengan tujuan, sasaran, indikator dan targetnya")
def renstra(request: HttpRequest, slug: SlugPd) -> HttpResponse:
    """Every Renstra of the PD, newest first."""
    scope = auth.scope(request)
    pd = get_pd(scope, slug)
    data = {"unit": {"slug": pd.slug, "nama": pd.nama}, "renstra": [{
        "id": r.pk, "tahun_mulai": r.tahun_mulai, "tahun_selesai": r.tahun_selesai,
        "tahun_kondisi_awal": r.tahun_kondisi_awal, "rpjmd_id": r.rpjmd_id, "keterangan": r.keterangan,
        "tujuan": [_tujuan_json(t) for t in sorted(selectors.renstra_tujuan(scope, r), key=lambda t: (t.urutan, t.pk))],
    } for r in selectors.renstra_pd(scope, pd)]}
    return json_etag(request, data)


@router.get("/pd/{slug}/iku/{tahun}", response=JAWABAN_DOKUMEN, url_name="iku",
            summary="Indikator Kinerja Utama yang berlaku pada tahun itu (JSON dokumen IKU)")
def iku(request: HttpRequest, slug: SlugPd, tahun: Tahun) -> HttpResponse:
    return json_etag(request, build_iku(auth.scope(request), slug, tahun).as_json())


@router.get("/pd/{slug}/program/{tahun}", response={200: PohonProgram, 304: None, **GALAT}, url_name="program",
            summary="Pohon program tahun itu dengan id setiap baris")
def program(request: HttpRequest, slug: SlugPd, tahun: Tahun) -> HttpResponse:
    scope = auth.scope(request)
    pd = get_pd(scope, slug)
    pohon = selectors.planning_tree(scope, pd, tahun, [])
    programs: dict[int, Any] = {}
    for t in pohon.tujuan:
        for s in t.sasaran.all():
            for p in getattr(s, "program_tahun", []):
                programs[p.pk] = p
    for p in pohon.program_tanpa_sasaran:
        programs[p.pk] = p
    data = {"unit": {"slug": pd.slug, "nama": pd.nama}, "tahun": tahun,
            "renstra_id": pohon.renstra.pk if pohon.renstra else None, "program": [{
                "id": p.pk, "kode": p.kode, "nama": p.nama, "sasaran_id": sorted(s.pk for s in p.sasaran.all()),
                "indikator": _indikator(p), "kegiatan": [{
                    "id": k.pk, "kode": k.kode, "nama": k.nama, "indikator": _indikator(k), "sub_kegiatan": [{
                        "id": sk.pk, "kode": sk.kode, "nama": sk.nama, "indikator": _indikator(sk),
                        "lokasi": [{"id": lok.pk, "nama": lok.nama, "kelurahan_id": lok.kelurahan_id}
                                   for lok in sk.lokasi.all()]}
                        for sk in k.sub_kegiatan.all()]}
                    for k in p.kegiatan.all()]}
                for p in sorted(programs.values(), key=lambda p: (p.urutan, p.kode))]}
    return json_etag(request, data)
