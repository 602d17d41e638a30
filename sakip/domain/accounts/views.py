"""Account screens: a new pemda with its first admin pemda (system admin); the accounts of a pemda and
their roles, deactivation, password resets and lifting a login lockout (admin pemda, system admin).

A password set or generated here is shown once, in the answer to the POST that made it, and never stored
anywhere but as its hash."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from sakip.core.galat import Ditolak
from sakip.core.scoping import perlu
from sakip.domain.accounts import selectors, services
from sakip.domain.accounts.forms import PemdaBaruForm, PenggunaForm, PenggunaUbahForm, SandiForm
from sakip.rumus.peran import MASTER


def _apply_errors(form, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for name, pesan in error.message_dict.items():
            form.add_error(name if name in form.fields else None, pesan)
    else:
        form.add_error(None, error.messages)


def _url_daftar(pemda) -> str:
    return reverse("accounts:pengguna_daftar", args=[pemda.slug])


def _sekali(request, akun: services.Akun, pemda, judul: str):
    """The page that shows a password once (answer to the POST; no redirect, no message stored)."""
    response = render(request, "accounts/sandi_sekali.html", {"akun": akun, "pemda": pemda, "judul": judul})
    response["Cache-Control"] = "no-store"
    return response


@perlu(MASTER)
@require_http_methods(["GET", "POST"])
def pemda_baru(request):
    """The system admin creates a pemda together with its first admin pemda account."""
    scope = request.scope
    if not scope.everything:
        raise Ditolak("Hanya admin sistem yang dapat membuat pemda baru.")
    form = PemdaBaruForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            pemda, akun = services.buat_pemda(scope, pemda=form.pemda(), admin=form.admin())
        except ValidationError as exc:
            _apply_errors(form, exc)
        else:
            if akun is None:
                messages.success(request, f"{pemda.nama} dibuat.")
                return redirect("organisation:pemda", pemda=pemda.slug)
            return _sekali(request, akun, pemda, f"{pemda.nama} dibuat")
    return render(request, "accounts/form.html", {"form": form, "judul": "Pemda baru dan admin pemdanya",
                                                  "kembali": reverse("organisation:mulai")})


@perlu(MASTER)
def pengguna_daftar(request, pemda: str):
    scope = request.scope
    obj = selectors.get_pemda(scope, pemda)
    pd = None
    if request.GET.get("pd"):
        pd = selectors.pd_pilihan(scope, obj).filter(slug=request.GET["pd"]).first()
    daftar = list(selectors.pengguna_pemda(scope, obj, pd))
    return render(request, "accounts/pengguna_daftar.html", {
        "pemda": obj, "pd": pd, "daftar": daftar, "terkunci": selectors.terkunci([u.username for u in daftar])})


def _form_peran(cls, request, scope, pemda, **kwargs):
    return cls(request.POST or None, pd_queryset=selectors.pd_pilihan(scope, pemda),
               kelurahan_queryset=selectors.kelurahan_pilihan(scope, pemda), **kwargs)


@perlu(MASTER)
@require_http_methods(["GET", "POST"])
def pengguna_tambah(request, pemda: str):
    scope = request.scope
    obj = selectors.get_pemda(scope, pemda)
    awal = {}
    if request.GET.get("pd"):
        awal["pd"] = selectors.pd_pilihan(scope, obj).filter(slug=request.GET["pd"]).first()
    form = _form_peran(PenggunaForm, request, scope, obj, initial=awal)
    if request.method == "POST" and form.is_valid():
        try:
            akun = services.buat_pengguna(scope, pemda=obj, data=form.cleaned_data)
        except ValidationError as exc:
            _apply_errors(form, exc)
        else:
            return _sekali(request, akun, obj, f"Akun {akun.user.username} dibuat")
    return render(request, "accounts/form.html", {"form": form, "judul": f"Tambah pengguna {obj.nama}",
                                                  "kembali": _url_daftar(obj), "pemda": obj})


def _halaman_pengguna(request, scope, user, *, sandi: SandiForm | None = None, status: int = 200):
    akses = user.akses
    form = _form_peran(PenggunaUbahForm, request, scope, akses.pemda, initial={
        "nama": user.get_full_name(), "email": user.email, "peran": akses.peran, "pd": akses.pd, "kelurahan": akses.kelurahan})
    if request.method == "POST" and sandi is None and form.is_valid():
        try:
            services.ubah_pengguna(scope, user=user, data=form.cleaned_data, pelaku=request.user)
        except ValidationError as exc:
            _apply_errors(form, exc)
        else:
            messages.success(request, f"Akun {user.username} disimpan.")
            return redirect(_url_daftar(akses.pemda))
    return render(request, "accounts/pengguna.html", {
        "form": form, "pengguna": user, "akses": akses, "pemda": akses.pemda, "sandi": sandi or SandiForm(),
        "terkunci": user.username in selectors.terkunci([user.username]), "diri_sendiri": user.pk == request.user.pk},
        status=status)


@perlu(MASTER)
@require_http_methods(["GET", "POST"])
def pengguna(request, pk: int):
    """One account: its name, e-mail and role; deactivate, reset the password, lift a lockout."""
    scope = request.scope
    return _halaman_pengguna(request, scope, selectors.get_pengguna(scope, pk))


@perlu(MASTER)
@require_POST
def pengguna_aktif(request, pk: int):
    scope = request.scope
    user = selectors.get_pengguna(scope, pk)
    aktif = request.POST.get("aktif") == "1"
    services.atur_aktif(scope, user=user, aktif=aktif, pelaku=request.user)
    messages.success(request, f"Akun {user.username} {'diaktifkan kembali' if aktif else 'dinonaktifkan'}.")
    return redirect("accounts:pengguna", pk=user.pk)


@perlu(MASTER)
@require_POST
def pengguna_sandi(request, pk: int):
    scope = request.scope
    user = selectors.get_pengguna(scope, pk)
    form = SandiForm(request.POST)
    if form.is_valid():
        try:
            akun = services.atur_ulang_sandi(scope, user=user, sandi=form.cleaned_data["sandi"])
        except ValidationError as exc:
            _apply_errors(form, exc)
        else:
            return _sekali(request, akun, user.akses.pemda, f"Kata sandi {user.username} diatur ulang")
    return _halaman_pengguna(request, scope, user, sandi=form, status=400)


@perlu(MASTER)
@require_POST
def pengguna_buka_kunci(request, pk: int):
    scope = request.scope
    user = selectors.get_pengguna(scope, pk)
    jumlah = services.buka_kunci(scope, user=user)
    messages.success(request, f"Kunci akun {user.username} dibuka." if jumlah else
                     f"Akun {user.username} tidak sedang terkunci.")
    return redirect("accounts:pengguna", pk=user.pk)
