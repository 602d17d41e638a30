"""The one scoping mechanism: what a user may see and change.

Every tenant model carries its pemda (and, when it belongs to a perangkat daerah, its PD) and
declares the field names in ``scope_pemda_field`` / ``scope_pd_field``. A :class:`Scope` turns a
user into a filter on those fields; every selector, view, download and command starts from
``Model.objects.within(scope)`` (reads) or ``Model.objects.within(scope, "change")`` (writes).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q, QuerySet

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

    @classmethod
    def system(cls) -> Scope:
        return cls(everything=True, can_change=True, label="sistem")

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
        if self.pd_id is not None and pd_field is not None:
            own = Q(**{pd_field: self.pd_id})
            if action == VIEW and pd_field != "id" and getattr(model, "scope_pd_optional", False):
                # Pemda-wide rows (an RPJMD, the Wali Kota's post) are readable by every PD of it.
                own |= Q(**{f"{pd_field}__isnull": True})
            condition &= own
        elif self.pd_id is not None and action == CHANGE:
            # A PD user changes nothing that is not PD-owned (pemda master data, the pemda itself).
            return None
        return condition

    def filter(self, queryset: QuerySet, action: str = VIEW) -> QuerySet:
        condition = self.q(queryset.model, action)
        return queryset.none() if condition is None else queryset.filter(condition)

    def allows(self, obj, action: str = VIEW) -> bool:
        return self.filter(type(obj)._default_manager.filter(pk=obj.pk), action).exists()
