"""External sources (issue 20): an application whose figures feed indicators (EPDESKEL, SIJINGGO, Portal Emas…) posts
values by the indicator's external code (``Indikator.kode_eksternal``) with a service token; sakip keeps who sent
what and when, and the values wait for the PD's operator, who accepts each into the quarter's realisation (through
the grid's service) or rejects it — they never become realisations by themselves.

``POST /pd/{slug}/kiriman-eksternal`` is all or nothing (``measurement.services_eksternal.terima_kiriman``): an unknown
code, an indicator of another source, a value the grid would not read → 422 naming the item and field
(``nilai.0.kode``); a locked quarter 409. A token bound to a source (``TokenApi.sumber``) posts for its source only;
another token names the source in the body. ``GET`` on the same address lists what this token sent, with each
value's status.
"""

from __future__ import annotations

import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.http import HttpRequest
from ninja import Query, Schema, Status
from pydantic import Field, StrictFloat, StrictInt, StrictStr

from sakip.composite.api import auth
from sakip.composite.api.galat import GALAT, GALAT_TULIS, Konflik
from sakip.composite.api.http import Halaman, Potongan, SlugPd, potong
from sakip.composite.api.router import Router
from sakip.core.penolakan import KODE_PENOLAKAN, catat_bila_ditolak
from sakip.domain.measurement.models import KirimanEksternal
from sakip.domain.measurement.selectors_eksternal import kiriman_pengirim
from sakip.domain.measurement.services_eksternal import IsianKiriman, normal_sumber, terima_kiriman
from sakip.domain.organisation.selectors import get_pd
from sakip.rumus.angka import plain_number
from sakip.rumus.peran import ISI

router = Router(tags=["Sumber eksternal"])

MAKS_NILAI = 500


class NilaiSumber(Schema):
    kode: StrictStr = Field(min_length=1, max_length=60, description="Kode indikator pada aplikasi sumber "
                                                                     "(``kode_eksternal`` indikator).")
    nilai: StrictStr | StrictInt | StrictFloat = Field(description="Nilai s.d. triwulan: angka, atau teks seperti di "
                                                                   "layar (85,71).")
    keterangan: StrictStr = Field("", max_length=255)


class KirimanSumber(Schema):
    tahun: int = Field(ge=2000, le=2100, description="Tahun anggaran.")
    triwulan: int = Field(ge=1, le=4, description="Triwulan 1–4.")
    sumber: StrictStr | None = Field(None, max_length=40, description="Nama aplikasi sumber; boleh kosong bila token "
                                                                      "terikat pada satu sumber.")
    nilai: list[NilaiSumber] = Field(min_length=1, max_length=MAKS_NILAI,
                                     description=f"1–{MAKS_NILAI} nilai; semua diterima atau tidak satu pun.")


class KirimanSkema(Schema):
    id: int
    indikator_id: int
    kode: str
    tahun: int
    triwulan: int
    nilai: float
    teks: str = Field(description="Nilai seperti dikirim.")
    keterangan: str
    sumber: str
    dikirim_oleh: str
    dikirim_pada: datetime.datetime
    status: str = Field(description="menunggu, diterima atau ditolak.")
    diputus_pada: datetime.datetime | None
    alasan: str


class HasilKiriman(Schema):
    diterima: int = Field(description="Jumlah nilai yang diterima dan menunggu konfirmasi operator.")
    kiriman: list[KirimanSkema]


class DaftarKiriman(Halaman):
    data: list[KirimanSkema]


def kiriman_json(k: KirimanEksternal) -> dict[str, Any]:
    return {"id": k.pk, "indikator_id": k.indikator_id, "kode": k.kode, "tahun": k.tahun, "triwulan": k.triwulan,
            "nilai": plain_number(k.nilai), "teks": k.teks, "keterangan": k.keterangan, "sumber": k.sumber,
            "dikirim_oleh": k.dikirim_oleh, "dikirim_pada": k.dikirim_pada, "status": k.status,
            "diputus_pada": k.diputus_pada, "alasan": k.alasan}


def _teks(nilai: str | int | float) -> str:
    """A value as the grid's text: a JSON number in Indonesian notation (``37.53`` → ``37,53``)."""
    if isinstance(nilai, str):
        return nilai
    return repr(nilai).replace(".", ",") if isinstance(nilai, float) else str(nilai)


@router.post("/pd/{slug}/kiriman-eksternal", response={201: HasilKiriman, **GALAT_TULIS}, url_name="kiriman_kirim",
             summary="Kirim nilai indikator dari aplikasi sumber eksternal (menunggu konfirmasi operator)")
def kiriman_kirim(request: HttpRequest, slug: SlugPd, kiriman: KirimanSumber) -> Status:
    """Nilai dicari menurut kode eksternal indikator; semua diterima atau tidak satu pun (422 dengan medan
    `nilai.<n>.<medan>`). Nilai belum menjadi realisasi sampai operator menerimanya. 409 bila triwulan terkunci."""
    scope = auth.scope(request, ISI)
    pd = get_pd(scope, slug)
    token = request.auth.token  # type: ignore[attr-defined]
    sumber = normal_sumber(kiriman.sumber or "")
    if token.sumber and sumber and sumber != token.sumber:
        raise ValidationError({"sumber": f"Token ini milik sumber {token.sumber}; tidak dapat mengirim untuk {sumber[:40]}."})
    sumber = token.sumber or sumber
    if not sumber:
        raise ValidationError({"sumber": "Wajib diisi: token ini tidak terikat pada satu sumber eksternal."})
    isian = [IsianKiriman(f"nilai.{n}", v.kode, kiriman.tahun, kiriman.triwulan, _teks(v.nilai), v.keterangan)
             for n, v in enumerate(kiriman.nilai)]
    try:
        rows = terima_kiriman(scope, pd=pd, sumber=sumber, isian=isian, akun=request.user,
                              dikirim_oleh=f"token “{token.nama[:80]}” ({token.prefix}…)",
                              kunci_pengirim=f"token:{token.pk}")
    except ValidationError as exc:
        if hasattr(exc, "error_dict") and any(e.code in KODE_PENOLAKAN for es in exc.error_dict.values() for e in es):
            catat_bila_ditolak(request, exc)
            raise Konflik(exc.error_dict) from exc
        raise
    return Status(201, {"diterima": len(rows), "kiriman": [kiriman_json(k) for k in rows]})


@router.get("/pd/{slug}/kiriman-eksternal", response={200: DaftarKiriman, **GALAT}, url_name="kiriman_daftar",
            summary="Nilai yang dikirim token ini beserta statusnya")
def kiriman_daftar(request: HttpRequest, slug: SlugPd, potongan: Query[Potongan]) -> dict:
    scope = auth.scope(request)
    pd = get_pd(scope, slug)
    token = request.auth.token  # type: ignore[attr-defined]
    jumlah, rows = potong(kiriman_pengirim(scope, pd, f"token:{token.pk}"), potongan)
    return {"jumlah": jumlah, "limit": potongan.limit, "offset": potongan.offset, "data": [kiriman_json(k) for k in rows]}
