"""SKM: the Wonoasih semester II 2024 demo against seed 002, the public form and its guards, the results page."""

from __future__ import annotations

import datetime
import json
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from sakip.core.scoping import Scope
from sakip.domain.survey import forms, services
from sakip.domain.survey.dokumen import build_skm
from sakip.domain.survey.models import PeriodeSurvei, Respons, UnitLayanan
from tests.helpers import ANSWERS, submit

pytestmark = pytest.mark.django_db


def hasil_json() -> dict:
    return build_skm(Scope.system(), "wonoasih", "2024-S2").as_json()


def test_generated_respondents_have_the_seed_profile():
    data = hasil_json()
    assert data["responden"] == 341 and data["populasi"] == 3441
    demografi = data["demografi"]
    assert demografi["jenis_kelamin"] == {"Laki-laki": 178, "Perempuan": 163}
    assert list(demografi["pendidikan"].values()) == [105, 69, 148, 19, 0]
    assert list(demografi["pekerjaan"].values()) == [11, 58, 91, 24, 157]
    assert list(demografi["usia"].values()) == [18, 62, 83, 82, 96]
    assert data["jenis_layanan"] == {"Layanan kecamatan": 56, "Layanan kelurahan": 285}
    assert not Respons.objects.filter(periode__kode="2024-S2").exclude(kanal=Respons.Kanal.BANGKITAN).exists()


def test_nrr_round_to_the_seed_and_the_ikm_differs_from_the_reported_one():
    data = hasil_json()
    # Seed order 3,47 3,35 3,63 3,72 3,46 3,48 3,58 3,72 3,74 (its U8 is sarana, U9 pengaduan).
    nrr = {u["kode"]: u["nrr"] for u in data["unsur"]}
    assert nrr == {"U1": 3.47, "U2": 3.35, "U3": 3.63, "U4": 3.72, "U5": 3.46, "U6": 3.48, "U7": 3.58,
                   "U8": 3.74, "U9": 3.72}
    assert [u["mutu"] for u in data["unsur"]] == ["B", "B", "A", "A", "B", "B", "A", "A", "A"]
    assert data["mutu"] == "A" and data["kinerja"] == "Sangat Baik"
    assert 89 < data["ikm"] < 90  # computed from the answers: Σ NRR / 9 × 25
    assert data["ikm_dilaporkan"] == 94.17  # the city's application, kept as the IKU realisation


def test_krejcie_morgan_warns_when_respondents_are_fewer():
    h = build_skm(Scope.system(), "wonoasih", "2024-S2")
    assert h.sampel_minimum == 346 and h.kurang_sampel


def test_results_take_a_fixed_number_of_queries(django_assert_num_queries):
    # PD, period, questions; the answers in one aggregate, the names of their units and services; suggestions;
    # the reported IKM; the trend's other periods (and their answers' sums when there are any: not here);
    # follow-up, forum, signer; the photographs.
    with django_assert_num_queries(13):
        build_skm(Scope.system(), "wonoasih", "2024-S2")


# --- the public form ----------------------------------------------------------------------------------


def unit(slug="wonoasih-sumber-taman") -> UnitLayanan:
    return UnitLayanan.objects.get(slug=slug)


def open_period():
    today = timezone.localdate()
    return PeriodeSurvei.objects.filter(pd__slug="wonoasih", mulai__lte=today, selesai__gte=today, ditutup=False).get()


def test_a_valid_questionnaire_is_stored_in_the_open_period():
    hasil = submit(ANSWERS)
    assert hasil.diterima and hasil.respons.periode == open_period() and hasil.respons.u9 == 4


@pytest.mark.parametrize(("change", "field", "message"), [
    ({"u3": "5"}, "u3", "harus salah satu pilihan"),
    ({"u7": ""}, "u7", "belum dijawab"),
    ({"usia": "99"}, "usia", "belum dipilih"),
])
def test_bad_answers_are_refused_by_field_and_nothing_is_stored(change, field, message):
    before = Respons.objects.count()
    with pytest.raises(ValidationError) as info:
        submit({**ANSWERS, **change})
    assert message in info.value.message_dict[field][0]
    assert Respons.objects.count() == before


def test_the_database_itself_refuses_an_answer_outside_1_to_4():
    respons = submit(ANSWERS).respons
    with pytest.raises(IntegrityError), transaction.atomic():
        Respons.objects.filter(pk=respons.pk).update(u1=5)


def test_the_same_form_submitted_twice_is_stored_once():
    u = unit()
    data = {**ANSWERS, "token": forms.buat_token(u)}
    first = services.kirim(unit=u, data=data, alamat="10.0.0.2")
    second = services.kirim(unit=u, data=data, alamat="10.0.0.2")
    assert first.respons is not None and second.diterima and second.respons is None
    assert Respons.objects.filter(token=first.respons.token).count() == 1


def test_two_services_two_forms_two_answers():
    assert submit(ANSWERS).respons and submit(ANSWERS).respons


def test_the_honeypot_is_thanked_and_dropped():
    before = Respons.objects.count()
    assert submit({**ANSWERS, "situs_web": "http://spam"}).diterima
    assert Respons.objects.count() == before


def test_a_forged_or_foreign_token_is_refused():
    u = unit()
    with pytest.raises(ValidationError, match="tidak sah"):
        services.kirim(unit=u, data={**ANSWERS, "token": "palsu"}, alamat="1.1.1.1")
    other = unit("wonoasih")
    with pytest.raises(ValidationError, match="unit layanan lain"):
        services.kirim(unit=u, data={**ANSWERS, "token": forms.buat_token(other)}, alamat="1.1.1.1")


def test_the_rate_limit_per_address():
    for _ in range(services.BATAS_PER_ALAMAT):
        assert submit(ANSWERS, alamat="10.9.9.9").respons
    refused = submit(ANSWERS, alamat="10.9.9.9")
    assert not refused.diterima and "Terlalu banyak" in refused.pesan
    assert submit(ANSWERS, alamat="10.9.9.10").respons  # another address is not affected


def test_a_closed_period_takes_no_answers():
    period = open_period()
    period.ditutup = True
    period.save()
    hasil = submit(ANSWERS)
    assert not hasil.diterima and "tidak dibuka" in hasil.pesan


def test_the_public_page_needs_no_login_and_thanks(client):
    page = client.get(reverse("survey:isi", args=["wonoasih-sumber-taman"]))
    html = page.content.decode()
    assert page.status_code == 200 and "Bagaimana pendapat Saudara tentang kesesuaian persyaratan" in html
    token = html.split('name="token" value="')[1].split('"')[0]
    response = client.post(reverse("survey:isi", args=["wonoasih-sumber-taman"]), {**ANSWERS, "token": token})
    assert response.status_code == 302
    assert "sudah kami terima" in client.get(response["Location"]).content.decode()


def test_an_unknown_unit_is_not_found(client):
    assert client.get(reverse("survey:isi", args=["tidak-ada"])).status_code == 404


def test_a_bad_post_shows_the_error_on_the_question(client):
    page = client.get(reverse("survey:isi", args=["wonoasih"])).content.decode()
    token = page.split('name="token" value="')[1].split('"')[0]
    response = client.post(reverse("survey:isi", args=["wonoasih"]), {**ANSWERS, "u2": "", "token": token})
    assert response.status_code == 400 and "Pertanyaan U2 belum dijawab." in response.content.decode()


# --- results page and command --------------------------------------------------------------------------


def test_the_results_page_for_the_pd(login):
    html = login("operator-wonoasih").get(reverse("survey:hasil", args=["wonoasih", "2024-S2"])).content.decode()
    for text in ("IKM unit layanan: 89,", "94,17", "sampel minimum (Krejcie–Morgan) 346", "Kelurahan Sumber Taman",
                 "Saya kadang bingung dengan prosedur yang diberikan"):
        assert text in html, text


def test_another_pd_cannot_read_the_results(login):
    assert login("operator-kanigaran").get(reverse("survey:hasil", args=["wonoasih", "2024-S2"])).status_code == 404


def test_the_command_prints_the_json(capfdbinary):
    call_command("skm", unit="wonoasih", period="2024-S2")
    data = json.loads(capfdbinary.readouterr().out)
    assert {"periode", "responden", "populasi", "sampel_minimum", "unsur", "ikm", "mutu", "kinerja", "demografi",
            "layanan"} <= set(data)


def test_the_demo_has_an_open_period_for_today():
    assert open_period().selesai >= timezone.localdate() >= open_period().mulai
    assert isinstance(open_period().mulai, datetime.date)


# --- follow-up, trend and the IKU ---------------------------------------------------------------------------


def test_the_follow_up_plan_and_the_forum_of_seed_002():
    data = hasil_json()
    assert [(r["prioritas"], r["unsur"], r["triwulan"]) for r in data["rtl"]] == [
        (1, "U3", [1, 2, 3]), (1, "U3", [4]), (2, "U2", [1, 2]), (2, "U2", [3, 4]), (3, "U7", [4])]
    assert data["fkp"]["tanggal"] == "14 Oktober 2024"


def test_the_trend_holds_every_period_up_to_this_one():
    data = hasil_json()
    assert [(t["periode"], t["responden"]) for t in data["tren"]] == [("2024-S2", 341)]
    submit(ANSWERS)
    later = build_skm(Scope.system(), "wonoasih", open_period().kode)
    assert [t.kode for t in later.tren] == ["2024-S2", open_period().kode]
    assert later.grafik_tren().startswith(b"\x89PNG")


def test_the_ikm_becomes_the_iku_realisation_and_the_hand_value_stays(login):
    from sakip.domain.measurement.models import Realisasi, RealisasiTahunan

    client = login("operator-wonoasih")
    response = client.post(reverse("survey:jadikan_iku", args=["wonoasih", "2024-S2"]))
    assert response.status_code == 302
    row = Realisasi.objects.get(indikator__pd__slug="wonoasih", indikator__sasaran__isnull=False,
                                indikator__nama="Indeks Kepuasan Masyarakat (IKM)", tahun=2024, triwulan=4)
    assert row.teks.startswith("89,") and "IKM SKM Semester II 2024" in row.keterangan
    hand = RealisasiTahunan.objects.get(indikator=row.indikator, tahun=2024)
    assert hand.nilai == Decimal("94.17")  # the city's figure is kept
    html = client.get(reverse("survey:hasil", args=["wonoasih", "2024-S2"])).content.decode()
    assert "berbeda 4,8" in html


# --- poster, public results, the report ----------------------------------------------------------------------


def test_the_poster_carries_a_qr_code_of_the_survey_address(client):
    html = client.get(reverse("survey:poster", args=["wonoasih-pakistaji"])).content.decode()
    assert "<svg" in html and "/skm/wonoasih-pakistaji/" in html and "Kelurahan Pakistaji" in html


def test_the_public_results_page_shows_nothing_below_the_minimum_sample(client):
    from django.core.cache import cache

    periode = open_period()
    periode.populasi = 3  # Krejcie–Morgan: 3,841·3·0,25 / (0,0025·2 + 3,841·0,25) = 2,985… → 3 answers
    periode.save()
    submit(ANSWERS)
    url = reverse("survey:hasil_publik", args=["wonoasih-sumber-taman"])
    html = client.get(url).content.decode()
    assert periode.nama in html and "IKM" not in html.split("</h1>")[1]  # no IKM from one answer
    assert "Saat ini 1 jawaban; masih diperlukan <b>2</b> jawaban lagi." in html
    submit(ANSWERS, alamat="10.0.0.2")
    submit(ANSWERS, alamat="10.0.0.3")
    cache.clear()  # the page is cached for a minute
    html = client.get(url).content.decode()
    assert "data-kurang-sampel" not in html and "IKM 100,00" in html


def test_the_report_in_word_and_pdf(tmp_path):
    import io

    from docx import Document
    from pypdf import PdfReader

    for fmt in ("docx", "pdf"):
        call_command("skm", unit="wonoasih", period="2024-S2", format=fmt, out=str(tmp_path / f"skm.{fmt}"))
    doc = Document(str(tmp_path / "skm.docx"))
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert headings == ["DAFTAR ISI", "BAB I PENDAHULUAN", "BAB II PENGUMPULAN DATA SKM",
                        "BAB III HASIL PENGOLAHAN DATA SKM", "BAB IV ANALISIS HASIL SKM", "BAB V KESIMPULAN", "LAMPIRAN"]
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    assert "3,35" in cells and "178" in cells and "Peningkatan sosialisasi registrasi \"online\"" in cells
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO((tmp_path / "skm.pdf").read_bytes())).pages)
    for figure in ("1. Kuesioner", "3.441", "346", "DEUS NAWANDI"):
        assert figure in text, figure


def test_results_per_service():
    from sakip.domain.survey.models import JenisLayanan

    ktp = JenisLayanan.objects.create(unit=unit(), nama="Rekomendasi KTP")
    submit({**ANSWERS, "layanan": str(ktp.pk)})
    h = build_skm(Scope.system(), "wonoasih", open_period().kode)
    assert [(k.nama, k.responden, k.ikm) for k in h.per_layanan] == [
        ("Rekomendasi KTP (Kelurahan Sumber Taman)", 1, Decimal("100.00"))]


def test_a_page_view_writes_nothing_the_questionnaire_comes_with_the_set_up(client):
    from sakip.domain.survey.models import Pertanyaan

    Pertanyaan.objects.filter(pd__slug="wonoasih").delete()
    client.get(reverse("survey:isi", args=["wonoasih"]))
    assert not Pertanyaan.objects.filter(pd__slug="wonoasih").exists()
    services.siapkan_skm(PeriodeSurvei.objects.filter(pd__slug="wonoasih").first().pd)
    html = client.get(reverse("survey:isi", args=["wonoasih"])).content.decode()
    assert "kesesuaian persyaratan pelayanan" in html and Pertanyaan.objects.filter(pd__slug="wonoasih").count() == 9


def test_the_pd_page_links_to_the_survey(login):
    html = login("operator-wonoasih").get(reverse("beranda:pd", args=["wonoasih"])).content.decode()
    assert reverse("survey:hasil", args=["wonoasih", "2024-S2"]) in html
    assert reverse("survey:poster", args=["wonoasih-pakistaji"]) in html


def test_staff_enter_the_follow_up_and_the_forum(login):
    from sakip.domain.survey.models import RencanaTindakLanjut

    client = login("operator-wonoasih")
    url = reverse("survey:tindak_lanjut", args=["wonoasih", open_period().kode])
    assert client.get(url).status_code == 200
    data = {"rtl-TOTAL_FORMS": "1", "rtl-INITIAL_FORMS": "0", "rtl-MIN_NUM_FORMS": "0", "rtl-MAX_NUM_FORMS": "1000",
            "rtl-0-prioritas": "1", "rtl-0-unsur": "U2", "rtl-0-kegiatan": "Penyederhanaan alur layanan",
            "rtl-0-tw2": "on", "rtl-0-penanggung_jawab": "Seksi Pelayanan",
            "fkp-tanggal": "2026-11-20", "fkp-tempat": "Aula", "fkp-pihak_kesatu": "A — Kasi Pelayanan",
            "fkp-pihak_kedua": "B — warga", "fkp-hasil": "Disepakati."}
    assert client.post(url, data).status_code == 302
    row = RencanaTindakLanjut.objects.get(periode=open_period())
    assert (row.unsur, row.triwulan, row.pemda_id) == ("U2", (False, True, False, False), open_period().pemda_id)
    bad = client.post(url, {**data, "rtl-0-kegiatan": "", "fkp-tanggal": "kemarin"})
    assert bad.status_code == 400 and RencanaTindakLanjut.objects.filter(periode=open_period()).count() == 1


def test_another_pd_cannot_open_the_follow_up(login):
    url = reverse("survey:tindak_lanjut", args=["wonoasih", "2024-S2"])
    assert login("operator-kanigaran").get(url).status_code == 404


# --- a new PD: SKM works at once ---------------------------------------------------------------------------


def test_a_new_pd_has_its_survey_ready_without_anyone_opening_a_page(client, login):
    """A kecamatan of a pemda that is not in the demo, with two desa: after its set-up (what the PD screens
    call), staff can type a paper questionnaire and the public page asks the nine questions."""
    import datetime

    from django.contrib.auth.models import User

    from sakip.domain.accounts.models import Akses
    from sakip.domain.organisation.models import Kelurahan, Pemda, PerangkatDaerah
    from sakip.domain.survey.models import Pertanyaan, UnitLayanan

    pemda = Pemda.objects.create(slug="kabupaten-contoh", nama="Kabupaten Contoh", jenis="kabupaten")
    pd = PerangkatDaerah.objects.create(pemda=pemda, nama="Kecamatan Contoh", slug="contoh")
    for i, nama in enumerate(["Sukamaju", "Sukamakmur"]):
        Kelurahan.objects.create(pd=pd, nama=nama, jenis="desa", urutan=i)
    services.siapkan_skm(pd, datetime.date(2026, 12, 4))
    services.siapkan_skm(pd, datetime.date(2026, 12, 4))  # twice: nothing doubled
    units = list(UnitLayanan.objects.filter(pd=pd).order_by("urutan").values_list("slug", "nama"))
    assert units == [("contoh", "Kecamatan Contoh"), ("contoh-sukamaju", "Desa Sukamaju"),
                     ("contoh-sukamakmur", "Desa Sukamakmur")]
    assert Pertanyaan.objects.filter(pd=pd).count() == 9
    periode = PeriodeSurvei.objects.get(pd=pd)
    assert (periode.kode, periode.nama, periode.mulai, periode.selesai) == (
        "2026-S2", "Semester II 2026", datetime.date(2026, 7, 1), datetime.date(2026, 12, 31))
    user = User.objects.create_user("operator-contoh", password="kata-sandi-panjang")
    Akses.objects.create(user=user, peran="operator", pemda=pemda, pd=pd)
    client.force_login(user)
    page = client.get(reverse("survey:entri", args=["contoh", "2026-S2"]))
    assert page.status_code == 200 and page.content.decode().count('name="u1"') >= 1
    unit = UnitLayanan.objects.get(slug="contoh-sukamaju")
    services.catat_kertas(Scope.for_user(user), unit=unit, kode_periode="2026-S2", data=ANSWERS)
    assert Respons.objects.filter(pd=pd).count() == 1
    client.logout()
    public = client.get(reverse("survey:isi", args=["contoh-sukamaju"])).content.decode()
    assert all(q.teks in public for q in Pertanyaan.objects.filter(pd=pd))


def test_a_new_pd_of_a_pemda_that_surveys_yearly_starts_with_the_year_and_its_population():
    import datetime

    from sakip.domain.organisation.models import Pemda, PerangkatDaerah

    pemda = Pemda.objects.create(slug="kota-contoh", nama="Kota Contoh", jenis="kota", skm_periode="tahun",
                                 skm_populasi=3000)
    pd = PerangkatDaerah.objects.create(pemda=pemda, nama="Kecamatan Contoh", slug="contoh")
    services.siapkan_skm(pd, datetime.date(2026, 3, 10))
    periode = PeriodeSurvei.objects.get(pd=pd)
    assert (periode.kode, periode.nama, periode.mulai, periode.selesai, periode.populasi) == (
        "2026", "Tahun 2026", datetime.date(2026, 1, 1), datetime.date(2026, 12, 31), 3000)
    assert build_skm(Scope.system(), "contoh", "2026").sampel_minimum == 341  # Krejcie–Morgan, N = 3000
