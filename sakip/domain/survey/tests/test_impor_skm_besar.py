"""The "Hasil Olah Data SKM" import (issue 17): every broken file with its message, honest rows, history rows,
and a large import that leaves the site answering."""

from __future__ import annotations

import copy
import io
import sqlite3
import threading
import time

import pytest
from django.contrib.auth.models import User
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection, connections
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from openpyxl import Workbook

from sakip.core.scoping import Scope
from sakip.domain.survey import forms
from sakip.domain.survey.impor import impor_respons
from sakip.domain.survey.models import PeriodeSurvei, Respons, UnitLayanan
from tests.helpers import ANSWERS

pytestmark = pytest.mark.django_db

HEADER = ["Kecamatan", "Nomor Responden", "Nama", "Umur", "Kelompok Umur", "Jenis Kelamin", "Pendidikan Terakhir",
          "Pekerjaan Utama", "Jenis Pelayanan yg Diminta", *[f"A{i}" for i in range(1, 10)]]
#          A            B   C          D   E  F    G       H             I       J..R: A1..A9
GOOD = [["WONOASIH", 81, "Responden A", 41, 4, "L", "SLTP", "WIRASWASTA", "USAH", 4, 4, 3, 4, 4, 4, 3, 4, 2],
        ["WONOASIH", 82, "Responden B", 38, 3, "P", "SLTA", "WIRASWASTA", "USAH", 3, 4, 3, 4, 4, 3, 3, 4, 3],
        ["WONOASIH", 83, "Responden C", 24, 2, "P", "SMA", "ASUKAN", "USAH", 3, 3, 1, 4, 3, 3, 4, 4, 4]]
# The sums and figures under the seed's table: no number, no profile (seed 002, "Hasil Olah Data SKM").
SUMS = [[None] * 9 + [10, 11, 7, 12, 11, 10, 10, 12, 9], [None] * 9 + [3] * 9, ["JUMLAH"], [None] * 9 + [34.1]]


def xlsx(rows, header=HEADER, sums=SUMS) -> bytes:
    """Title row 1, header row 2, respondents from row 3, then ``sums``."""
    wb = Workbook()
    ws = wb.active
    ws.append(["DATA SURVEY KEPUASAN MASYARAKAT 2024"])
    ws.append(header)
    for row in [*rows, *sums]:
        ws.append(row)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def with_cell(row: int, col: int, value) -> list[list]:
    """GOOD with respondent ``row`` (0-based) column ``col`` (0-based) set to ``value``."""
    rows = copy.deepcopy(GOOD)
    rows[row][col] = value
    return rows


def unit() -> UnitLayanan:
    return UnitLayanan.objects.get(slug="wonoasih-pakistaji")


def period() -> PeriodeSurvei:
    today = timezone.localdate()
    return PeriodeSurvei.objects.get(pd__slug="wonoasih", mulai__lte=today, selesai__gte=today)


def impor(isi: bytes, simpan: bool = True):
    return impor_respons(Scope.system(), unit=unit(), kode_periode=period().kode, isi=isi, simpan=simpan)


def imported() -> list[Respons]:
    return list(Respons.objects.filter(unit=unit(), kanal=Respons.Kanal.IMPOR).order_by("id"))


LONG = "Laki-laki menurut KTP tetapi ditulis panjang sekali di sel ini"  # 62 characters: quoted up to 40

BROKEN = [
    pytest.param(with_cell(0, 1, "R-001"), ["Baris 3, kolom B: Nomor responden “R-001” harus bilangan bulat 1 atau lebih."],
                 id="nomor-bukan-angka"),
    pytest.param(with_cell(1, 1, 1.5), ["Baris 4, kolom B: Nomor responden “1.5” harus bilangan bulat 1 atau lebih."],
                 id="nomor-pecahan"),
    pytest.param(with_cell(1, 1, None), ["Baris 4, kolom B: Nomor responden kosong."], id="nomor-kosong"),
    pytest.param(with_cell(2, 1, 81), ["Baris 5, kolom B: Nomor responden 81 sudah dipakai di baris 3; "
                                       "setiap responden bernomor sendiri."], id="nomor-ganda"),
    pytest.param(with_cell(0, 5, "X"), ["Baris 3, kolom F: Jenis kelamin “X” harus L (laki-laki, pria) atau P "
                                        "(perempuan, wanita)."], id="jenis-kelamin"),
    pytest.param(with_cell(0, 5, LONG), ["Baris 3, kolom F: Jenis kelamin “Laki-laki menurut KTP tetapi ditulis pan…” "
                                         "harus L (laki-laki, pria) atau P (perempuan, wanita)."], id="nilai-panjang"),
    pytest.param(with_cell(0, 4, 4.5), ["Baris 3, kolom E: Kelompok umur “4.5” harus 1–5."], id="umur-pecahan"),
    pytest.param(with_cell(2, 7, None), ["Baris 5, kolom H: Pekerjaan utama kosong."], id="pekerjaan-kosong"),
    pytest.param(with_cell(1, 17, "4,5"), ["Baris 4, kolom R: Jawaban pertanyaan 9 “4,5” harus 1–4."], id="jawaban"),
    pytest.param([GOOD[0], ["", "", "", "", "", "", "", "", "", 3, 3, 3, 3, 3, 3, 3, 3, 3], GOOD[2]],
                 ["Baris 4, kolom E: Baris berisi jawaban tetapi tanpa profil responden (kelompok umur, jenis kelamin, "
                  "pendidikan, pekerjaan); isi profilnya atau hapus barisnya."], id="tanpa-profil-di-tengah"),
]


@pytest.mark.parametrize(("rows", "expected"), BROKEN)
def test_each_broken_sheet_names_row_column_and_value_and_stores_nothing(rows, expected):
    before = Respons.objects.count()
    hasil = impor(xlsx(rows))
    messages = [str(k) for k in hasil.kesalahan]
    assert messages == expected
    assert not hasil.disimpan and Respons.objects.count() == before


def test_two_columns_with_one_header_name_both_letters():
    header = [*HEADER, "A1"]  # column S
    hasil = impor(xlsx([[*row, 1] for row in GOOD], header=header))
    assert [str(k) for k in hasil.kesalahan] == [
        "Baris 2, kolom S: Kolom A1/U1 ada di lebih dari satu kolom (J dan S); hapus atau ganti judul salah satunya."]
    assert not hasil.disimpan and not imported()


def test_a_missing_column_is_named_without_a_none():
    hasil = impor(xlsx([row[:-1] for row in GOOD], header=HEADER[:-1]))
    assert [str(k) for k in hasil.kesalahan] == [
        "Kolom tidak ditemukan di baris judul (lembar “Sheet”, baris 2): A9."]


def test_no_message_of_any_broken_sheet_says_none():
    sheets = [xlsx(p.values[0]) for p in BROKEN]
    sheets += [xlsx([row[:-1] for row in GOOD], header=HEADER[:-1]), xlsx([], sums=[]), b"bukan xlsx"]
    for isi in sheets:
        for k in impor(isi).kesalahan:
            assert "None" not in str(k), str(k)


def test_jenis_kelamin_is_read_as_written():
    words = ["L", "laki-laki", "Laki", "PRIA", "Pria", "p", "Perempuan", "WANITA"]
    rows = [[*GOOD[0][:1], 100 + i, *GOOD[0][2:5], word, *GOOD[0][6:]] for i, word in enumerate(words)]
    hasil = impor(xlsx(rows))
    assert hasil.disimpan and hasil.jumlah == 8
    assert [r.jenis_kelamin for r in imported()] == ["L", "L", "L", "L", "L", "P", "P", "P"]


def test_the_sums_under_the_table_are_not_read_and_the_result_says_which_rows():
    hasil = impor(xlsx(GOOD))
    # Respondents in rows 3–5; under them rows 6–7 (sums), 8 ("JUMLAH" in column A only: not a data column), 9.
    assert hasil.disimpan and hasil.jumlah == 3 and not hasil.kesalahan
    assert hasil.catatan == ("Baris 6–7 tidak dibaca: di bawah tabel, tanpa profil responden (jumlah, NRR, IKM).",
                             "Baris 9 tidak dibaca: di bawah tabel, tanpa profil responden (jumlah, NRR, IKM).")
    assert [(r.usia, r.jenis_kelamin, r.pendidikan, r.pekerjaan) for r in imported()] == [
        ("40-49", "L", "sltp", "wiraswasta"), ("30-39", "P", "slta", "wiraswasta"), ("20-29", "P", "slta", "lainnya")]


def test_numbered_rows_without_anything_else_are_named_as_not_read():
    hasil = impor(xlsx([*GOOD, ["", 84], ["", 85]], sums=[]))
    assert hasil.disimpan and hasil.jumlah == 3
    assert hasil.catatan == ("Baris 6–7 tidak dibaca: hanya berisi nomor, tanpa profil dan jawaban.",)


def test_the_table_is_found_on_a_later_sheet():
    wb = Workbook()
    wb.active.append(["Rekap", "tanpa tabel responden"])
    ws = wb.create_sheet("Olah Data")
    ws.append(HEADER)
    for row in GOOD:
        ws.append(row)
    out = io.BytesIO()
    wb.save(out)
    hasil = impor(out.getvalue())
    assert hasil.disimpan and hasil.jumlah == 3


def test_many_errors_are_counted_and_the_first_listed():
    rows = [[*GOOD[0][:1], 100 + i, *GOOD[0][2:9], 7, *GOOD[0][10:]] for i in range(250)]  # A1 = 7 in every row
    hasil = impor(xlsx(rows, sums=[]))
    assert hasil.jumlah_kesalahan == 250 and len(hasil.kesalahan) == 201
    assert str(hasil.kesalahan[0]) == "Baris 3, kolom J: Jawaban pertanyaan 1 “7” harus 1–4."
    assert str(hasil.kesalahan[-1]) == ("… dan 50 kesalahan lain (tidak ditampilkan): perbaiki yang di atas, "
                                        "lalu periksa lagi.")


def test_the_command_writes_one_history_row_per_answer_without_a_user(tmp_path):
    path = tmp_path / "olah.xlsx"
    path.write_bytes(xlsx(GOOD))
    out = io.StringIO()
    call_command("import", "skm", str(path), unit="wonoasih-pakistaji", period=period().kode, stdout=out)
    assert out.getvalue().splitlines() == [
        "Baris 6–7 tidak dibaca: di bawah tabel, tanpa profil responden (jumlah, NRR, IKM).",
        "Baris 9 tidak dibaca: di bawah tabel, tanpa profil responden (jumlah, NRR, IKM).",
        "3 kuesioner disimpan."]
    rows = imported()
    history = list(Respons.history.filter(id__in=[r.pk for r in rows]).order_by("id"))
    assert [(h.id, h.history_type, h.history_user_id, h.alamat_ip) for h in history] == [
        (r.pk, "+", None, None) for r in rows]
    assert [(h.u1, h.u9, h.jenis_kelamin, h.pd_id, h.pemda_id, h.kanal) for h in history] == [
        (r.u1, r.u9, r.jenis_kelamin, r.pd_id, r.pemda_id, "impor") for r in rows]


def test_an_upload_on_the_page_records_the_operator_and_address(login):
    client = login("operator-wonoasih")
    url = reverse("survey:entri", args=["wonoasih", period().kode])
    berkas = io.BytesIO(xlsx(GOOD))
    berkas.name = "olah.xlsx"
    response = client.post(url, {"unit": unit().pk, "simpan": "1", "berkas": berkas}, REMOTE_ADDR="10.1.2.3")
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    assert "3 kuesioner dari berkas disimpan untuk" in page and "Baris 6–7 tidak dibaca" in page
    operator = User.objects.get(username="operator-wonoasih")
    history = Respons.history.filter(id__in=[r.pk for r in imported()])
    assert {(h.history_type, h.history_user_id, h.alamat_ip) for h in history} == {("+", operator.pk, "10.1.2.3")}
    assert history.count() == 3


def test_the_preview_shows_what_it_will_not_read(login):
    client = login("operator-wonoasih")
    url = reverse("survey:entri", args=["wonoasih", period().kode])
    berkas = io.BytesIO(xlsx(GOOD))
    berkas.name = "olah.xlsx"
    page = client.post(url, {"unit": unit().pk, "berkas": berkas}).content.decode()
    assert "3 kuesioner terbaca tanpa kesalahan" in page and "Baris 9 tidak dibaca" in page
    assert not imported()


# --- a large import leaves the site answering --------------------------------------------------------------

N_BESAR = 5000


def _lembar_besar() -> bytes:
    rows = [["WONOASIH", i, f"RESPONDEN {i}", 30, 1 + i % 5, "LP"[i % 2], "SLTA", "SWASTA", "USAH",
             *[2 + (i + k) % 3 for k in range(9)]] for i in range(1, N_BESAR + 1)]
    return xlsx(rows)


def _di_utas(fn, hasil: dict, key: str) -> threading.Thread:
    """``fn`` in a thread of its own, on its own database connection; its result or error in ``hasil[key]``."""
    def run():
        try:
            hasil[key] = fn()
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            hasil[key] = exc
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    return thread


def _basis_berkas(path) -> dict:
    """Settings of a SQLite file database at ``path`` holding the demo, for connections opened by threads.

    The test database of a SQLite run lives in memory, shared by the threads of this process through one
    cache, where a writer makes the others fail at once ("database table is locked") instead of waiting:
    not the database sakip runs on. So the threads get a file database with sakip's own SQLite settings
    (WAL, ``BEGIN IMMEDIATE``, a busy timeout): a copy of the test database (its SQL dump), or in a
    PostgreSQL run a new one, migrated and given the demo by a thread on it (see the test).
    """
    db = dict(connections.settings["default"])
    if connection.vendor == "sqlite":
        # SQLite's backup waits forever on a database its own connection is writing (the test's transaction);
        # a dump of it through that connection does not.
        connection.ensure_connection()
        target = sqlite3.connect(path)
        target.executescript("\n".join(connection.connection.iterdump()))
        target.close()
    else:
        db.update(ENGINE="django.db.backends.sqlite3", OPTIONS={
            "transaction_mode": "IMMEDIATE", "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"})
    db["NAME"] = str(path)
    return db


def _muat_demo() -> None:
    from sakip.composite.demo.services import load_demo

    call_command("migrate", verbosity=0)
    load_demo()


def test_a_large_import_leaves_logins_and_public_answers_working(tmp_path):
    """While a 5.000-row import holds its write transaction, another connection logs in and posts a public
    answer: both wait for the transaction and succeed, and the import stores every row with its history."""
    isi = _lembar_besar()
    u, kode = unit(), period().kode
    publik = UnitLayanan.objects.get(slug="wonoasih-sumber-taman")
    salinan = connection.vendor == "sqlite"
    original = connections.settings["default"]
    connections.settings["default"] = _basis_berkas(tmp_path / "sakip.sqlite3")
    ContentType.objects.clear_cache()  # a new database may number the content types differently
    terkunci, dimulai = threading.Event(), threading.Event()
    waktu: dict[str, float] = {}
    hasil: dict = {}

    def tahan(execute, sql, params, many, context):
        """Once the import's transaction has begun (SQLite: the write lock is held), let the other
        connection start its requests, and keep the lock a moment so that they meet it."""
        result = execute(sql, params, many, context)
        if sql.startswith("BEGIN") and not terkunci.is_set():
            terkunci.set()
            dimulai.wait(timeout=60)
            time.sleep(0.5)
        elif connection.in_atomic_block:
            waktu["terakhir"] = time.perf_counter()  # the transaction's last statement ends before its COMMIT
        return result

    def impor_besar():
        with connection.execute_wrapper(tahan):
            return impor_respons(Scope.system(), unit=u, kode_periode=kode, isi=isi, simpan=True)

    def pengunjung():
        assert terkunci.wait(timeout=300)
        waktu["mulai"] = time.perf_counter()
        dimulai.set()
        client = Client()
        login = client.post(reverse("login"), {"username": "operator-wonoasih", "password": "sakip-demo"})
        waktu["login"] = time.perf_counter()
        jawaban = Client().post(reverse("survey:isi", kwargs={"unit": publik.slug}),
                                {**ANSWERS, "token": forms.buat_token(publik)})
        return login.status_code, "_auth_user_id" in client.session, jawaban.status_code

    def hitung():
        return (Respons.objects.filter(unit=u, kanal=Respons.Kanal.IMPOR).count(),
                Respons.history.filter(unit_id=u.pk, kanal=Respons.Kanal.IMPOR).count(),
                Respons.objects.filter(unit=publik, kanal=Respons.Kanal.WEB).count())

    sebelum: dict = {}
    sesudah: dict = {}
    try:
        if not salinan:
            _di_utas(_muat_demo, hasil, "demo").join()
        _di_utas(hitung, sebelum, "n").join()
        threads = [_di_utas(impor_besar, hasil, "impor"), _di_utas(pengunjung, hasil, "pengunjung")]
        for thread in threads:
            thread.join(timeout=600)
        _di_utas(hitung, sesudah, "n").join()
    finally:
        connections.settings["default"] = original
        ContentType.objects.clear_cache()

    for key in ("demo", "impor", "pengunjung"):
        assert not isinstance(hasil.get(key), BaseException), hasil[key]
    assert hasil["impor"].disimpan and hasil["impor"].jumlah == N_BESAR
    assert hasil["pengunjung"] == (302, True, 302)  # logged in; the answer accepted
    # The requests started while the import's transaction was open, and the login ended after that
    # transaction's last statement: it waited for the write lock instead of failing with "database is locked".
    assert waktu["mulai"] < waktu["terakhir"] < waktu["login"]
    n0, h0, w0 = sebelum["n"]
    assert sesudah["n"] == (n0 + N_BESAR, h0 + N_BESAR, w0 + 1)
