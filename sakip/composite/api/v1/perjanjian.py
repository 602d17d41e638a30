"""The Perjanjian Kinerja of a year: every version, or one (``agreement.dokumen.build_pk``, its download)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from ninja import P, QueryEx

from sakip.composite.api import auth
from sakip.composite.api.http import JAWABAN_DOKUMEN, SlugPd, Tahun, json_etag
from sakip.composite.api.router import Router
from sakip.domain.agreement.dokumen import build_pk

router = Router(tags=["Perjanjian Kinerja"])

Versi = QueryEx[int | None, P(ge=1, le=1000, description="Hanya versi ini (kosong: semua versi).")]


@router.get("/pd/{slug}/pk/{tahun}", response=JAWABAN_DOKUMEN, url_name="pk",
            summary="Perjanjian Kinerja tahun itu: semua versi, atau satu (?versi=)")
def pk(request: HttpRequest, slug: SlugPd, tahun: Tahun, versi: Versi = None) -> HttpResponse:
    return json_etag(request, build_pk(auth.scope(request), slug, tahun).pilih(versi).as_json())
