"""Every URL of sakip for every role: the answer each gets (allowed, 403, 404, login) and never
another PD's data. A URL added without an entry in ``PETA`` fails ``test_every_url_has_an_entry``.

Each entry names the URL's arguments (Wonoasih's rows of the demo) and its kind; a kind says what
each role gets on GET. POST-only URLs are walked with GET: the right is checked before the method,
so a user who holds it gets 405 and one who does not 403; forged POSTs of another PD are walked in
``test_another_pd_cannot_post_to_wonoasih``.
"""

from __future__ import annotations

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from sakip.domain.measurement.models import BuktiDukung
from sakip.domain.planning.models import Indikator, Sasaran
from sakip.domain.survey.models import PeriodeSurvei

pytestmark = pytest.mark.django_db

ANON = "anonim"
USERS = [ANON, "admin", "admin-probolinggo", "inspektorat-probolinggo", "operator-wonoasih", "verifikator-wonoasih",
         "camat-wonoasih", "operator-kanigaran", "operator-purworejo", "kelurahan-sumbertaman"]
LOGIN = 302  # to the login page

READERS = {"admin", "admin-probolinggo", "inspektorat-probolinggo", "operator-wonoasih", "verifikator-wonoasih",
           "camat-wonoasih"}
OTHER_PD = {"operator-kanigaran", "operator-purworejo"}  # another kecamatan of the pemda; another pemda


def _kind(default: int, **per_user: int) -> dict[str, int]:
    table = {u: default for u in USERS}
    table.update({u.replace("_", "-"): s for u, s in per_user.items()})
    return table


KINDS = {
    # public pages: everyone
    "publik": _kind(200),
    # a Wonoasih page to read: its PD, its pemda's readers; another PD 404 (no hint it exists)
    "lihat_pd": {**_kind(403), **{u: 200 for u in READERS}, **{u: 404 for u in OTHER_PD}, ANON: LOGIN},
    # a page of one's own scope that needs the right to read (inbox, activity)
    "lihat": {**_kind(200), "kelurahan-sumbertaman": 403, ANON: LOGIN},
    "lihat_alih": {**_kind(302), "kelurahan-sumbertaman": 403},  # redirects to the reader's own dashboard
    # Kota Probolinggo's dashboard: its readers; a PD of it sees its own row only; another pemda 404
    "lihat_pemda": {**_kind(200), "operator-purworejo": 404, "kelurahan-sumbertaman": 403, ANON: LOGIN},
    "lihat_post": {**_kind(405), "kelurahan-sumbertaman": 403, ANON: LOGIN},
    # a Wonoasih form to enter data: its operator (and the system admin) only
    "isi_pd": {**_kind(403), "admin": 200, "operator-wonoasih": 200, **{u: 404 for u in OTHER_PD}, ANON: LOGIN},
    "isi_pd_post": {**_kind(403), "admin": 405, "operator-wonoasih": 405, **{u: 405 for u in OTHER_PD},
                    ANON: LOGIN},
    # paper SKM entry: the PD's operator and the kelurahan operator (its own unit only)
    "skm": {**_kind(403), "admin": 200, "operator-wonoasih": 200, "kelurahan-sumbertaman": 200,
            **{u: 404 for u in OTHER_PD}, ANON: LOGIN},
    # the pemda's deadlines: admin pemda (and the system admin)
    "jadwal": {**_kind(403), "admin": 200, "admin-probolinggo": 200, ANON: LOGIN},
    "beranda": {**_kind(200), ANON: LOGIN, **{u: 302 for u in ("operator-wonoasih", "verifikator-wonoasih",
                                                                 "camat-wonoasih", *OTHER_PD)}},
    "publik_alih": _kind(302),  # the public portal's redirect to a PD's latest year
    # publishing to the portal: the PD's head (and the system admin); POST only
    "setujui_post": {**_kind(403), "admin": 405, "camat-wonoasih": 405, ANON: LOGIN},
    "masuk": _kind(200),
    "keluar": _kind(405),  # logging out is a POST
    "admin_django": {**_kind(302), "admin": 200},  # Django's admin: staff only (the system admin)
}


@pytest.fixture
def ids():
    ind = Indikator.objects.filter(pd__slug="wonoasih", sasaran__isnull=False).order_by("pk").first()
    bukti = BuktiDukung(indikator=ind, tahun=2024, triwulan=1, keterangan="uji")
    bukti.berkas.save("uji.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"), save=False)
    bukti.save()
    from sakip.composite.portal.models import Publikasi

    publikasi = Publikasi(pd=ind.pd, jenis="lkjip", tahun=2024, judul="LKjIP uji")
    publikasi.berkas.save("uji.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"), save=False)
    publikasi.save()
    ids = {
        "slug": "wonoasih", "tahun": 2024, "tw": 1, "indikator": ind.pk, "bukti": bukti.pk, "publikasi": publikasi.pk,
        "sasaran": Sasaran.objects.filter(pd__slug="wonoasih").order_by("pk").first().pk,
        "periode": PeriodeSurvei.objects.filter(pd__slug="wonoasih").order_by("mulai").first().kode,
        "unit": "wonoasih-sumber-taman",
    }
    for tambah in TAMBAH_IDS:
        tambah(ids)
    return ids


# URL name → (arguments from ``ids``, kind)
PETA = {
    "login": ([], "masuk"),
    "logout": ([], "keluar"),
    "home": ([], "beranda"),
    "admin:index": ([], "admin_django"),
    "audit:aktivitas": ([], "lihat"),
    "audit:riwayat_indikator": (["indikator"], "lihat_pd"),
    "beranda:pd": (["slug"], "lihat_pd"),
    "planning:tree": (["slug"], "lihat_pd"),
    "planning:program_add": (["slug"], "isi_pd"),
    "planning:indikator_row": (["indikator"], "lihat_pd"),
    "planning:indikator_edit": (["indikator"], "isi_pd"),
    "planning:target_edit": (["indikator", "tahun"], "isi_pd"),
    "planning:indikator_add": (["@sasaran", "sasaran"], "isi_pd"),
    "planning:sasaran_edit": (["sasaran"], "isi_pd"),
    "planning:iku": (["slug", "tahun"], "lihat_pd"),
    "planning:iku_unduh": (["slug", "tahun", "@json"], "lihat_pd"),
    "reporting:lkjip": (["slug", "tahun"], "lihat_pd"),
    "reporting:lkjip_unduh": (["slug", "tahun", "@json"], "lihat_pd"),
    "reporting:analisis": (["slug", "tahun", "indikator"], "isi_pd"),
    "profil:profil": (["slug", "tahun"], "lihat_pd"),
    "measurement:grid": (["slug", "tahun", "tw"], "lihat_pd"),
    "measurement:simpan_baris": (["slug", "tahun", "tw"], "isi_pd_post"),
    "measurement:unggah": (["slug", "tahun", "tw"], "isi_pd_post"),
    "measurement:unduh": (["slug", "tahun", "tw", "@json"], "lihat_pd"),
    "measurement:bukti": (["slug", "tahun", "tw", "indikator"], "lihat_pd"),
    "measurement:bukti_unduh": (["bukti"], "lihat_pd"),
    "measurement:bukti_hapus": (["bukti"], "isi_pd_post"),
    "agreement:pk": (["slug", "tahun"], "lihat_pd"),
    "agreement:pk_unduh": (["slug", "tahun", "@json"], "lihat_pd"),
    "survey:isi": (["unit"], "publik"),
    "survey:terima_kasih": (["unit"], "publik"),
    "survey:poster": (["unit"], "publik"),
    "survey:hasil_publik": (["unit"], "publik"),
    "survey:hasil": (["slug", "periode"], "lihat_pd"),
    "survey:entri": (["slug", "periode"], "skm"),
    "survey:jadikan_iku": (["slug", "periode"], "isi_pd_post"),
    "survey:tindak_lanjut": (["slug", "periode"], "isi_pd"),
    "workflow:aksi": (["slug", "@pengukuran", "tahun", "tw"], "lihat_post"),
    "workflow:kotak_masuk": ([], "lihat"),
    "workflow:jadwal": (["tahun"], "jadwal"),
    "dashboard:mulai": ([], "lihat_alih"),
    "dashboard:pemda": (["@kota-probolinggo", "tahun"], "lihat_pemda"),
    "dashboard:pd": (["slug", "tahun"], "lihat_pd"),
    "dashboard:indikator": (["slug", "tahun", "indikator"], "lihat_pd"),
    "portal:beranda": ([], "publik"),
    "portal:cara_membaca": ([], "publik"),
    "portal:berkas": (["publikasi"], "publik"),
    "portal:pemda": (["@kota-probolinggo"], "publik"),
    "portal:pd": (["@kota-probolinggo", "slug"], "publik_alih"),
    "portal:pd_tahun": (["@kota-probolinggo", "slug", "tahun"], "publik"),
    "portal:terbitkan_lkjip": (["slug", "tahun"], "setujui_post"),
    "portal:terbitkan_skm": (["slug", "periode"], "setujui_post"),
}


def _tambahan() -> None:
    """Entries kept beside the screens they walk: every module of ``tests/peta/`` may define ``PETA`` and
    ``KINDS`` (merged here) and ``tambah_ids(ids)`` (called by the ``ids`` fixture to add its own rows)."""
    import importlib
    import pkgutil

    import tests.peta

    for info in pkgutil.iter_modules(tests.peta.__path__):
        module = importlib.import_module(f"tests.peta.{info.name}")
        KINDS.update(getattr(module, "KINDS", {}))
        PETA.update(getattr(module, "PETA", {}))
        if hasattr(module, "tambah_ids"):
            TAMBAH_IDS.append(module.tambah_ids)


TAMBAH_IDS: list = []
_tambahan()


def url_names(patterns=None, ns=None):
    for p in patterns if patterns is not None else get_resolver().url_patterns:
        if isinstance(p, URLResolver):
            namespace = p.namespace or ns
            if namespace == "admin":
                yield "admin:index"  # Django's own admin: one entry, it guards itself (is_staff)
                continue
            yield from url_names(p.url_patterns, namespace)
        elif isinstance(p, URLPattern) and p.name:
            yield f"{ns}:{p.name}" if ns else p.name


def test_every_url_has_an_entry():
    names = set(url_names())
    assert names - set(PETA) == set(), "URL baru tanpa entri di PETA: tambahkan dengan jenis aksesnya"
    assert set(PETA) - names == set()


def url(name: str, ids: dict) -> str:
    return reverse(name, args=[a[1:] if a.startswith("@") else ids[a] for a in PETA[name][0]])


def client_for(username: str) -> Client:
    client = Client()
    if username != ANON:
        from django.contrib.auth.models import User

        client.force_login(User.objects.get(username=username))
    return client


@pytest.mark.parametrize("username", USERS)
def test_every_url_answers_each_role_as_its_kind_says(username, ids):
    client = client_for(username)
    got, want = {}, {}
    for name, (_, kind) in PETA.items():
        response = client.get(url(name, ids))
        got[name], want[name] = response.status_code, KINDS[kind][username]
        if response.status_code == LOGIN and username == ANON and kind not in ("admin_django", "lihat_alih", "publik_alih"):
            assert response["Location"].startswith("/masuk/"), name
        if username in OTHER_PD and kind != "publik" and response.status_code == 200:
            assert "Wonoasih" not in response.content.decode(), f"{name}: data Wonoasih bocor ke {username}"
    assert got == want


WRITE_URLS = [name for name, (_, kind) in PETA.items() if kind in ("isi_pd", "isi_pd_post", "skm", "lihat_post")]


@pytest.mark.parametrize("username", sorted(OTHER_PD))
def test_another_pd_cannot_post_to_wonoasih(username, ids):
    client = client_for(username)
    for name in WRITE_URLS:
        assert client.post(url(name, ids), {"aksi": "ajukan", "versi": 0}).status_code == 404, name


def test_the_kelurahan_operator_reaches_its_own_unit_only(ids):
    client = client_for("kelurahan-sumbertaman")
    html = client.get(reverse("survey:entri", args=["wonoasih", ids["periode"]])).content.decode()
    assert "Sumber Taman" in html
    assert "Kecamatan Wonoasih</option>" not in html and "Kedunggaleng" not in html
    home = client.get(reverse("home")).content.decode()
    assert "Entri kuesioner SKM" in home and "/pengukuran/" not in home
