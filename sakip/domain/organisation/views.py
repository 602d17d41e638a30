"""The pemda's settings screens (admin pemda; the system admin for any pemda): the pemda's measurement
settings, its perangkat daerah with their kelurahan/desa and units, the posts and officials with their
tenures. Every page needs the ``master`` right; rows outside the actor's pemda answer 404."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.forms import BaseForm
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from sakip.core.galat import TidakDitemukan
from sakip.core.scoping import perlu
from sakip.domain.organisation import selectors, services
from sakip.domain.organisation.forms import (
    JabatanForm,
    KelurahanBaruForm,
    KelurahanFormSet,
    MasaJabatanForm,
    PdForm,
    PdUbahForm,
    PejabatForm,
    PengaturanPemdaForm,
    UnitForm,
    apply_errors,
)
from sakip.domain.organisation.models import Jabatan, Pemda, PerangkatDaerah
from sakip.rumus.peran import MASTER


def _simpan(request, form: BaseForm, tulis: Callable[[], object], pesan: str, ke: str):
    """Validate ``form``; call the service ``tulis``; on success a message and a redirect to ``ke``, else
    ``None`` (the form keeps its errors, the service's named on their fields)."""
    if request.method != "POST" or not form.is_valid():
        return None
    try:
        tulis()
    except ValidationError as exc:
        apply_errors(form, exc)
        return None
    messages.success(request, pesan)
    return redirect(ke)


def _form(request, form: BaseForm, judul: str, kembali: str, pemda: Pemda, **extra):
    return render(request, "organisation/form.html", {"form": form, "judul": judul, "kembali": kembali,
                                                      "pemda": pemda, **extra})


def _url_pemda(pemda: Pemda) -> str:
    return reverse("organisation:pemda", args=[pemda.slug])


def _url_pd(pd: PerangkatDaerah) -> str:
    return reverse("organisation:pd", args=[pd.slug])


def _url_jabatan(jabatan: Jabatan) -> str:
    if jabatan.pd is not None:
        return _url_pd(jabatan.pd)
    return reverse("organisation:jabatan_daftar", args=[jabatan.pemda.slug])


# --- start ----------------------------------------------------------------------------------------------


@perlu(MASTER)
def mulai(request):
    """The system admin: the list of pemda; an admin pemda: straight to its pemda's settings."""
    scope = request.scope
    daftar = selectors.pemda_list(scope)
    if not scope.everything:
        pemda = daftar.first()
        if pemda is None:
            raise TidakDitemukan("Akun ini belum terhubung ke pemda.")
        return redirect(_url_pemda(pemda))
    return render(request, "organisation/pemda_daftar.html", {"daftar": daftar})


@perlu(MASTER)
def pemda(request, pemda: str):
    scope = request.scope
    obj = selectors.get_pemda(scope, pemda)
    return render(request, "organisation/pemda.html", {
        "pemda": obj, "pd_daftar": selectors.pd_pemda(scope, obj),
        "kepala_daerah": [j for j in selectors.jabatan_list(scope, obj) if j.pd_id is None],
    })


@perlu(MASTER)
@require_http_methods(["GET", "POST"])
def pemda_ubah(request, pemda: str):
    scope = request.scope
    obj = selectors.get_pemda(scope, pemda)
    form = PengaturanPemdaForm(request.POST or None, instance=obj)
    return _simpan(request, form, lambda: services.ubah_pengaturan(scope, pemda=obj, data=form.cleaned_data),
                   "Pengaturan pemda disimpan.", _url_pemda(obj)) or _form(
        request, form, f"Pengaturan pengukuran {obj.nama}", _url_pemda(obj), obj)


# --- perangkat daerah -----------------------------------------------------------------------------------


@perlu(MASTER)
def pd_daftar(request, pemda: str):
    scope = request.scope
    obj = selectors.get_pemda(scope, pemda)
    return render(request, "organisation/pd_daftar.html", {"pemda": obj, "pd_daftar": selectors.pd_pemda(scope, obj)})


@perlu(MASTER)
@require_http_methods(["GET", "POST"])
def pd_tambah(request, pemda: str):
    scope = request.scope
    obj = selectors.get_pemda(scope, pemda)
    form = PdForm(request.POST or None, initial={"jenis": PerangkatDaerah.Jenis.KECAMATAN})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            pd = services.tambah_pd(scope, pemda=obj, jenis=data["jenis"], data=data, kelurahan=data["daftar_kelurahan"],
                                    slug=data.get("slug") or "")
        except ValidationError as exc:
            apply_errors(form, exc)
        else:
            jumlah = len(data["daftar_kelurahan"])
            messages.success(request, f"{pd.nama} dibuat" + (f" dengan {jumlah} kelurahan/desa." if jumlah else "."))
            return redirect(_url_pd(pd))
    return _form(request, form, f"Tambah perangkat daerah {obj.nama}", reverse("organisation:pd_daftar", args=[obj.slug]),
                 obj)


@perlu(MASTER)
def pd(request, slug: str):
    scope = request.scope
    obj = selectors.get_pd(scope, slug)
    return render(request, "organisation/pd.html", {
        "pd": obj, "pemda": obj.pemda, "kelurahan": selectors.kelurahan_list(scope, obj),
        "unit": selectors.unit_list(scope, obj), "jabatan": selectors.jabatan_list(scope, obj.pemda, obj),
    })


@perlu(MASTER)
@require_http_methods(["GET", "POST"])
def pd_ubah(request, slug: str):
    scope = request.scope
    obj = selectors.get_pd(scope, slug)
    form = PdUbahForm(request.POST or None, instance=obj)
    return _simpan(request, form, lambda: services.ubah_pd(scope, pd=obj, data=form.cleaned_data),
                   f"{obj.nama} disimpan.", _url_pd(obj)) or _form(request, form, f"Ubah {obj.nama}", _url_pd(obj),
                                                                   obj.pemda)


@perlu(MASTER)
@require_http_methods(["GET", "POST"])
def kelurahan(request, slug: str):
    """The kelurahan/desa of a kecamatan: rename, reorder, change the kind or code; add new ones."""
    scope = request.scope
    obj = selectors.get_pd(scope, slug)
    if obj.jenis != PerangkatDaerah.Jenis.KECAMATAN:
        raise TidakDitemukan("Hanya kecamatan yang mempunyai kelurahan/desa.")
    data = request.POST if request.method == "POST" else None
    formset = KelurahanFormSet(data, queryset=selectors.kelurahan_list(scope, obj), prefix="kel")
    tambah = KelurahanBaruForm(data)
    if data is not None and formset.is_valid() and tambah.is_valid():
        perubahan = [(f.instance, f.cleaned_data) for f in formset.forms if f.has_changed()]
        try:
            baru = services.simpan_kelurahan(scope, pd=obj, perubahan=perubahan, baru=tambah.cleaned_data["daftar"])
        except ValidationError as exc:
            if hasattr(exc, "error_dict") and "baru" in exc.error_dict:
                apply_errors(tambah, exc)
            else:
                formset._non_form_errors = formset.error_class(exc.messages)  # type: ignore[attr-defined]
        else:
            messages.success(request, f"Kelurahan/desa disimpan ({len(perubahan)} diubah, {len(baru)} ditambah).")
            return redirect(_url_pd(obj))
    return render(request, "organisation/kelurahan.html", {"pd": obj, "pemda": obj.pemda, "formset": formset,
                                                           "tambah": tambah})


# --- units ----------------------------------------------------------------------------------------------


def _unit_form(request, scope, pd: PerangkatDaerah, instance=None) -> UnitForm:
    units = selectors.unit_list(scope, pd)
    if instance is not None:
        units = units.exclude(pk=instance.pk)
    return UnitForm(request.POST or None, instance=instance, unit_queryset=units,
                    kelurahan_queryset=selectors.kelurahan_list(scope, pd))


@perlu(MASTER)
@require_http_methods(["GET", "POST"])
def unit_tambah(request, slug: str):
    scope = request.scope
    obj = selectors.get_pd(scope, slug)
    form = _unit_form(request, scope, obj)
    return _simpan(request, form, lambda: services.tambah_unit(scope, pd=obj, data=form.cleaned_data),
                   "Unit kerja ditambahkan.", _url_pd(obj)) or _form(
        request, form, f"Tambah unit kerja {obj.nama}", _url_pd(obj), obj.pemda)


@perlu(MASTER)
@require_http_methods(["GET", "POST"])
def unit_ubah(request, pk: int):
    scope = request.scope
    unit = selectors.get_unit(scope, pk)
    form = _unit_form(request, scope, unit.pd, unit)
    return _simpan(request, form, lambda: services.ubah_unit(scope, unit=unit, data=form.cleaned_data),
                   "Unit kerja disimpan.", _url_pd(unit.pd)) or _form(
        request, form, f"Ubah unit kerja: {unit.nama}", _url_pd(unit.pd), unit.pd.pemda)


# --- posts, officials, tenures --------------------------------------------------------------------------


@perlu(MASTER)
def jabatan_daftar(request, pemda: str):
    """Every post of the pemda, kepala daerah first, with who held it when."""
    scope = request.scope
    obj = selectors.get_pemda(scope, pemda)
    jabatan = selectors.jabatan_list(scope, obj)
    return render(request, "organisation/jabatan_daftar.html", {
        "pemda": obj, "kepala_daerah": [j for j in jabatan if j.pd_id is None],
        "jabatan_pd": [j for j in jabatan if j.pd_id is not None]})


@perlu(MASTER)
@require_http_methods(["GET", "POST"])
def jabatan_tambah(request, pemda: str):
    """A post of the pemda itself: the kepala daerah (Wali Kota, Bupati, Gubernur) or their deputy."""
    scope = request.scope
    obj = selectors.get_pemda(scope, pemda)
    form = JabatanForm(request.POST or None, initial={"jenis": Jabatan.Jenis.KEPALA_DAERAH})
    kembali = reverse("organisation:jabatan_daftar", args=[obj.slug])
    return _simpan(request, form, lambda: services.tambah_jabatan(scope, pemda=obj, data=form.cleaned_data),
                   "Jabatan ditambahkan.", kembali) or _form(request, form, f"Tambah jabatan {obj.nama}", kembali, obj)


@perlu(MASTER)
@require_http_methods(["GET", "POST"])
def jabatan_pd_tambah(request, slug: str):
    scope = request.scope
    obj = selectors.get_pd(scope, slug)
    form = JabatanForm(request.POST or None, unit_queryset=selectors.unit_list(scope, obj),
                       initial={"jenis": Jabatan.Jenis.PIMPINAN_PD})
    return _simpan(request, form, lambda: services.tambah_jabatan(scope, pemda=obj.pemda, pd=obj, data=form.cleaned_data),
                   "Jabatan ditambahkan.", _url_pd(obj)) or _form(
        request, form, f"Tambah jabatan {obj.nama}", _url_pd(obj), obj.pemda)


@perlu(MASTER)
@require_http_methods(["GET", "POST"])
def jabatan_ubah(request, pk: int):
    scope = request.scope
    jabatan = selectors.get_jabatan(scope, pk)
    units = selectors.unit_list(scope, jabatan.pd) if jabatan.pd is not None else None
    form = JabatanForm(request.POST or None, instance=jabatan, unit_queryset=units)
    return _simpan(request, form, lambda: services.ubah_jabatan(scope, jabatan=jabatan, data=form.cleaned_data),
                   "Jabatan disimpan.", _url_jabatan(jabatan)) or _form(
        request, form, f"Ubah jabatan: {jabatan.nama}", _url_jabatan(jabatan), jabatan.pemda)


@perlu(MASTER)
@require_http_methods(["GET", "POST"])
def masa_tambah(request, pk: int):
    """A tenure of a post, for an official of the pemda or one typed here."""
    scope = request.scope
    jabatan = selectors.get_jabatan(scope, pk)
    form = MasaJabatanForm(request.POST or None, pejabat_queryset=selectors.pejabat_list(scope, jabatan.pemda))
    return _simpan(request, form, lambda: services.tambah_masa_jabatan(
        scope, jabatan=jabatan, data=form.cleaned_data, pejabat_baru=form.pejabat_baru()),
        "Masa jabatan ditambahkan.", _url_jabatan(jabatan)) or _form(
        request, form, f"Tambah masa jabatan: {jabatan.nama}", _url_jabatan(jabatan), jabatan.pemda, jabatan=jabatan)


@perlu(MASTER)
@require_http_methods(["GET", "POST"])
def masa_ubah(request, pk: int):
    scope = request.scope
    masa = selectors.get_masa_jabatan(scope, pk)
    form = MasaJabatanForm(request.POST or None, instance=masa, baru=False,
                           pejabat_queryset=selectors.pejabat_list(scope, masa.jabatan.pemda))
    kembali = _url_jabatan(masa.jabatan)
    return _simpan(request, form, lambda: services.ubah_masa_jabatan(scope, masa=masa, data=form.cleaned_data),
                   "Masa jabatan disimpan.", kembali) or _form(
        request, form, f"Ubah masa jabatan: {masa.jabatan.nama}", kembali, masa.jabatan.pemda, jabatan=masa.jabatan)


@perlu(MASTER)
def pejabat_daftar(request, pemda: str):
    scope = request.scope
    obj = selectors.get_pemda(scope, pemda)
    return render(request, "organisation/pejabat_daftar.html", {"pemda": obj, "pejabat": selectors.pejabat_list(scope, obj)})


@perlu(MASTER)
@require_http_methods(["GET", "POST"])
def pejabat_tambah(request, pemda: str):
    scope = request.scope
    obj = selectors.get_pemda(scope, pemda)
    form = PejabatForm(request.POST or None)
    kembali = reverse("organisation:pejabat_daftar", args=[obj.slug])
    return _simpan(request, form, lambda: services.tambah_pejabat(scope, pemda=obj, data=form.cleaned_data),
                   "Pejabat ditambahkan.", kembali) or _form(request, form, f"Tambah pejabat {obj.nama}", kembali, obj)


@perlu(MASTER)
@require_http_methods(["GET", "POST"])
def pejabat_ubah(request, pk: int):
    scope = request.scope
    pejabat = selectors.get_pejabat(scope, pk)
    form = PejabatForm(request.POST or None, instance=pejabat, initial={"nip": pejabat.nip_tampil})
    kembali = reverse("organisation:pejabat_daftar", args=[pejabat.pemda.slug])
    return _simpan(request, form, lambda: services.ubah_pejabat(scope, pejabat=pejabat, data=form.cleaned_data),
                   "Pejabat disimpan.", kembali) or _form(request, form, f"Ubah pejabat: {pejabat.nama}", kembali,
                                                          pejabat.pemda)
