"""Text users read never cites the project's sources ("seed 002"): what the demo stores and every page the
crawl of the demo roles reaches."""

from __future__ import annotations

import re

import pytest
from django.apps import apps
from django.db import models

pytestmark = pytest.mark.django_db
SUMBER = re.compile(r"\bseed\b|\bseeds\b", re.IGNORECASE)


def test_no_stored_text_cites_a_seed():
    found = []
    for model in apps.get_models():
        if not model.__module__.startswith("sakip."):
            continue
        for field in model._meta.concrete_fields:
            if isinstance(field, models.CharField | models.TextField):
                hits = model._base_manager.filter(**{f"{field.name}__icontains": "seed"}).values_list(field.name, flat=True)
                found += [f"{model._meta.label}.{field.name}: {v[:80]}" for v in hits if SUMBER.search(v)]
    assert found == []
