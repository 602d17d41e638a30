"""The API v1 of sakip under ``/api/v1/``: reads of every document a PD's screens show, for other systems.

Decisions (issue 20):

- **django-ninja**, not Django REST framework: the OpenAPI 3 description comes from the endpoints' type hints,
  parameters are validated by pydantic before the code runs, and it is small and fast. The answers are the
  structures sakip already computes for its documents (``as_json()`` of each builder's result), which DRF would
  wrap in a second serializer layer.
- **One dependency for identity and scope** (:mod:`sakip.composite.api.auth`): a bearer token → its account →
  the account's ``Scope`` (narrowed for a service token); each endpoint asks :func:`~sakip.composite.api.auth.scope`
  for it with the right it needs and calls the screens' own selectors and builders. A session cookie is not a
  credential here: without a token every endpoint answers 401 (the docs and the description excepted).
- **One error format** (:mod:`sakip.composite.api.galat`): ``{"detail": …, "galat": {field: [messages]}}`` in
  Indonesian, for 401/403/404/413/422/429/500.
- **The docs page** (``/api/v1/docs``) is django-ninja's Swagger UI served from the ``ninja`` app's own static
  files (``ninja`` in ``INSTALLED_APPS``: the page loads no CDN, so it works offline and under the site's content
  security policy, scripts from 'self' only); the description is ``/api/v1/openapi.json``. Both need no token.
- **Fuzzed**: ``sakip/composite/api/tests/test_fuzz.py`` runs schemathesis against this description through the
  WSGI application: no 500 on generated input, every answer as described.

One module per area under ``v1/`` (a ``Router`` each); a new area adds its module and one line below.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.urls import URLPattern
from ninja import NinjaAPI, Router, Swagger
from ninja.errors import ValidationError, ValidationErrorContext
from ninja.openapi.schema import OpenAPISchema

from sakip.composite.api import galat
from sakip.composite.api.auth import TokenBearer
from sakip.composite.api.masukan import ParserBersih
from sakip.composite.api.v1 import dasbor, eksternal, evaluasi, lkjip, organisasi, pengukuran, perencanaan, perjanjian, skm
from sakip.core.galat import TidakDitemukan
from sakip.rumus.angka import kutip

DESKRIPSI = """API sakip untuk sistem lain: membaca data kinerja perangkat daerah dengan hak akun pemilik token.

**Token**: buat di halaman *Token API* akun Anda (atau `sakip token --user NAMA`), lalu kirim pada setiap permintaan
`Authorization: Bearer <token>`. Token akun layanan dapat dibatasi pada satu perangkat daerah dan beberapa hak.

**Jangkauan**: sama dengan layar — data di luar jangkauan akun menjawab 404, hak yang tidak dimiliki 403.

**Galat**: `{"detail": "…", "galat": {"medan": ["…"]}}`; 401 tanpa token atau token dicabut, 422 parameter tidak sah,
429 terlalu banyak permintaan (lihat `Retry-After`).

**Daftar**: `limit` dan `offset`; **dokumen besar**: `ETag`, kirim `If-None-Match` untuk jawaban 304 tanpa isi.
"""


class SakipApi(NinjaAPI):
    _deskripsi: dict[str, OpenAPISchema] = {}

    def get_openapi_schema(self, *, path_prefix: str | None = None,
                           path_params: dict[str, Any] | None = None) -> OpenAPISchema:
        """Built once per process and prefix (~120 ms each, ``bench/api.py``): ``openapi.json`` needs no token, so
        an anonymous client must not make the server build it again and again."""
        if path_prefix is None:
            path_prefix = self.get_root_path(path_params or {})
        if path_prefix not in self._deskripsi:
            self._deskripsi[path_prefix] = super().get_openapi_schema(path_prefix=path_prefix)
        return self._deskripsi[path_prefix]

    def _get_urls(self) -> list[Any]:
        """ninja's patterns, each answering a method it does not take (405) in the API's format, in Indonesian,
        instead of ninja's plain "Method not allowed"."""
        pola = super()._get_urls()
        for p in pola:
            if isinstance(p, URLPattern) and p.callback is not None:
                p.callback = galat.metode_json(p.callback)
        return pola

    def get_openapi_operation_id(self, operation: Any) -> str:
        """The operation's function name (``pengukuran``), not its module path."""
        return str(operation.view_func.__name__)

    def validation_error_from_error_contexts(self, error_contexts: list[ValidationErrorContext]) -> ValidationError:
        """As django-ninja's, but keeping the value of a scalar parameter, which the message quotes by a short
        prefix (``galat._pesan``); ninja drops every input."""
        errors: list[dict[str, Any]] = []
        for context in error_contexts:
            model: Any = context.model
            for error in context.pydantic_validation_error.errors(include_url=False):
                nilai = error.get("input")
                errors.append({
                    "type": error["type"], "msg": error["msg"],
                    "loc": (model.__ninja_param_source__,) + model.__ninja_flatten_map_reverse__.get(error["loc"], error["loc"]),
                    "ctx": {k: v if isinstance(v, int | float | str) else str(v) for k, v in error.get("ctx", {}).items()},
                    "input": nilai if isinstance(nilai, str | int | float) else None,
                })
        return ValidationError(errors)


api = SakipApi(
    title="sakip API", version="1", description=DESKRIPSI, urls_namespace="api", auth=TokenBearer(),
    docs=Swagger(settings={"validatorUrl": None, "defaultModelsExpandDepth": 0}), docs_url="/docs",
    parser=ParserBersih(),  # JSON bodies through the door for text, as forms through the middleware (issue 17)
)
galat.pasang(api)
for modul in (organisasi, perencanaan, pengukuran, eksternal, perjanjian, skm, lkjip, evaluasi, dasbor):
    api.add_router("/", modul.router)

lain = Router()  # last: any other address under /api/v1/ answers 404 in the API's format, not a Django page


@lain.api_operation(["GET", "POST", "PUT", "PATCH", "DELETE"], "/{path:sisa}", auth=None, include_in_schema=False,
                    url_name="tidak_dikenal")
def tidak_dikenal(request: HttpRequest, sisa: str) -> HttpResponse:
    raise TidakDitemukan(f"Alamat API {kutip('/api/v1/' + sisa)} tidak dikenal; daftar alamat ada di /api/v1/docs.")


api.add_router("/", lain)
