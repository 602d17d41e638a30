"""The Lembar Kerja Evaluasi AKIP of a PD's year once the Inspektorat has started it (``evaluasi.dokumen.lembar_lke``,
the worksheet's JSON download); before that 404 with the builder's message."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse

from sakip.composite.api import auth
from sakip.composite.api.http import JAWABAN_DOKUMEN, SlugPd, Tahun, json_etag
from sakip.composite.api.router import Router
from sakip.domain.evaluasi.dokumen import lembar_lke

router = Router(tags=["Evaluasi AKIP"])


@router.get("/pd/{slug}/lke/{tahun}", response=JAWABAN_DOKUMEN, url_name="lke",
            summary="Lembar Kerja Evaluasi AKIP tahun itu")
def lke(request: HttpRequest, slug: SlugPd, tahun: Tahun) -> HttpResponse:
    return json_etag(request, lembar_lke(auth.scope(request), slug, tahun).dok.as_json())
