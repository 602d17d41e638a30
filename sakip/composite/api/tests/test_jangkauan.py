"""Every read endpoint goes through the caller's scope, as the screens do: a token of Wonoasih's operator reads
Wonoasih; a token of another PD (Kanigaran, same pemda) or of another pemda (Purworejo) gets 404 on every one of
them, never a hint that the data exist; a service token limited to one PD and ``lihat`` reads that PD only and holds
nothing else; a role without ``lihat`` (the kelurahan operator) gets 403. The write endpoints likewise: another PD's
writer 404, a role or a token without the write's right (``isi``, ``skm``) 403."""

from __future__ import annotations

import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import URLResolver, get_resolver, reverse

pytestmark = pytest.mark.django_db

# Every read endpoint of one PD, with Wonoasih's rows of the demo (2024, TW I, SKM period 2024-S2).
WONOASIH = {
    "api:pd": ["wonoasih"],
    "api:renstra": ["wonoasih"],
    "api:iku": ["wonoasih", 2024],
    "api:program": ["wonoasih", 2024],
    "api:pengukuran": ["wonoasih", 2024, 1],
    "api:pk": ["wonoasih", 2024],
    "api:skm_daftar": ["wonoasih"],
    "api:skm": ["wonoasih", "2024-S2"],
    "api:lkjip": ["wonoasih", 2024],
    "api:lkjip_cek": ["wonoasih", 2024],
    "api:lke": ["wonoasih", 2024],
    "api:dasbor_pd": ["wonoasih", 2024],
    "api:kiriman_daftar": ["wonoasih"],
}
# Every write endpoint of one PD: its arguments, a body Wonoasih's operator may send (2024 TW IV is open, the IKU
# indicator 5 holds 75 there; the SKM period 2026-S2 is open) and the right it needs.
KUESIONER = {"jenis_kelamin": "P", "usia": "30-39", "pendidikan": "slta", "pekerjaan": "swasta",
             **{f"u{i}": 4 for i in range(1, 10)}}
TULIS = {
    "api:pengukuran_isi": (["wonoasih", 2024, 4], {"baris": [{"indikator_id": 5, "realisasi": 80, "realisasi_awal": 75}]},
                           "isi"),
    "api:skm_kirim": (["wonoasih", "2026-S2"], {"unit": "wonoasih", "kanal": "kios", "respons": [KUESIONER]}, "skm"),
    "api:bukti_unggah": (["wonoasih", 2024, 4, 5], {"berkas": b"%PDF-1.4 bukti", "keterangan": "uji"}, "isi"),
    "api:realisasi_tahunan": (["wonoasih", 2024], {"baris": [
        {"indikator_id": 5, "nilai": 98, "nilai_awal": 100, "sumber": "Rekap e-Kinerja"}]}, "isi"),
    # indicator 5 declared from EPDESKEL by the fixture ``bersumber``
    "api:kiriman_kirim": (["wonoasih"], {"tahun": 2024, "triwulan": 4, "sumber": "EPDESKEL",
                                        "nilai": [{"kode": "EPD-05", "nilai": 80}]}, "isi"),
}
# Tokens whose role (or narrowing) lacks the write's right: 403 before anything is read.
VERIFIKATOR = {"username": "verifikator-wonoasih"}  # a read-only role of the PD (verifies, enters nothing)
CAMAT = {"username": "camat-wonoasih"}  # the PD's head
LAYANAN_LIHAT = {"username": "inspektorat-probolinggo", "pd": "wonoasih", "hak": ["lihat"]}  # a service token
OPERATOR_LIHAT = {"username": "operator-wonoasih", "pd": "wonoasih", "hak": ["lihat"]}  # the operator's, narrowed
KELURAHAN = {"username": "kelurahan-sumbertaman"}  # holds skm only
TANPA_HAK = [(nama, pemilik) for nama in TULIS for pemilik in (VERIFIKATOR, CAMAT, LAYANAN_LIHAT, OPERATOR_LIHAT, KELURAHAN)
             if not (pemilik is KELURAHAN and TULIS[nama][2] == "skm")]
# The endpoints that are not one PD's: the caller's own account, what its scope lists, the pemda's dashboard.
LINTAS_PD = {"api:saya", "api:pemda_daftar", "api:pd_daftar", "api:dasbor_pemda"}
PUBLIK = {"api:openapi-json", "api:openapi-view", "api:api-root", "api:tidak_dikenal"}


@pytest.fixture
def lke_dimulai(db):
    from sakip.core.scoping import Scope
    from sakip.domain.evaluasi.services import mulai_evaluasi
    from sakip.domain.organisation.models import PerangkatDaerah

    mulai_evaluasi(Scope.system(), pd=PerangkatDaerah.objects.get(slug="wonoasih"), tahun=2024)


def test_the_list_covers_every_endpoint_of_the_api():
    """A new endpoint must be added here (a PD's read or write) or to LINTAS_PD (and to the URL × role walk,
    tests/peta/api.py)."""
    (v1,) = [p for p in get_resolver().url_patterns if isinstance(p, URLResolver) and p.namespace is None
             for p in p.url_patterns if isinstance(p, URLResolver) and p.namespace == "api"]
    assert set(WONOASIH) | set(TULIS) | LINTAS_PD | PUBLIK == {f"api:{p.name}" for p in v1.url_patterns}


@pytest.mark.parametrize("nama", list(WONOASIH))
def test_another_pd_reads_nothing_of_wonoasih(nama, token, api, lke_dimulai):
    url = reverse(nama, args=WONOASIH[nama])
    sendiri = api(url, token("operator-wonoasih"))
    assert sendiri.status_code == 200, sendiri.content[:300]
    for lain in (token("operator-kanigaran"), token("operator-purworejo"),
                 token("inspektorat-probolinggo", pd="kanigaran", hak=["lihat"])):
        response = api(url, lain)
        assert response.status_code == 404, (nama, response.content[:300])
        assert response.json()["detail"] == "Perangkat daerah “wonoasih” tidak ditemukan."


@pytest.mark.parametrize("nama", list(WONOASIH))
def test_a_service_token_of_wonoasih_with_lihat_reads_it(nama, token, api, lke_dimulai):
    """The Inspektorat's account (lihat, evaluasi, pemda-wide) behind a token limited to Wonoasih and ``lihat``."""
    assert api(reverse(nama, args=WONOASIH[nama]), token("inspektorat-probolinggo", pd="wonoasih", hak=["lihat"])
               ).status_code == 200


def test_a_service_token_holds_its_pd_and_rights_only(token, api):
    rahasia = token("inspektorat-probolinggo", pd="wonoasih", hak=["lihat"], nama="Aplikasi e-Kinerja")
    saya = api(reverse("api:saya"), rahasia).json()
    assert saya["hak"] == ["lihat"] and saya["menulis"] is False and saya["peran"] == "evaluator"
    assert saya["token"] == {"nama": "Aplikasi e-Kinerja", "prefix": rahasia[:8], "pd": "wonoasih", "hak": ["lihat"]}
    daftar = api(reverse("api:pd_daftar"), rahasia).json()
    assert [p["slug"] for p in daftar["data"]] == ["wonoasih"] and daftar["jumlah"] == 1
    # The pemda's dashboard shows the rows the scope reaches: Wonoasih's only (the account alone sees all five).
    url = reverse("api:dasbor_pemda", args=["kota-probolinggo", 2024])
    ringkasan = api(url, rahasia).json()["tabel"][0]
    assert ringkasan["kolom"][1] == "Perangkat daerah" and [b[1] for b in ringkasan["baris"]] == ["Kecamatan Wonoasih"]
    semua = api(url, token("inspektorat-probolinggo")).json()["tabel"][0]["baris"]
    assert sorted(b[1] for b in semua) == [f"Kecamatan {n}" for n in ("Kademangan", "Kanigaran", "Kedopok", "Mayangan",
                                                                       "Wonoasih")]


def test_a_role_without_lihat_gets_403(token, api):
    rahasia = token("kelurahan-sumbertaman")
    response = api(reverse("api:pengukuran", args=["wonoasih", 2024, 1]), rahasia)
    assert response.status_code == 403
    assert response.json() == {"detail": "Peran token ini tidak memegang hak “lihat” yang diperlukan."}
    assert api(reverse("api:saya"), rahasia).json()["hak"] == ["skm"]


def test_another_pemda_gets_404_on_the_pemda_dashboard(token, api):
    response = api(reverse("api:dasbor_pemda", args=["kota-probolinggo", 2024]), token("operator-purworejo"))
    assert response.status_code == 404
    assert api(reverse("api:pemda_daftar"), token("operator-purworejo")).json()["data"][0]["slug"] == "kota-pasuruan"


def test_a_session_is_no_credential(client, api):
    """Logged in on the screens, the API still wants a token (a page's cookie cannot be replayed against it)."""
    from django.contrib.auth.models import User

    client.force_login(User.objects.get(username="operator-wonoasih"))
    response = client.get(reverse("api:pd", args=["wonoasih"]))
    assert response.status_code == 401 and response["WWW-Authenticate"] == 'Bearer realm="sakip"'
    assert response.json()["detail"].startswith("Sertakan token API pada kepala permintaan")
    assert client.get(reverse("api:openapi-json")).status_code == 200


def _tulis(nama: str, rahasia: str):
    """POST the write's body: JSON, or multipart when it carries a file (``berkas``)."""
    args, isi, _ = TULIS[nama]
    url, kepala = reverse(nama, args=args), {"HTTP_AUTHORIZATION": f"Bearer {rahasia}"}
    if "berkas" in isi:
        from PIL import Image

        buf = io.BytesIO()
        Image.new("RGB", (8, 8), "white").save(buf, "PDF")
        return Client().post(url, {**isi, "berkas": SimpleUploadedFile("bukti.pdf", buf.getvalue())}, **kepala)
    return Client().post(url, json.dumps(isi), content_type="application/json", **kepala)


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def bersumber(db):
    """Indicator 5 of Wonoasih receives its realisation from EPDESKEL (code EPD-05)."""
    from sakip.domain.planning.models import Indikator

    Indikator.objects.filter(pk=5).update(sumber_eksternal="EPDESKEL", kode_eksternal="EPD-05")


@pytest.mark.parametrize("nama", list(TULIS))
def test_another_pd_writes_nothing_of_wonoasih(nama, token, media, bersumber):
    """A writer's token of another PD, of another pemda, or a service token of another PD holding the right: 404, as
    for the reads; Wonoasih's own operator behind a service token of Wonoasih with the right writes."""
    hak = TULIS[nama][2]
    for lain in (token("operator-kanigaran"), token("operator-purworejo"),
                 token("operator-kanigaran", pd="kanigaran", hak=["lihat", hak])):
        response = _tulis(nama, lain)
        assert response.status_code == 404, (nama, response.content[:300])
        assert response.json()["detail"] == "Perangkat daerah “wonoasih” tidak ditemukan."
    sendiri = _tulis(nama, token("operator-wonoasih", pd="wonoasih", hak=["lihat", hak]))
    assert sendiri.status_code in (200, 201), sendiri.content[:300]


@pytest.mark.parametrize(("nama", "pemilik"), TANPA_HAK,
                         ids=[f"{n}-{p['username']}-{'-'.join(p.get('hak', []))}" for n, p in TANPA_HAK])
def test_a_token_without_the_right_writes_nothing(nama, pemilik, token):
    batasan = dict(pemilik)
    response = _tulis(nama, token(batasan.pop("username"), **batasan))
    assert response.status_code == 403, response.content[:300]
    assert response.json() == {"detail": f"Peran token ini tidak memegang hak “{TULIS[nama][2]}” yang diperlukan."}
