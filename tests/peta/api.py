"""URL × role entries of the API v1 (issue 20) and of the screens of API tokens.

The walk logs in with sessions; the API reads tokens only, so every endpoint answers a session (and the anonymous)
with 401 — a page's cookie is no credential there — except its OpenAPI description and docs page, which anyone
reads; a write endpoint (POST only) answers the walk's GET with 405 before any credential is read. What each role
reaches with a token is walked in ``sakip/composite/api/tests/test_jangkauan.py`` (every read and write endpoint,
another PD's token: 404; a read-only role or a token without the write's right: 403). ``/api/v1/`` itself is
django-ninja's root, and any address under it that names no endpoint, which both answer 404.

The token screens: every account has its own (``token_saya``; revoking is POST-only); the tokens of a pemda's
accounts are its admin pemda's (and the system admin's).
"""

from __future__ import annotations

ANON = "anonim"
LOGIN = 302
USERS = [ANON, "admin", "admin-probolinggo", "inspektorat-probolinggo", "operator-wonoasih", "verifikator-wonoasih",
         "camat-wonoasih", "operator-kanigaran", "operator-purworejo", "kelurahan-sumbertaman"]


def _semua(status: int) -> dict[str, int]:
    return dict.fromkeys(USERS, status)


KINDS = {
    "api_token": _semua(401),  # an API endpoint: a bearer token only, never a session
    "api_tulis": _semua(405),  # an API write (POST only), walked with GET: django-ninja refuses the method first
    "api_publik": _semua(200),  # the OpenAPI description and its docs page
    "api_akar": _semua(404),  # django-ninja's root of the API
    "akun": {**_semua(200), ANON: LOGIN},  # a page of one's own account
    "akun_post": {**_semua(405), ANON: LOGIN},
    "token_pemda": {**_semua(403), ANON: LOGIN, "admin": 200, "admin-probolinggo": 200},
}

PETA = {
    "api:openapi-json": ([], "api_publik"),
    "api:openapi-view": ([], "api_publik"),
    "api:api-root": ([], "api_akar"),
    "api:tidak_dikenal": (["@tidak/ada"], "api_akar"),  # any other address under /api/v1/: 404 in the API's format
    "api:saya": ([], "api_token"),
    "api:pemda_daftar": ([], "api_token"),
    "api:pd_daftar": ([], "api_token"),
    "api:pd": (["slug"], "api_token"),
    "api:renstra": (["slug"], "api_token"),
    "api:iku": (["slug", "tahun"], "api_token"),
    "api:program": (["slug", "tahun"], "api_token"),
    "api:pengukuran": (["slug", "tahun", "tw"], "api_token"),
    "api:pengukuran_isi": (["slug", "tahun", "tw"], "api_tulis"),
    "api:bukti_unggah": (["slug", "tahun", "tw", "indikator"], "api_tulis"),
    "api:realisasi_tahunan": (["slug", "tahun"], "api_tulis"),
    "api:kiriman_daftar": (["slug"], "api_token"),
    "api:kiriman_kirim": (["slug"], "api_token"),  # the same address as its list (GET): a session gets 401 first
    "api:pk": (["slug", "tahun"], "api_token"),
    "api:skm_daftar": (["slug"], "api_token"),
    "api:skm": (["slug", "periode"], "api_token"),
    "api:skm_kirim": (["slug", "periode"], "api_tulis"),
    "api:lkjip": (["slug", "tahun"], "api_token"),
    "api:lkjip_cek": (["slug", "tahun"], "api_token"),
    "api:lke": (["slug", "tahun"], "api_token"),
    "api:dasbor_pd": (["slug", "tahun"], "api_token"),
    "api:dasbor_pemda": (["@kota-probolinggo", "tahun"], "api_token"),
    "token_api:token_saya": ([], "akun"),
    "token_api:cabut": (["token_api"], "akun_post"),
    "token_api:token_pemda": (["@kota-probolinggo"], "token_pemda"),
}


def tambah_ids(ids: dict) -> None:
    """A token of operator-wonoasih (its revocation is walked with GET: 405)."""
    from django.contrib.auth.models import User

    from sakip.composite.api.services import buat_token
    from sakip.core.scoping import Scope

    baru = buat_token(Scope.system(), user=User.objects.get(username="operator-wonoasih"), nama="uji peta")
    ids["token_api"] = baru.token.pk
