"""Choices that rules compute on, declared once: a ``StrEnum`` whose members carry their label.

Django fields take their choices from these (``choices=Polaritas.choices()``), so the database, the
forms and the pure rules share one list; a member compares equal to its stored string.
"""

from __future__ import annotations

from enum import StrEnum


class Pilihan(StrEnum):
    """``POSITIF = "positif", "Positif (makin tinggi makin baik)"``: the stored value and its label."""

    label: str

    def __new__(cls, value: str, label: str = "") -> Pilihan:
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label or value
        return member

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        return [(m.value, m.label) for m in cls]
