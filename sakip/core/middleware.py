"""Middleware of sakip's own."""

from __future__ import annotations

import os
from functools import cached_property

from csp.constants import HEADER
from csp.middleware import CSPMiddleware
from csp.utils import build_policy
from django.shortcuts import render

from sakip.core.cadangan import berkas_pemeliharaan

PER_VIEW = ("_csp_config", "_csp_update", "_csp_replace", "_csp_exempt", "_csp_config_ro", "_csp_update_ro",
            "_csp_replace_ro", "_csp_exempt_ro")


class KebijakanKontenTetap(CSPMiddleware):
    """django-csp's middleware with sakip's one policy built once instead of on every response.

    sakip uses no nonces and no per-view policy, so the header is the same everywhere; a response
    that does carry a per-view policy (or a request that used a nonce) goes through django-csp
    unchanged. Building the policy was ~3 % of a public survey submission.
    """

    @cached_property
    def _header(self) -> str:
        return build_policy()

    def process_response(self, request, response):
        if (getattr(request, "_csp_nonce", None) is None and HEADER not in response
                and not any(hasattr(response, name) for name in PER_VIEW)):
            response[HEADER] = self._header
            return response
        return super().process_response(request, response)


class Pemeliharaan:
    """Read-only while ``sakip restore`` runs (``sakip.core.cadangan``): a request that could write (any method
    but GET and HEAD) gets 503 and a page saying so, with ``Retry-After``, so nothing typed during a restore
    is acknowledged and then replaced. Pages still answer. One ``stat`` of the flag file per request.
    """

    AMAN = frozenset({"GET", "HEAD"})
    COBA_LAGI_DETIK = 120

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in self.AMAN and os.path.exists(berkas_pemeliharaan()):
            response = render(request, "core/pemeliharaan.html", status=503)
            response["Retry-After"] = str(self.COBA_LAGI_DETIK)
            return response
        return self.get_response(request)
