"""The stages of the evaluations: the windows of a year (the Inspektorat or the admin pemda), reopening a final
evaluation with a reason, closing a PD's stage whose window ended, and sharing the sub-komponen among evaluators.
Every rule lives in :mod:`sakip.domain.evaluasi.services`; these views only read forms and show the outcome."""

from __future__ import annotations

import datetime

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from sakip.core.galat import Ditolak, TidakDitemukan, pesan_galat
from sakip.core.scoping import perlu
from sakip.domain.accounts.selectors import evaluator_pemda
from sakip.domain.evaluasi import services
from sakip.domain.evaluasi.dokumen import lembar_lke
from sakip.domain.evaluasi.models import JADWAL_TAHAP, Evaluasi, Lke
from sakip.domain.organisation.selectors import get_pemda
from sakip.rumus.angka import kutip
from sakip.rumus.peran import EVALUASI, JADWAL, LIHAT


def _tanggal(nama: str, label: str, teks: str) -> datetime.date | None:
    teks = teks.strip()
    if not teks:
        return None
    try:
        return datetime.date.fromisoformat(teks)
    except ValueError:
        raise ValidationError({nama: f"{label}: {kutip(teks)} bukan tanggal (tttt-bb-hh)."}) from None


def _medan_jadwal() -> list[tuple[str, str, str]]:
    """(stage, field, label) of every window date, in stage order."""
    return [(t, f"{t}_{ujung}", f"{Evaluasi.Tahap(t).label} {kata}") for t in JADWAL_TAHAP
            for ujung, kata in (("mulai", "dibuka"), ("selesai", "ditutup"))]


@perlu(LIHAT)
@require_http_methods(["GET", "POST"])
def jadwal(request, pemda: str, tahun: int):
    """The windows of the year's stages: shown to every reader of the pemda, set by the Inspektorat or the admin
    pemda (POST, all six dates at once; an empty date leaves that side open)."""
    scope = request.scope
    obj = get_pemda(scope, pemda)
    lke = Lke.objects.within(scope).filter(pemda=obj, tahun=tahun).first()
    boleh = (scope.holds(EVALUASI) or scope.holds(JADWAL)) and (scope.everything or scope.pemda_id == obj.pk)
    galat: list[str] = []
    if request.method == "POST":
        if lke is None:
            raise TidakDitemukan(f"LKE tahun {tahun} belum disiapkan.")
        if not boleh:
            raise Ditolak("Hanya Inspektorat atau admin pemda ini yang mengatur jadwal evaluasi.")
        try:
            tanggal = {medan: _tanggal(medan, label, request.POST.get(medan, "")[:20])
                       for _, medan, label in _medan_jadwal()}
            services.atur_jadwal(scope, lke=lke, tanggal=tanggal)
        except ValidationError as exc:
            galat = exc.messages
        else:
            messages.success(request, f"Jadwal evaluasi AKIP tahun {tahun} tersimpan.")
            return redirect("evaluasi:jadwal", pemda=pemda, tahun=tahun)
    baris = [(Evaluasi.Tahap(t).label, [(medan, label, getattr(lke, medan) if lke else None)
                                        for tt, medan, label in _medan_jadwal() if tt == t]) for t in JADWAL_TAHAP]
    return render(request, "evaluasi/jadwal.html", {
        "pemda": obj, "tahun": tahun, "lke": lke, "boleh": boleh, "baris": baris, "galat": galat},
        status=400 if galat else 200)


@perlu(EVALUASI)
@require_POST
def buka(request, slug: str, tahun: int):
    """Reopen a final evaluation to a stage, with a reason."""
    lembar = lembar_lke(request.scope, slug, tahun)
    try:
        evaluasi = services.buka_kembali(request.scope, evaluasi=lembar.evaluasi, ke=request.POST.get("ke", "")[:20],
                                         alasan=request.POST.get("alasan", "")[:2000], oleh=request.user)
    except ValidationError as exc:
        pesan_galat(request, exc)
    else:
        messages.success(request, f"Evaluasi dibuka kembali ke tahap {evaluasi.get_tahap_display()}.")
    return redirect("evaluasi:lke", slug=slug, tahun=tahun)


@perlu(EVALUASI)
@require_POST
def penugasan(request, slug: str, tahun: int):
    """Share the sub-komponen among the pemda's evaluators: ``evaluator_<kode>`` = a user id, or empty for none."""
    scope = request.scope
    lembar = lembar_lke(scope, slug, tahun)
    evaluator = {str(u.pk): u for u in evaluator_pemda(request.scope, lembar.pd.pemda_id)}
    pemilik = {}
    try:
        for k in lembar.dok.komponen:
            for s in k.sub_komponen:
                pilih = request.POST.get(f"evaluator_{s.kode}")
                if pilih is None:
                    continue
                if pilih and pilih not in evaluator:
                    raise ValidationError({s.kode: f"Sub-komponen {s.kode}: evaluator {kutip(pilih)} tidak dikenal."})
                pemilik[s.kode] = evaluator.get(pilih)
        services.tugaskan(scope, evaluasi=lembar.evaluasi, pemilik=pemilik)
    except ValidationError as exc:
        pesan_galat(request, exc)
    else:
        messages.success(request, "Pembagian sub-komponen antar evaluator tersimpan.")
    return redirect("evaluasi:lke", slug=slug, tahun=tahun)


def konteks(request, lembar, luar_jadwal: str) -> dict:
    """What the worksheet page shows of the stages (three queries): the window of the current stage and why it
    does not hold today, the moves so far, each sub-komponen's owner, the sub-komponen the user may not review,
    and what an evaluator can do (share the sub-komponen, reopen)."""
    scope, evaluasi, pd = request.scope, lembar.evaluasi, lembar.pd
    evaluator = services.boleh_sisi(scope, pd, services.EVALUATOR)
    pemilik = services.pemilik_sub_komponen(evaluasi)
    terkunci = set() if scope.everything or not evaluator else {
        kode for kode, user in pemilik.items() if user.pk != scope.user_id}
    final = evaluasi.tahap == Evaluasi.Tahap.FINAL
    return {
        "luar_jadwal": luar_jadwal,
        "jendela": evaluasi.lke.jendela(evaluasi.tahap) if evaluasi.tahap in JADWAL_TAHAP else (None, None),
        "langkah": list(evaluasi.langkah.select_related("oleh").order_by("waktu", "pk")),
        "pemilik_nama": [(kode, services.nama_pengguna(u)) for kode, u in pemilik.items()],
        "pemilik_pk": {kode: u.pk for kode, u in pemilik.items()},
        "sub_terkunci": terkunci,
        "evaluator_pilihan": evaluator_pemda(scope, pd.pemda_id) if evaluator and not final else [],
        "bisa_buka": evaluator and final,
        "tahap_buka": [(t, Evaluasi.Tahap(t).label) for t in JADWAL_TAHAP],
        "tutup_jadwal": services.bisa_tutup_jadwal(scope, evaluasi, pd),
    }
