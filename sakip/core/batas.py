"""Rate limits of the public pages (no login: the questionnaire, its poster and live results).

django-ratelimit counts requests per client address in the default cache and answers 429 with
:func:`terlalu_banyak` once the rate is spent. Two limits: every request of a public page
(``BATAS_PUBLIK``, reading) and submissions (``BATAS_PUBLIK_KIRIM``, writing), the latter on top of the
survey's own per-address limit on stored answers (``SAKIP_SKM_BATAS_PER_ALAMAT``).

The default cache is per process (LocMemCache), so with N server workers a client may reach N times
the rate; set a shared cache (memcached, redis) in ``CACHES`` for an exact limit. The address is
``REMOTE_ADDR``: behind a reverse proxy, let the proxy set it (e.g. nginx ``real_ip``).

A limit kept in the database is exact only if counting and writing are one step: :func:`bergiliran` makes one
statement that counts and writes a step of its own per key (one address), so two concurrent submissions cannot
both count 29 of 30.
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import connection, transaction
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


def bergiliran(kunci: str, sql: str, params: list) -> tuple | None:
    """Run ONE statement that counts what a limit counts and writes only below it, as one step per ``kunci``;
    the first row it returns (``RETURNING``), or None when it returned none (the limit was reached).

    Two concurrent requests of one key cannot both count 29 of 30:
    - SQLite: the statement alone. A statement that writes takes the database's one write lock when it
      starts, before it reads, and keeps it to its end; the busy timeout makes the others wait their turn.
    - PostgreSQL: an advisory lock on a 64-bit hash of the key (another key sharing the hash only waits its
      turn), then the statement, in one transaction. Under READ COMMITTED the statement takes its snapshot
      after the lock is granted, so it counts every row written by the lock's previous holders. With Django's
      default client-side binding both go in ONE message, which PostgreSQL runs as one implicit transaction:
      one round trip instead of BEGIN, lock, statement and COMMIT (bench/skm.py); with server-side binding
      (one statement per message) an ``atomic`` block holds them together.
    """
    if connection.vendor not in ("sqlite", "postgresql"):
        raise ImproperlyConfigured(f"bergiliran() knows SQLite and PostgreSQL, not {connection.vendor}.")
    pg = connection.vendor == "postgresql"
    angka = int.from_bytes(hashlib.sha256(kunci.encode()).digest()[:8], "big", signed=True)
    with connection.cursor() as cursor:
        if pg and not connection.in_atomic_block and not connection.settings_dict["OPTIONS"].get("server_side_binding"):
            cursor.execute(f"SELECT pg_advisory_xact_lock(%s); {sql}", [angka, *params])
            cursor.nextset()
            return cursor.fetchone()
        if not pg and not connection.in_atomic_block:
            cursor.execute(sql, params)
            return cursor.fetchone()
        # Inside a caller's transaction (a savepoint, so a refused row leaves it usable), or one statement
        # per message: the lock and the statement in an ``atomic`` block.
        with transaction.atomic():
            if pg:
                cursor.execute("SELECT pg_advisory_xact_lock(%s)", [angka])
            cursor.execute(sql, params)
            return cursor.fetchone()


def terlalu_banyak(request, exception=None):
    """The answer once a limit is spent (RATELIMIT_VIEW)."""
    return render(request, "core/terlalu_banyak.html", status=429)
