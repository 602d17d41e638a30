"""Shared pytest fixtures.

The demo data (the seed documents) is loaded once per session into the test database; every test,
browser tests included (``tests/browser/conftest.py``), runs inside a transaction that is rolled back,
so each starts from the same demo. Helpers shared by test modules live in ``tests/helpers.py``.
"""

from __future__ import annotations

import os

import pytest
from django.http import HttpRequest

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # Playwright's sync API runs an event loop

# The journeys of a new pemda start from an empty database (``tests/kosong``): they run in a session of their
# own with ``SAKIP_TANPA_DEMO=1`` (``make test`` runs both), and the demo's session never collects them.
TANPA_DEMO = bool(os.environ.get("SAKIP_TANPA_DEMO"))
collect_ignore = [] if TANPA_DEMO else ["tests/kosong"]


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    from django.test.utils import override_settings

    from sakip.composite.demo.services import load_demo

    # A fast hash for the test session: logging in is not what the tests measure (Django's advice).
    override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]).enable()
    if not TANPA_DEMO:
        with django_db_blocker.unblock():
            load_demo()


@pytest.fixture
def system_scope():
    from sakip.core.scoping import Scope

    return Scope.system()


@pytest.fixture
def login(client):
    """``login("operator-wonoasih")`` → the test client logged in as that demo account."""

    def as_user(username: str):
        # django-axes needs the request to count attempts; the test client has none of its own.
        assert client.login(request=HttpRequest(), username=username, password="sakip-demo"), username
        return client

    return as_user


@pytest.fixture(autouse=True)
def _fresh_cache():
    """The per-process cache (public survey units and periods) must not carry one test's data into the next."""
    from django.core.cache import cache

    from sakip.core.ingatan import Ingatan

    cache.clear()
    Ingatan.lupakan()
    yield
    cache.clear()


@pytest.fixture
def alur_terbuka(db):
    """The demo approves Wonoasih's PK and quarters I–III of 2024 (which locks them); tests of data
    entry on those quarters reopen them first. Rolled back with the test."""
    from sakip.domain.workflow.models import Pengajuan

    Pengajuan.objects.filter(pd__slug="wonoasih").update(status="draft")
