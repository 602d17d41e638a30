"""Security settings that protect every account: lockout, password rules, sessions, CSP, deploy check."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys

import pytest
from django.conf import settings
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.urls import reverse

pytestmark = pytest.mark.django_db


def masuk(client, password: str, alamat: str = "127.0.0.1"):
    return client.post(reverse("login"), {"username": "operator-wonoasih", "password": password}, REMOTE_ADDR=alamat)


def test_five_failures_lock_the_account_from_that_address_only(client):
    for _ in range(4):
        assert masuk(client, "salah-sandi").status_code == 200  # the form again, with its error
    assert masuk(client, "salah-sandi").status_code == 429  # the fifth failure locks
    locked = masuk(client, "sakip-demo")  # now even the right password is refused
    assert locked.status_code == 429 and "Akun terkunci sementara" in locked.content.decode()
    assert masuk(client, "sakip-demo", alamat="10.1.2.3").status_code == 302  # elsewhere the owner still gets in


def test_a_success_resets_the_count(client):
    for _ in range(4):
        masuk(client, "salah-sandi")
    assert masuk(client, "sakip-demo").status_code == 302
    client.logout()
    for _ in range(4):
        masuk(client, "salah-sandi")
    assert masuk(client, "sakip-demo").status_code == 302


def test_weak_passwords_are_refused():
    for weak in ("pendek1", "1234567890", "password123"):
        with pytest.raises(ValidationError):
            validate_password(weak)
    validate_password("Kinerja-Wonoasih-2024")


def test_sessions_end_with_the_working_day_or_the_browser():
    assert settings.SESSION_COOKIE_AGE == 8 * 3600 and settings.SESSION_EXPIRE_AT_BROWSER_CLOSE


def test_pages_carry_a_content_security_policy(client):
    header = client.get(reverse("login")).headers["Content-Security-Policy"]
    assert "script-src 'self'" in header and "frame-ancestors 'none'" in header and "object-src 'none'" in header


def test_the_production_settings_pass_the_deploy_check(tmp_path):
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "sakip.settings", "DEBUG": "0", "HTTPS": "1",
           "SECRET_KEY": secrets.token_urlsafe(64), "ALLOWED_HOSTS": "sakip.probolinggokota.go.id",
           "SAKIP_VAR_DIR": str(tmp_path)}
    env.pop("DATABASE_URL", None)
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set by the Playwright tests of this run, never in deployment
    run = subprocess.run([sys.executable, "-m", "django", "check", "--deploy", "--fail-level", "WARNING"],
                         env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "no issues" in run.stdout


def test_public_pages_are_rate_limited_per_address(client, settings):
    settings.BATAS_PUBLIK = "5/m"
    url = reverse("survey:isi", args=["wonoasih-sumber-taman"])
    answers = [client.get(url, REMOTE_ADDR="10.1.1.1").status_code for _ in range(6)]
    assert answers == [200] * 5 + [429]
    assert "Terlalu banyak permintaan" in client.get(url, REMOTE_ADDR="10.1.1.1").content.decode()
    assert client.get(url, REMOTE_ADDR="10.1.1.2").status_code == 200  # another address has its own count


def test_public_submissions_have_their_own_lower_limit(client, settings):
    settings.BATAS_PUBLIK_KIRIM = "2/m"
    url = reverse("survey:isi", args=["wonoasih-sumber-taman"])
    answers = [client.post(url, {}, REMOTE_ADDR="10.1.1.3").status_code for _ in range(3)]
    assert answers[:2] != [429, 429] and answers[2] == 429  # the empty form is refused (400), then limited
    assert client.get(url, REMOTE_ADDR="10.1.1.3").status_code == 200  # reading stays open
