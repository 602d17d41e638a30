"""Fixtures of the journeys that start from an empty database (run with ``SAKIP_TANPA_DEMO=1``).

The browser fixtures are those of ``tests/browser``; the only row written with the ORM is the system
admin's account, as ``createsuperuser`` and the installer make it. Everything else is typed on the screens.
"""

from __future__ import annotations

import pytest

from tests.browser.conftest import browser, context_baru, page, server  # noqa: F401

ADMIN = ("admin-sistem", "rahasia-admin-sistem-2025")


@pytest.fixture
def admin_sistem(db):
    """The system admin: a superuser with the "admin" role, (username, password)."""
    from django.contrib.auth import get_user_model

    from sakip.domain.accounts.models import Akses

    username, password = ADMIN
    user = get_user_model().objects.create_superuser(username=username, email="admin@contoh.go.id", password=password,
                                                     first_name="Admin", last_name="Sistem")
    Akses.objects.create(user=user, peran=Akses.Peran.ADMIN)
    return ADMIN
