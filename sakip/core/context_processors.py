"""Template context every page needs: the user's rights (to show only the links they may follow) and the
page they came from on this site (the way back on error pages)."""

from __future__ import annotations

import datetime

from django.utils.http import url_has_allowed_host_and_scheme


def hak(request) -> dict:
    referer = request.META.get("HTTP_REFERER", "")
    kembali = referer if referer and url_has_allowed_host_and_scheme(
        referer, allowed_hosts={request.get_host()}, require_https=request.is_secure()) else ""
    return {"hak_pengguna": request.scope.hak, "tahun_ini": datetime.date.today().year, "kembali": kembali}
