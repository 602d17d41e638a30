"""The API's answers: the one error format in Indonesian naming the field (422 for parameters), 404 with the
builder's message, ETag and If-None-Match → 304 on the documents, limit/offset on the lists, 429 past the token's
rate with Retry-After."""

from __future__ import annotations

import pytest
from django.test import override_settings

from sakip.domain.planning.models import Indikator

pytestmark = pytest.mark.django_db


def test_invalid_parameters_answer_422_naming_each_field(api, token):
    rahasia = token("operator-wonoasih")
    response = api("/api/v1/pd/wonoasih/pengukuran/1800/5", rahasia)
    assert response.status_code == 422
    assert response.json() == {"detail": "Permintaan tidak sah pada: “tahun, tw”.", "galat": {
        "tahun": ["Paling kecil 1900 (“1800”)."], "tw": ["Paling besar 4 (“5”)."]}}
    response = api("/api/v1/pd?limit=0&offset=abc", rahasia)
    assert response.json()["galat"] == {"limit": ["Paling kecil 1 (“0”)."], "offset": ["Harus bilangan bulat (“abc”)."]}
    # A value is quoted by a short prefix only (rumus.angka.kutip), never whole.
    panjang = api("/api/v1/pd?limit=" + "9" * 500, rahasia).json()["galat"]["limit"][0]
    assert len(panjang) < 100 and panjang.endswith("…”).")
    assert api("/api/v1/pd/won%20oasih", rahasia).json()["galat"] == {
        "slug": ["Hanya huruf, angka, garis bawah dan tanda hubung (“won oasih”)."]}


def test_an_unknown_address_answers_404_in_the_same_format(api):
    response = api("/api/v1/pd/wonoasih/tidak-ada")
    assert (response.status_code, response["Content-Type"]) == (404, "application/json; charset=utf-8")
    assert response.json() == {"detail": "Alamat API “/api/v1/pd/wonoasih/tidak-ada” tidak dikenal; daftar alamat ada "
                                         "di /api/v1/docs."}


def test_a_year_not_set_up_answers_404_with_the_builders_message(api, token):
    rahasia = token("operator-wonoasih")
    response = api("/api/v1/pd/wonoasih/pk/2023", rahasia)
    assert (response.status_code, response.json()) == (404, {
        "detail": "Kecamatan Wonoasih tidak memiliki Perjanjian Kinerja tahun 2023."})
    response = api("/api/v1/pd/wonoasih/lke/2024", rahasia)
    assert response.json() == {"detail": "Evaluasi AKIP Kecamatan Wonoasih tahun 2024 belum dimulai oleh evaluator "
                                         "(Inspektorat)."}


def test_a_document_answers_304_while_its_etag_holds(api, token):
    rahasia = token("operator-wonoasih")
    url = "/api/v1/pd/wonoasih/pengukuran/2024/1"
    pertama = api(url, rahasia)
    etag = pertama["ETag"]
    assert pertama.status_code == 200 and etag.startswith('"') and len(etag) == 34
    kedua = api(url, rahasia, HTTP_IF_NONE_MATCH=etag)
    assert (kedua.status_code, kedua.content, kedua["ETag"]) == (304, b"", etag)
    indikator = Indikator.objects.filter(pd__slug="wonoasih", sasaran__isnull=False).order_by("pk").first()
    Indikator.objects.filter(pk=indikator.pk).update(nama="Nama indikator yang diubah")
    ketiga = api(url, rahasia, HTTP_IF_NONE_MATCH=etag)
    assert ketiga.status_code == 200 and ketiga["ETag"] != etag
    assert "Nama indikator yang diubah" in [b["nama"] for b in ketiga.json()["iku"]]


def test_the_quarter_carries_the_ids_of_its_rows(api, token):
    data = api("/api/v1/pd/wonoasih/pengukuran/2024/1", token("operator-wonoasih")).json()
    ids = set(Indikator.objects.filter(pd__slug="wonoasih").values_list("pk", flat=True))
    assert data["iku"] and all(b["indikator_id"] in ids and b["kunci"] == f"iku-{b['indikator_id']}" for b in data["iku"])
    sub = [b for b in data["rows"] if b["level"] == "sub_kegiatan"]
    assert sub and all(b["sub_kegiatan_id"] for b in sub)


def test_lists_are_sliced_by_limit_and_offset(api, token):
    """Kota Probolinggo's five kecamatan by name: Kademangan, Kanigaran, Kedopok, Mayangan, Wonoasih."""
    data = api("/api/v1/pd?limit=2&offset=2", token("admin-probolinggo")).json()
    assert (data["jumlah"], data["limit"], data["offset"]) == (5, 2, 2)
    assert [p["slug"] for p in data["data"]] == ["kedopok", "mayangan"]
    assert api("/api/v1/pd?offset=5", token("admin-probolinggo")).json()["data"] == []


@override_settings(API_BATAS="3/m")
def test_a_token_past_its_rate_gets_429(api, token):
    rahasia, lain = token("operator-wonoasih"), token("operator-wonoasih", nama="lain")
    assert [api("/api/v1/saya", rahasia).status_code for _ in range(3)] == [200, 200, 200]
    response = api("/api/v1/saya", rahasia)
    assert response.status_code == 429 and 1 <= int(response["Retry-After"]) <= 60
    assert response.json()["detail"].startswith("Terlalu banyak permintaan dengan token ini")
    assert api("/api/v1/saya", lain).status_code == 200  # counted per token, not per account or address


def test_the_description_and_the_docs_need_no_token_and_no_cdn(client):
    schema = client.get("/api/v1/openapi.json").json()
    assert schema["info"]["title"] == "sakip API"
    assert schema["components"]["securitySchemes"]["TokenBearer"] == {"type": "http", "scheme": "bearer"}
    html = client.get("/api/v1/docs").content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in html and "cdn" not in html.lower()
    assert client.get("/static/ninja/swagger-ui-bundle.js").status_code == 200


def test_a_method_an_address_does_not_take_answers_405_in_the_same_format(token):
    from django.test import Client

    response = Client().delete("/api/v1/pd/wonoasih", HTTP_AUTHORIZATION=f"Bearer {token('operator-wonoasih')}")
    assert response.status_code == 405
    assert response["Allow"] == "GET"
    assert response.json() == {"detail": "Metode “DELETE” tidak dapat dipakai di alamat ini; yang dapat: GET."}
