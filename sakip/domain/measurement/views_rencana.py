"""The rencana aksi of a PD-year: the quarterly targets of every indicator with what is planned, and the anggaran
kas of every sub kegiatan. Readers of the PD see the page; its operator (right ``isi``) saves either table."""

from __future__ import annotations

import base64

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from sakip.core.galat import Ditolak
from sakip.core.penolakan import catat_bila_ditolak
from sakip.core.scoping import perlu
from sakip.documents.berkas import MAX_UNGGAHAN, Berkas, unduhan, unggahan
from sakip.documents.registry import MIME_XLSX
from sakip.domain.measurement import services_rencana as services
from sakip.domain.measurement.forms_anggaran import AWAL
from sakip.domain.measurement.forms_rencana import KAS, RENCANA, KasForm, RencanaForm
from sakip.domain.measurement.impor_rencana import impor_rencana, templat
from sakip.domain.measurement.models import ROMAWI
from sakip.domain.organisation.selectors import get_pd
from sakip.rumus.peran import ISI, LIHAT


@perlu(LIHAT)
@require_http_methods(["GET", "POST"])
def rencana_aksi(request, slug: str, tahun: int):
    scope = request.scope
    pd = get_pd(scope, slug)
    menulis = scope.writes_for(pd)
    if request.method == "POST" and not menulis:
        raise Ditolak("Anda tidak berwenang mengubah rencana aksi perangkat daerah ini.")
    layar = services.layar_rencana(scope, pd, tahun)
    bagian = request.POST.get("bagian") if request.method == "POST" else None
    rencana = RencanaForm(request.POST if bagian == RENCANA else None, layar=layar)
    kas = KasForm(request.POST if bagian == KAS else None, layar=layar)
    form = rencana if bagian == RENCANA else kas if bagian == KAS else None
    if form is not None and form.is_valid():
        try:
            if form is rencana:
                jumlah = services.simpan_rencana(scope, pd=pd, tahun=tahun, baris=rencana.isian())
            else:
                jumlah = services.simpan_kas(scope, pd=pd, tahun=tahun, baris=kas.isian())
        except ValidationError as exc:
            catat_bila_ditolak(request, exc)
            form.tampilkan(exc)
        else:
            apa = "Rencana aksi" if form is rencana else "Anggaran kas"
            messages.success(request, f"{apa} disimpan ({jumlah} isian berubah)." if jumlah
                             else f"Tidak ada {apa.lower()} yang berubah.")
            return redirect("measurement:rencana_aksi", slug=slug, tahun=tahun)
    terkunci = layar.terkunci_sampai
    return render(request, "measurement/rencana_aksi.html", {
        "layar": layar, "pd": pd, "tahun": tahun, "rencana": rencana, "kas": kas, "awal": AWAL,
        "bisa_ubah": menulis and terkunci < 4, "romawi": list(ROMAWI.values()),
        "kunci_tw": [ROMAWI[q] for q in range(1, terkunci + 1)], "RENCANA": RENCANA, "KAS": KAS,
    })


@perlu(LIHAT)
@require_GET
def templat_xlsx(request, slug: str, tahun: int):
    """The rencana aksi as an Excel template filled with what is held (``impor_rencana``)."""
    pd = get_pd(request.scope, slug)
    return unduhan(Berkas(templat(request.scope, pd.slug, tahun), MIME_XLSX, f"rencana-aksi-{pd.slug}-{tahun}.xlsx"))


@perlu(ISI)
@require_POST
def unggah(request, slug: str, tahun: int):
    """Upload a filled template: preview every change and every problem; "simpan" saves all or nothing."""
    scope = request.scope
    pd = get_pd(scope, slug)
    if not scope.writes_for(pd):
        raise Http404("Perangkat daerah tidak ditemukan.")
    isi = unggahan(request, MAX_UNGGAHAN)
    if isi is None:
        messages.error(request, "Pilih berkas .xlsx (paling besar 5 MB) untuk diunggah.")
        return redirect("measurement:rencana_aksi", slug=slug, tahun=tahun)
    hasil = impor_rencana(scope, slug=slug, tahun=tahun, isi=isi, simpan=request.POST.get("simpan") == "1")
    if hasil.disimpan:
        messages.success(request, f"Rencana aksi dari berkas disimpan ({len(hasil.perubahan)} isian berubah).")
        return redirect("measurement:rencana_aksi", slug=slug, tahun=tahun)
    return render(request, "measurement/rencana_aksi_pratinjau.html", {
        "pd": pd, "tahun": tahun, "hasil": hasil, "berkas_b64": base64.b64encode(isi).decode()})
