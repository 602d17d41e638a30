"""The LKE worksheet of a PD-year (every reader of the PD; the fields each side may write in the stage are
editable), saving one criterion (htmx: the worksheet is drawn again with the new nilai), the next stage, and the
evaluator's list of the pemda's PD with their evaluations (starting one)."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from sakip.core.galat import TidakDitemukan, pesan_galat
from sakip.core.scoping import perlu
from sakip.domain.evaluasi import bukti_sakip, services, views_berkas, views_tahap
from sakip.domain.evaluasi.dokumen import Lembar, lembar_lke, ringkasan_pemda
from sakip.domain.evaluasi.forms import JawabanForm, pesan, pilihan_nilai
from sakip.domain.evaluasi.models import Evaluasi
from sakip.domain.evaluasi.selectors import get_kriteria
from sakip.domain.organisation.selectors import get_pd, get_pemda
from sakip.rumus import lke as rumus
from sakip.rumus.peran import EVALUASI, LIHAT


def _halaman(request, lembar: Lembar, galat: dict[str, list[str]] | None = None, status: int = 200):
    scope, evaluasi, pd = request.scope, lembar.evaluasi, lembar.pd
    luar_jadwal = services.di_luar_jadwal(evaluasi)
    medan = frozenset() if luar_jadwal else services.medan_boleh(scope, evaluasi, pd)
    sisi = {s for (s, tahap), fields in services.HAK.items() if tahap == evaluasi.tahap
            and services.boleh_sisi(scope, pd, s)}
    lanjut = services.LANJUT.get(evaluasi.tahap)
    return render(request, "evaluasi/lke.html", {
        "dok": lembar.dok, "evaluasi": evaluasi, "pd": pd, "medan": medan,
        # The side a form saves for: the system admin, who holds both, writes the evaluator's.
        "sisi": services.EVALUATOR if services.EVALUATOR in sisi else services.PD,
        "pilihan": pilihan_nilai(lembar.dok.skala), "arti": rumus.ARTI_88 if lembar.dok.skala == "88/2021" else {},
        "bisa_lanjut": (not luar_jadwal and services.boleh_lanjut(scope, evaluasi, pd))
                       or services.bisa_tutup_jadwal(scope, evaluasi, pd),
        **views_tahap.konteks(request, lembar, luar_jadwal),  # windows, moves, owners, reopening
        "tahap_berikut": Evaluasi.Tahap(lanjut[0]).label if lanjut else "",
        "galat": galat or {}, "tahapan": Evaluasi.Tahap.choices,
        **views_berkas.konteks(request, lembar),
        **bukti_sakip.konteks(scope, lembar),  # facts, proposals, warnings, uploaded evidence
    }, status=status)


@perlu(LIHAT)
@require_GET
def lke(request, slug: str, tahun: int):
    return _halaman(request, lembar_lke(request.scope, slug, tahun))


@perlu(LIHAT)
@require_POST
def simpan(request, slug: str, tahun: int, kode: str):
    """Save one criterion's fields for one side (``sisi``); the service decides what that side may write now."""
    scope = request.scope
    lembar = lembar_lke(scope, slug, tahun)
    kriteria = get_kriteria(scope, lembar.evaluasi.lke, kode)
    if kriteria is None:
        raise TidakDitemukan(f"Kriteria “{kode[:20]}” tidak ditemukan.")
    form = JawabanForm(request.POST)
    try:
        if not form.is_valid():
            raise ValidationError(pesan(form))
        services.simpan_jawaban(scope, evaluasi=lembar.evaluasi, kriteria=kriteria, data=form.isian(),
                                sisi=form.cleaned_data["sisi"])
    except ValidationError as exc:
        return _halaman(request, lembar, {kode: exc.messages}, status=200 if request.htmx else 400)
    if request.htmx:
        return _halaman(request, lembar_lke(scope, slug, tahun))
    messages.success(request, f"Kriteria {kode} tersimpan.")
    return redirect(reverse("evaluasi:lke", args=[slug, tahun]) + f"#k-{kode}")


@perlu(LIHAT)
@require_POST
def lanjut(request, slug: str, tahun: int):
    scope = request.scope
    lembar = lembar_lke(scope, slug, tahun)
    try:
        evaluasi = services.lanjutkan_tahap(scope, evaluasi=lembar.evaluasi, oleh=request.user)
    except ValidationError as exc:
        pesan_galat(request, exc)
    else:
        messages.success(request, f"Evaluasi kini pada tahap {evaluasi.get_tahap_display()}.")
    return redirect("evaluasi:lke", slug=slug, tahun=tahun)


@perlu(EVALUASI)
@require_http_methods(["GET", "POST"])
def daftar(request, pemda: str, tahun: int):
    """Every PD of the pemda with its evaluation of the year (stage, Nilai AKIP, predikat); POST ``pd``: start one."""
    scope = request.scope
    obj = get_pemda(scope, pemda)
    if request.method == "POST":
        pd = get_pd(scope, request.POST.get("pd", "")[:100])
        if pd.pemda_id != obj.pk:
            raise TidakDitemukan("Perangkat daerah tidak ditemukan pada pemda ini.")
        try:
            services.mulai_evaluasi(scope, pd=pd, tahun=tahun)
        except ValidationError as exc:
            pesan_galat(request, exc)
            return redirect("evaluasi:daftar", pemda=pemda, tahun=tahun)
        messages.success(request, f"Evaluasi AKIP {pd.nama} tahun {tahun} dimulai: tahap penilaian mandiri.")
        return redirect("evaluasi:lke", slug=pd.slug, tahun=tahun)
    return render(request, "evaluasi/daftar.html", {
        "pemda": obj, "tahun": tahun, "baris": ringkasan_pemda(scope, obj.pk, tahun),
        "tahun_lain": [tahun - 1, tahun + 1]})
