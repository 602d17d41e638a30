"""The API's Router shares ninja's response models among status codes and endpoints (issue 21): one model per
response type, the same description and the same answers as ninja's own Router."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from ninja import NinjaAPI, Schema, Status
from ninja import Router as NinjaRouter

from sakip.composite.api.api import api as sakip_api
from sakip.composite.api.galat import GALAT, GALAT_TULIS, Galat
from sakip.composite.api.router import Router


def _operasi(api: NinjaAPI) -> list:
    return [op for _, router in api._routers for jalur in router.path_operations.values() for op in jalur.operations]


def test_every_error_answer_of_every_endpoint_is_one_model():
    ops = [op for op in _operasi(sakip_api) if op.view_func.__name__ != "tidak_dikenal"]
    assert len(ops) >= 20
    galat = {id(op.response_models[code]) for op in ops for code in GALAT_TULIS if code in op.response_models}
    assert len(galat) == 1  # 401, 403, 404, 409, 413, 422, 429 of every endpoint: one model wrapping Galat
    assert all(set(GALAT) <= set(op.response_models) for op in ops)


class Isi(Schema):
    nama: str
    nilai: float | None


def _dua_api() -> tuple[NinjaAPI, NinjaAPI]:
    """The same two endpoints on ninja's Router and on sakip's."""
    apis = []
    for i, router_cls in enumerate((NinjaRouter, Router)):
        router = router_cls()

        @router.get("/isi/{kode}", response={200: Isi, **GALAT})
        def isi(request: HttpRequest, kode: str) -> Isi:
            return Isi(nama=kode, nilai=None)

        @router.post("/isi/{kode}", response={201: Isi, **GALAT_TULIS})
        def tulis(request: HttpRequest, kode: str, data: Isi) -> Status:
            return Status(201, data)

        api = NinjaAPI(urls_namespace=f"uji_router_{i}")
        api.add_router("/", router)
        apis.append(api)
    return apis[0], apis[1]


def test_the_description_is_ninjas_own():
    ninja, sakip = _dua_api()
    assert sakip.get_openapi_schema(path_prefix="/x/") == ninja.get_openapi_schema(path_prefix="/x/")
    jawaban = sakip.get_openapi_schema(path_prefix="/x/")["paths"]["/x/isi/{kode}"]["post"]["responses"]
    assert sorted(jawaban) == [201, 401, 403, 404, 409, 413, 422, 429]
    assert jawaban[409]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Galat"}


def test_an_answer_is_validated_and_written_as_by_ninjas_own():
    ninja, sakip = _dua_api()
    ops = []
    for api in (ninja, sakip):
        op = _operasi(api)[0]
        op.api = api  # as ninja binds it when the API's URLs are built
        ops.append(op)
    for kode, isi in ((200, {"nama": "a", "nilai": "1.5"}), (404, Galat(detail="Tidak ada.", galat={}))):
        keluar = [op._result_to_response(HttpRequest(), Status(kode, isi), HttpResponse()) for op in ops]
        assert keluar[0].status_code == keluar[1].status_code == kode
        assert keluar[0].content == keluar[1].content
