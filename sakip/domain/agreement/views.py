"""The PK of a PD-year: every version, what changed between two, and the downloads."""

from __future__ import annotations

from django.http import Http404
from django.shortcuts import render
from django.views.decorators.http import require_GET

from sakip.core.scoping import perlu
from sakip.domain.agreement.berkas import berkas_pk
from sakip.domain.agreement.pk import bandingkan, build_pk
from sakip.domain.organisation.selectors import get_pd
from sakip.domain.reporting.berkas import FORMATS, unduhan
from sakip.domain.workflow.selectors import panel
from sakip.rumus.peran import LIHAT


def _pk(request, slug: str, tahun: int):
    return build_pk(request.scope, slug, tahun)


def _nomor(value: str | None, default: int | None) -> int | None:
    try:
        return int(value) if value else default
    except ValueError as exc:
        raise Http404("Versi tidak dikenal.") from exc


@perlu(LIHAT)
@require_GET
def pk(request, slug: str, tahun: int):
    dok = _pk(request, slug, tahun)
    nomor = _nomor(request.GET.get("versi"), dok.versi[-1].nomor)
    v = dok.pilih(nomor).versi[0]
    dari = _nomor(request.GET.get("dari"), v.nomor - 1 if v.nomor > 1 else None)
    sebelumnya = next((x for x in dok.versi if x.nomor == dari), None)
    scope = request.scope
    return render(request, "agreement/pk.html", {
        "dok": dok, "v": v, "sebelumnya": sebelumnya,
        "alur": panel(scope, get_pd(scope, slug), "pk", tahun, 0),
        "perubahan": bandingkan(sebelumnya, v) if sebelumnya else [],
        "formats": [(fmt, label) for fmt, (_, label) in FORMATS.items()],
    })


@perlu(LIHAT)
@require_GET
def pk_unduh(request, slug: str, tahun: int, fmt: str):
    if fmt not in FORMATS:
        raise Http404("Format tidak dikenal.")
    dok = _pk(request, slug, tahun)
    dok = dok.pilih(_nomor(request.GET.get("versi"), None))
    return unduhan(berkas_pk(dok, fmt))
