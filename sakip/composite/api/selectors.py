"""Scoped reads of API tokens: an account's own, the tokens of a pemda's accounts (admin pemda), one token by its
secret (authentication). Who reaches a token: its owner, the admin pemda (``master``) of the owner's pemda for
accounts of that pemda (never a superuser's), the system."""

from __future__ import annotations

import hashlib
from typing import Any

from django.db.models import Q, QuerySet

from sakip.composite.api.models import TokenApi
from sakip.core.galat import Ditolak, TidakDitemukan
from sakip.core.scoping import Scope
from sakip.rumus.peran import MASTER


def sidik(rahasia: str) -> str:
    """The stored form of a secret: its SHA-256 in hex (a token is 256 random bits; no salt or slow hash needed)."""
    return hashlib.sha256(rahasia.encode("utf-8", "surrogatepass")).hexdigest()


def token_dari_rahasia(rahasia: str) -> TokenApi | None:
    """The token whose secret is ``rahasia`` (revoked or not), with its account, role and PD: one query."""
    return (TokenApi.objects.select_related("user", "user__akses", "pd", "pd__pemda")
            .filter(hash=sidik(rahasia)).first())


def token_milik(user: Any) -> QuerySet[TokenApi]:
    """The tokens of ``user``, active first, newest first."""
    return TokenApi.objects.filter(user=user).select_related("pd").order_by("dicabut", "-dibuat", "-pk")


def _dikelola(scope: Scope) -> Q | None:
    """The tokens ``scope`` manages beyond its own: every token (the system), the tokens of its pemda's accounts
    (a pemda-wide holder of ``master``: the admin pemda), none otherwise."""
    if scope.everything:
        return Q()
    if scope.holds(MASTER) and scope.pemda_id is not None and scope.pd_id is None and scope.kelurahan_id is None:
        return Q(pemda_id=scope.pemda_id, user__is_superuser=False)
    return None


def boleh_kelola(scope: Scope, *, user: Any, pemda_id: int | None) -> bool:
    """Whether ``scope`` makes and revokes tokens of ``user`` (whose pemda is ``pemda_id``)."""
    if scope.everything or (scope.user_id is not None and scope.user_id == user.pk):
        return True
    return (_dikelola(scope) is not None and pemda_id is not None and pemda_id == scope.pemda_id
            and not user.is_superuser)


def token_pemda(scope: Scope, pemda: Any) -> QuerySet[TokenApi]:
    """The tokens of the accounts of ``pemda``, for its admin pemda (or the system); active first."""
    kondisi = _dikelola(scope)
    if kondisi is None or not (scope.everything or pemda.pk == scope.pemda_id):
        raise Ditolak("Hanya admin pemda yang mengelola token API akun pemdanya.")
    return (TokenApi.objects.filter(kondisi, pemda=pemda).select_related("user", "user__akses", "pd")
            .order_by("dicabut", "user__username", "-dibuat", "-pk"))


def get_token(scope: Scope, pk: int) -> TokenApi:
    """One token the scope reaches (its own, or one it manages); otherwise :class:`TidakDitemukan`."""
    kondisi = Q(user_id=scope.user_id) if scope.user_id is not None else Q(pk__in=[])
    dikelola = _dikelola(scope)
    if dikelola is not None:
        kondisi |= dikelola
    token = TokenApi.objects.filter(kondisi, pk=pk).select_related("user", "pd").first()
    if token is None:
        raise TidakDitemukan("Token API tidak ditemukan.")
    return token
