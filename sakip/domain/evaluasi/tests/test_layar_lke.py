"""The LKE screens: the evaluator's list starts an evaluation, the worksheet shows and saves what each side may
write in the stage (htmx draws the worksheet again with the new nilai), the next stage, another pemda's
evaluator gets 404, and the worksheet's queries do not grow with the number of criteria."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from sakip.core.scoping import Scope
from sakip.domain.accounts.models import Akses
from sakip.domain.evaluasi import services
from sakip.domain.evaluasi.models import Evaluasi, JawabanLke, KriteriaLke, SubKomponenLke
from sakip.domain.organisation.models import PerangkatDaerah

pytestmark = pytest.mark.django_db

LKE = reverse("evaluasi:lke", args=["wonoasih", 2024])
DAFTAR = reverse("evaluasi:daftar", args=["kota-probolinggo", 2024])


def simpan_url(kode: str) -> str:
    return reverse("evaluasi:simpan", args=["wonoasih", 2024, kode])


@pytest.fixture
def mulai(login):
    return login("inspektorat-probolinggo").post(DAFTAR, {"pd": "wonoasih"})


def test_the_evaluator_starts_from_its_list_and_the_pd_fills_in_its_self_assessment(mulai, client, login):
    assert mulai.status_code == 302 and mulai["Location"] == LKE
    evaluator = client
    html = evaluator.get(DAFTAR).content.decode()
    assert 'data-pd="wonoasih"' in html and "Penilaian mandiri" in html and "Mulai evaluasi Kecamatan Kanigaran" in html
    html = evaluator.get(LKE).content.decode()
    assert "data-isian" not in html  # the evaluator writes nothing while the PD assesses itself
    assert "data-lanjut" not in html

    operator = Client()
    operator.force_login(User.objects.get(username="operator-wonoasih"))
    html = operator.get(LKE).content.decode()
    assert html.count("data-isian=") == 80 and 'name="nilai_evaluator"' not in html
    assert "AA — Seluruh kriteria terpenuhi dan berkelanjutan sekurang-kurangnya 5 tahun" in html
    # 1.a has seven criteria, bobot 6: one answered AA gives 1 / 7 × 6 = 0,857… → 0,86; the total 0,86 → D.
    response = operator.post(simpan_url("1.a.1"), {"sisi": "pd", "nilai_pd": "AA", "penjelasan_pd": "Perwali ada",
                                                    "bukti": "https://contoh.go.id/a.pdf"}, HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'data-nilai-akip>0,86<' in html and 'data-predikat>D<' in html
    jawaban = JawabanLke.objects.get(evaluasi__pd__slug="wonoasih", kriteria__kode="1.a.1")
    assert (jawaban.nilai_pd, jawaban.penjelasan_pd, jawaban.bukti) == ("AA", "Perwali ada", "https://contoh.go.id/a.pdf")

    # A letter off the scale: the row says so, nothing saved.
    response = operator.post(simpan_url("1.a.2"), {"sisi": "pd", "nilai_pd": "X", "penjelasan_pd": "ada"},
                             HTTP_HX_REQUEST="true")
    assert "Nilai PD kriteria 1.a.2: Nilai “X” tidak ada pada skala AA–E (PermenPANRB 88/2021)." in (
        response.content.decode())
    assert not JawabanLke.objects.filter(kriteria__kode="1.a.2").exists()
    # The evaluator's field in the self-assessment stage: refused (403), nothing saved.
    assert operator.post(simpan_url("1.a.2"), {"sisi": "pd", "nilai_evaluator": "A"}).status_code == 403
    assert evaluator.post(simpan_url("1.a.2"), {"sisi": "evaluator", "nilai_evaluator": "A"}).status_code == 403
    assert not JawabanLke.objects.filter(kriteria__kode="1.a.2").exists()

    # The PD sends it to review; now the evaluator writes its own fields.
    assert 'data-lanjut' in operator.get(LKE).content.decode()
    assert operator.post(reverse("evaluasi:lanjut", args=["wonoasih", 2024])).status_code == 302
    assert Evaluasi.objects.get(pd__slug="wonoasih", tahun=2024).tahap == "reviu"
    html = evaluator.get(LKE).content.decode()
    assert html.count("data-isian=") == 80 and 'name="nilai_pd"' not in html and "data-lanjut" in html
    response = evaluator.post(simpan_url("1.a.1"), {"sisi": "evaluator", "nilai_evaluator": "B",
                                                    "catatan": "Belum dimutakhirkan", "rekomendasi": "Mutakhirkan"})
    assert response.status_code == 302
    # The evaluator's B replaces the PD's AA: 0,7 / 7 × 6 = 0,60.
    assert 'data-nilai-akip>0,60<' in evaluator.get(LKE).content.decode()
    assert "data-isian" not in operator.get(LKE).content.decode()


def test_only_the_evaluator_sees_the_list_and_a_second_start_is_refused_by_name(mulai, client, login):
    response = client.post(DAFTAR, {"pd": "wonoasih"}, follow=True)
    assert "Evaluasi Kecamatan Wonoasih tahun 2024 sudah dimulai." in response.content.decode()
    assert Evaluasi.objects.filter(pd__slug="wonoasih").count() == 1
    for username in ("operator-wonoasih", "admin-probolinggo", "camat-wonoasih"):
        c = Client()
        c.force_login(User.objects.get(username=username))
        assert c.get(DAFTAR).status_code == 403
        assert c.post(DAFTAR, {"pd": "kanigaran"}).status_code == 403
    assert not Evaluasi.objects.filter(pd__slug="kanigaran").exists()


def test_another_pemdas_evaluator_and_another_pd_get_404(mulai):
    purworejo = Akses.objects.get(user__username="operator-purworejo").pemda
    user = User.objects.create_user("inspektorat-lain", password="rahasia-uji-12345")
    Akses.objects.create(user=user, peran=Akses.Peran.EVALUATOR, pemda=purworejo)
    lain = Client()
    lain.force_login(user)
    assert lain.get(LKE).status_code == 404
    assert lain.post(simpan_url("1.a.1"), {"sisi": "evaluator", "nilai_evaluator": "A"}).status_code == 404
    assert lain.post(reverse("evaluasi:lanjut", args=["wonoasih", 2024])).status_code == 404
    assert lain.get(DAFTAR).status_code == 404
    assert lain.post(DAFTAR, {"pd": "wonoasih"}).status_code == 404
    kanigaran = Client()
    kanigaran.force_login(User.objects.get(username="operator-kanigaran"))
    assert kanigaran.get(LKE).status_code == 404
    assert kanigaran.post(simpan_url("1.a.1"), {"sisi": "pd", "nilai_pd": "A"}).status_code == 404
    assert not JawabanLke.objects.exists()


def test_a_worksheet_not_started_says_who_starts_it(login):
    html = login("inspektorat-probolinggo").get(LKE).content.decode()
    assert "Evaluasi AKIP Kecamatan Wonoasih tahun 2024 belum dimulai" in html and DAFTAR in html


def test_the_worksheets_queries_do_not_grow_with_its_criteria(django_assert_num_queries):
    wonoasih = PerangkatDaerah.objects.get(slug="wonoasih")
    evaluasi = services.mulai_evaluasi(Scope.system(), pd=wonoasih, tahun=2024)
    services.simpan_jawaban(Scope.system(), evaluasi=evaluasi, sisi="pd", data={"nilai_pd": "A"},
                            kriteria=KriteriaLke.objects.get(pemda=wonoasih.pemda, kode="1.a.1"))
    operator = Client()
    operator.force_login(User.objects.get(username="operator-wonoasih"))
    # session, user, akses; PD with its pemda, the evaluation with its LKE, komponen, sub-komponen, criteria, answers;
    # sakip's facts (11), the pohon kinerja, crosscutting and PK berjenjang (4), the rencana aksi under 1.c.4 (2) and
    # the uploaded evidence (1): bukti_sakip.konteks; the stage moves and the sub-komponen owners (2): views_tahap.konteks
    with django_assert_num_queries(29):
        assert operator.get(LKE).status_code == 200
    sub = SubKomponenLke.objects.get(pemda=wonoasih.pemda, kode="4.c")
    KriteriaLke.objects.bulk_create([KriteriaLke(pemda=wonoasih.pemda, sub_komponen=sub, kode=f"4.c.{i}",
                                                 uraian=f"Kriteria tambahan {i}", urutan=i) for i in range(6, 46)])
    with django_assert_num_queries(29):
        html = operator.get(LKE).content.decode()
    assert html.count("data-isian=") == 120


def test_linked_from_the_pds_page_and_the_evaluators_home(login):
    html = login("operator-wonoasih").get(reverse("beranda:pd", args=["wonoasih"])).content.decode()
    assert f'href="{LKE}" data-lke-tahun="2024"' in html
    client = Client()
    client.force_login(User.objects.get(username="inspektorat-probolinggo"))
    html = client.get(reverse("home")).content.decode()
    assert "data-evaluasi-akip" in html and "/evaluasi/kota-probolinggo/" in html
