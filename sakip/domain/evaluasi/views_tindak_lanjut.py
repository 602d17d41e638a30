"""The screens after the result: the follow-up of the recommendations of a PD-year (each side writes its fields),
the Nilai AKIP as the IKU's realisation (the evaluator writes it again), and the pemda's view of its evaluations
side by side with the year before."""

from __future__ import annotations

import datetime

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from sakip.core.galat import BelumSiap, Langkah, TidakDitemukan, pesan_galat
from sakip.core.scoping import perlu
from sakip.domain.evaluasi import nilai_sakip, tindak_lanjut
from sakip.domain.evaluasi.dokumen import build_lke
from sakip.domain.evaluasi.models import Evaluasi
from sakip.domain.evaluasi.rekap import rekap_pemda
from sakip.domain.evaluasi.selectors import get_evaluasi
from sakip.domain.organisation.selectors import get_pd, get_pemda
from sakip.rumus.peran import EVALUASI, LIHAT


def _evaluasi(request, slug: str, tahun: int):
    pd = get_pd(request.scope, slug)
    evaluasi = get_evaluasi(request.scope, pd, tahun)
    if evaluasi is None:
        raise BelumSiap(f"Evaluasi AKIP {pd.nama} tahun {tahun} belum dimulai oleh evaluator (Inspektorat).", [
            Langkah(f"Mulai evaluasi {tahun}", "evaluasi:daftar", (pd.pemda.slug, tahun), "", EVALUASI)])
    evaluasi.pd = pd
    return pd, evaluasi


def _data(post, sisi: str) -> dict[str, object]:
    """The fields of one side posted for one item (a checkbox not posted means "not verified")."""
    if sisi == tindak_lanjut.PD:
        return {f: post.get(f, "") for f in ("uraian", "bukti", "status", "target_tanggal")}
    return {"diverifikasi": post.get("diverifikasi", ""), "catatan_verifikasi": post.get("catatan_verifikasi", "")}


@perlu(LIHAT)
@require_http_methods(["GET", "POST"])
def halaman(request, slug: str, tahun: int):
    """The follow-ups of the PD's evaluation of ``tahun``; POST ``id`` and one side's fields: save one item."""
    scope = request.scope
    pd, evaluasi = _evaluasi(request, slug, tahun)
    galat: dict[int, list[str]] = {}
    status = 200
    if request.method == "POST":
        item = {str(t.pk): t for t in tindak_lanjut.daftar(scope, evaluasi)}.get(request.POST.get("id", "")[:20])
        if item is None:
            raise TidakDitemukan("Tindak lanjut tidak ditemukan pada evaluasi ini.")
        sisi = tindak_lanjut.EVALUATOR if request.POST.get("sisi") == tindak_lanjut.EVALUATOR else tindak_lanjut.PD
        try:
            tindak_lanjut.simpan_tindak_lanjut(scope, tindak_lanjut=item, data=_data(request.POST, sisi),
                                               oleh=request.user)
        except ValidationError as exc:
            galat[item.pk] = exc.messages
            status = 400
        else:
            messages.success(request, f"Tindak lanjut kriteria {item.jawaban.kriteria.kode} tersimpan.")
            return redirect(reverse("evaluasi:tindak_lanjut", args=[slug, tahun]) + f"#tl-{item.pk}")
    final = evaluasi.tahap == Evaluasi.Tahap.FINAL
    items = tindak_lanjut.daftar(scope, evaluasi) if final else []
    hari_ini = datetime.date.today()
    return render(request, "evaluasi/tindak_lanjut.html", {
        "pd": pd, "evaluasi": evaluasi, "tahun": tahun, "final": final,
        "baris": [(t, tindak_lanjut.terlambat(t, hari_ini)) for t in items],
        "tulis_pd": tindak_lanjut.boleh_sisi(scope, pd, tindak_lanjut.PD),
        "tulis_evaluator": tindak_lanjut.boleh_sisi(scope, pd, tindak_lanjut.EVALUATOR),
        "pilihan_status": tindak_lanjut.Status.choices, "galat": galat,
        "nilai": nilai_sakip.status_nilai_sakip(scope, evaluasi, build_lke(scope, slug, tahun).nilai_akip)
        if final else None,
    }, status=status)


@perlu(LIHAT)
@require_POST
def jadikan_iku(request, slug: str, tahun: int):
    """The evaluator writes the final Nilai AKIP as the realisation of the Nilai SAKIP indicator again (another PD's
    POST: 404; a role that is not the evaluator: 403 from the service)."""
    _, evaluasi = _evaluasi(request, slug, tahun)
    try:
        status = nilai_sakip.jadikan_realisasi_iku(request.scope, evaluasi=evaluasi)
    except ValidationError as exc:
        pesan_galat(request, exc)
    else:
        if status.tercatat:
            messages.success(request, f"Nilai AKIP {status.label} tercatat sebagai realisasi TW IV {tahun} indikator "
                                      "Nilai SAKIP.")
        else:
            messages.warning(request, "Realisasi TW IV diisi manual dan tidak ditimpa; lihat selisihnya di bawah.")
    return redirect("evaluasi:tindak_lanjut", slug=slug, tahun=tahun)


@perlu(EVALUASI)
@require_GET
def rekap(request, pemda: str, tahun: int):
    """Every PD's Nilai AKIP and predikat per komponen beside the year before; what waits for the evaluator."""
    obj = get_pemda(request.scope, pemda)
    return render(request, "evaluasi/rekap.html", {"pemda": obj, "rekap": rekap_pemda(request.scope, obj.pk, tahun),
                                                   "tahun": tahun})
