"""The public portal (no login, cached, rate-limited) and the head's publishing actions."""

from __future__ import annotations

import datetime
from functools import wraps

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.views.decorators.cache import cache_page
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from sakip.composite.portal import pindaian as cek_pindaian
from sakip.composite.portal import selectors, services
from sakip.composite.portal.models import Pindaian, Publikasi
from sakip.core.batas import batas_publik
from sakip.core.galat import Ditolak
from sakip.core.penolakan import catat
from sakip.core.scoping import perlu
from sakip.domain.agreement.dokumen import build_pk
from sakip.domain.measurement.bukti import BerkasDitolak, ukuran_teks
from sakip.domain.organisation.selectors import get_pd
from sakip.domain.planning.selectors import get_scoped
from sakip.domain.survey.dokumen import build_skm
from sakip.rumus.capaian import SKALA
from sakip.rumus.peran import LIHAT, SETUJUI

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


# --- scans of the signed PK and LKjIP ----------------------------------------------------------------------


def _halaman_pindaian(request, pd_obj, tahun: int, errors: dict | None = None):
    scope = request.scope
    return render(request, "portal/pindaian.html", {
        "pd": pd_obj, "tahun": tahun, "rows": selectors.pindaian_pd(scope, pd_obj, tahun),
        "bisa_ubah": services.boleh_unggah_pindaian(scope, pd_obj), "jenis": Pindaian.Jenis.choices,
        "errors": errors or {}, "isian": request.POST if errors else {},
        "maks": ukuran_teks(cek_pindaian.maks_byte()),
    }, status=400 if errors else 200)


def _pesan(exc: ValidationError) -> dict[str, list[str]]:
    """Messages by field; those of no field under ``umum``."""
    if not hasattr(exc, "error_dict"):
        return {"umum": exc.messages}
    return {(field if field in ("berkas", "jenis", "keterangan") else "umum"): msgs
            for field, msgs in exc.message_dict.items()}


@perlu(LIHAT)
@require_http_methods(["GET", "POST"])
def pindaian(request, slug: str, tahun: int):
    """The signed, scanned PK and LKjIP of a PD's year; POST uploads one (the PD's operator or head)."""
    scope = request.scope
    pd_obj = get_pd(scope, slug)
    if request.method == "GET":
        return _halaman_pindaian(request, pd_obj, tahun)
    if not services.boleh_unggah_pindaian(scope, pd_obj):
        raise Ditolak("Hanya operator atau pimpinan perangkat daerah yang mengunggah dokumen bertanda tangan.")
    upload = request.FILES.get("berkas")
    if upload is None:
        return _halaman_pindaian(request, pd_obj, tahun, {"berkas": ["Pilih berkas PDF yang akan diunggah."]})
    try:
        row = services.simpan_pindaian(scope, pd=pd_obj, jenis=request.POST.get("jenis", ""), tahun=tahun,
                                       upload=upload, keterangan=request.POST.get("keterangan", ""),
                                       oleh=request.user)
    except BerkasDitolak as exc:
        if exc.mencurigakan:
            catat(request, f"Pindaian dokumen bertanda tangan ditolak: {exc.alasan}")
        return _halaman_pindaian(request, pd_obj, tahun, _pesan(exc))
    except ValidationError as exc:
        return _halaman_pindaian(request, pd_obj, tahun, _pesan(exc))
    messages.success(request, f"{row.judul} “{row.nama_asli}” diunggah ({row.halaman} halaman).")
    return redirect("portal:pindaian", slug=slug, tahun=tahun)


@perlu(LIHAT)
@require_POST
def pindaian_hapus(request, pk: int):
    # VIEW, not CHANGE: the head (who writes no rows) deletes a wrong scan too; the service checks the right.
    row = get_scoped(request.scope, Pindaian, pk, related=("pd",))
    services.hapus_pindaian(request.scope, row)
    messages.success(request, f"{row.judul} “{row.nama_asli}” dihapus.")
    return redirect("portal:pindaian", slug=row.pd.slug, tahun=row.tahun)


def _unduh_pindaian(row: Pindaian) -> FileResponse:
    try:
        berkas = row.berkas.open("rb")
    except (FileNotFoundError, ValueError) as exc:
        raise Http404("Berkas tidak ditemukan.") from exc
    return FileResponse(berkas, as_attachment=True, content_type="application/pdf",
                        filename=f"{row.get_jenis_display()}-{row.pd.slug}-{row.tahun}-bertanda-tangan.pdf")


@perlu(LIHAT)
@require_GET
def pindaian_unduh(request, pk: int):
    """A stored scan, to whoever may see its row (also before its document is public)."""
    response = _unduh_pindaian(get_scoped(request.scope, Pindaian, pk, related=("pd",)))
    response["Cache-Control"] = "private, no-store"
    return response


@batas_publik
@require_GET
def berkas_pindaian(request, pk: int):
    """A signed scan on the public portal: only once its document is public (PK approved, LKjIP published)."""
    return _unduh_pindaian(selectors.pindaian_publik(pk))
