"""The one scoping mechanism: what a user may see, change and do.

Every tenant model carries its pemda (and, when it belongs to a perangkat daerah, its PD) and
declares the field names in ``scope_pemda_field`` / ``scope_pd_field``. A :class:`Scope` turns a
user into a filter on those fields; every selector, view, download and command starts from
``Model.objects.within(scope)`` (reads) or ``Model.objects.within(scope, "change")`` (writes).
The scope also carries the user's rights (``hak``, see :mod:`sakip.rumus.peran`): views declare
the right they need with :func:`perlu`, services check the right of a workflow step.

A kelurahan operator reaches only rows of its kelurahan: models with ``scope_kelurahan_field``
(a service unit, an SKM answer) are filtered on it; models with ``scope_kelurahan_reads`` (the PD,
its survey periods and questions) are readable as for the PD; everything else is out of reach.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet

from sakip.rumus.peran import ISI, SEMUA

VIEW = "view"
CHANGE = "change"


@dataclass(frozen=True)
class Scope:
    """What one actor may reach. ``everything`` is the system (commands, system admin)."""

    everything: bool = False
    pemda_id: int | None = None
    pd_id: int | None = None
    can_change: bool = False
    label: str = ""
    kelurahan_id: int | None = None
    hak: frozenset[str] = frozenset()
    peran: str = ""

    @classmethod
    def system(cls) -> Scope:
        return cls(everything=True, can_change=True, label="sistem", hak=SEMUA, peran="admin")

    @classmethod
    def nothing(cls) -> Scope:
        return cls(label="anonim")

    @classmethod
    def for_user(cls, user) -> Scope:
        if user is None or not user.is_authenticated or not user.is_active:
            return cls.nothing()
        if user.is_superuser:
            return cls.system()
        akses = getattr(user, "akses", None)
        if akses is None:
            return cls.nothing()
        return akses.scope()

    def q(self, model, action: str = VIEW) -> Q | None:
        """The filter for ``model``; ``None`` means no row at all."""
        if self.everything:
            return Q()
        if action == CHANGE and not self.can_change:
            return None
        if self.pemda_id is None:
            return None
        pemda_field = getattr(model, "scope_pemda_field", None)
        if pemda_field is None:
            return None
        condition = Q(**{pemda_field: self.pemda_id})
        pd_field = getattr(model, "scope_pd_field", None)
        if self.kelurahan_id is not None:
            kelurahan_field = getattr(model, "scope_kelurahan_field", None)
            if kelurahan_field is not None:
                return condition & Q(**{pd_field: self.pd_id, kelurahan_field: self.kelurahan_id})
            if action == CHANGE or not getattr(model, "scope_kelurahan_reads", False):
                return None
        if self.pd_id is not None and pd_field is not None:
            own = Q(**{pd_field: self.pd_id})
            if action == VIEW and pd_field != "id" and getattr(model, "scope_pd_optional", False):
                # Pemda-wide rows (an RPJMD, the Wali Kota's post) are readable by every PD of it.
                own |= Q(**{f"{pd_field}__isnull": True})
            condition &= own
        elif self.pd_id is not None and action == CHANGE:
            # A PD user changes nothing that is not PD-owned (pemda master data, the pemda itself).
            return None
        elif action == CHANGE and ISI not in self.hak and pd_field not in (None, "id"):
            # The admin pemda keeps the pemda's master data, never a PD's figures.
            if not getattr(model, "scope_pd_optional", False):
                return None
            condition &= Q(**{f"{pd_field}__isnull": True})
        return condition

    def filter(self, queryset: QuerySet, action: str = VIEW) -> QuerySet:
        condition = self.q(queryset.model, action)
        return queryset.none() if condition is None else queryset.filter(condition)

    def allows(self, obj, action: str = VIEW) -> bool:
        return self.filter(type(obj)._default_manager.filter(pk=obj.pk), action).exists()

    def boleh(self, hak: str) -> bool:
        """Whether the user holds the right ``hak`` (see :mod:`sakip.rumus.peran`)."""
        return self.everything or hak in self.hak

    def boleh_isi(self, pd) -> bool:
        """Whether the user enters data of ``pd`` (a PerangkatDaerah the scope can see)."""
        return self.boleh(ISI) and (self.everything or self.pd_id in (None, pd.pk))


def perlu(hak: str):
    """View decorator: the user is logged in (else to the login page) and holds ``hak`` (else 403).

    Sets ``request.scope`` so the view does not build it again.
    """

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            scope = Scope.for_user(request.user)
            if not scope.boleh(hak):
                raise PermissionDenied("Peran Anda tidak mencakup halaman ini.")
            request.scope = scope
            return view(request, *args, **kwargs)

        wrapped.hak_diperlukan = hak
        return wrapped

    return decorator
