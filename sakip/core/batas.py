"""Rate limits of the public pages (no login: the questionnaire, its poster and live results).

django-ratelimit counts requests per client address in the default cache and answers 429 with
:func:`terlalu_banyak` once the rate is spent. Two limits: every request of a public page
(``BATAS_PUBLIK``, reading) and submissions (``BATAS_PUBLIK_KIRIM``, writing), the latter on top of the
survey's own per-address limit on stored answers (``SAKIP_SKM_BATAS_PER_ALAMAT``).

The default cache is per process (LocMemCache), so with N server workers a client may reach N times
the rate; set a shared cache (memcached, redis) in ``CACHES`` for an exact limit. The address is
``REMOTE_ADDR``: behind a reverse proxy, let the proxy set it (e.g. nginx ``real_ip``).

A limit kept in the database is exact only if counting and writing are one step: :func:`giliran` makes one
statement that counts and writes a step of its own per key (one address), so two concurrent submissions cannot
both count 29 of 30.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager

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


@contextmanager
def giliran(kunci: str) -> Iterator[None]:
    """A block whose one statement counts what a limit counts and writes only below it, as one step per ``kunci``.

    The block must be ONE statement (e.g. ``INSERT … SELECT … WHERE (SELECT COUNT(*) …) < %s``): then two
    concurrent requests of one key cannot both count 29 of 30.
    - SQLite: nothing is opened. A statement that writes takes the database's one write lock when it starts,
      before it reads, and keeps it to its end (autocommit, or the transaction it runs in); the busy timeout
      makes the others wait their turn. No BEGIN/COMMIT round of Django's ``atomic`` per answer.
    - PostgreSQL: a transaction holding an advisory lock on a 64-bit hash of the key (another key sharing the
      hash only waits its turn). Under READ COMMITTED the statement takes its snapshot after the lock is
      granted, so it counts every row written by the lock's previous holders.
    """
    if connection.vendor == "postgresql":
        angka = int.from_bytes(hashlib.sha256(kunci.encode()).digest()[:8], "big", signed=True)
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_xact_lock(%s)", [angka])
            yield
    elif connection.vendor == "sqlite":
        yield
    else:
        raise ImproperlyConfigured(f"giliran() knows SQLite and PostgreSQL, not {connection.vendor}.")


def terlalu_banyak(request, exception=None):
    """The answer once a limit is spent (RATELIMIT_VIEW)."""
    return render(request, "core/terlalu_banyak.html", status=429)
