"""The screens of API tokens: an account's own (make one with a name — limited to one PD and a few rights for a
service account —, list them with their prefix, creation and last use, revoke one), and, for the admin pemda, the
tokens of its pemda's accounts (the same, for any account of the pemda).

A token's secret is shown once, in the answer to the POST that made it (``Cache-Control: no-store``), and never
stored anywhere but as its hash.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from sakip.composite.api import selectors, services
from sakip.composite.api.forms import TokenForm
from sakip.core.scoping import perlu
from sakip.domain.accounts import selectors as akun
from sakip.domain.organisation.selectors import pd_list
from sakip.rumus.peran import MASTER, SEMUA


def _galat_ke_form(form: TokenForm, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for name, pesan in error.message_dict.items():
            form.add_error(name if name in form.fields else None, pesan)
    else:
        form.add_error(None, error.messages)


def _baru(request: HttpRequest, baru: services.TokenBaru, kembali: str) -> HttpResponse:
    """The page that shows a new token's secret once (the answer to the POST; no redirect, nothing stored)."""
    response = render(request, "api/token_baru.html", {
        "token": baru.token, "rahasia": baru.rahasia, "kembali": kembali,
        "contoh_url": request.build_absolute_uri(reverse("api:saya"))})
    response["Cache-Control"] = "no-store"
    return response


def _buat(request: HttpRequest, form: TokenForm, user) -> services.TokenBaru | None:
    data = form.cleaned_data
    try:
        return services.buat_token(request.scope, user=data.get("pengguna") or user,  # type: ignore[attr-defined]
                                   nama=data["nama"], pd=data.get("pd"), hak=data.get("hak") or (), pelaku=request.user,
                                   sumber=data.get("sumber") or "")
    except ValidationError as exc:
        _galat_ke_form(form, exc)
        return None


@login_required
@require_http_methods(["GET", "POST"])
def token_saya(request: HttpRequest) -> HttpResponse:
    """The account's own tokens; every account has this page (reached from its name in the top bar)."""
    scope = request.scope  # type: ignore[attr-defined]
    form = TokenForm(request.POST or None, pd_queryset=pd_list(scope), hak=scope.hak, batasan=not scope.everything)
    if request.method == "POST" and form.is_valid():
        baru = _buat(request, form, request.user)
        if baru is not None:
            return _baru(request, baru, reverse("token_api:token_saya"))
    return render(request, "api/token_saya.html", {
        "form": form, "daftar": list(selectors.token_milik(request.user)), "maks": services.MAKS_AKTIF},
        status=400 if form.errors else 200)


@perlu(MASTER)
@require_http_methods(["GET", "POST"])
def token_pemda(request: HttpRequest, pemda: str) -> HttpResponse:
    """The tokens of the pemda's accounts (admin pemda): revoke any, make one for a service account."""
    scope = request.scope  # type: ignore[attr-defined]
    obj = akun.get_pemda(scope, pemda)
    daftar = list(selectors.token_pemda(scope, obj))
    form = TokenForm(request.POST or None, pd_queryset=akun.pd_pilihan(scope, obj), hak=SEMUA,
                     pengguna_queryset=akun.pengguna_pemda(scope, obj).filter(is_active=True))
    if request.method == "POST" and form.is_valid():
        baru = _buat(request, form, None)
        if baru is not None:
            return _baru(request, baru, reverse("token_api:token_pemda", args=[obj.slug]))
    return render(request, "api/token_pemda.html", {"form": form, "daftar": daftar, "pemda": obj},
                  status=400 if form.errors else 200)


@login_required
@require_POST
def cabut(request: HttpRequest, pk: int) -> HttpResponse:
    """Revoke a token: the owner's, or (admin pemda) one of its pemda's accounts; back to the page it came from."""
    scope = request.scope  # type: ignore[attr-defined]
    token = selectors.get_token(scope, pk)
    if services.cabut_token(scope, token=token, pelaku=request.user):
        messages.success(request, f"Token “{token.nama}” ({token.prefix}…) dicabut; aplikasi yang memakainya kini ditolak.")
    else:
        messages.info(request, f"Token “{token.nama}” sudah dicabut sebelumnya.")
    if token.user_id != request.user.pk and token.pemda is not None:
        return redirect("token_api:token_pemda", pemda=token.pemda.slug)
    return redirect("token_api:token_saya")
