"""The public portal (no login, cached, rate-limited) and the head's publishing actions."""

from __future__ import annotations

import datetime
from functools import wraps

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.views.decorators.cache import cache_page
from django.views.decorators.http import require_GET, require_POST

from sakip.composite.portal import selectors, services
from sakip.composite.portal.models import Publikasi
from sakip.core.batas import batas_publik
from sakip.core.scoping import perlu
from sakip.domain.agreement.dokumen import build_pk
from sakip.domain.organisation.selectors import get_pd
from sakip.domain.survey.dokumen import build_skm
from sakip.rumus.capaian import SKALA
from sakip.rumus.peran import SETUJUI

CACHE = 60  # seconds a portal page is kept; a publication or an approval changes its key (selectors.versi_portal)


def publik(view):
    """A portal page: rate-limited per address, then cached for everyone under the portal's current version, so
    a page never outlives the publication or approval that changes it."""
    inner = require_GET(view)

    @wraps(view)
    def cached(request, *args, **kwargs):
        return cache_page(CACHE, key_prefix=f"portal-{selectors.versi_portal()}")(inner)(request, *args, **kwargs)

    return batas_publik(cached)


@publik
def beranda(request):
    return render(request, "portal/beranda.html", {"pemda": selectors.pemda_list()})


@publik
def pemda(request, pemda: str):
    p, pds = selectors.portal_pemda(pemda)
    return render(request, "portal/pemda.html", {"pemda": p, "pds": pds})


@publik
def pd(request, pemda: str, slug: str):
    _, pds = selectors.portal_pemda(pemda)
    row = next((x for x in pds if x.slug == slug), None)
    if row is None:
        raise Http404("Perangkat daerah tidak ditemukan.")
    return redirect("portal:pd_tahun", pemda=pemda, slug=slug,
                    tahun=row.tahun[0] if row.tahun else datetime.date.today().year)


@publik
def pd_tahun(request, pemda: str, slug: str, tahun: int):
    p = selectors.portal_pd(pemda, slug, tahun)
    pk = None
    if p.pk_disetujui:
        dok = build_pk(selectors.SISTEM, slug, tahun)
        pk = {"dok": dok, "v": dok.versi[-1]}
    skm = None
    if p.skm:
        skm = build_skm(selectors.SISTEM, slug, p.skm[0].periode)
    return render(request, "portal/pd.html", {"p": p, "pk": pk, "skm": skm})


@publik
def cara_membaca(request):
    return render(request, "portal/cara_membaca.html", {"skala": list(SKALA.values())})


@batas_publik
@require_GET
def berkas(request, pk: int):
    row = Publikasi.objects.filter(pk=pk).first()
    if row is None:
        raise Http404("Dokumen tidak ditemukan.")
    return FileResponse(row.berkas.open("rb"), as_attachment=True, content_type="application/pdf",
                        filename=f"{row.judul}.pdf")


def _terbitkan(request, slug: str, publish, berhasil: str, kembali):
    """Run a publishing service for the head of ``slug``; its refusal becomes the page's message."""
    pd_obj = get_pd(request.scope, slug)
    try:
        row = publish(request.scope, pd_obj, request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, f"{row.judul} {berhasil}")
    return kembali


@perlu(SETUJUI)
@require_POST
def terbitkan_lkjip(request, slug: str, tahun: int):
    return _terbitkan(request, slug, lambda scope, pd, user: services.terbitkan_lkjip(scope, pd=pd, tahun=tahun, oleh=user),
                      "diterbitkan di portal publik.", redirect("reporting:lkjip", slug=slug, tahun=tahun))


@perlu(SETUJUI)
@require_POST
def terbitkan_skm(request, slug: str, periode: str):
    return _terbitkan(request, slug, lambda scope, pd, user: services.terbitkan_skm(
        scope, pd=pd, kode_periode=periode, oleh=user), "diterbitkan di portal publik; periode survei ditutup.",
        redirect("survey:hasil", slug=slug, periode=periode))
