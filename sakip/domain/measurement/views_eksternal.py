"""The operator's page of a quarter's values from external sources: what waits (indicator, value sent, current
realisation, source, sender, time) with Terima / Tolak, what was decided, and the upload of a source's CSV file for
offices without a connection. Whoever enters the PD's data (``isi`` and the PD) uses it; others get 403/404 as on the
grid's writes."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from sakip.core.galat import TidakDitemukan
from sakip.core.penolakan import catat_bila_ditolak
from sakip.core.scoping import perlu
from sakip.domain.measurement import selectors_eksternal as selectors
from sakip.domain.measurement import services_eksternal as services
from sakip.domain.measurement.forms_eksternal import PutusForm, UnggahSumberForm
from sakip.domain.measurement.models import ROMAWI, KirimanEksternal
from sakip.domain.organisation.selectors import get_pd
from sakip.rumus.peran import ISI

DIPUTUS_TAMPIL = 50


def _pd(request, slug: str, tw: int):
    pd = get_pd(request.scope, slug)
    if tw not in ROMAWI or not request.scope.writes_for(pd):
        raise Http404("Perangkat daerah tidak ditemukan.")
    return pd


def _alamat(slug: str, tahun: int, tw: int) -> str:
    return reverse("measurement:kiriman", args=[slug, tahun, tw])


@perlu(ISI)
@require_http_methods(["GET", "POST"])
def kiriman(request, slug: str, tahun: int, tw: int):
    """The page (GET); a source's CSV file posted to it becomes waiting values, every row or none (the errors are
    shown on the page)."""
    pd = _pd(request, slug, tw)
    if request.method == "POST":
        return _unggah(request, pd, tahun, tw)
    return _halaman(request, pd, tahun, tw)


def _halaman(request, pd, tahun: int, tw: int, unggah: UnggahSumberForm | None = None):
    scope = request.scope
    diputus = list(selectors.kiriman_triwulan(scope, pd, tahun, tw).exclude(status=KirimanEksternal.MENUNGGU)
                   [:DIPUTUS_TAMPIL])
    sumber = selectors.sumber_pd(scope, pd)
    return render(request, "measurement/kiriman.html", {
        "pd": pd, "tahun": tahun, "tw": tw, "romawi": ROMAWI[tw], "menunggu": selectors.menunggu(scope, pd, tahun, tw),
        "diputus": diputus, "sumber": sumber, "unggah": unggah or UnggahSumberForm(sumber=sumber)},
        status=400 if unggah is not None and unggah.errors else 200)


@perlu(ISI)
@require_POST
def putus(request, slug: str, tahun: int, tw: int):
    """Terima or Tolak one waiting value; back to the page with the outcome."""
    pd = _pd(request, slug, tw)
    form = PutusForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(str(m) for ms in form.errors.values() for m in ms))
        return redirect(_alamat(pd.slug, tahun, tw))
    data = form.cleaned_data
    row = selectors.get_kiriman(request.scope, pd, data["kiriman"])
    if row is None or (row.tahun, row.triwulan) != (tahun, tw):
        raise TidakDitemukan("Kiriman tidak ditemukan.")
    try:
        if data["aksi"] == "terima":
            services.terima(request.scope, kiriman=row, awal=data["awal"], oleh=request.user)
            messages.success(request, f"Kiriman #{row.pk} diterima: realisasi “{row.indikator.nama}” sekarang {row.teks}.")
        else:
            services.tolak(request.scope, kiriman=row, alasan=data["alasan"], oleh=request.user)
            messages.success(request, f"Kiriman #{row.pk} ditolak.")
    except ValidationError as exc:
        catat_bila_ditolak(request, exc)
        messages.error(request, f"Kiriman #{row.pk}: {' '.join(exc.messages)}")
    return redirect(_alamat(pd.slug, tahun, tw))


def _unggah(request, pd, tahun: int, tw: int):
    form = UnggahSumberForm(request.POST, request.FILES, sumber=selectors.sumber_pd(request.scope, pd))
    if form.is_valid():
        nama = request.FILES["berkas"].name or "tanpa nama"
        try:
            rows = services.terima_kiriman(
                request.scope, pd=pd, sumber=form.cleaned_data["sumber"], isian=form.cleaned_data["berkas"],
                dikirim_oleh=f"berkas CSV {nama[:80]} oleh {request.user.get_username()}", kunci_pengirim="csv",
                akun=request.user, medan=services.medan_csv)
        except ValidationError as exc:
            catat_bila_ditolak(request, exc)
            form.add_error("berkas", [f"{k}: {m}" for k, ms in exc.message_dict.items() for m in ms])
        else:
            messages.success(request, f"{len(rows)} nilai dari {form.cleaned_data['sumber']} diterima dan menunggu "
                                      "konfirmasi.")
            return redirect(_alamat(pd.slug, tahun, tw))
    return _halaman(request, pd, tahun, tw, unggah=form)
