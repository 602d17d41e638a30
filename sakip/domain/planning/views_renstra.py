"""Renstra screens of a PD's operator: the Renstra, its tujuan and sasaran, and the IKU set of a period."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from sakip.core.galat import Ditolak
from sakip.core.scoping import CHANGE, perlu
from sakip.domain.organisation.selectors import get_pd
from sakip.domain.planning import selectors, services
from sakip.domain.planning.forms import IkuEntriForm, IkuForm, RenstraForm, SasaranForm, TujuanForm, apply_errors
from sakip.domain.planning.models import Tujuan
from sakip.domain.planning.views import halaman_form, kembali_ke, renstra_url
from sakip.rumus.peran import ISI, LIHAT


def _pd_isi(scope, slug: str):
    pd = get_pd(scope, slug)
    if not scope.writes_for(pd):
        raise Ditolak("Anda tidak berwenang mengubah perencanaan perangkat daerah ini.")
    return pd


@perlu(ISI)
@require_http_methods(["GET", "POST"])
def renstra_tambah(request, slug: str):
    scope = request.scope
    pd = _pd_isi(scope, slug)
    form = RenstraForm(request.POST or None, rpjmd_queryset=selectors.rpjmd_pilihan(scope, pd.pemda_id))
    kembali = kembali_ke(request, reverse("planning:tree", args=[pd.slug]))
    if request.method == "POST" and form.is_valid():
        try:
            renstra = services.buat_renstra(scope, pd=pd, data=form.cleaned_data)
        except ValidationError as exc:
            apply_errors(form, exc)
        else:
            messages.success(request, f"{renstra} dibuat. Tambahkan tujuan, sasaran dan indikatornya.")
            return redirect(renstra_url(renstra.pk))
    return halaman_form(request, form, f"Buat Renstra {pd.nama}", kembali)


@perlu(LIHAT)
def renstra(request, pk: int):
    """A Renstra with its tujuan, sasaran, indicators (their rules) and the target of every year of the period."""
    scope = request.scope
    obj = selectors.get_renstra(scope, pk)
    bisa_ubah = scope.writes_for(obj.pd)
    return render(request, "planning/renstra.html", {
        "renstra": obj, "pd": obj.pd, "tujuan": selectors.renstra_tujuan(scope, obj), "tahun": list(obj.tahun),
        "bisa_ubah": bisa_ubah, "kembali": request.get_full_path(),
    })


@perlu(ISI)
@require_http_methods(["GET", "POST"])
def renstra_ubah(request, pk: int):
    scope = request.scope
    obj = selectors.get_renstra(scope, pk, CHANGE)
    form = RenstraForm(request.POST or None, instance=obj, rpjmd_queryset=selectors.rpjmd_pilihan(scope, obj.pemda_id))
    if request.method == "POST" and form.is_valid():
        try:
            services.ubah_renstra(scope, renstra=obj, data=form.cleaned_data)
        except ValidationError as exc:
            apply_errors(form, exc)
        else:
            messages.success(request, "Renstra disimpan.")
            return redirect(renstra_url(obj.pk))
    return halaman_form(request, form, f"Ubah {obj}", renstra_url(obj.pk))


def _tujuan_form(request, scope, renstra, instance=None) -> TujuanForm:
    return TujuanForm(request.POST or None, instance=instance,
                      misi_queryset=selectors.misi_pilihan(scope, renstra.pemda_id, renstra.rpjmd_id),
                      tujuan_rpjmd_queryset=selectors.tujuan_rpjmd_pilihan(scope, renstra.pemda_id, renstra.rpjmd_id))


@perlu(ISI)
@require_http_methods(["GET", "POST"])
def tujuan_tambah(request, pk: int):
    scope = request.scope
    obj = selectors.get_renstra(scope, pk, CHANGE)
    form = _tujuan_form(request, scope, obj)
    if request.method == "POST" and form.is_valid():
        try:
            services.tambah_tujuan(scope, renstra=obj, data=form.cleaned_data)
        except ValidationError as exc:
            apply_errors(form, exc)
        else:
            messages.success(request, "Tujuan ditambahkan.")
            return redirect(renstra_url(obj.pk))
    return halaman_form(request, form, f"Tambah tujuan: {obj}", renstra_url(obj.pk))


@perlu(ISI)
@require_http_methods(["GET", "POST"])
def tujuan_ubah(request, pk: int):
    scope = request.scope
    tujuan = selectors.get_scoped(scope, Tujuan, pk, CHANGE, related=("renstra",))
    form = _tujuan_form(request, scope, tujuan.renstra, instance=tujuan)
    if request.method == "POST" and form.is_valid():
        try:
            services.ubah_tujuan(scope, tujuan=tujuan, data=form.cleaned_data)
        except ValidationError as exc:
            apply_errors(form, exc)
        else:
            messages.success(request, "Tujuan disimpan.")
            return redirect(renstra_url(tujuan.renstra_id))
    return halaman_form(request, form, f"Ubah tujuan: {tujuan.nama}", renstra_url(tujuan.renstra_id))


@perlu(ISI)
@require_http_methods(["GET", "POST"])
def sasaran_tambah(request, pk: int):
    scope = request.scope
    tujuan = selectors.get_scoped(scope, Tujuan, pk, CHANGE, related=("renstra",))
    form = SasaranForm(request.POST or None, sasaran_rpjmd_queryset=selectors.sasaran_rpjmd_pilihan(scope, tujuan.pemda_id))
    if request.method == "POST" and form.is_valid():
        try:
            services.tambah_sasaran(scope, tujuan=tujuan, data=form.cleaned_data)
        except ValidationError as exc:
            apply_errors(form, exc)
        else:
            messages.success(request, "Sasaran ditambahkan.")
            return redirect(renstra_url(tujuan.renstra_id))
    return halaman_form(request, form, f"Tambah sasaran: {tujuan.nama}", renstra_url(tujuan.renstra_id))


# --- the IKU set of a period ----------------------------------------------------------------------


def _iku_url(pk: int) -> str:
    return reverse("planning:iku_atur", args=[pk])


@perlu(LIHAT)
def iku_daftar(request, slug: str):
    scope = request.scope
    pd = get_pd(scope, slug)
    overview = selectors.pd_overview(scope, pd)
    return render(request, "planning/iku_daftar.html", {"pd": pd, "iku_semua": overview.iku,
                                                        "bisa_ubah": scope.writes_for(pd)})


@perlu(ISI)
@require_http_methods(["GET", "POST"])
def iku_tambah(request, slug: str):
    scope = request.scope
    pd = _pd_isi(scope, slug)
    form = IkuForm(request.POST or None, renstra_queryset=selectors.renstra_pd(scope, pd))
    kembali = reverse("planning:iku_daftar", args=[pd.slug])
    if request.method == "POST" and form.is_valid():
        try:
            iku = services.buat_iku(scope, pd=pd, data=form.cleaned_data)
        except ValidationError as exc:
            apply_errors(form, exc)
        else:
            messages.success(request, f"{iku} dibuat. Pilih indikator tujuan/sasaran yang menjadi IKU.")
            return redirect(_iku_url(iku.pk))
    return halaman_form(request, form, f"Buat IKU {pd.nama}", kembali)


@perlu(ISI)
@require_http_methods(["GET", "POST"])
def iku_ubah(request, pk: int):
    scope = request.scope
    iku = selectors.get_iku(scope, pk, CHANGE)
    form = IkuForm(request.POST or None, instance=iku, renstra_queryset=selectors.renstra_pd(scope, iku.pd))
    if request.method == "POST" and form.is_valid():
        try:
            services.ubah_iku(scope, iku=iku, data=form.cleaned_data)
        except ValidationError as exc:
            apply_errors(form, exc)
        else:
            messages.success(request, "IKU disimpan.")
            return redirect(_iku_url(iku.pk))
    return halaman_form(request, form, f"Ubah {iku}", _iku_url(iku.pk))


@perlu(LIHAT)
@require_http_methods(["GET", "POST"])
def iku_atur(request, pk: int):
    """The rows of an IKU: order, add, remove; each row's definisi, formulasi, sumber data, penanggung jawab."""
    scope = request.scope
    iku = selectors.get_iku(scope, pk)
    bisa_ubah = scope.writes_for(iku.pd)
    form = None
    if bisa_ubah:
        form = IkuEntriForm(request.POST or None, indikator_queryset=selectors.indikator_iku_pilihan(scope, iku),
                            tujuan_queryset=selectors.tujuan_iku_pilihan(scope, iku))
    if request.method == "POST":
        if form is None:
            raise Ditolak("Anda tidak berwenang mengubah IKU ini.")
        iku = selectors.get_iku(scope, pk, CHANGE)
        if form.is_valid():
            try:
                services.tambah_entri_iku(scope, iku=iku, indikator=form.cleaned_data["indikator"],
                                          kelompok_tujuan=form.cleaned_data["kelompok_tujuan"])
            except ValidationError as exc:
                apply_errors(form, exc)
            else:
                messages.success(request, "Indikator ditambahkan ke IKU.")
                return redirect(_iku_url(iku.pk))
    return render(request, "planning/iku_atur.html", {
        "iku": iku, "pd": iku.pd, "entri": selectors.iku_entri(scope, iku), "form": form, "bisa_ubah": bisa_ubah,
        "kembali": request.get_full_path(),
    })
