"""The API's one authentication and scope dependency: ``Authorization: Bearer <token>`` → the token's account →
``Scope.for_user(account)``, narrowed for a service token to its PD and rights.

Every endpoint starts with :func:`scope` (the right it needs, ``lihat`` by default), then calls the same selectors
and ``build_*`` functions as the screens with that scope: there is no second permission system. A PD the scope
does not reach answers 404 as on the screens (the builders raise ``TidakDitemukan``), a right the role lacks 403,
a missing, unknown or revoked token (or an account that is inactive) 401. A session cookie is not enough: the API
reads tokens only, so a page's cookie cannot be replayed against it (and it needs no CSRF token).

Each request of a token is counted against ``settings.API_BATAS`` (django-ratelimit, keyed by the token's id, in
the default cache: per process, as for the public pages — ``sakip/core/batas.py``); past it the API answers 429
with ``Retry-After``. Request bodies are limited by Django's ``DATA_UPLOAD_MAX_MEMORY_SIZE`` (2,5 MB by default;
413 from the API). The token's last use is written at most once a minute (``services.catat_pemakaian``).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.utils import timezone
from django_ratelimit import ALL
from django_ratelimit.core import get_usage
from ninja.errors import AuthenticationError
from ninja.security import HttpBearer

from sakip.composite.api import selectors, services
from sakip.composite.api.models import TokenApi
from sakip.core.galat import Ditolak
from sakip.core.scoping import Scope
from sakip.rumus.peran import LIHAT, menulis

TANPA_TOKEN = ("Sertakan token API pada kepala permintaan: “Authorization: Bearer <token>”. "
               "Token dibuat pada halaman Token API akun Anda.")
TOKEN_SALAH = "Token API tidak dikenal atau sudah dicabut."


class TerlaluBanyak(Exception):
    """The token spent its rate (429); ``tunggu`` seconds until the window ends."""

    def __init__(self, tunggu: int) -> None:
        super().__init__(tunggu)
        self.tunggu = tunggu


@dataclass(frozen=True)
class Pemakai:
    """Who calls: the token and the scope the API acts with (``request.auth``)."""

    token: TokenApi
    scope: Scope


def scope_token(token: TokenApi, scope_akun: Scope) -> Scope | None:
    """The scope of a request made with ``token``: the account's, narrowed to the token's PD and rights; None when
    the account no longer reaches the token's PD (its role changed since)."""
    if token.pd_id is None and not token.hak_set:
        return scope_akun
    if scope_akun.everything:
        return None  # tokens of a system admin are never limited (services.buat_token); a stale row is refused
    hak = scope_akun.hak & token.hak_set if token.hak_set else scope_akun.hak
    pd_id = scope_akun.pd_id
    if token.pd_id is not None:
        menjangkau = (token.pd_id == scope_akun.pd_id if scope_akun.kelurahan_id is not None
                      else scope_akun.reaches_pd(token.pd))
        if not menjangkau:
            return None
        pd_id = token.pd_id
    label = f"{scope_akun.label} · token {token.prefix}…"
    return dataclasses.replace(scope_akun, pd_id=pd_id, hak=frozenset(hak), writes=scope_akun.writes and menulis(hak),
                               label=label)


def _kunci_token(_group: str, request: HttpRequest) -> str:
    return f"token:{request.token_api_id}"  # type: ignore[attr-defined]


def _batasi(request: HttpRequest, token: TokenApi) -> None:
    request.token_api_id = token.pk  # type: ignore[attr-defined]
    usage = get_usage(request, group="api-v1", key=_kunci_token, rate=settings.API_BATAS, method=ALL, increment=True)
    if usage and usage["should_limit"]:
        raise TerlaluBanyak(max(1, int(usage["time_left"])))


class TokenBearer(HttpBearer):
    """``Authorization: Bearer <token>``; the OpenAPI description names it ``TokenApi``."""

    def __call__(self, request: HttpRequest) -> Any:
        if not request.headers.get(self.header):
            raise AuthenticationError(message=TANPA_TOKEN)
        return super().__call__(request) or None

    def authenticate(self, request: HttpRequest, token: str) -> Pemakai:
        rahasia = token.strip()
        row = selectors.token_dari_rahasia(rahasia) if 0 < len(rahasia) <= 200 else None
        if row is None or row.dicabut is not None:
            raise AuthenticationError(message=TOKEN_SALAH)
        user = row.user
        if not user.is_active:
            raise AuthenticationError(message="Akun pemilik token ini nonaktif.")
        scope_akun = Scope.for_user(user)
        scope = scope_token(row, scope_akun)
        if scope is None:
            raise AuthenticationError(message="Token ini tidak berlaku lagi: akunnya tidak lagi menjangkau "
                                              f"{row.pd.nama if row.pd else 'perangkat daerah token'}.")
        _batasi(request, row)
        services.catat_pemakaian(row, timezone.now())
        request.user = user
        request.scope = scope  # type: ignore[attr-defined]
        request.token_api = row  # type: ignore[attr-defined]  # named in the history of its writes (api/riwayat.py)
        return Pemakai(row, scope)


def scope(request: HttpRequest, hak: str = LIHAT) -> Scope:
    """The caller's scope, once it holds ``hak`` (else 403, as ``@perlu`` on a screen)."""
    pemakai: Pemakai = request.auth  # type: ignore[attr-defined]
    if not pemakai.scope.holds(hak):
        raise Ditolak(f"Peran token ini tidak memegang hak “{hak}” yang diperlukan.")
    return pemakai.scope
