"""API tokens: made with their secret shown once and only its SHA-256 stored, listed by prefix, revoked (then 401),
their last use recorded at most once a minute; from the account's own page, the admin pemda's page and the
``sakip token`` command."""

from __future__ import annotations

import datetime
import hashlib
import io

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone

from sakip.composite.api import services
from sakip.composite.api.models import TokenApi
from sakip.core.galat import Ditolak
from sakip.core.scoping import Scope
from sakip.domain.organisation.models import PerangkatDaerah

pytestmark = pytest.mark.django_db

PD_WONOASIH = "/api/v1/pd/wonoasih"


def test_a_token_is_stored_as_its_hash_and_works_until_revoked(api):
    operator = User.objects.get(username="operator-wonoasih")
    baru = services.buat_token(Scope.for_user(operator), user=operator, nama="  Aplikasi e-Kinerja ", pelaku=operator)
    token = TokenApi.objects.get(pk=baru.token.pk)
    assert len(baru.rahasia) == 43  # 32 random bytes, URL-safe base64 without padding: ceil(32 · 8 / 6)
    assert token.hash == hashlib.sha256(baru.rahasia.encode()).hexdigest() and token.prefix == baru.rahasia[:8]
    assert baru.rahasia not in {token.nama, token.hash, token.prefix, token.hak}
    assert (token.nama, token.pemda.slug, token.user, token.dibuat_oleh, token.terakhir_dipakai) == (
        "Aplikasi e-Kinerja", "kota-probolinggo", operator, operator, None)
    assert api(PD_WONOASIH, baru.rahasia).json()["slug"] == "wonoasih"
    services.cabut_token(Scope.for_user(operator), token=token, pelaku=operator)
    response = api(PD_WONOASIH, baru.rahasia)
    assert response.status_code == 401
    assert response.json() == {"detail": "Token API tidak dikenal atau sudah dicabut."}
    assert api(PD_WONOASIH, "x" + baru.rahasia).status_code == 401


def test_the_last_use_is_written_at_most_once_a_minute(api, token):
    rahasia = token("operator-wonoasih")
    sebelum = timezone.now()
    api(PD_WONOASIH, rahasia)
    row = TokenApi.objects.get(prefix=rahasia[:8])
    pertama = row.terakhir_dipakai
    assert pertama is not None and pertama >= sebelum
    api(PD_WONOASIH, rahasia)
    assert TokenApi.objects.get(pk=row.pk).terakhir_dipakai == pertama  # within the minute: not written again
    lama = pertama - datetime.timedelta(seconds=61)
    TokenApi.objects.filter(pk=row.pk).update(terakhir_dipakai=lama)
    api(PD_WONOASIH, rahasia)
    assert TokenApi.objects.get(pk=row.pk).terakhir_dipakai > pertama
    # The rule itself, at the boundary: 59 s after the stored time nothing is written, 60 s after it is.
    row.refresh_from_db()
    assert services.catat_pemakaian(row, row.terakhir_dipakai + datetime.timedelta(seconds=59)) is False
    assert services.catat_pemakaian(row, row.terakhir_dipakai + datetime.timedelta(seconds=60)) is True


def test_an_inactive_account_or_a_wrong_scheme_gets_401(api, token):
    rahasia = token("operator-wonoasih")
    assert api(PD_WONOASIH, HTTP_AUTHORIZATION=f"Token {rahasia}").json()["detail"].startswith("Sertakan token API")
    assert api(PD_WONOASIH).status_code == 401
    User.objects.filter(username="operator-wonoasih").update(is_active=False)
    response = api(PD_WONOASIH, rahasia)
    assert (response.status_code, response.json()["detail"]) == (401, "Akun pemilik token ini nonaktif.")


def test_a_service_token_lies_within_its_account(token):
    sistem = Scope.system()
    operator = User.objects.get(username="operator-wonoasih")
    kanigaran = PerangkatDaerah.objects.get(slug="kanigaran")
    with pytest.raises(ValidationError) as e:
        services.buat_token(sistem, user=operator, nama="x", pd=kanigaran)
    assert e.value.message_dict == {"pd": ["Akun operator-wonoasih tidak menjangkau Kecamatan Kanigaran."]}
    with pytest.raises(ValidationError) as e:
        services.buat_token(sistem, user=operator, nama="x", hak=["lihat", "setujui"])
    assert e.value.message_dict == {"hak": ["Akun operator-wonoasih tidak memegang hak: setujui."]}
    with pytest.raises(ValidationError) as e:
        services.buat_token(sistem, user=operator, nama="x", hak=["terbang"])
    assert e.value.message_dict == {"hak": ["Hak tidak dikenal: “terbang”."]}
    with pytest.raises(ValidationError) as e:
        services.buat_token(sistem, user=User.objects.get(username="admin"), nama="x", hak=["lihat"])
    assert list(e.value.message_dict) == ["pd"]
    with pytest.raises(ValidationError) as e:
        services.buat_token(sistem, user=operator, nama="   ")
    assert list(e.value.message_dict) == ["nama"]
    # Another account's tokens are made by the system or the admin pemda of its pemda only.
    with pytest.raises(Ditolak):
        services.buat_token(Scope.for_user(User.objects.get(username="operator-kanigaran")), user=operator, nama="x")
    admin_pemda = Scope.for_user(User.objects.get(username="admin-probolinggo"))
    assert services.buat_token(admin_pemda, user=operator, nama="kios", hak=["lihat"]).token.hak == "lihat"
    with pytest.raises(Ditolak):
        services.buat_token(admin_pemda, user=User.objects.get(username="operator-purworejo"), nama="x")


def test_at_most_twenty_active_tokens_per_account(token):
    for n in range(services.MAKS_AKTIF):
        token("verifikator-wonoasih", nama=f"t{n}")
    with pytest.raises(ValidationError) as e:
        token("verifikator-wonoasih", nama="satu lagi")
    assert "sudah memiliki 20 token aktif" in e.value.message_dict["nama"][0]


def test_the_own_page_makes_shows_once_lists_and_revokes(login, api):
    client = login("operator-wonoasih")
    halaman = client.get(reverse("token_api:token_saya"))
    assert halaman.status_code == 200 and "Belum ada token." in halaman.content.decode()
    response = client.post(reverse("token_api:token_saya"), {"nama": "Kios SKM", "pd": "", "hak": ["lihat"]})
    assert response.status_code == 200 and response["Cache-Control"] == "no-store"
    token = TokenApi.objects.get(user__username="operator-wonoasih")
    html = response.content.decode()
    rahasia = html.split('<code id="token">')[1].split("</code>")[0]
    assert token.hash == hashlib.sha256(rahasia.encode()).hexdigest() and token.hak == "lihat"
    assert "ditampilkan sekali ini saja" in html
    daftar = client.get(reverse("token_api:token_saya")).content.decode()
    assert f"<code>{token.prefix}…</code>" in daftar and rahasia not in daftar and "belum pernah" in daftar
    assert api(PD_WONOASIH, rahasia).status_code == 200
    assert "belum pernah" not in client.get(reverse("token_api:token_saya")).content.decode()
    # Another PD's operator cannot revoke it (404, no hint that it exists); its owner can.
    assert login("operator-kanigaran").post(reverse("token_api:cabut", args=[token.pk])).status_code == 404
    client = login("operator-wonoasih")
    assert client.post(reverse("token_api:cabut", args=[token.pk]))["Location"] == reverse("token_api:token_saya")
    assert TokenApi.objects.get(pk=token.pk).dicabut is not None
    assert api(PD_WONOASIH, rahasia).status_code == 401


def test_the_own_page_names_the_field_of_an_error(login):
    response = login("operator-wonoasih").post(reverse("token_api:token_saya"), {"nama": "x", "hak": ["setujui"]})
    assert response.status_code == 400
    assert ('<ul class="errorlist" id="id_hak_error"><li>Masukkan pilihan yang valid. setujui bukan salah satu dari '
            'pilihan yang tersedia.</li></ul>') in response.content.decode()
    assert not TokenApi.objects.exists()


def test_the_admin_pemda_lists_makes_and_revokes_the_tokens_of_its_accounts(login, token):
    token("operator-wonoasih", nama="punya operator")
    token("operator-purworejo", nama="punya pemda lain")
    client = login("admin-probolinggo")
    url = reverse("token_api:token_pemda", args=["kota-probolinggo"])
    html = client.get(url).content.decode()
    assert "punya operator" in html and "punya pemda lain" not in html
    assert reverse("token_api:token_pemda", args=["kota-probolinggo"]) in client.get(
        reverse("accounts:pengguna_daftar", args=["kota-probolinggo"])).content.decode()
    camat = User.objects.get(username="camat-wonoasih")
    wonoasih = PerangkatDaerah.objects.get(slug="wonoasih")
    response = client.post(url, {"pengguna": camat.pk, "nama": "Aplikasi pimpinan", "pd": wonoasih.pk, "hak": ["lihat"]})
    assert response.status_code == 200 and '<code id="token">' in response.content.decode()
    baru = TokenApi.objects.get(nama="Aplikasi pimpinan")
    assert (baru.user, baru.pd, baru.hak, baru.dibuat_oleh.username) == (camat, wonoasih, "lihat", "admin-probolinggo")
    punya_operator = TokenApi.objects.get(nama="punya operator")
    assert client.post(reverse("token_api:cabut", args=[punya_operator.pk]))["Location"] == url
    assert TokenApi.objects.get(pk=punya_operator.pk).dicabut_oleh.username == "admin-probolinggo"
    lain = TokenApi.objects.get(nama="punya pemda lain")
    assert client.post(reverse("token_api:cabut", args=[lain.pk])).status_code == 404
    assert login("admin-probolinggo").get(reverse("token_api:token_pemda", args=["kota-pasuruan"])).status_code == 404


def test_the_command_prints_a_new_token_once(api):
    keluar, galat = io.StringIO(), io.StringIO()
    call_command("token", user="operator-wonoasih", nama="Sinkron e-Kinerja", stdout=keluar, stderr=galat)
    rahasia = keluar.getvalue().strip()
    assert TokenApi.objects.get(nama="Sinkron e-Kinerja").hash == hashlib.sha256(rahasia.encode()).hexdigest()
    assert "ditampilkan sekali" in galat.getvalue()
    assert api(PD_WONOASIH, rahasia).status_code == 200
    call_command("token", user="inspektorat-probolinggo", pd="wonoasih", hak="lihat", stdout=io.StringIO(),
                 stderr=io.StringIO())
    assert TokenApi.objects.get(user__username="inspektorat-probolinggo").pd.slug == "wonoasih"
    with pytest.raises(CommandError, match="Akun “tidak-ada” tidak ditemukan."):
        call_command("token", user="tidak-ada")
    with pytest.raises(CommandError, match="tidak menjangkau Kecamatan Kanigaran"):
        call_command("token", user="operator-wonoasih", pd="kanigaran")
