"""The quarterly data-entry grid, its .xlsx round trip, and the JSON/xlsx downloads."""

from __future__ import annotations

import base64

from django.contrib import messages
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from sakip.core.galat import Ditolak, TidakDitemukan
from sakip.core.penolakan import catat, catat_bila_ditolak
from sakip.core.scoping import CHANGE, Scope, perlu
from sakip.documents.berkas import unduhan, unggahan
from sakip.domain.measurement import services
from sakip.domain.measurement.bukti import EKSTENSI_INPUT, BerkasDitolak, maks_byte, ukuran_teks
from sakip.domain.measurement.dokumen import PENGUKURAN, Baris, BarisIku, build_baris, build_pengukuran
from sakip.domain.measurement.impor import impor_pengukuran
from sakip.domain.measurement.models import ROMAWI, BuktiDukung
from sakip.domain.measurement.selectors import kelengkapan
from sakip.domain.measurement.selectors_eksternal import jumlah_menunggu
from sakip.domain.organisation.selectors import get_pd
from sakip.domain.planning.models import Indikator, Lokasi, SubKegiatan
from sakip.domain.planning.selectors import get_scoped
from sakip.domain.workflow.selectors import panel, status_item
from sakip.domain.workflow.services import pastikan_terbuka
from sakip.rumus import alur
from sakip.rumus.peran import ISI, LIHAT

MAX_UPLOAD = 5 * 1024 * 1024


def _pengukuran(request, slug: str, tahun: int, tw: int):
    return build_pengukuran(request.scope, slug, tahun, tw)


def _context(request, p, panel_alur: bool = True, pd=None, **extra) -> dict:
    scope = request.scope
    pd = pd or get_pd(scope, p.unit_slug)
    if not panel_alur:  # a saved row only needs to know whether the quarter is still open
        terbuka = alur.terbuka(status_item(scope, pd, "pengukuran", p.tahun, p.triwulan))
        return {"p": p, "pd": pd, "bisa_ubah": scope.writes_for(pd) and terbuka, **extra}
    panel_ = panel(scope, pd, "pengukuran", p.tahun, p.triwulan)
    return {"p": p, "pd": pd, "alur": panel_, "bisa_ubah": scope.writes_for(pd) and panel_.terbuka,
            "triwulan_pilihan": [1, 2, 3, 4], **extra}


@perlu(LIHAT)
@require_GET
def grid(request, slug: str, tahun: int, tw: int):
    p = _pengukuran(request, slug, tahun, tw)
    context = _context(request, p)
    pd = context["pd"]
    menunggu = jumlah_menunggu(request.scope, pd, tahun, tw) if request.scope.writes_for(pd) else 0  # values of external sources
    return render(request, "measurement/grid.html", {**context, "kelengkapan": kelengkapan(request.scope, pd, p),
                                                     "kiriman_menunggu": menunggu})


@perlu(ISI)
@require_POST
def simpan_baris(request, slug: str, tahun: int, tw: int):
    """Save one grid row (htmx): the row comes back with its capaian, or with the error on its cell.

    The hot path of data entry: it reads the saved row's program (or sasaran indicator) and the quarter's
    budget lines for the total, never the whole quarter (``bench/pengukuran.py`` measures it)."""
    scope = request.scope
    pd = get_pd(scope, slug)
    if tw not in ROMAWI:
        raise TidakDitemukan("Triwulan tidak dikenal.")
    realisasi = anggaran = None
    program_id = iku_id = None
    if request.POST.get("indikator"):
        indikator = get_scoped(scope, Indikator, _int(request.POST["indikator"]), CHANGE,
                               related=("kegiatan", "sub_kegiatan__kegiatan"))
        if indikator.pd_id != pd.pk:
            raise TidakDitemukan("Indikator tidak ditemukan.")
        realisasi = services.IsianRealisasi(indikator, request.POST.get("realisasi", ""),
                                            request.POST.get("realisasi_awal"))
        iku_id, program_id = _pemilik(indikator)
    if request.POST.get("sub_kegiatan"):
        sub = get_scoped(scope, SubKegiatan, _int(request.POST["sub_kegiatan"]), CHANGE, related=("kegiatan",))
        lokasi = get_scoped(scope, Lokasi, _int(request.POST["lokasi"]), CHANGE) if request.POST.get("lokasi") else None
        if sub.pd_id != pd.pk or (lokasi is not None and lokasi.sub_kegiatan_id != sub.pk):
            raise TidakDitemukan("Baris anggaran tidak ditemukan.")
        anggaran = services.isian_anggaran(sub, lokasi, tw, request.POST.get("realisasi_anggaran", ""),
                                           request.POST.get("realisasi_anggaran_awal"))
        program_id = sub.kegiatan.program_id
    errors = {}
    try:
        services.simpan_baris(scope, tahun=tahun, triwulan=tw, realisasi=realisasi, anggaran=anggaran)
    except ValidationError as exc:
        errors = exc.message_dict
        catat_bila_ditolak(request, exc)
    p = build_baris(scope, pd, tahun, tw, program_id=program_id, iku_id=iku_id)
    key = request.POST.get("kunci", "")
    baris: tuple[Baris | BarisIku, ...] = (*p.baris, *p.iku)
    row = next((b for b in baris if b.kunci == key), None)
    if row is None:
        raise TidakDitemukan("Baris tidak ditemukan.")
    template = "measurement/_baris_iku.html" if key.startswith("iku-") else "measurement/_baris.html"
    return render(request, template, {**_context(request, p, panel_alur=False, pd=pd), "b": row, "errors": errors,
                                      "isian": request.POST if errors else {}, "oob_total": True})


def _pemilik(indikator: Indikator) -> tuple[int | None, int | None]:
    """(sasaran indicator id, program id) of the grid row an indicator belongs to."""
    level = indikator.level
    if level in ("tujuan", "sasaran"):
        return indikator.pk, None
    if level == "program":
        return None, indikator.program_id
    if level == "kegiatan" and indikator.kegiatan is not None:
        return None, indikator.kegiatan.program_id
    if indikator.sub_kegiatan is not None:
        return None, indikator.sub_kegiatan.kegiatan.program_id
    return None, None


def _int(value: str) -> int:
    try:
        return int(value)
    except (TypeError, ValueError) as exc:
        raise Http404("Data tidak ditemukan.") from exc


@perlu(LIHAT)
@require_GET
def unduh(request, slug: str, tahun: int, tw: int, fmt: str):
    if not PENGUKURAN.punya(fmt):
        raise TidakDitemukan("Format tidak dikenal.")
    return unduhan(PENGUKURAN.berkas(_pengukuran(request, slug, tahun, tw), fmt))


@perlu(ISI)
@require_http_methods(["POST"])
def unggah(request, slug: str, tahun: int, tw: int):
    """Upload a filled template: preview every change and every error; "simpan" commits all or nothing."""
    scope = request.scope
    pd = get_pd(scope, slug)
    if not scope.writes_for(pd):
        raise Http404("Perangkat daerah tidak ditemukan.")
    isi = unggahan(request, MAX_UPLOAD)
    if isi is None:
        messages.error(request, "Pilih berkas .xlsx (paling besar 5 MB) untuk diunggah.")
        return redirect("measurement:grid", slug=slug, tahun=tahun, tw=tw)
    simpan = request.POST.get("simpan") == "1"
    hasil = impor_pengukuran(scope, slug=slug, tahun=tahun, triwulan=tw, isi=isi, simpan=simpan)
    if hasil.disimpan:
        messages.success(request, f"{len(hasil.perubahan)} isian dari berkas disimpan.")
        return redirect("measurement:grid", slug=slug, tahun=tahun, tw=tw)
    p = _pengukuran(request, slug, tahun, tw)
    return render(request, "measurement/pratinjau.html", _context(request, p, hasil=hasil,
                                                                 berkas_b64=base64.b64encode(isi).decode()))


# --- bukti dukung (evidence files of a realisation) ----------------------------------------------------


def _indikator_bukti(scope: Scope, slug: str, tahun: int, tw: int, indikator_id: int):
    """The PD and one of its indicators, for a quarter of a year the indicator runs; else 404."""
    pd = get_pd(scope, slug)
    indikator = get_scoped(scope, Indikator, indikator_id, related=("pd",))
    if indikator.pd_id != pd.pk or tw not in ROMAWI or tahun not in indikator.tahun_target():
        raise Http404("Indikator tidak ditemukan.")
    return pd, indikator


def _pesan(exc: ValidationError) -> dict[str, list[str]]:
    """Messages by field; those of no field (the quarter is locked) under ``umum``."""
    if not hasattr(exc, "error_dict"):
        return {"umum": exc.messages}
    return {("umum" if field == NON_FIELD_ERRORS else field): msgs for field, msgs in exc.message_dict.items()}


def _halaman_bukti(request, pd, indikator, tahun: int, tw: int, errors: dict | None = None):
    scope = request.scope
    try:
        pastikan_terbuka(pd.pk, "pengukuran", tahun, tw)
        kunci = ""
    except ValidationError as exc:
        kunci = " ".join(exc.messages)
    rows = (BuktiDukung.objects.within(scope).filter(indikator=indikator, tahun=tahun, triwulan=tw)
            .select_related("diunggah_oleh").order_by("diunggah", "pk"))
    return render(request, "measurement/bukti.html", {
        "pd": pd, "indikator": indikator, "tahun": tahun, "tw": tw, "romawi": ROMAWI[tw], "rows": rows,
        "bisa_ubah": scope.writes_for(pd) and not kunci, "kunci": kunci, "errors": errors or {},
        "isian": request.POST if errors else {}, "ekstensi": EKSTENSI_INPUT, "maks": ukuran_teks(maks_byte()),
    }, status=400 if errors else 200)


@perlu(LIHAT)
@require_http_methods(["GET", "POST"])
def bukti(request, slug: str, tahun: int, tw: int, indikator_id: int):
    """The evidence files of an indicator in a quarter; POST uploads one (right ISI)."""
    scope = request.scope
    pd, indikator = _indikator_bukti(scope, slug, tahun, tw, indikator_id)
    if request.method == "GET":
        return _halaman_bukti(request, pd, indikator, tahun, tw)
    if not scope.holds(ISI):
        raise Ditolak("Peran Anda tidak mencakup pengisian data.")
    if not scope.writes_for(pd):
        raise Http404("Perangkat daerah tidak ditemukan.")
    upload = request.FILES.get("berkas")
    if upload is None:
        return _halaman_bukti(request, pd, indikator, tahun, tw, {"berkas": ["Pilih berkas yang akan diunggah."]})
    try:
        row = services.simpan_bukti(scope, indikator=indikator, tahun=tahun, triwulan=tw, upload=upload,
                                    keterangan=request.POST.get("keterangan", ""), oleh=request.user)
    except BerkasDitolak as exc:
        if exc.mencurigakan:
            catat(request, f"Berkas bukti dukung ditolak: {exc.alasan}")
        return _halaman_bukti(request, pd, indikator, tahun, tw, _pesan(exc))
    except ValidationError as exc:
        return _halaman_bukti(request, pd, indikator, tahun, tw, _pesan(exc))
    messages.success(request, f"Bukti dukung “{row.nama_asli}” diunggah.")
    return redirect("measurement:bukti", slug=slug, tahun=tahun, tw=tw, indikator_id=indikator.pk)


@perlu(ISI)
@require_POST
def bukti_hapus(request, pk: int):
    scope = request.scope
    row = get_scoped(scope, BuktiDukung, pk, CHANGE, related=("pd", "indikator"))
    if not scope.writes_for(row.pd):
        raise Http404("Bukti dukung tidak ditemukan.")
    try:
        services.hapus_bukti(scope, row)
    except ValidationError as exc:
        return _halaman_bukti(request, row.pd, row.indikator, row.tahun, row.triwulan, _pesan(exc))
    messages.success(request, f"Bukti dukung “{row.nama_unduhan}” dihapus.")
    return redirect("measurement:bukti", slug=row.pd.slug, tahun=row.tahun, tw=row.triwulan, indikator_id=row.indikator_id)


@perlu(LIHAT)
@require_GET
def bukti_unduh(request, pk: int):
    """The stored file, to whoever may see its row; MEDIA_ROOT itself is served by no URL."""
    row = get_scoped(request.scope, BuktiDukung, pk)
    try:
        berkas = row.berkas.open("rb")
    except (FileNotFoundError, ValueError) as exc:
        raise Http404("Berkas bukti dukung tidak ditemukan.") from exc
    response = FileResponse(berkas, as_attachment=True, filename=row.nama_unduhan,
                            content_type=row.jenis or "application/octet-stream")
    response["Cache-Control"] = "private, no-store"
    return response
