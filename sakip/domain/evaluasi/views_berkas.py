"""The worksheet page's files: downloads of the LHE (Word, PDF) and of the LKE (Excel, JSON) for every reader of
the evaluation, the upload of a filled worksheet (preview, then all or nothing), and the evaluator's LHE form."""

from __future__ import annotations

import base64

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from sakip.core.galat import Ditolak, TidakDitemukan, pesan_galat
from sakip.core.scoping import perlu
from sakip.documents.berkas import unduhan, unggahan
from sakip.domain.evaluasi import services
from sakip.domain.evaluasi.dokumen import LHE, LKE, Lembar, lembar_lke
from sakip.domain.evaluasi.impor import impor_lke
from sakip.domain.evaluasi.lhe import LheForm, boleh_lhe, simpan_lhe
from sakip.domain.evaluasi.naskah import build_lhe
from sakip.rumus.peran import LIHAT


def konteks(request, lembar: Lembar) -> dict:
    """What the worksheet page adds for the files: the download buttons, the upload, the LHE form."""
    scope, evaluasi = request.scope, lembar.evaluasi
    return {
        "unduhan_lhe": LHE.formats[:-1], "unduhan_lke": LKE.formats,  # the LHE's JSON is the LKE's with nomor/signer
        "bisa_unggah": bool(services.medan_boleh(scope, evaluasi, lembar.pd)),
        "lhe_form": LheForm(instance=evaluasi) if boleh_lhe(scope, lembar.pd) else None,
    }


@perlu(LIHAT)
@require_GET
def unduh(request, slug: str, tahun: int, fmt: str):
    """The LHE as Word or PDF, the worksheet as Excel or JSON: the same bytes as ``sakip lke --format``."""
    if LHE.punya(fmt) and fmt != "json":
        return unduhan(LHE.berkas(build_lhe(request.scope, slug, tahun), fmt))
    if LKE.punya(fmt):
        return unduhan(LKE.berkas(lembar_lke(request.scope, slug, tahun).dok, fmt))
    raise TidakDitemukan("Format tidak dikenal.")


@perlu(LIHAT)
@require_POST
def unggah(request, slug: str, tahun: int):
    """Upload a filled worksheet: preview every change and every error; "simpan" commits all or nothing."""
    scope = request.scope
    lembar = lembar_lke(scope, slug, tahun)
    if not services.medan_boleh(scope, lembar.evaluasi, lembar.pd):
        messages.error(request, f"Tidak ada kolom yang dapat Anda isi pada tahap {lembar.dok.tahap_label}.")
        return redirect("evaluasi:lke", slug=slug, tahun=tahun)
    isi = unggahan(request)
    if isi is None:
        messages.error(request, "Pilih berkas .xlsx (paling besar 5 MB) untuk diunggah.")
        return redirect("evaluasi:lke", slug=slug, tahun=tahun)
    simpan = request.POST.get("simpan") == "1"
    hasil = impor_lke(scope, slug=slug, tahun=tahun, isi=isi, simpan=simpan)
    if hasil.disimpan:
        messages.success(request, f"{len(hasil.perubahan)} isian dari berkas disimpan.")
        return redirect("evaluasi:lke", slug=slug, tahun=tahun)
    return render(request, "evaluasi/pratinjau_lke.html", {
        "dok": lembar.dok, "hasil": hasil, "berkas_b64": base64.b64encode(isi).decode()},
        status=200 if hasil.ok else 400)


@perlu(LIHAT)
@require_POST
def lhe(request, slug: str, tahun: int):
    """The evaluator sets the LHE's nomor, date, place and signer (any stage)."""
    scope = request.scope
    lembar = lembar_lke(scope, slug, tahun)
    if not boleh_lhe(scope, lembar.pd):
        raise Ditolak("Hanya evaluator (Inspektorat) yang mengisi data Laporan Hasil Evaluasi.")
    form = LheForm(request.POST, instance=lembar.evaluasi)
    try:
        if not form.is_valid():
            raise ValidationError([f"{form.fields[f].label}: {m}" if f in form.fields else str(m)
                                   for f, ms in form.errors.items() for m in ms])
        simpan_lhe(scope, evaluasi=lembar.evaluasi, data=form.cleaned_data)
    except ValidationError as exc:
        pesan_galat(request, exc)
    else:
        messages.success(request, "Data Laporan Hasil Evaluasi tersimpan.")
    return redirect("evaluasi:lke", slug=slug, tahun=tahun)
