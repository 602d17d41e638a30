"""A citizen fills the public questionnaire on a phone-sized screen, without logging in."""

import pytest
from playwright.sync_api import expect

from sakip.domain.survey.models import Respons

pytestmark = pytest.mark.browser


def test_a_citizen_answers_on_a_phone_and_sees_the_thank_you_page(page):
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto("/skm/wonoasih-sumber-taman/")
    expect(page.get_by_role("heading", name="Survei Kepuasan Masyarakat")).to_be_visible()
    page.get_by_label("Jenis kelamin").select_option("L")
    page.get_by_label("Usia").select_option("40-49")
    page.get_by_label("Pendidikan terakhir").select_option("sltp")
    page.get_by_label("Pekerjaan utama").select_option("lainnya")
    for question in page.locator("fieldset.soal").all():
        question.locator("input[type=radio]").nth(3).check()
    page.get_by_role("button", name="Kirim jawaban").click()
    expect(page.get_by_role("heading", name="Terima kasih")).to_be_visible()
    expect(page.get_by_role("status")).to_contain_text("sudah kami terima")
    stored = Respons.objects.get(unit__slug="wonoasih-sumber-taman", kanal=Respons.Kanal.WEB)
    assert (stored.jenis_kelamin, stored.usia, stored.u1, stored.u9) == ("L", "40-49", 4, 4)
    # Fits the phone: no horizontal scrolling.
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
