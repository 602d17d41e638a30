"""The LKjIP of a year (``reporting.dokumen.build_lkjip``, its JSON download, checks included) and its checks alone
(``reporting/cek.py: periksa``: listed, never blocking)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from ninja import Schema

from sakip.composite.api import auth
from sakip.composite.api.http import GALAT, JAWABAN_DOKUMEN, SlugPd, Tahun, json_etag
from sakip.composite.api.router import Router
from sakip.domain.reporting.dokumen import build_lkjip

router = Router(tags=["LKjIP"])


class Cek(Schema):
    kode: str
    pesan: str
    lokasi: str


class DaftarCek(Schema):
    jumlah: int
    data: list[Cek]


@router.get("/pd/{slug}/lkjip/{tahun}", response=JAWABAN_DOKUMEN, url_name="lkjip",
            summary="LKjIP tahun itu (JSON unduhan; pemeriksaannya pada checks)")
def lkjip(request: HttpRequest, slug: SlugPd, tahun: Tahun) -> HttpResponse:
    return json_etag(request, build_lkjip(auth.scope(request), slug, tahun, pohon=True).as_json())


@router.get("/pd/{slug}/lkjip/{tahun}/cek", response={200: DaftarCek, **GALAT}, url_name="lkjip_cek",
            summary="Pemeriksaan konsistensi LKjIP")
def lkjip_cek(request: HttpRequest, slug: SlugPd, tahun: Tahun) -> dict:
    checks = build_lkjip(auth.scope(request), slug, tahun).checks
    return {"jumlah": len(checks), "data": [{"kode": c.kode, "pesan": c.pesan, "lokasi": c.lokasi} for c in checks]}
