"""Writing demo rows: each validated by the model's own rules before it is saved."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from django.db import models

M = TypeVar("M", bound=models.Model)


def simpan(obj: M) -> M:
    obj.full_clean()
    obj.save()
    return obj


def simpan_banyak(model: type[M], objs: Sequence[M]) -> None:
    """Validate (fields and ``clean``) then insert many rows at once. Their constraints and foreign keys are
    checked by the database on insert: the rows of a bulk load hang from parents created in the same load, so
    a constraint failing there is a defect of the demo data, not a collision to explain to the user."""
    relations = [f.name for f in model._meta.fields if f.is_relation]
    for obj in objs:
        obj.full_clean(exclude=relations, validate_constraints=False)
    model._default_manager.bulk_create(objs)
