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


def bergiliran(kunci: str, sql: str, params: list, kolom_id: str, fungsi_pg: str = "") -> int | None:
    """Run ONE ``INSERT … SELECT … WHERE <count> < <limit>`` as one step per ``kunci``: the new row's id
    (column ``kolom_id``), or None when it inserted nothing (the limit was reached).

    Two concurrent requests of one key cannot both count 29 of 30:
    - SQLite: the statement alone. A statement that writes takes the database's one write lock when it
      starts, before it reads, and keeps it to its end; the busy timeout makes the others wait their turn.
      No ``RETURNING``: its rows are read after the statement has run but before it ends, so the write lock
      would be held across the Python between ``execute`` and ``fetchone`` (with 4 workers on 2 cores, a
      worker put to sleep there kept the other three waiting: bench/skm.py); ``lastrowid`` instead.
    - PostgreSQL: an advisory lock on a 64-bit hash of the key (another key sharing the hash only waits its
      turn), then the statement, in one transaction. Under READ COMMITTED the statement takes its snapshot
      after the lock is granted, so it counts every row written by the lock's previous holders. With Django's
      default client-side binding both go in ONE message, which PostgreSQL runs as one implicit transaction:
      one round trip instead of BEGIN, lock, statement and COMMIT (bench/skm.py); with server-side binding
      (one statement per message) an ``atomic`` block holds them together. ``fungsi_pg`` calls a PL/pgSQL
      function doing both (a ``SELECT`` whose placeholders take the key's number, then ``params``): one statement whose plans
      PostgreSQL prepares once per connection instead of parsing and planning two on every call
      (``survey.migrations.0006``: 0,21 → 0,12 ms of the server's CPU per public answer).
    """
    if connection.vendor not in ("sqlite", "postgresql"):
        raise ImproperlyConfigured(f"bergiliran() knows SQLite and PostgreSQL, not {connection.vendor}.")
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            if connection.in_atomic_block:  # a savepoint, so a refused row leaves the caller's transaction usable
                with transaction.atomic():
                    cursor.execute(sql, params)
            else:
                cursor.execute(sql, params)
            return cursor.lastrowid if cursor.rowcount else None
    angka = int.from_bytes(hashlib.sha256(kunci.encode()).digest()[:8], "big", signed=True)
    kembali = f' RETURNING "{kolom_id}"'
    with connection.cursor() as cursor:
        if fungsi_pg:
            if connection.in_atomic_block:  # a savepoint, as below
                with transaction.atomic():
                    cursor.execute(fungsi_pg, [angka, *params])
            else:
                cursor.execute(fungsi_pg, [angka, *params])
            return cursor.fetchone()[0]
        if not connection.in_atomic_block and not connection.settings_dict["OPTIONS"].get("server_side_binding"):
            cursor.execute(f"SELECT pg_advisory_xact_lock(%s); {sql}{kembali}", [angka, *params])
            cursor.nextset()
        else:  # inside a caller's transaction (a savepoint), or one statement per message
            with transaction.atomic():
                cursor.execute("SELECT pg_advisory_xact_lock(%s)", [angka])
                cursor.execute(sql + kembali, params)
        baris = cursor.fetchone()
        return baris[0] if baris else None


def terlalu_banyak(request, exception=None):
    """The answer once a limit is spent (RATELIMIT_VIEW)."""
    return render(request, "core/terlalu_banyak.html", status=429)
