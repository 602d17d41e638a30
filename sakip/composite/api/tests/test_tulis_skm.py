"""SKM questionnaires from a kiosk or a portal's export (``POST /api/v1/pd/{slug}/skm/{periode}/respons``): through the
SKM import's service, all or nothing, into a period that is not closed, with the ``skm`` right on the unit; each
answer's history names the token and the channel. The demo's Wonoasih: period 2026-S2 open, 2024-S2 closed; the
kelurahan operator of Sumber Taman reaches the unit ``wonoasih-sumber-taman`` only."""

from __future__ import annotations

import json

import pytest
from django.test import Client
from django.urls import reverse

from sakip.domain.survey.models import Respons

pytestmark = pytest.mark.django_db

KUESIONER = {"jenis_kelamin": "P", "usia": "30-39", "pendidikan": "slta", "pekerjaan": "swasta",
             **{f"u{i}": 3 for i in range(1, 10)}}


def kirim(rahasia: str, isi: dict, periode: str = "2026-S2"):
    return Client().post(reverse("api:skm_kirim", args=["wonoasih", periode]), json.dumps(isi),
                         content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {rahasia}")


def _baru(unit: str = "wonoasih"):
    return Respons.objects.filter(unit__slug=unit, periode__kode="2026-S2", kanal=Respons.Kanal.IMPOR)


def test_a_kiosk_sends_two_questionnaires(token):
    rahasia = token("operator-wonoasih", nama="Kios SKM")
    kedua = {**KUESIONER, "jenis_kelamin": "L", "u9": 4, "saran": "  Antrean dipercepat. "}
    response = kirim(rahasia, {"unit": "wonoasih", "kanal": "kios", "respons": [KUESIONER, kedua]})
    assert response.status_code == 200, response.content
    assert response.json() == {"disimpan": 2}
    rows = list(_baru().order_by("pk"))
    assert [(r.jenis_kelamin, r.u1, r.u9, r.saran) for r in rows] == [("P", 3, 3, ""), ("L", 3, 4, "Antrean dipercepat.")]
    for row in rows:
        h = row.history.get()
        assert h.history_user.username == "operator-wonoasih"
        assert h.history_change_reason == f"API · token “Kios SKM” ({rahasia[:8]}…) · kanal kios"


def test_a_closed_period_is_refused_with_409(token):
    response = kirim(token("operator-wonoasih"), {"unit": "wonoasih", "kanal": "portal", "respons": [KUESIONER]},
                     periode="2024-S2")
    assert response.status_code == 409
    assert response.json()["galat"] == {"periode": [
        "Periode Semester II 2024 sudah ditutup; jawabannya tidak dapat diubah."]}


def test_an_unknown_period_or_unit_is_404(token):
    rahasia = token("operator-wonoasih")
    response = kirim(rahasia, {"unit": "wonoasih", "kanal": "kios", "respons": [KUESIONER]}, periode="2030-S1")
    assert response.status_code == 404 and response.json() == {"detail": "Periode SKM “2030-S1” tidak ditemukan."}
    response = kirim(rahasia, {"unit": "kanigaran", "kanal": "kios", "respons": [KUESIONER]})
    assert response.status_code == 404 and response.json() == {"detail": "Unit layanan “kanigaran” tidak ditemukan."}


def test_one_bad_questionnaire_stores_none(token):
    response = kirim(token("operator-wonoasih"), {"unit": "wonoasih", "kanal": "kios", "respons": [
        KUESIONER, {**KUESIONER, "usia": "tua"}, {**KUESIONER, "u3": 5}]})
    assert response.status_code == 422
    assert response.json()["galat"] == {
        "respons.1.usia": ["Pilih salah satu dari: '<20', '20-29', '30-39', '40-49' atau '50+' (“tua”)."],
        "respons.2.u3": ["Paling besar 4 (“5”)."]}
    assert not _baru().exists()


def test_the_codes_are_the_models_choices():
    from sakip.composite.api.v1.skm import PILIHAN, Kuesioner

    for medan, pilihan in PILIHAN.items():
        assert list(Kuesioner.model_fields[medan].annotation.__args__) == list(pilihan.values), medan


def test_the_kelurahan_operator_sends_for_its_unit_only(token):
    rahasia = token("kelurahan-sumbertaman", nama="Portal kelurahan")
    sendiri = kirim(rahasia, {"unit": "wonoasih-sumber-taman", "kanal": "portal", "respons": [KUESIONER]})
    assert sendiri.status_code == 200, sendiri.content
    assert _baru("wonoasih-sumber-taman").count() == 1
    lain = kirim(rahasia, {"unit": "wonoasih-pakistaji", "kanal": "portal", "respons": [KUESIONER]})
    assert lain.status_code == 404
