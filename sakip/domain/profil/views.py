"""The profile page of a PD-year (LKjIP Bab I): every part on one page, each form saved on its own."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from sakip.core.scoping import CHANGE, perlu
from sakip.domain.organisation.selectors import get_pd
from sakip.domain.profil import services
from sakip.domain.profil.forms import ProfilForm, TabelForm, UraianForm
from sakip.domain.profil.models import Kewenangan, PelaksanaanKewenangan, ProfilPd, TabelProfil, UraianProfil
from sakip.rumus.peran import LIHAT


@perlu(LIHAT)
@require_http_methods(["GET", "POST"])
def profil(request, slug: str, tahun: int):
    scope = request.scope
    pd = get_pd(scope, slug)
    row = ProfilPd.objects.within(scope).filter(pd=pd, tahun=tahun).first()
    boleh_ubah = scope.writes_for(pd)
    forms = {"profil": ProfilForm(instance=row), "uraian_baru": UraianForm(prefix="baru")}
    if request.method == "POST":
        if not boleh_ubah:
            raise Http404("Perangkat daerah tidak ditemukan.")
        done, forms = _simpan(request, scope, pd, tahun, row, forms)
        if done:
            messages.success(request, done)
            return redirect("profil:profil", slug=slug, tahun=tahun)
    uraian = list(UraianProfil.objects.within(scope).filter(profil=row).prefetch_related("tabel")) if row else []
    done = {(p.kewenangan_id, p.tahun): p.uraian for p in PelaksanaanKewenangan.objects.within(scope).filter(
        pd=pd, tahun__in=(tahun - 1, tahun))}
    kewenangan = [(k, done.get((k.pk, tahun - 1), "-"), done.get((k.pk, tahun), ""))
                  for k in Kewenangan.objects.within(scope).filter(pd=pd)]
    return render(request, "profil/profil.html", {
        "pd": pd, "tahun": tahun, "row": row, "forms": forms, "boleh_ubah": boleh_ubah, "uraian": uraian,
        "kewenangan": kewenangan, "tabel_form": TabelForm(prefix="tabel-baru")})


def _simpan(request, scope, pd, tahun, row, forms):
    """Carry out one POSTed form; returns (message when saved, forms with their errors)."""
    aksi = request.POST.get("aksi", "")
    try:
        if aksi == "profil":
            profil_form = forms["profil"] = ProfilForm(request.POST, request.FILES, instance=row)
            if profil_form.is_valid():
                services.simpan_profil(scope, pd=pd, tahun=tahun, data=profil_form.cleaned_data,
                                       bagan=request.FILES.get("bagan"), peta=request.FILES.get("peta"))
                return "Profil disimpan.", forms
        elif aksi == "uraian" and row:
            uraian_form = forms["uraian_baru"] = UraianForm(request.POST, prefix="baru")
            if uraian_form.is_valid():
                services.simpan_uraian(scope, profil=row, data=uraian_form.cleaned_data)
                return "Uraian ditambahkan.", forms
        elif aksi == "tabel" and row:
            uraian = UraianProfil.objects.within(scope, CHANGE).filter(profil=row, pk=request.POST.get("uraian")).first()
            tabel = TabelProfil.objects.within(scope, CHANGE).filter(uraian=uraian, pk=request.POST.get("tabel")).first() \
                if request.POST.get("tabel") else None
            if uraian is None:
                raise Http404("Uraian tidak ditemukan.")
            tabel_form = TabelForm(request.POST, prefix="tabel-baru")
            if tabel_form.is_valid():
                services.simpan_tabel(scope, uraian=uraian, data=tabel_form.cleaned_data, tabel=tabel)
                return f"Tabel “{tabel_form.cleaned_data['judul']}” disimpan.", forms
            messages.error(request, "; ".join(f"{k}: {' '.join(map(str, v))}" for k, v in tabel_form.errors.items()))
        elif aksi == "kewenangan":
            isian = {int(k.split("-", 1)[1]): v for k, v in request.POST.items() if k.startswith("pelaksanaan-")}
            n = services.simpan_pelaksanaan(scope, pd=pd, tahun=tahun, isian=isian)
            return f"Pelaksanaan kewenangan tahun {tahun} disimpan ({n} berubah).", forms
    except ValidationError as exc:
        messages.error(request, " ".join(m for msgs in getattr(exc, "message_dict", {"": exc.messages}).values()
                                         for m in msgs))
    return None, forms
