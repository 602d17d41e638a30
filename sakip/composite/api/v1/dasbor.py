"""Both dashboards as their JSON downloads (``dashboard.dokumen_pd.build_dasbor_pd``,
``dashboard.dokumen_pemda.build_dasbor_pemda``): a PD's year, and the pemda's rows of the PD the caller reaches."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse

from sakip.composite.api import auth
from sakip.composite.api.http import JAWABAN_DOKUMEN, SlugPd, SlugPemda, Tahun, TriwulanPilihan, json_etag
from sakip.composite.api.router import Router
from sakip.composite.dashboard.dokumen_pd import build_dasbor_pd
from sakip.composite.dashboard.dokumen_pemda import build_dasbor_pemda

router = Router(tags=["Dasbor"])


@router.get("/pd/{slug}/dasbor/{tahun}", response=JAWABAN_DOKUMEN, url_name="dasbor_pd",
            summary="Dasbor perangkat daerah")
def dasbor_pd(request: HttpRequest, slug: SlugPd, tahun: Tahun, tw: TriwulanPilihan = None) -> HttpResponse:
    return json_etag(request, build_dasbor_pd(auth.scope(request), slug, tahun, tw).as_json())


@router.get("/pemda/{pemda}/dasbor/{tahun}", response=JAWABAN_DOKUMEN, url_name="dasbor_pemda",
            summary="Dasbor pemda: satu baris per perangkat daerah yang dijangkau (triwulan baku: IV)")
def dasbor_pemda(request: HttpRequest, pemda: SlugPemda, tahun: Tahun, tw: TriwulanPilihan = None) -> HttpResponse:
    # Ranked by capaian as the page opens (``pilih`` numbers the rows).
    return json_etag(request, build_dasbor_pemda(auth.scope(request), pemda, tahun, tw or 4).pilih().as_json())
