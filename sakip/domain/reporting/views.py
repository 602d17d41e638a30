"""The LKjIP pages: the preview of its figures with the checks and downloads, and the analysis of one indicator."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from sakip.core.galat import TidakDitemukan
from sakip.core.scoping import CHANGE, perlu
from sakip.documents.berkas import unduhan
from sakip.domain.planning.models import Indikator
from sakip.domain.planning.selectors import get_scoped
from sakip.domain.reporting import services
from sakip.domain.reporting.dokumen import LKJIP, build_indikator_lkjip, build_lkjip
from sakip.domain.reporting.forms import AnalisisForm
from sakip.rumus.peran import ISI, LIHAT


@perlu(LIHAT)
@require_GET
def lkjip(request, slug: str, tahun: int):
    """Preview of the LKjIP figures (Bab III, Tabel 3.26) with the consistency checks and downloads."""
    dok = build_lkjip(request.scope, slug, tahun, pohon=True)
    return render(request, "reporting/lkjip.html", {"dok": dok, "data": dok.as_json(), "formats": LKJIP.formats,
                                                   "bisa_isi": request.scope.holds(ISI)})


@perlu(LIHAT)
@require_GET
def lkjip_unduh(request, slug: str, tahun: int, fmt: str):
    if not LKJIP.punya(fmt):
        raise TidakDitemukan("Format tidak dikenal.")
    return unduhan(LKJIP.berkas(build_lkjip(request.scope, slug, tahun, pohon=True), fmt))


@perlu(ISI)
@require_http_methods(["GET", "POST"])
def analisis(request, slug: str, tahun: int, indikator_id: int):
    """Write the analysis of one indicator (LKjIP Bab III g), starting from the draft written from the numbers."""
    scope = request.scope
    indikator = get_scoped(scope, Indikator, indikator_id, CHANGE, related=("pd", "pd__pemda"))
    if indikator.pd.slug != slug:
        raise TidakDitemukan("Indikator tidak ditemukan.")
    row = build_indikator_lkjip(scope, slug, tahun, indikator.pk)
    initial = dict(zip(("penyebab", "solusi", "langkah"), row.analisis, strict=True))
    form = AnalisisForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        services.simpan_analisis(scope, indikator=indikator, tahun=tahun, data=form.cleaned_data)
        messages.success(request, "Analisis disimpan.")
        return redirect("reporting:lkjip", slug=slug, tahun=tahun)
    return render(request, "reporting/analisis.html", {"form": form, "row": row, "pd": indikator.pd, "tahun": tahun})
