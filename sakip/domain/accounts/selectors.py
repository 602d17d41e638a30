"""Scoped reads of user accounts and of the organisation rows an account is given.

``accounts`` sits just above ``organisation`` (``.importlinter``): an account is given a pemda, a PD or a
kelurahan, read through their scoped manager (``within(scope)``) like every other tenant row.
"""

from __future__ import annotations

from typing import Any

from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import QuerySet
from django.utils import timezone

from sakip.core.galat import TidakDitemukan
from sakip.core.scoping import Scope
from sakip.domain.accounts.models import Akses
from sakip.domain.organisation.models import Kelurahan, Pemda, PerangkatDaerah


def get_pemda(scope: Scope, slug: str) -> Any:
    """The pemda with ``slug`` if ``scope`` reaches it; otherwise :class:`TidakDitemukan`."""
    pemda = Pemda.objects.within(scope).filter(slug=slug).first()
    if pemda is None:
        raise TidakDitemukan(f"Pemda “{slug}” tidak ditemukan.")
    return pemda


def provinsi_pilihan() -> QuerySet:
    return Pemda.objects.filter(jenis="provinsi").order_by("nama")


def pd_pilihan(scope: Scope, pemda: Any) -> QuerySet:
    return PerangkatDaerah.objects.within(scope).filter(pemda=pemda).order_by("nama")


def kelurahan_pilihan(scope: Scope, pemda: Any) -> QuerySet:
    return Kelurahan.objects.within(scope).filter(pemda=pemda).select_related("pd").order_by(
        "pd__nama", "urutan", "nama")


def _pengguna(scope: Scope) -> QuerySet:
    """Accounts of a pemda the scope reaches; never a system admin's (nor a superuser's, but for the system)."""
    rows = (get_user_model().objects.filter(akses__isnull=False, akses__pemda__isnull=False)
            .exclude(akses__peran=Akses.Peran.ADMIN)
            .select_related("akses", "akses__pemda", "akses__pd", "akses__kelurahan"))
    if scope.everything:
        return rows
    if scope.pemda_id is None:
        return rows.none()
    return rows.filter(akses__pemda_id=scope.pemda_id, is_superuser=False)


def pengguna_pemda(scope: Scope, pemda: Any, pd: Any = None) -> QuerySet:
    """The accounts of ``pemda`` (of ``pd`` only when given), by PD and username."""
    rows = _pengguna(scope).filter(akses__pemda=pemda)
    if pd is not None:
        rows = rows.filter(akses__pd=pd)
    return rows.order_by("akses__pd__nama", "akses__peran", "username")


def evaluator_pemda(scope: Scope, pemda_id: int) -> list:
    """The active evaluators (Inspektorat) of a pemda the scope reaches, by name (one query)."""
    return list(_pengguna(scope).filter(akses__peran=Akses.Peran.EVALUATOR, akses__pemda_id=pemda_id, is_active=True)
                .order_by("first_name", "username"))


def get_pengguna(scope: Scope, pk: int) -> Any:
    user = _pengguna(scope).filter(pk=pk).first()
    if user is None:
        raise TidakDitemukan("Pengguna tidak ditemukan.")
    return user


def terkunci(usernames: list[str]) -> set[str]:
    """Which of ``usernames`` django-axes keeps locked out now (from at least one address)."""
    sejak = timezone.now() - settings.AXES_COOLOFF_TIME
    return set(AccessAttempt.objects.filter(username__in=usernames, failures_since_start__gte=settings.AXES_FAILURE_LIMIT,
                                            attempt_time__gte=sejak).values_list("username", flat=True))
