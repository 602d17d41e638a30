"""Workflow pages: taking a step, the inbox, and the deadlines of a pemda."""

from __future__ import annotations

import datetime

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.dateparse import parse_date
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from sakip.core.scoping import perlu
from sakip.domain.organisation.models import Pemda
from sakip.domain.organisation.selectors import get_pd
from sakip.domain.workflow import selectors, services
from sakip.domain.workflow.models import BatasWaktu, Jenis, judul
from sakip.rumus.angka import kutip
from sakip.rumus.peran import JADWAL, LIHAT


@perlu(LIHAT)
@require_POST
def aksi(request, slug: str, jenis: str, tahun: int, triwulan: int):
    """One step (submit, verify, return, approve, reopen) from the panel on the grid or PK page; submitting an
    item with gaps needs the box “Saya sudah memeriksa…” ticked (``konfirmasi``), else nothing is submitted."""
    pd = get_pd(request.scope, slug)
    try:
        versi = int(request.POST.get("versi", ""))
    except ValueError:
        versi = None
    try:
        row = services.jalankan(request.scope, pd=pd, jenis=jenis, tahun=tahun, triwulan=triwulan,
                                aksi=request.POST.get("aksi", ""), catatan=request.POST.get("catatan", ""),
                                versi=versi, oleh=request.user, alamat=request.META.get("REMOTE_ADDR"),
                                konfirmasi=request.POST.get("konfirmasi") == "1")
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, f"{judul(jenis, tahun, triwulan)}: status sekarang {row.get_status_display().lower()}.")
    return redirect(selectors.url_item(pd.slug, jenis, tahun, triwulan))


@perlu(LIHAT)
@require_GET
def kotak_masuk(request):
    items = selectors.kotak_masuk(request.scope)
    pd_sendiri = request.scope.pd_id  # a user of one PD: its own overdue work waits for someone else there
    pantau = [i for i in items if not i.tugas]
    return render(request, "workflow/kotak_masuk.html", {
        "tugas": [i for i in items if i.tugas],
        "pantau_sendiri": [i for i in pantau if i.pd.pk == pd_sendiri],
        "pantau": [i for i in pantau if i.pd.pk != pd_sendiri]})


BARIS_JADWAL = [(Jenis.PK, 0), (Jenis.PENGUKURAN, 1), (Jenis.PENGUKURAN, 2), (Jenis.PENGUKURAN, 3),
                (Jenis.PENGUKURAN, 4)]


@perlu(JADWAL)
@require_http_methods(["GET", "POST"])
def jadwal(request, tahun: int):
    """The admin pemda sets the submission deadline of each quarter and of the PK of a year."""
    scope = request.scope
    pemda_list = list(Pemda.objects.within(scope).order_by("nama"))
    pemda = next((p for p in pemda_list if p.slug == request.GET.get("pemda")), pemda_list[0] if pemda_list else None)
    if pemda is None:
        raise Http404("Pemda tidak ditemukan.")
    errors = {}
    if request.method == "POST":
        tanggal: dict[tuple[str, int], datetime.date | None] = {}
        for jenis, tw in BARIS_JADWAL:
            teks = request.POST.get(f"{jenis}-{tw}", "").strip()
            value = parse_date(teks) if teks else None
            if teks and value is None:
                errors[f"{jenis}-{tw}"] = f"{judul(jenis, tahun, tw)}: {kutip(teks)} bukan tanggal (tttt-bb-hh)."
            tanggal[(jenis, tw)] = value
        if not errors:
            services.simpan_jadwal(scope, pemda=pemda, tahun=tahun, tanggal=tanggal)
            messages.success(request, f"Jadwal {tahun} {pemda.nama} disimpan.")
            return redirect(f"{request.path}?pemda={pemda.slug}")
    ada = {(b.jenis, b.triwulan): b.tanggal for b in BatasWaktu.objects.within(scope).filter(pemda=pemda, tahun=tahun)}
    baris = [{"nama": f"{jenis}-{tw}", "judul": judul(jenis, tahun, tw),
              "nilai": request.POST.get(f"{jenis}-{tw}") if errors else (ada.get((jenis, tw)) or ""),
              "error": errors.get(f"{jenis}-{tw}")} for jenis, tw in BARIS_JADWAL]
    return render(request, "workflow/jadwal.html", {
        "tahun": tahun, "pemda": pemda, "pemda_list": pemda_list, "baris": baris,
        "tahun_pilihan": range(datetime.date.today().year - 2, datetime.date.today().year + 2)},
        status=400 if errors else 200)
