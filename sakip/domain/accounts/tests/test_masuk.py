"""The login page as a user meets it: one clear message for a wrong password, a way to the public portal."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_a_wrong_password_says_so_once_and_the_page_points_citizens_to_the_portal(client):
    html = client.post(reverse("login"), {"username": "operator-wonoasih", "password": "salah"}).content.decode()
    assert "Nama pengguna atau kata sandi salah. Perhatikan huruf besar dan kecil." in html
    assert "nama pengguna nama pengguna" not in html.lower()
    portal = html.split("data-petunjuk-portal>", 1)[1].split("</p>", 1)[0]
    assert f'href="{reverse("portal:beranda")}"' in portal


def test_the_lockout_page_names_who_can_lift_the_lock(client, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        page = client.post(reverse("login"), {"username": "operator-wonoasih", "password": "salah"})
    assert page.status_code == 429
    assert "hubungi admin pemda Anda untuk membuka kunci" in page.content.decode()
