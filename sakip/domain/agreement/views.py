"""The PK of a PD-year: every version, what changed between two, and the downloads."""

from __future__ import annotations

from django.shortcuts import render
from django.views.decorators.http import require_GET

from sakip.core.galat import TidakDitemukan
from sakip.core.scoping import perlu
from sakip.documents.berkas import unduhan
from sakip.domain.agreement.dokumen import PK, bandingkan, build_pk
from sakip.domain.organisation.selectors import get_pd
from sakip.domain.workflow.selectors import panel
from sakip.rumus.peran import LIHAT


def _nomor(value: str | None, default: int | None) -> int | None:
    try:
        return int(value) if value else default
    except ValueError as exc:
        raise TidakDitemukan("Versi tidak dikenal.") from exc


@perlu(LIHAT)
@require_GET
def pk(request, slug: str, tahun: int):
    dok = build_pk(request.scope, slug, tahun)
    nomor = _nomor(request.GET.get("versi"), dok.versi[-1].nomor)
    v = dok.pilih(nomor).versi[0]
    dari = _nomor(request.GET.get("dari"), v.nomor - 1 if v.nomor > 1 else None)
    sebelumnya = next((x for x in dok.versi if x.nomor == dari), None)
    scope = request.scope
    return render(request, "agreement/pk.html", {
        "dok": dok, "v": v, "sebelumnya": sebelumnya,
        "alur": panel(scope, get_pd(scope, slug), "pk", tahun, 0),
        "perubahan": bandingkan(sebelumnya, v) if sebelumnya else [],
        "formats": PK.formats,
    })


@perlu(LIHAT)
@require_GET
def pk_unduh(request, slug: str, tahun: int, fmt: str):
    if not PK.punya(fmt):
        raise TidakDitemukan("Format tidak dikenal.")
    dok = build_pk(request.scope, slug, tahun)
    dok = dok.pilih(_nomor(request.GET.get("versi"), None))
    return unduhan(PK.berkas(dok, fmt))
