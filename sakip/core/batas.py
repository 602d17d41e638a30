"""Rate limits of the public pages (no login: the questionnaire, its poster and live results).

django-ratelimit counts requests per client address in the default cache and answers 429 with
:func:`terlalu_banyak` once the rate is spent. Two limits: every request of a public page
(``BATAS_PUBLIK``, reading) and submissions (``BATAS_PUBLIK_KIRIM``, writing), the latter on top of the
survey's own per-address limit on stored answers (``SAKIP_SKM_BATAS_PER_ALAMAT``).

The default cache is per process (LocMemCache), so with N server workers a client may reach N times
the rate; set a shared cache (memcached, redis) in ``CACHES`` for an exact limit. The address is
``REMOTE_ADDR``: behind a reverse proxy, let the proxy set it (e.g. nginx ``real_ip``).
"""

from __future__ import annotations

from django.conf import settings
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


def terlalu_banyak(request, exception=None):
    """The answer once a limit is spent (RATELIMIT_VIEW)."""
    return render(request, "core/terlalu_banyak.html", status=429)
