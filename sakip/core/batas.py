"""Rate limits of the public pages (no login: the questionnaire, its poster and live results).

django-ratelimit counts requests per client address in the default cache and answers 429 with
:func:`terlalu_banyak` once the rate is spent. Two limits: every request of a public page
(``BATAS_PUBLIK``, reading) and submissions (``BATAS_PUBLIK_KIRIM``, writing), the latter on top of the
survey's own per-address limit on stored answers (``SAKIP_SKM_BATAS_PER_ALAMAT``).

The default cache is per process (LocMemCache), so with N server workers a client may reach N times
the rate; set a shared cache (memcached, redis) in ``CACHES`` for an exact limit. The address is
``REMOTE_ADDR``: behind a reverse proxy, let the proxy set it (e.g. nginx ``real_ip``).

A limit kept in the database is exact only if counting and writing are one step: :func:`giliran` serialises
the transactions of one key (one address), so two concurrent submissions cannot both count 29 of 30.
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.shortcuts import render
from django_ratelimit import ALL
from django_ratelimit.decorators import ratelimit


def _baca(_group, _request) -> str:
    return settings.BATAS_PUBLIK


def _kirim(_group, _request) -> str:
    return settings.BATAS_PUBLIK_KIRIM


def batas_publik(view):
    """Decorator of a public view: both limits, per client address."""
    view = ratelimit(key="ip", rate=_kirim, method="POST", block=True, group="publik-kirim")(view)
    return ratelimit(key="ip", rate=_baca, method=ALL, block=True, group="publik")(view)


def giliran(kunci: str) -> None:
    """Wait until no other open transaction holds ``kunci``, and hold it until the current one ends.

    Called inside ``transaction.atomic()`` before counting what a limit counts, so the count and the write it
    allows are one step. PostgreSQL: a transaction-level advisory lock on a 64-bit hash of the key (another
    key sharing the hash only waits its turn). SQLite: nothing more to do, the transaction began IMMEDIATE
    (settings) and so already holds the database's one write lock; a deferred transaction would count under a
    read lock, which is refused here.
    """
    if not connection.in_atomic_block:
        raise RuntimeError("giliran() must be called inside transaction.atomic().")
    if connection.vendor == "postgresql":
        angka = int.from_bytes(hashlib.sha256(kunci.encode()).digest()[:8], "big", signed=True)
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [angka])
    elif connection.vendor == "sqlite" and getattr(connection, "transaction_mode", None) != "IMMEDIATE":
        raise ImproperlyConfigured("SQLite must open IMMEDIATE transactions (DATABASES OPTIONS transaction_mode).")


def terlalu_banyak(request, exception=None):
    """The answer once a limit is spent (RATELIMIT_VIEW)."""
    return render(request, "core/terlalu_banyak.html", status=429)
