"""Form fields that read what a user types the Indonesian way, with the one reader (:mod:`sakip.rumus.angka`)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db import models

from sakip.rumus.angka import AngkaError, format_angka, parse_angka


class AngkaInput(forms.TextInput):
    """Shows a stored number as it is typed back (``185.400.000``, ``77,15``)."""

    def format_value(self, value: Any) -> str | None:
        if isinstance(value, Decimal | int | float):
            return format_angka(Decimal(str(value)))
        return super().format_value(value)


class AngkaField(forms.DecimalField):
    """A number typed the Indonesian way; anything else is refused with the text quoted and a hint."""

    widget = AngkaInput

    def to_python(self, value: Any) -> Decimal | None:  # type: ignore[override]  # the stubs derive it from IntegerField
        if value in self.empty_values:
            return None
        if isinstance(value, Decimal | int | float):
            return Decimal(str(value))
        try:
            return parse_angka(str(value))
        except AngkaError as exc:
            raise ValidationError(str(exc), code="invalid") from exc

    def widget_attrs(self, widget: forms.Widget) -> dict[str, Any]:
        return {"inputmode": "decimal"}


class AngkaAdmin(admin.options.BaseModelAdmin):
    """Admin forms (and inlines) read their numbers like every other form of sakip."""

    formfield_overrides = {models.DecimalField: {"form_class": AngkaField}}
