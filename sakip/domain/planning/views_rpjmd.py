"""The RPJMD of a pemda: read by everyone of the pemda, kept by the admin pemda (right ``master``)."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from sakip.core.scoping import CHANGE, perlu
from sakip.domain.planning import selectors, services
from sakip.domain.planning.forms import RPJMD_FORMS, IndikatorRpjmdForm, RpjmdForm, apply_errors
from sakip.domain.planning.models import IndikatorRpjmd, Misi, Rpjmd, SasaranRpjmd, TujuanRpjmd
from sakip.domain.planning.views import halaman_form
from sakip.rumus.peran import LIHAT, MASTER

# jenis of the row added → (jenis of its parent, the model added)
TAMBAH = {"misi": ("rpjmd", Misi), "tujuan": ("misi", TujuanRpjmd), "sasaran": ("tujuan", SasaranRpjmd),
          "indikator_tujuan": ("tujuan", IndikatorRpjmd), "indikator_sasaran": ("sasaran", IndikatorRpjmd)}
JENIS_LAYANAN = {"indikator_tujuan": "indikator", "indikator_sasaran": "indikator"}
JUDUL = {"misi": "misi", "tujuan": "tujuan", "sasaran": "sasaran", "indikator_tujuan": "indikator tujuan",
         "indikator_sasaran": "indikator sasaran"}


def _rpjmd_url(pk: int) -> str:
    return reverse("planning:rpjmd", args=[pk])


@perlu(LIHAT)
def rpjmd_daftar(request, slug: str):
    """The start page: the RPJMD of a pemda."""
    scope = request.scope
    pemda = selectors.get_pemda(scope, slug)
    return render(request, "planning/rpjmd_daftar.html", {
        "pemda": pemda, "rpjmd_semua": list(selectors.rpjmd_pilihan(scope, pemda.pk)),
        "bisa_ubah": scope.holds(MASTER)})


@perlu(MASTER)
@require_http_methods(["GET", "POST"])
def rpjmd_tambah(request, slug: str):
    scope = request.scope
    pemda = selectors.get_pemda(scope, slug)
    form = RpjmdForm(request.POST or None)
    kembali = reverse("planning:rpjmd_daftar", args=[pemda.slug])
    if request.method == "POST" and form.is_valid():
        try:
            rpjmd = services.buat_rpjmd(scope, pemda=pemda, data=form.cleaned_data)
        except ValidationError as exc:
            apply_errors(form, exc)
        else:
            messages.success(request, f"{rpjmd} dibuat. Tambahkan misi, tujuan, sasaran dan indikatornya.")
            return redirect(_rpjmd_url(rpjmd.pk))
    return halaman_form(request, form, f"Buat RPJMD {pemda.nama}", kembali)


@perlu(LIHAT)
def rpjmd(request, pk: int):
    scope = request.scope
    obj = selectors.get_rpjmd(scope, pk)
    return render(request, "planning/rpjmd.html", {
        "rpjmd": obj, "misi": selectors.rpjmd_misi(scope, obj), "tahun": list(obj.tahun),
        "bisa_ubah": scope.holds(MASTER) and scope.reaches(obj, CHANGE)})


@perlu(MASTER)
@require_http_methods(["GET", "POST"])
def rpjmd_ubah(request, pk: int):
    scope = request.scope
    obj = selectors.get_rpjmd(scope, pk, CHANGE)
    form = RpjmdForm(request.POST or None, instance=obj)
    if request.method == "POST" and form.is_valid():
        try:
            services.ubah_rpjmd(scope, rpjmd=obj, data=form.cleaned_data)
        except ValidationError as exc:
            apply_errors(form, exc)
        else:
            messages.success(request, "RPJMD disimpan.")
            return redirect(_rpjmd_url(obj.pk))
    return halaman_form(request, form, f"Ubah {obj}", _rpjmd_url(obj.pk))


def _form_item(request, model, instance=None, rpjmd: Rpjmd | None = None):
    form_class = RPJMD_FORMS[model]
    if form_class is IndikatorRpjmdForm:
        current = {t.tahun: t.tampil for t in instance.target.all()} if instance is not None else {}
        return IndikatorRpjmdForm(request.POST or None, instance=instance,
                                  tahun=rpjmd.tahun if rpjmd is not None else (), target_awal=current)
    return form_class(request.POST or None, instance=instance)


@perlu(MASTER)
@require_http_methods(["GET", "POST"])
def item_tambah(request, jenis: str, induk: int):
    """Add a misi, a tujuan, a sasaran or an indicator (with its targets) under its parent."""
    if jenis not in TAMBAH:
        raise Http404("Jenis data RPJMD tidak dikenal.")
    scope = request.scope
    jenis_induk, model = TAMBAH[jenis]
    parent = selectors.get_item_rpjmd(scope, jenis_induk, induk, CHANGE)
    rpjmd_obj = selectors.rpjmd_dari(parent)
    form = _form_item(request, model, rpjmd=rpjmd_obj)
    kembali = _rpjmd_url(rpjmd_obj.pk)
    if request.method == "POST" and form.is_valid():
        targets = form.targets_berubah() if isinstance(form, IndikatorRpjmdForm) else None
        try:
            services.tambah_item_rpjmd(scope, jenis=JENIS_LAYANAN.get(jenis, jenis), induk=parent,
                                       data=form.cleaned_data, targets=targets)
        except ValidationError as exc:
            apply_errors(form, exc)
        else:
            messages.success(request, f"{JUDUL[jenis].capitalize()} ditambahkan.")
            return redirect(kembali)
    return halaman_form(request, form, f"Tambah {JUDUL[jenis]}: {parent}", kembali)


@perlu(MASTER)
@require_http_methods(["GET", "POST"])
def item_ubah(request, jenis: str, pk: int):
    if jenis not in ("misi", "tujuan", "sasaran", "indikator"):
        raise Http404("Jenis data RPJMD tidak dikenal.")
    scope = request.scope
    item = selectors.get_item_rpjmd(scope, jenis, pk, CHANGE)
    rpjmd_obj = selectors.rpjmd_dari(item)
    form = _form_item(request, type(item), instance=item, rpjmd=rpjmd_obj)
    kembali = _rpjmd_url(rpjmd_obj.pk)
    if request.method == "POST" and form.is_valid():
        targets = form.targets_berubah() if isinstance(form, IndikatorRpjmdForm) else None
        try:
            services.ubah_item_rpjmd(scope, item=item, data=form.cleaned_data, targets=targets)
        except ValidationError as exc:
            apply_errors(form, exc)
        else:
            messages.success(request, "Disimpan.")
            return redirect(kembali)
    return halaman_form(request, form, f"Ubah {item._meta.verbose_name}: {item}", kembali)


@perlu(MASTER)
@require_http_methods(["GET", "POST"])
def item_hapus(request, jenis: str, pk: int):
    scope = request.scope
    item = selectors.get_item_rpjmd(scope, jenis, pk, CHANGE)
    rpjmd_obj = selectors.rpjmd_dari(item)
    kembali = (reverse("planning:rpjmd_daftar", args=[rpjmd_obj.pemda.slug]) if isinstance(item, Rpjmd)
               else _rpjmd_url(rpjmd_obj.pk))
    galat: list[str] = []
    if request.method == "POST":
        try:
            services.hapus(scope, obj=item)
        except ValidationError as exc:
            galat = exc.messages
        else:
            messages.success(request, f"“{item}” dihapus.")
            return redirect(kembali)
    return render(request, "planning/hapus.html", {"obj": item, "jenis": item._meta.verbose_name, "galat": galat,
                                                   "kembali": kembali})


@perlu(MASTER)
@require_POST
def item_geser(request, jenis: str, pk: int):
    scope = request.scope
    item = selectors.get_item_rpjmd(scope, jenis, pk, CHANGE)
    try:
        services.geser(scope, obj=item, naik=request.POST.get("arah") == "naik")
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    return redirect(_rpjmd_url(selectors.rpjmd_dari(item).pk))
