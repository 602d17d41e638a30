"""The WSGI application bench/skm.py serves with gunicorn: sakip, plus two bare-insert floors on it.

Both floors take the public questionnaire's form body and do nothing but one INSERT of the same
``survey_respons`` row (the same columns and values; the token's signature as its token), then answer
302 as sakip does:

- ``POST /bench/lantai/``: a Django view registered first in sakip's URLs, so it runs behind sakip's whole
  middleware stack (CSRF, the input cleaning, sessions, …) on sakip's database connection: what the same
  server gives when the questionnaire's own work (token, limits, validation, the ORM) costs nothing;
- ``POST /bench/lantai-wsgi/``: plain WSGI before Django, on a connection kept open for the process's life:
  what the same gunicorn workers and database give when the application costs nothing at all.

Every other path is sakip, untouched. Bench-only: sakip never imports this module.
"""

from __future__ import annotations

import os
from urllib.parse import parse_qsl

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sakip.settings")

from django.core.wsgi import get_wsgi_application  # noqa: E402

django_app = get_wsgi_application()

from django.db import IntegrityError, connection  # noqa: E402
from django.http import HttpResponseRedirect  # noqa: E402
from django.urls import path  # noqa: E402
from django.utils import timezone  # noqa: E402

import sakip.urls  # noqa: E402

LANTAI, LANTAI_WSGI = "/bench/lantai/", "/bench/lantai-wsgi/"
KOLOM = ("pemda_id", "periode_id", "unit_id", "layanan_id", "pd_id", "jenis_kelamin", "usia", "pendidikan",
         "pekerjaan", *(f"u{i}" for i in range(1, 10)), "saran", "kanal", "dibuat", "token", "alamat_hash")
SQL = f"INSERT INTO survey_respons ({', '.join(KOLOM)}) VALUES ({', '.join(['%s'] * len(KOLOM))})"
_tetap: dict[str, object] = {}


def _sisip(data, alamat: str) -> str:
    """One INSERT of the row sakip stores for this form; the redirect's address."""
    if not _tetap:  # the unit's foreign keys, read once per process (sakip reads them from its cache)
        from sakip.domain.survey.models import UnitLayanan
        from sakip.domain.survey.selectors import periode_berjalan

        unit = UnitLayanan.objects.get(slug=os.environ["SAKIP_BENCH_UNIT"])
        _tetap.update(pemda_id=unit.pemda_id, periode_id=periode_berjalan(unit).pk, unit_id=unit.pk,
                      pd_id=unit.pd_id)
    row = {**_tetap, "layanan_id": None, "saran": "", "kanal": "web", "dibuat": timezone.now(),
           "token": data["token"].rsplit(":", 1)[-1], "alamat_hash": alamat}
    row.update((k, data[k]) for k in ("jenis_kelamin", "usia", "pendidikan", "pekerjaan"))
    row.update((f"u{i}", int(data[f"u{i}"])) for i in range(1, 10))
    try:
        with connection.cursor() as cursor:  # autocommit: the INSERT is its own transaction
            cursor.execute(SQL, [row[k] for k in KOLOM])
    except IntegrityError:  # the same token again: thanked, as sakip does
        return "/bench/terima-kasih/?ulang=1"
    return "/bench/terima-kasih/"


def lantai(request):
    return HttpResponseRedirect(_sisip(request.POST, request.META.get("REMOTE_ADDR", "")))


sakip.urls.urlpatterns.insert(0, path(LANTAI.strip("/") + "/", lantai))


def application(environ, start_response):
    if environ.get("PATH_INFO") == LANTAI_WSGI and environ.get("REQUEST_METHOD") == "POST":
        body = environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0)).decode()
        lokasi = _sisip(dict(parse_qsl(body)), environ.get("REMOTE_ADDR", ""))
        start_response("302 Found", [("Location", lokasi), ("Content-Length", "0")])
        return [b""]
    return django_app(environ, start_response)
