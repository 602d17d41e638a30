"""The quarterly measurement: the JSON of the quarter's download (``measurement.dokumen.build_pengukuran``, the
builder of the grid and its download) with, on each row, the ids the structure carries and the download leaves
out — the indicator, sub kegiatan and lokasi, and the grid key (``kunci``) — by which realisations and spending are
written back."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from ninja import Router

from sakip.composite.api import auth
from sakip.composite.api.http import JAWABAN_DOKUMEN, SlugPd, Tahun, Triwulan, json_etag
from sakip.domain.measurement.dokumen import Pengukuran, build_pengukuran

router = Router(tags=["Pengukuran"])


def pengukuran_json(p: Pengukuran) -> dict[str, Any]:
    """The quarter's download JSON with the ids of each row."""
    data = p.as_json()
    for row, b in zip(data["iku"], p.iku, strict=True):
        row.update({"indikator_id": b.indikator_id, "kunci": b.kunci})
    for row, baris in zip(data["rows"], p.baris, strict=True):
        row.update({"indikator_id": baris.indikator_id, "sub_kegiatan_id": baris.sub_kegiatan_id,
                    "lokasi_id": baris.lokasi_id, "kunci": baris.kunci})
    return data


@router.get("/pd/{slug}/pengukuran/{tahun}/{tw}", response=JAWABAN_DOKUMEN, url_name="pengukuran",
            summary="Pengukuran kinerja satu triwulan (JSON unduhan, dengan id setiap baris)")
def pengukuran(request: HttpRequest, slug: SlugPd, tahun: Tahun, tw: Triwulan) -> HttpResponse:
    return json_etag(request, pengukuran_json(build_pengukuran(auth.scope(request), slug, tahun, tw)))
