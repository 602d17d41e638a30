"""The Survei Kepuasan Masyarakat of a PD: its periods, and the results of one (``survey.dokumen.build_skm``, the
SKM report's JSON)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from ninja import P, PathEx, Query, Router, Schema

from sakip.composite.api import auth
from sakip.composite.api.http import GALAT, JAWABAN_DOKUMEN, SLUG, Halaman, Potongan, SlugPd, json_etag, potong
from sakip.domain.organisation.selectors import get_pd
from sakip.domain.survey.dokumen import build_skm
from sakip.domain.survey.selectors import periode_list

router = Router(tags=["SKM"])

KodePeriode = PathEx[str, P(pattern=SLUG, max_length=20, description="Kode periode, misalnya 2024-S2.")]


class PeriodeSkema(Schema):
    kode: str
    nama: str
    jenis: str
    mulai: str
    selesai: str
    ditutup: bool


class DaftarPeriode(Halaman):
    data: list[PeriodeSkema]


@router.get("/pd/{slug}/skm", response={200: DaftarPeriode, **GALAT}, url_name="skm_daftar",
            summary="Periode SKM perangkat daerah, terbaru dahulu")
def skm_daftar(request: HttpRequest, slug: SlugPd, potongan: Query[Potongan]) -> dict:
    scope = auth.scope(request)
    jumlah, rows = potong(periode_list(scope, get_pd(scope, slug)), potongan)
    return {"jumlah": jumlah, "limit": potongan.limit, "offset": potongan.offset, "data": [{
        "kode": p.kode, "nama": p.nama, "jenis": p.jenis, "mulai": p.mulai.isoformat(),
        "selesai": p.selesai.isoformat(), "ditutup": p.ditutup} for p in rows]}


@router.get("/pd/{slug}/skm/{periode}", response=JAWABAN_DOKUMEN, url_name="skm",
            summary="Hasil SKM satu periode (JSON laporan SKM)")
def skm(request: HttpRequest, slug: SlugPd, periode: KodePeriode) -> HttpResponse:
    return json_etag(request, build_skm(auth.scope(request), slug, periode).as_json())
