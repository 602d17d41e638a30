"""Hostile input through the API (issue 17, Tests: "the public form, imports, API when it exists"): every text a
token can write — the annual realisation's source, an evidence file's name and description, a kiosk's SKM
``saran``, a realisation typed as text — fed with the strings of ``tests/jahat_data.py``. Each is stored as the
screens store it (control characters and NUL dropped at the door, ends stripped) or refused with 422 naming the
field; nothing answers 500 (a NUL reached PostgreSQL as a 500 before the door existed); and the pages and
documents that show those texts carry no formula, no markup and no file read.

The demo's Wonoasih 2024: TW IV open, IKU indicator 5 with an explicit annual value; SKM period 2026-S2 open.
"""

from __future__ import annotations

import io
import json

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from PIL import Image

from sakip.domain.measurement.models import BuktiDukung, RealisasiTahunan
from sakip.domain.survey.models import Respons
from tests.jahat_data import BESAR, JAHAT, PASSWD, baca, bersih, padat, tampil

pytestmark = pytest.mark.django_db

KUESIONER = {"jenis_kelamin": "P", "usia": "30-39", "pendidikan": "slta", "pekerjaan": "swasta",
             **{f"u{i}": 3 for i in range(1, 10)}}


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def rahasia(token) -> str:
    return token("operator-wonoasih", nama="Uji masukan jahat")


def _post(rahasia: str, url: str, isi: dict):
    return Client().post(url, json.dumps(isi), content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {rahasia}")


def _pdf() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (40, 20), "white").save(buf, "PDF")
    return buf.getvalue()


def _operator() -> Client:
    client = Client()
    client.force_login(User.objects.get(username="operator-wonoasih"))
    return client


@pytest.mark.parametrize("label", list(JAHAT))
def test_the_source_of_an_annual_realisation(rahasia, label):
    teks = JAHAT[label]
    response = _post(rahasia, reverse("api:realisasi_tahunan", args=["wonoasih", 2024]),
                     {"baris": [{"indikator_id": 5, "nilai": 99, "nilai_awal": 100, "sumber": teks}]})
    assert response.status_code == 200, response.content
    # Stored as typed minus the control characters; a vertical tab (whitespace to Python) may become a space.
    assert padat(RealisasiTahunan.objects.get(indikator_id=5, tahun=2024).sumber) == padat(bersih(teks))


def test_a_source_longer_than_its_field_is_refused_naming_it(rahasia):
    response = _post(rahasia, reverse("api:realisasi_tahunan", args=["wonoasih", 2024]),
                     {"baris": [{"indikator_id": 5, "nilai": 99, "nilai_awal": 100, "sumber": BESAR}]})
    assert response.status_code == 422
    assert list(response.json()["galat"]) == ["baris.0.sumber"]
    assert RealisasiTahunan.objects.get(indikator_id=5, tahun=2024).sumber != BESAR


@pytest.mark.parametrize("label", ["hyperlink", "rumus", "kendali", "nul", "html", "rtl"])
def test_a_realisation_typed_as_hostile_text_is_refused_naming_the_row(rahasia, label):
    """A realisation is a number ("85,71"), a dash or a grade: hostile text is 422 on the row's field."""
    pengukuran = Client().get(reverse("api:pengukuran", args=["wonoasih", 2024, 4]),
                              HTTP_AUTHORIZATION=f"Bearer {rahasia}").json()
    baris = next(b for b in pengukuran["rows"] if b["indikator_id"])
    response = _post(rahasia, reverse("api:pengukuran_isi", args=["wonoasih", 2024, 4]),
                     {"baris": [{"indikator_id": baris["indikator_id"], "realisasi": JAHAT[label],
                                 "realisasi_awal": baris["realisasi"]}]})
    assert response.status_code == 422, response.content
    assert all(k.startswith("baris.0.") for k in response.json()["galat"]), response.json()


def test_evidence_names_and_descriptions(rahasia):
    """Each hostile text as a file's name (with .pdf) and as its description: stored cleaned, listed on the
    evidence page as typed, never a formula or markup."""
    for label, teks in JAHAT.items():
        response = Client().post(
            reverse("api:bukti_unggah", args=["wonoasih", 2024, 4, 5]),
            {"berkas": SimpleUploadedFile(f"{teks}.pdf", _pdf()), "keterangan": teks},
            HTTP_AUTHORIZATION=f"Bearer {rahasia}")
        assert response.status_code in (201, 422), (label, response.content)
        if response.status_code == 201:
            row = BuktiDukung.objects.get(pk=response.json()["id"])
            assert row.keterangan == bersih(teks), label
            assert "\x00" not in row.nama_asli and "/" not in row.nama_asli.replace(bersih(teks), ""), label
        else:
            assert set(response.json()["galat"]) <= {"berkas", "keterangan"}, (label, response.json())
    assert BuktiDukung.objects.filter(indikator_id=5, tahun=2024, triwulan=4).count() >= len(JAHAT) - 2
    halaman = baca("bukti", _operator().get(reverse("measurement:bukti", args=["wonoasih", 2024, 4, 5])))
    assert halaman.status == 200 and not halaman.skrip_mentah
    assert tampil(halaman, JAHAT["hyperlink"]) and tampil(halaman, JAHAT["templat"])


def test_skm_answers_from_a_kiosk(rahasia):
    """One questionnaire per hostile text as its ``saran``: all stored cleaned, shown as typed on the results page
    and in the SKM report, none a formula in a spreadsheet."""
    respons = [{**KUESIONER, "saran": teks} for teks in JAHAT.values()]
    response = _post(rahasia, reverse("api:skm_kirim", args=["wonoasih", "2026-S2"]),
                     {"unit": "wonoasih", "kanal": "kios", "respons": respons})
    assert response.status_code == 200, response.content
    assert response.json() == {"disimpan": len(JAHAT)}
    tersimpan = sorted(Respons.objects.filter(periode__kode="2026-S2", kanal=Respons.Kanal.IMPOR,
                                              unit__slug="wonoasih").values_list("saran", flat=True))
    assert tersimpan == sorted(bersih(t) for t in JAHAT.values())

    client = _operator()
    halaman = baca("hasil", client.get(reverse("survey:hasil", args=["wonoasih", "2026-S2"])))
    assert halaman.status == 200 and not halaman.skrip_mentah
    for label in ("hyperlink", "rumus", "kendali", "templat", "typst_baca"):
        assert tampil(halaman, JAHAT[label]), label
    for fmt in ("docx", "pdf", "xlsx"):
        url = reverse("survey:unduh", args=["wonoasih", "2026-S2", fmt])
        j = baca(url, client.get(url))
        assert j.status in (200, 404), (fmt, j.status, j.galat)  # a format the report does not have: 404
        assert not j.rumus and PASSWD not in j.teks, (fmt, j.rumus)


def test_a_saran_longer_than_its_field_is_refused_naming_it(rahasia):
    response = _post(rahasia, reverse("api:skm_kirim", args=["wonoasih", "2026-S2"]),
                     {"unit": "wonoasih", "kanal": "kios", "respons": [KUESIONER, {**KUESIONER, "saran": BESAR}]})
    assert response.status_code == 422, response.content
    assert any("saran" in k for k in response.json()["galat"]), response.json()
    assert not Respons.objects.filter(periode__kode="2026-S2", kanal=Respons.Kanal.IMPOR).exists()


def test_documents_after_hostile_api_writes(rahasia):
    """After the hostile writes, the documents a source or a description reaches: no 500, no formula cell, no
    file read."""
    _post(rahasia, reverse("api:realisasi_tahunan", args=["wonoasih", 2024]),
          {"baris": [{"indikator_id": 5, "nilai": 99, "nilai_awal": 100, "sumber": JAHAT["hyperlink"]}]})
    Client().post(reverse("api:bukti_unggah", args=["wonoasih", 2024, 4, 5]),
                  {"berkas": SimpleUploadedFile("=1+1.pdf", _pdf()), "keterangan": JAHAT["rumus"]},
                  HTTP_AUTHORIZATION=f"Bearer {rahasia}")
    client = _operator()
    urls = [reverse("reporting:lkjip_unduh", args=["wonoasih", 2024, f]) for f in ("xlsx", "docx", "json")]
    urls += [reverse("measurement:unduh", args=["wonoasih", 2024, 4, f]) for f in ("xlsx", "json")]
    urls += [reverse("measurement:realisasi_tahunan", args=["wonoasih", 2024]),
             reverse("dashboard:pd", args=["wonoasih", 2024]) + "?format=xlsx"]
    for url in urls:
        j = baca(url, client.get(url))
        assert j.status == 200, (url, j.status, j.galat)
        assert not j.rumus and PASSWD not in j.teks and not j.skrip_mentah, (url, j.rumus)
    tahunan = baca("tahunan", client.get(reverse("measurement:realisasi_tahunan", args=["wonoasih", 2024])))
    assert tampil(tahunan, JAHAT["hyperlink"])


def test_the_door_of_a_json_body_cleans_every_string_at_any_depth():
    from sakip.composite.api.masukan import bersihkan_json

    assert bersihkan_json({"a\x01": ["x\x00y", 1, None, 2.5, True, {"k": "\x0b\x1bz"}], "saran": "\r=1+1\t"}) == {
        "a": ["xy", 1, None, 2.5, True, {"k": "z"}], "saran": "\r=1+1\t"}
