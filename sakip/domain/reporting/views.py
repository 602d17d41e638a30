"""Document pages and downloads. Each view builds the document structure and hands it to a renderer."""

from __future__ import annotations

from django.http import Http404
from django.shortcuts import render
from django.views.decorators.http import require_GET, require_http_methods

from sakip.core.scoping import perlu
from sakip.domain.reporting.berkas import FORMATS, berkas_iku, unduhan
from sakip.domain.reporting.iku import build_iku
from sakip.rumus.peran import ISI, LIHAT


def _iku(request, slug: str, tahun: int):
    return build_iku(request.scope, slug, tahun)


@perlu(LIHAT)
@require_GET
def iku(request, slug: str, tahun: int):
    dok = _iku(request, slug, tahun)
    return render(request, "reporting/iku.html", {
        "dok": dok, "tahun": tahun, "formats": [(fmt, label) for fmt, (_, label) in FORMATS.items()]})


@perlu(LIHAT)
@require_GET
def iku_unduh(request, slug: str, tahun: int, fmt: str):
    if fmt not in FORMATS:
        raise Http404("Format tidak dikenal.")
    return unduhan(berkas_iku(_iku(request, slug, tahun), fmt))


@perlu(LIHAT)
@require_GET
def lkjip(request, slug: str, tahun: int):
    """Preview of the LKjIP figures (Bab III, Tabel 3.26) with the consistency checks and downloads."""
    from sakip.domain.reporting.lkjip import build_lkjip

    dok = build_lkjip(request.scope, slug, tahun)
    return render(request, "reporting/lkjip.html", {"dok": dok, "data": dok.as_json()})


@perlu(LIHAT)
@require_GET
def lkjip_unduh(request, slug: str, tahun: int, fmt: str):
    from sakip.domain.reporting.lkjip import berkas_lkjip, build_lkjip

    if fmt not in ("json", "xlsx", "docx", "pdf"):
        raise Http404("Format tidak dikenal.")
    dok = build_lkjip(request.scope, slug, tahun)
    return unduhan(berkas_lkjip(dok, fmt))


@perlu(ISI)
@require_http_methods(["GET", "POST"])
def analisis(request, slug: str, tahun: int, indikator_id: int):
    """Write the analysis of one indicator (LKjIP Bab III g), starting from the draft written from the numbers."""
    from django.contrib import messages
    from django.shortcuts import redirect

    from sakip.core.scoping import CHANGE
    from sakip.domain.planning.models import Indikator
    from sakip.domain.planning.selectors import get_scoped
    from sakip.domain.reporting import services
    from sakip.domain.reporting.forms import AnalisisForm
    from sakip.domain.reporting.lkjip import build_lkjip

    scope = request.scope
    indikator = get_scoped(scope, Indikator, indikator_id, CHANGE, related=("pd",))
    if indikator.pd.slug != slug:
        raise Http404("Indikator tidak ditemukan.")
    dok = build_lkjip(scope, slug, tahun)
    row = next((i for s in dok.sasaran for i in s.indikator if i.indikator_id == indikator.pk), None)
    if row is None:
        raise Http404("Indikator ini bukan indikator sasaran tahun tersebut.")
    initial = dict(zip(("penyebab", "solusi", "langkah"), row.analisis, strict=True))
    form = AnalisisForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        services.simpan_analisis(scope, indikator=indikator, tahun=tahun, data=form.cleaned_data)
        messages.success(request, "Analisis disimpan.")
        return redirect("reporting:lkjip", slug=slug, tahun=tahun)
    return render(request, "reporting/analisis.html", {"form": form, "row": row, "dok": dok})
