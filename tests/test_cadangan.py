"""Backup and restore: everything comes back (rows, uploaded files, the documents built from them, timestamps
to the microsecond, the users' sessions); a damaged, inconsistent or empty archive is refused with its message
before anything is touched, the data intact; the site is read-only while a restore runs."""

from __future__ import annotations

import datetime
import gzip
import io
import json
import os
import re
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from django.apps import apps
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from django.db.models import signals
from django.test import Client
from django.urls import reverse

from sakip.core.cadangan import berkas_pemeliharaan
from sakip.core.scoping import Scope
from tests.helpers import ANSWERS

pytestmark = pytest.mark.django_db(transaction=False)

UNIT = "wonoasih-sumber-taman"  # a public SKM form of the demo
PESAN_PEMELIHARAAN = "Sakip sedang dipulihkan dari cadangan; coba lagi beberapa menit lagi."


@pytest.fixture(autouse=True)
def _folder_sendiri(settings, tmp_path):
    """Every test has its own var folder: the restore's flag and the media never reach the real ones."""
    settings.VAR_DIR = tmp_path / "var"
    settings.MEDIA_ROOT = tmp_path / "var" / "media"


@pytest.fixture(scope="module")
def asli(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo's backup, read once: its bytes, its manifest and its data.json items."""
    from django.test.utils import override_settings

    folder = tmp_path_factory.mktemp("asli")
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=folder / "media"):
        call_command("backup", out=str(folder / "asli.tar.gz"), stdout=io.StringIO())
    raw = (folder / "asli.tar.gz").read_bytes()
    with tarfile.open(fileobj=io.BytesIO(raw), mode="r:gz") as tar:
        manifest = json.loads(tar.extractfile("manifest.json").read())
        data = json.loads(tar.extractfile("data.json").read())
    return {"raw": raw, "manifest": manifest, "data": data}


def _jumlah() -> dict[str, int]:
    """Rows of every table (sessions and Django's own included): what "the data intact" compares."""
    return {m._meta.label: m._base_manager.count() for m in apps.get_models()}


def _tar(anggota: list) -> bytes:
    """A .tar.gz of ``anggota``: (name, bytes) pairs, or TarInfo for links and devices."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as tar:
        for item in anggota:
            if isinstance(item, tarfile.TarInfo):
                tar.addfile(item)
                continue
            name, data = item
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def _arsip(asli, *, manifest=None, data=None, tanpa=(), tambahan=()) -> bytes:
    """The demo's archive with its manifest or data replaced (objects, or bytes as they are), members left
    out or added."""
    isi = {"manifest.json": asli["manifest"] if manifest is None else manifest,
           "data.json": asli["data"] if data is None else data}
    anggota = [(name, value if isinstance(value, bytes) else json.dumps(value).encode())
               for name, value in isi.items() if name not in tanpa]
    return _tar(anggota + list(tambahan))


def _media(manifest: dict, berkas: int = 1) -> dict:
    return {**manifest, "berkas": berkas}


def _khusus(name: str, jenis: bytes, linkname: str = "") -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.type, info.linkname = jenis, linkname
    info.devmajor, info.devminor = 1, 3
    return info


def _tanpa_model(asli, label: str) -> dict:
    return {"data": [i for i in asli["data"] if i["model"] != label],
            "manifest": {**asli["manifest"], "baris": {k: v for k, v in asli["manifest"]["baris"].items()
                                                       if k != label}}}


def _ganti(asli, nomor: int, item) -> list:
    data = list(asli["data"])
    data[nomor - 1] = item
    return data


def _pertama(asli, label: str) -> int:
    """The number (from 1) in data.json of the first row of ``label``."""
    return next(n for n, item in enumerate(asli["data"], 1) if item["model"] == label)


def _dengan_field(asli, label: str, **fields) -> list:
    nomor = _pertama(asli, label)
    item = asli["data"][nomor - 1]
    return _ganti(asli, nomor, {**item, "fields": {**item["fields"], **fields}})


def _target_berlebih(asli) -> dict:
    baris = dict(asli["manifest"]["baris"])
    baris["planning.target"] += 1
    return {**asli["manifest"], "baris": baris}


def _crc_rusak(raw: bytes) -> bytes:
    # The gzip trailer: CRC-32 (4 bytes) then the length (4 bytes); one bit of the CRC flipped.
    return raw[:-8] + bytes([raw[-8] ^ 1]) + raw[-7:]


# (archive from the demo's backup, the message expected). Each is refused with --paksa; nothing changes.
RUSAK = {
    "bukan gzip": (lambda a: b"bukan tar sama sekali", "bukan berkas cadangan sakip (.tar.gz): bukan berkas gzip."),
    "gzip terpotong": (lambda a: a["raw"][: len(a["raw"]) // 2], "terpotong atau rusak"),
    "checksum gzip salah": (lambda a: _crc_rusak(a["raw"]), "terpotong atau rusak: CRC check failed"),
    "gzip tanpa tar": (lambda a: gzip.compress(b"x" * 2000), "isi gzip-nya bukan arsip tar"),
    "tanpa manifest": (lambda a: _arsip(a, tanpa=["manifest.json"]), "tidak berisi manifest.json"),
    "tanpa data": (lambda a: _arsip(a, tanpa=["data.json"]), "tidak berisi data.json"),
    "manifest ganda": (lambda a: _arsip(a, tambahan=[("manifest.json", b"{}")]),
                       "Isi cadangan “manifest.json” muncul dua kali."),
    "manifest bukan JSON": (lambda a: _arsip(a, manifest=b'{"format": 1,'),
                            "manifest.json bukan JSON yang sah (baris 1, kolom 14: Expecting property name"),
    "manifest bukan objek": (lambda a: _arsip(a, manifest=[]), "manifest.json harus berupa objek JSON ({…})."),
    "format asing": (lambda a: _arsip(a, manifest={**a["manifest"], "format": 2}),
                     "Format cadangan “2” tidak dikenal; versi sakip ini membaca format 1."),
    "baris manifest bukan angka": (lambda a: _arsip(a, manifest={**a["manifest"], "baris": {"auth.user": "10"}}),
                                   "manifest.json: “baris” harus berupa objek nama model → jumlah baris."),
    "data bukan JSON": (lambda a: _arsip(a, data=b'[{"model": '), "data.json bukan JSON yang sah (baris 1, kolom 12"),
    "data bukan UTF-8": (lambda a: _arsip(a, data=b'["\xff"]'), "data.json bukan teks UTF-8."),
    "data bukan daftar": (lambda a: _arsip(a, data={}), "data.json harus berupa daftar JSON ([…])."),
    "butir tanpa fields": (lambda a: _arsip(a, data=_ganti(a, 5, {"model": a["data"][4]["model"], "pk": 1})),
                           "data.json butir ke-5: harus berupa objek dengan “model” dan “fields”."),
    "model asing": (lambda a: _arsip(a, data=_ganti(a, 1, {**a["data"][0], "model": "planning.tidakada"})),
                    "data.json butir ke-1: model “planning.tidakada” tidak dikenal oleh versi sakip ini."),
    "jumlah baris beda": (lambda a: _arsip(a, manifest=_target_berlebih(a)),
                          "Jumlah baris “planning.target” tidak cocok: manifest.json menyebut {target_plus_1}, "
                          "data.json berisi {target}."),
    "isi tak dikenal": (lambda a: _arsip(a, tambahan=[("catatan.txt", b"x")]),
                        "Isi cadangan tidak dikenal: “catatan.txt”."),
    "media jalur mutlak": (lambda a: _arsip(a, manifest=_media(a["manifest"]), tambahan=[("/etc/passwd", b"x")]),
                           "Isi cadangan tidak aman: “/etc/passwd” (jalur keluar dari folder)."),
    "media naik folder": (lambda a: _arsip(a, manifest=_media(a["manifest"]),
                                           tambahan=[("media/../../etc/passwd", b"x")]),
                          "Isi cadangan tidak aman: “media/../../etc/passwd” (jalur keluar dari folder)."),
    "media tautan": (lambda a: _arsip(a, manifest=_media(a["manifest"]),
                                      tambahan=[_khusus("media/x.pdf", tarfile.SYMTYPE, "/etc/passwd")]),
                     "Isi cadangan tidak aman: “media/x.pdf” bukan berkas biasa (tautan atau perangkat)."),
    "media perangkat": (lambda a: _arsip(a, manifest=_media(a["manifest"]),
                                         tambahan=[_khusus("media/null", tarfile.CHRTYPE)]),
                        "Isi cadangan tidak aman: “media/null” bukan berkas biasa (tautan atau perangkat)."),
    "jumlah berkas beda": (lambda a: _arsip(a, manifest=_media(a["manifest"], 2), tambahan=[("media/a.pdf", b"%")]),
                           "Jumlah berkas media tidak cocok: manifest.json menyebut 2, arsip berisi 1."),
    "data kosong": (lambda a: _arsip(a, data=[]),
                    "Cadangan kosong: data.json tidak berisi satu baris pun; basis data tidak diubah."),
    "tanpa pengguna": (lambda a: _arsip(a, **_tanpa_model(a, "auth.user")),
                       "Cadangan kosong: tidak berisi satu pengguna pun; basis data tidak diubah."),
    "tanpa pemda": (lambda a: _arsip(a, **_tanpa_model(a, "organisation.pemda")),
                    "Cadangan kosong: tidak berisi satu pemda pun; basis data tidak diubah."),
    # These two pass the checks: the load finds them, and its transaction puts everything back.
    "kunci asing ke baris yang tidak ada": (
        lambda a: _arsip(a, data=_dengan_field(a, "planning.target", indikator=99999999)),
        ("Cadangan tidak konsisten: ", "planning_target", "99999999", " Basis data tidak diubah.")),
    "tanggal rusak": (lambda a: _arsip(a, data=_dengan_field(a, "survey.periodesurvei", mulai="31-31-2024")),
                      "Cadangan tidak konsisten (data.json butir ke-{periode}): "),
}


@pytest.mark.parametrize("kasus", list(RUSAK))
def test_a_damaged_backup_is_refused_with_its_message_and_nothing_changes(asli, tmp_path, settings, kasus):
    buat, pesan = RUSAK[kasus]
    angka = {"target": asli["manifest"]["baris"]["planning.target"],
             "target_plus_1": asli["manifest"]["baris"]["planning.target"] + 1,
             "periode": _pertama(asli, "survey.periodesurvei")}
    pesan = [p for p in ([pesan] if isinstance(pesan, str) else pesan)]
    for name, value in angka.items():
        pesan = [p.replace(f"{{{name}}}", str(value)) for p in pesan]
    arsip = tmp_path / "rusak.tar.gz"
    arsip.write_bytes(buat(asli))
    before = _jumlah()
    with pytest.raises(CommandError) as refused:
        call_command("restore", str(arsip), paksa=True, stdout=io.StringIO())
    assert str(refused.value).startswith("Pemulihan dibatalkan: ")
    assert all(p in str(refused.value) for p in pesan), str(refused.value)
    assert _jumlah() == before
    var = Path(settings.VAR_DIR)
    assert sorted(p.name for p in var.iterdir()) == []  # no flag, no staging folder, no media left behind


def test_the_demo_backup_itself_passes_the_same_checks(asli, tmp_path):
    """The cases above differ from a good archive by one thing each: the unchanged one restores."""
    arsip = tmp_path / "utuh.tar.gz"
    arsip.write_bytes(_arsip(asli))
    out = io.StringIO()
    call_command("restore", str(arsip), paksa=True, stdout=out)
    assert out.getvalue().startswith(f"Cadangan {asli['manifest']['dibuat']} dipulihkan: "
                                     f"{sum(asli['manifest']['baris'].values())} baris, 0 berkas.")


def test_the_command_line_ends_with_the_message_and_status_1_never_a_traceback(tmp_path):
    arsip = tmp_path / "terpotong.tar.gz"
    arsip.write_bytes(b"\x1f\x8b\x08\x00")  # the start of a gzip, nothing more
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(SAKIP_VAR_DIR=str(tmp_path / "var"), SQLITE_PATH=str(tmp_path / "kosong.sqlite3"))
    done = subprocess.run([str(Path(sys.executable).parent / "sakip"), "restore", str(arsip)], env=env,
                          capture_output=True, text=True, check=False)
    assert done.returncode == 1
    assert done.stderr.startswith(f"CommandError: Pemulihan dibatalkan: “{arsip}” terpotong atau rusak: ")
    assert "Traceback" not in done.stderr and done.stdout == ""
    assert not (tmp_path / "var" / "pemeliharaan").exists()


def test_backup_and_restore_round_trip(settings, tmp_path):
    from sakip.domain.measurement.models import BuktiDukung
    from sakip.domain.planning.models import Indikator
    from sakip.domain.reporting.dokumen import build_lkjip

    ind = Indikator.objects.filter(pd__slug="wonoasih", sasaran__isnull=False).first()
    bukti = BuktiDukung(indikator=ind, tahun=2024, triwulan=4, keterangan="uji")
    bukti.berkas.save("surat.pdf", ContentFile(b"%PDF-1.4 bukti"), save=False)
    bukti.save()
    before = _jumlah()
    lkjip_before = build_lkjip(Scope.system(), "wonoasih", 2024).as_json()
    backup = tmp_path / "cadangan.tar.gz"
    call_command("backup", out=str(backup), stdout=io.StringIO())

    (Path(settings.MEDIA_ROOT) / bukti.berkas.name).unlink()
    BuktiDukung.objects.all().delete()
    with pytest.raises(CommandError, match="tidak kosong"):
        call_command("restore", str(backup), stdout=io.StringIO())
    call_command("restore", str(backup), paksa=True, stdout=io.StringIO())

    after = _jumlah()
    assert {k: v for k, v in after.items() if v != before[k]} == {}
    assert build_lkjip(Scope.system(), "wonoasih", 2024).as_json() == lkjip_before
    restored = BuktiDukung.objects.get()
    assert restored.berkas.read() == b"%PDF-1.4 bukti"
    # A backup of the restored installation is the same, byte for byte.
    again = tmp_path / "lagi.tar.gz"
    call_command("backup", out=str(again), stdout=io.StringIO())
    with tarfile.open(backup) as first, tarfile.open(again) as second:
        assert first.extractfile("data.json").read() == second.extractfile("data.json").read()
        assert first.getnames() == second.getnames()
    assert sorted(p.name for p in Path(settings.VAR_DIR).iterdir()) == ["media"]  # flag and staging gone


def test_timestamps_keep_their_microseconds(tmp_path):
    from sakip.domain.survey.models import Respons

    waktu = datetime.datetime(2024, 7, 1, 8, 30, 15, 123456, tzinfo=datetime.UTC)
    respons = Respons.objects.filter(pd__slug="wonoasih").order_by("pk").first()
    Respons.objects.filter(pk=respons.pk).update(dibuat=waktu)
    backup = tmp_path / "cadangan.tar.gz"
    call_command("backup", out=str(backup), stdout=io.StringIO())
    Respons.objects.filter(pk=respons.pk).update(dibuat=waktu.replace(microsecond=0))
    call_command("restore", str(backup), paksa=True, stdout=io.StringIO())
    assert Respons.objects.get(pk=respons.pk).dibuat == waktu
    with tarfile.open(backup) as tar:
        assert '"dibuat": "2024-07-01T08:30:15.123456+00:00"' in tar.extractfile("data.json").read().decode()


def test_a_restore_keeps_users_logged_in_unless_their_password_changed(tmp_path, login):
    from django.contrib.auth import get_user_model

    operator = login("operator-wonoasih")
    camat = Client()
    backup = tmp_path / "cadangan.tar.gz"
    call_command("backup", out=str(backup), stdout=io.StringIO())
    user = get_user_model().objects.get(username="camat-wonoasih")
    user.set_password("sandi-baru-yang-panjang")  # after the backup: the restore puts the old one back
    user.save()
    camat.force_login(user)
    inbox = reverse("workflow:kotak_masuk")
    assert operator.get(inbox).status_code == 200 and camat.get(inbox).status_code == 200

    call_command("restore", str(backup), paksa=True, stdout=io.StringIO())
    assert operator.get(inbox).status_code == 200
    assert camat.get(inbox)["Location"].startswith(reverse("login"))


def test_the_site_is_read_only_while_a_restore_runs(tmp_path):
    """A public SKM answer sent in the middle of a restore is refused (503, the page says why), never taken;
    pages still answer."""
    from sakip.domain.organisation.models import Pemda

    backup = tmp_path / "cadangan.tar.gz"
    call_command("backup", out=str(backup), stdout=io.StringIO())
    seen: list = []

    def in_the_middle(sender, raw, **kwargs):
        if not seen:  # the first pemda the restore writes
            client = Client()
            seen.append((berkas_pemeliharaan().exists(), client.post(reverse("survey:isi", args=[UNIT]), ANSWERS),
                         client.get(reverse("login")).status_code))

    signals.pre_save.connect(in_the_middle, sender=Pemda)
    try:
        call_command("restore", str(backup), paksa=True, stdout=io.StringIO())
    finally:
        signals.pre_save.disconnect(in_the_middle, sender=Pemda)
    flag, answer, page = seen[0]
    assert flag and answer.status_code == 503 and page == 200
    assert PESAN_PEMELIHARAAN in answer.content.decode()
    assert not berkas_pemeliharaan().exists()


def test_the_maintenance_page_refuses_writes_and_lets_pages_answer(client):
    from sakip.domain.survey import forms
    from sakip.domain.survey.models import Respons, UnitLayanan

    url = reverse("survey:isi", args=[UNIT])
    answer = {**ANSWERS, "token": forms.buat_token(UnitLayanan.objects.get(slug=UNIT))}
    before = Respons.objects.count()
    berkas_pemeliharaan().parent.mkdir(parents=True)
    berkas_pemeliharaan().write_text("uji")
    for method in ("post", "put", "patch", "delete"):
        refused = getattr(client, method)(url, answer) if method == "post" else getattr(client, method)(url)
        assert refused.status_code == 503 and refused["Retry-After"] == "120", method
    html = refused.content.decode()
    assert "<h1>Sedang dipulihkan</h1>" in html and PESAN_PEMELIHARAAN in html
    assert client.get(url).status_code == 200 and client.head(reverse("login")).status_code == 200
    assert Respons.objects.count() == before

    berkas_pemeliharaan().unlink()
    assert client.post(url, answer).status_code == 302
    assert Respons.objects.count() == before + 1


def test_a_second_restore_at_the_same_time_is_refused(asli, tmp_path):
    arsip = tmp_path / "utuh.tar.gz"
    arsip.write_bytes(asli["raw"])
    berkas_pemeliharaan().parent.mkdir(parents=True)
    berkas_pemeliharaan().write_text("pemulihan lain")
    before = _jumlah()
    with pytest.raises(CommandError, match=re.escape(f"Pemulihan lain sedang berjalan (berkas {berkas_pemeliharaan()} "
                                                     "ada). Bila tidak ada pemulihan yang berjalan, hapus berkas itu")):
        call_command("restore", str(arsip), paksa=True, stdout=io.StringIO())
    assert _jumlah() == before
    assert berkas_pemeliharaan().read_text() == "pemulihan lain"  # the other restore's flag stays
