"""The quarterly data-entry grid, its .xlsx round trip, and the JSON/xlsx downloads."""

from __future__ import annotations

import base64
import binascii

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from sakip.accounts.peran import ISI, LIHAT
from sakip.core.scoping import CHANGE, Scope, perlu
from sakip.measurement import services
from sakip.measurement.berkas import FORMATS_PENGUKURAN, berkas_pengukuran
from sakip.measurement.pengukuran import PengukuranTidakDitemukan, build_pengukuran
from sakip.organisation.selectors import get_pd
from sakip.planning.models import Indikator, Lokasi, SubKegiatan
from sakip.planning.selectors import get_scoped
from sakip.reporting.berkas import unduhan

MAX_UPLOAD = 5 * 1024 * 1024


def _pengukuran(request, slug: str, tahun: int, tw: int):
    try:
        return build_pengukuran(Scope.for_user(request.user), slug, tahun, tw)
    except PengukuranTidakDitemukan as exc:
        raise Http404(str(exc)) from exc


def _context(request, p, **extra) -> dict:
    scope = Scope.for_user(request.user)
    pd = get_pd(scope, p.unit_slug)
    return {"p": p, "pd": pd, "bisa_ubah": scope.boleh_isi(pd), "triwulan_pilihan": [1, 2, 3, 4], **extra}


@perlu(LIHAT)
@require_GET
def grid(request, slug: str, tahun: int, tw: int):
    p = _pengukuran(request, slug, tahun, tw)
    return render(request, "measurement/grid.html", _context(request, p))


@perlu(ISI)
@require_POST
def simpan_baris(request, slug: str, tahun: int, tw: int):
    """Save one grid row (htmx): the row comes back with its capaian, or with the error on its cell."""
    scope = Scope.for_user(request.user)
    get_pd(scope, slug)
    realisasi = anggaran = None
    if request.POST.get("indikator"):
        indikator = get_scoped(scope, Indikator, _int(request.POST["indikator"]), CHANGE)
        if indikator.pd.slug != slug:
            raise Http404("Indikator tidak ditemukan.")
        realisasi = services.IsianRealisasi(indikator, request.POST.get("realisasi", ""))
    if request.POST.get("sub_kegiatan"):
        sub = get_scoped(scope, SubKegiatan, _int(request.POST["sub_kegiatan"]), CHANGE)
        lokasi = get_scoped(scope, Lokasi, _int(request.POST["lokasi"]), CHANGE) if request.POST.get("lokasi") else None
        before = _pengukuran(request, slug, tahun, tw)
        line = next((b for b in before.baris if b.anggaran_diisi_di_sini and b.sub_kegiatan_id == sub.pk
                     and b.lokasi_id == (lokasi.pk if lokasi else None)), None)
        if line is None:
            raise Http404("Baris anggaran ini tidak diisi pada triwulan ini.")
        anggaran = services.IsianAnggaran(sub, lokasi, request.POST.get("realisasi_anggaran", ""), line.pagu)
    errors = {}
    try:
        services.simpan_baris(scope, tahun=tahun, triwulan=tw, realisasi=realisasi, anggaran=anggaran)
    except ValidationError as exc:
        errors = exc.message_dict
    p = _pengukuran(request, slug, tahun, tw)
    key = request.POST.get("kunci", "")
    row = next((b for b in p.baris if _kunci(b) == key), None) or next((b for b in p.iku if f"iku-{b.indikator_id}" == key), None)
    if row is None:
        raise Http404("Baris tidak ditemukan.")
    template = "measurement/_baris_iku.html" if key.startswith("iku-") else "measurement/_baris.html"
    return render(request, template, {**_context(request, p), "b": row, "errors": errors,
                                      "isian": request.POST if errors else {}, "oob_total": True})


def _kunci(b) -> str:
    return f"{b.level}-{b.indikator_id or 0}-{b.sub_kegiatan_id or 0}-{b.lokasi_id or 0}"


def _int(value: str) -> int:
    try:
        return int(value)
    except (TypeError, ValueError) as exc:
        raise Http404("Data tidak ditemukan.") from exc


@perlu(LIHAT)
@require_GET
def unduh(request, slug: str, tahun: int, tw: int, fmt: str):
    if fmt not in FORMATS_PENGUKURAN:
        raise Http404("Format tidak dikenal.")
    return unduhan(berkas_pengukuran(_pengukuran(request, slug, tahun, tw), fmt))


@perlu(ISI)
@require_http_methods(["POST"])
def unggah(request, slug: str, tahun: int, tw: int):
    """Upload a filled template: preview every change and every error; "simpan" commits all or nothing."""
    scope = Scope.for_user(request.user)
    pd = get_pd(scope, slug)
    if not scope.boleh_isi(pd):
        raise Http404("Perangkat daerah tidak ditemukan.")
    isi = _uploaded(request)
    if isi is None:
        messages.error(request, "Pilih berkas .xlsx (paling besar 5 MB) untuk diunggah.")
        return redirect("measurement:grid", slug=slug, tahun=tahun, tw=tw)
    simpan = request.POST.get("simpan") == "1"
    hasil = services.impor_pengukuran(scope, slug=slug, tahun=tahun, triwulan=tw, isi=isi, simpan=simpan)
    if hasil.disimpan:
        messages.success(request, f"{len(hasil.perubahan)} isian dari berkas disimpan.")
        return redirect("measurement:grid", slug=slug, tahun=tahun, tw=tw)
    p = _pengukuran(request, slug, tahun, tw)
    return render(request, "measurement/pratinjau.html", _context(request, p, hasil=hasil,
                                                                 berkas_b64=base64.b64encode(isi).decode()))


def _uploaded(request) -> bytes | None:
    if "berkas" in request.FILES:
        upload = request.FILES["berkas"]
        return upload.read() if upload.size <= MAX_UPLOAD else None
    try:
        isi = base64.b64decode(request.POST.get("berkas_b64", ""), validate=True)
    except (binascii.Error, ValueError):
        return None
    return isi if 0 < len(isi) <= MAX_UPLOAD else None
