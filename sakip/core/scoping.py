"""The one scoping mechanism: which rows a user *reaches* and which rights a user *holds*.

Every tenant model carries its pemda (and, when it belongs to a perangkat daerah, its PD) and
declares the field names in ``scope_pemda_field`` / ``scope_pd_field``. A :class:`Scope` turns a
user into a filter on those fields; every selector, view, download and command starts from
``Model.objects.within(scope)`` (read) or ``Model.objects.within(scope, CHANGE)`` (write).
The scope also carries the role's rights (``hak``, see :mod:`sakip.rumus.peran`): views declare
the right they need with :func:`perlu`, services ask :meth:`Scope.holds`.

Two words, two concepts (``docs/ARCHITECTURE.md``, "Scoping glossary"):

- a scope **reaches** a row (:meth:`Scope.reaches`, :meth:`Scope.q`, ``within``): the row lies in its
  pemda / PD / kelurahan, for reading (``VIEW``) or for changing (``CHANGE``);
- a scope **holds** a right (:meth:`Scope.holds`): its role may do that kind of thing at all.

:meth:`Scope.writes_for` combines both for the common question "may this user enter this PD's data".

A kelurahan operator reaches only rows of its kelurahan: models with ``scope_kelurahan_field``
(a service unit, an SKM answer) are filtered on it; models with ``scope_kelurahan_reads`` (the PD,
its survey periods and questions) are readable as for the PD; everything else is out of reach.

A model may name the right that changes its rows pemda-wide (``scope_hak_ubah``): the evaluations of the
Inspektorat (``evaluasi``) are changed by the evaluator in every PD of its pemda and by a PD's own writers in
that PD, never by the admin pemda; a pemda-wide role changes other pemda-wide rows only with ``master``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps
from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.db.models import Model, Q, QuerySet
from django.utils.functional import SimpleLazyObject

from sakip.core.galat import Ditolak
from sakip.rumus.peran import ISI, MASTER, SEMUA

VIEW = "view"
CHANGE = "change"


@dataclass(frozen=True)
class Scope:
    """What one actor reaches and holds. ``everything`` is the system (commands, system admin)."""

    everything: bool = False
    pemda_id: int | None = None
    pd_id: int | None = None
    writes: bool = False  # the role writes rows at all (which rows: ``q``)
    label: str = ""
    kelurahan_id: int | None = None
    hak: frozenset[str] = frozenset()
    peran: str = ""
    user_id: int | None = None  # the account behind the scope (None: the system, the anonymous)

    @classmethod
    def system(cls) -> Scope:
        return cls(everything=True, writes=True, label="sistem", hak=SEMUA, peran="admin")

    @classmethod
    def nothing(cls) -> Scope:
        return cls(label="anonim")

    @classmethod
    def for_user(cls, user: Any) -> Scope:
        if user is None or not user.is_authenticated or not user.is_active:
            return cls.nothing()
        if user.is_superuser:
            return cls.system()
        akses = getattr(user, "akses", None)
        if akses is None:
            return cls.nothing()
        scope: Scope = akses.scope()
        return scope

    # --- rows -------------------------------------------------------------------------------------

    def q(self, model: Any, action: str = VIEW) -> Q | None:
        """The filter of the rows of ``model`` the scope reaches; ``None`` means no row at all."""
        if self.everything:
            return Q()
        pemda_field = getattr(model, "scope_pemda_field", None)
        if self.pemda_id is None or pemda_field is None or (action == CHANGE and not self.writes):
            return None
        condition = Q(**{pemda_field: self.pemda_id})
        if self.kelurahan_id is not None:
            return self._kelurahan(model, action, condition)
        if self.pd_id is not None:
            return self._pd(model, action, condition)
        return self._pemda(model, action, condition)

    def _kelurahan(self, model: Any, action: str, condition: Q) -> Q | None:
        kelurahan_field = getattr(model, "scope_kelurahan_field", None)
        if kelurahan_field is not None:
            return condition & Q(**{model.scope_pd_field: self.pd_id, kelurahan_field: self.kelurahan_id})
        if action == CHANGE or not getattr(model, "scope_kelurahan_reads", False):
            return None
        return self._pd(model, action, condition)

    def _pd(self, model: Any, action: str, condition: Q) -> Q | None:
        pd_field = getattr(model, "scope_pd_field", None)
        if pd_field is None:
            # Pemda-wide rows (the pemda itself, its RPJMD): read by its PD, changed by none of them.
            return None if action == CHANGE else condition
        own = Q(**{pd_field: self.pd_id})
        if action == VIEW and pd_field != "id" and getattr(model, "scope_pd_optional", False):
            own |= Q(**{f"{pd_field}__isnull": True})  # pemda-wide rows of a PD table (the Wali Kota's post)
        return condition & own

    def _pemda(self, model: Any, action: str, condition: Q) -> Q | None:
        pd_field = getattr(model, "scope_pd_field", None)
        if action == VIEW or ISI in self.hak:
            return condition
        hak_ubah = getattr(model, "scope_hak_ubah", None)
        if hak_ubah is not None:
            # Rows a pemda-wide role changes by a right of their own (the Inspektorat's evaluations of every PD).
            return condition if hak_ubah in self.hak else None
        if MASTER not in self.hak:
            return None  # a pemda-wide role that writes only rows of its own right (the evaluator)
        if pd_field in (None, "id"):
            return condition
        # The admin pemda keeps the pemda's master data, never a PD's figures.
        if not getattr(model, "scope_pd_optional", False):
            return None
        return condition & Q(**{f"{pd_field}__isnull": True})

    def filter(self, queryset: QuerySet, action: str = VIEW) -> QuerySet:
        condition = self.q(queryset.model, action)
        return queryset.none() if condition is None else queryset.filter(condition)

    def reaches(self, obj: Model, action: str = VIEW) -> bool:
        """Whether ``obj`` lies within the scope, to read (``VIEW``) or to change (``CHANGE``)."""
        return self.filter(type(obj)._default_manager.filter(pk=obj.pk), action).exists()

    def reaches_pd(self, pd: Any) -> bool:
        """Whether the scope covers the PD ``pd`` (its own PD, or any PD of its pemda); no query."""
        return self.everything or (self.pemda_id == pd.pemda_id and self.pd_id in (None, pd.pk)
                                   and self.kelurahan_id is None)

    # --- rights -----------------------------------------------------------------------------------

    def holds(self, hak: str) -> bool:
        """Whether the user's role holds the right ``hak`` (see :mod:`sakip.rumus.peran`)."""
        return self.everything or hak in self.hak

    def writes_for(self, pd: Any) -> bool:
        """Whether the user enters data of ``pd``: holds ``isi`` and the PD is its own (or it is the system)."""
        return self.holds(ISI) and (self.everything or self.pd_id in (None, pd.pk))

    def require_change(self, obj: Model, pesan: str = "") -> None:
        """Raise :class:`Ditolak` unless the scope reaches ``obj`` for changing (a service's first check)."""
        if not self.reaches(obj, CHANGE):
            raise Ditolak(pesan or "Anda tidak berwenang mengubah data ini.")

    def require(self, hak: str, pd: Any = None, pesan: str = "") -> None:
        """Raise :class:`Ditolak` unless the scope holds ``hak`` (and, given ``pd``, covers that PD)."""
        if not self.holds(hak) or (pd is not None and not self.reaches_pd(pd)):
            raise Ditolak(pesan or "Peran Anda tidak mencakup tindakan ini.")


class ScopeMiddleware:
    """``request.scope``: the user's :class:`Scope`, built once per request when first asked for."""

    def __init__(self, get_response: Callable) -> None:
        self.get_response = get_response

    def __call__(self, request: Any) -> Any:
        request.scope = SimpleLazyObject(lambda: Scope.for_user(getattr(request, "user", None)))
        return self.get_response(request)


def perlu(hak: str) -> Callable:
    """View decorator: the user is logged in (else to the login page) and holds ``hak`` (else 403)."""

    def decorator(view: Callable) -> Callable:
        @wraps(view)
        def wrapped(request: Any, *args: Any, **kwargs: Any) -> Any:
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not request.scope.holds(hak):
                raise Ditolak("Peran Anda tidak mencakup halaman ini.")
            return view(request, *args, **kwargs)

        wrapped.hak_diperlukan = hak  # type: ignore[attr-defined]
        return wrapped

    return decorator
