"""Document pages and downloads. Each view builds the document structure and hands it to a renderer."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import render
from django.views.decorators.http import require_GET

from sakip.core.scoping import Scope
from sakip.reporting.berkas import FORMATS, berkas_iku, unduhan
from sakip.reporting.iku import DokumenTidakDitemukan, build_iku


def _iku(request, slug: str, tahun: int):
    try:
        return build_iku(Scope.for_user(request.user), slug, tahun)
    except DokumenTidakDitemukan as exc:
        raise Http404(str(exc)) from exc


@login_required
@require_GET
def iku(request, slug: str, tahun: int):
    dok = _iku(request, slug, tahun)
    return render(request, "reporting/iku.html", {
        "dok": dok, "tahun": tahun, "formats": [(fmt, label) for fmt, (_, label) in FORMATS.items()]})


@login_required
@require_GET
def iku_unduh(request, slug: str, tahun: int, fmt: str):
    if fmt not in FORMATS:
        raise Http404("Format tidak dikenal.")
    return unduhan(berkas_iku(_iku(request, slug, tahun), fmt))
