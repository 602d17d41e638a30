"""Paper questionnaires as the kelurahan staff meet them (issue 16): the cursor starts at the top of the
questionnaire (the profile), and a closed period says so before anything is typed."""

import re

import pytest
from django.urls import reverse

from sakip.domain.survey.models import PeriodeSurvei

pytestmark = pytest.mark.django_db


def _entri(client, kode: str) -> str:
    return client.get(reverse("survey:entri", args=["wonoasih", kode])).content.decode()


def test_the_cursor_starts_on_the_first_profile_field_not_on_question_1(login):
    kode = PeriodeSurvei.objects.filter(pd__slug="wonoasih", ditutup=False).values_list("kode", flat=True).first()
    html = _entri(login("kelurahan-sumbertaman"), kode)
    autofocus = re.findall(r"<(select|input)[^>]*autofocus[^>]*>", html)
    assert len(autofocus) == 1 and autofocus[0] == "select"
    first_select = re.search(r'<select name="(\w+)" required autofocus', html)
    assert first_select and first_select.group(1) == "jenis_kelamin"  # the first profile question of the form


def test_a_closed_period_says_so_and_shows_no_form(login):
    client = login("kelurahan-sumbertaman")
    html = _entri(client, "2024-S2")  # closed in the demo (its report is final)
    box = html.split("data-periode-tertutup>", 1)[1].split("</div>", 1)[0]
    assert "sudah ditutup" in box and "Kuesioner tidak dapat ditambahkan." in box
    assert "data-entri-skm" not in html and 'name="berkas"' not in html
