"""Benchmark of the API v1 (issue 20): prints its figures, asserts nothing.

    .venv/bin/python bench/api.py

On a throwaway SQLite database with the demo data, through Django's test client (no server): each read endpoint of
Wonoasih 2024 with an operator's token — median milliseconds, query count and body size — the same request with
``If-None-Match`` (the 304: the body is still built to compare, only the transfer is saved), what the token adds to a
request (a 401 without one; the cheapest endpoint, ``/saya``), and the time to build the OpenAPI description.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["SAKIP_VAR_DIR"] = tempfile.mkdtemp(prefix="sakip-bench-")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sakip.settings")
os.environ.setdefault("API_BATAS", "1000000/m")

import django  # noqa: E402

django.setup()

from _ukur import muat_demo, timed  # noqa: E402  (bench/ is the script's directory)

URLS = [
    "/api/v1/saya", "/api/v1/pd", "/api/v1/pd/wonoasih", "/api/v1/pd/wonoasih/renstra", "/api/v1/pd/wonoasih/iku/2024",
    "/api/v1/pd/wonoasih/program/2024", "/api/v1/pd/wonoasih/pengukuran/2024/4", "/api/v1/pd/wonoasih/pk/2024",
    "/api/v1/pd/wonoasih/skm", "/api/v1/pd/wonoasih/skm/2024-S2", "/api/v1/pd/wonoasih/lkjip/2024",
    "/api/v1/pd/wonoasih/lkjip/2024/cek", "/api/v1/pd/wonoasih/lke/2024", "/api/v1/pd/wonoasih/dasbor/2024",
    "/api/v1/pemda/kota-probolinggo/dasbor/2024",
]


def main() -> None:
    from django.contrib.auth import get_user_model
    from django.core.exceptions import ValidationError
    from django.test import Client

    from sakip.composite.api.api import api
    from sakip.composite.api.services import buat_token
    from sakip.core.scoping import Scope
    from sakip.domain.evaluasi.services import mulai_evaluasi
    from sakip.domain.organisation.models import PerangkatDaerah

    muat_demo()
    try:  # the `demo` command starts it already
        mulai_evaluasi(Scope.system(), pd=PerangkatDaerah.objects.get(slug="wonoasih"), tahun=2024)
    except ValidationError:
        pass
    rahasia = buat_token(Scope.system(), user=get_user_model().objects.get(username="operator-wonoasih"),
                         nama="bench").rahasia
    client = Client(HTTP_AUTHORIZATION=f"Bearer {rahasia}")
    print(f"{'endpoint':52} {'200 ms':>8} {'kueri':>6} {'KB':>7} {'304 ms':>8}")
    for url in URLS:
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code, response.content[:200])
        ms, kueri = timed(lambda url=url: client.get(url))
        etag = response.get("ETag")
        ms304 = f"{timed(lambda url=url, etag=etag: client.get(url, HTTP_IF_NONE_MATCH=etag))[0]:8.1f}" if etag else "       –"
        print(f"{url:52} {ms:8.1f} {kueri:6d} {len(response.content) / 1024:7.1f} {ms304}")
    tanpa = Client()
    ms, kueri = timed(lambda: tanpa.get("/api/v1/saya"))
    print(f"401 without a token: {ms:.2f} ms, {kueri} queries")
    mulai = time.perf_counter()
    api.get_openapi_schema()
    print(f"OpenAPI description built: {(time.perf_counter() - mulai) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
