"""The per-address limit of public SKM answers holds under concurrent submissions (issue 8).

Threads submit at once from one address, each on its own database connection as gunicorn's workers do.
The session's test database cannot host them as it is: on SQLite it lives in memory (shared-cache
connections fail with "table is locked" instead of waiting), and the demo is loaded once per session, so
``django_db(transaction=True)`` would flush it for every later test. So on SQLite the threads write to a
file copy of the test database opened with sakip's own SQLite options (WAL, busy timeout, IMMEDIATE
transactions); on PostgreSQL they write to the test database itself and their rows are deleted afterwards.
"""

from __future__ import annotations

import copy
import sqlite3
import threading

import pytest
from django.db import connection, connections

from sakip.domain.survey import services
from sakip.domain.survey.models import Respons, UnitLayanan
from tests.helpers import ANSWERS, submit

pytestmark = pytest.mark.django_db

THREADS = 12
ALAMAT = "10.17.8.1"
ALAMAT_LAIN = [f"10.17.9.{n}" for n in range(THREADS)]
BATAS = 5
KIRIMAN = 2  # per thread: 24 attempts, 5 of them stored


@pytest.fixture(scope="module")
def basis_data(django_db_setup, django_db_blocker, tmp_path_factory):
    """Settings of a connection the threads may open concurrently; afterwards, what they wrote is removed.
    The SQLite copy is taken before any test's transaction opens (a connection writing cannot be copied)."""
    settings = copy.deepcopy(connection.settings_dict)
    if connection.vendor == "sqlite":
        berkas = tmp_path_factory.mktemp("bersamaan") / "sakip.sqlite3"
        with django_db_blocker.unblock():
            connection.ensure_connection()
            target = sqlite3.connect(berkas)
            connection.connection.backup(target)
            target.close()
        settings["NAME"] = str(berkas)
        yield settings
        return
    yield settings
    with django_db_blocker.unblock():
        wrapper = _baru(settings)
        try:
            with wrapper.cursor() as cursor:
                cursor.execute("DELETE FROM survey_respons WHERE alamat_hash = ANY(%s)",
                               [[services.hash_alamat(a) for a in [ALAMAT, *ALAMAT_LAIN]]])
        finally:
            wrapper.close()


def _baru(settings: dict):
    """A new, unopened connection to the database ``settings`` describe (the class of sakip's connection)."""
    return type(connections["default"])(copy.deepcopy(settings), alias="default")


def _bersamaan(settings: dict, kerja) -> list:
    """Run ``kerja(n)`` KIRIMAN times in each thread ``n`` of THREADS released together, each thread on its own
    connection made from ``settings``; every result or exception, in no particular order."""
    mulai = threading.Barrier(THREADS)
    hasil: list = []

    def jalan(n: int):
        wrapper = _baru(settings)
        connections["default"] = wrapper  # this thread's connection (connections are per thread)
        try:
            mulai.wait()
            for _ in range(KIRIMAN):
                try:
                    hasil.append(kerja(n))
                except Exception as exc:  # noqa: BLE001 - reported by the assertion below
                    hasil.append(exc)
        finally:
            wrapper.close()

    threads = [threading.Thread(target=jalan, args=(n,)) for n in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return hasil


def _tersimpan(settings: dict, alamat: list[str]) -> dict[str, int]:
    """Answers stored per address, read on a connection of its own."""
    wrapper = _baru(settings)
    try:
        with wrapper.cursor() as cursor:
            return {a: _jumlah(cursor, a) for a in alamat}
    finally:
        wrapper.close()


def _jumlah(cursor, alamat: str) -> int:
    cursor.execute("SELECT COUNT(*) FROM survey_respons WHERE alamat_hash = %s", [services.hash_alamat(alamat)])
    return cursor.fetchone()[0]


def test_concurrent_answers_from_one_address_store_exactly_the_limit(basis_data, monkeypatch):
    monkeypatch.setattr(services, "BATAS_PER_ALAMAT", BATAS)
    unit = UnitLayanan.objects.get(slug="wonoasih-sumber-taman")

    hasil = _bersamaan(basis_data, lambda n: submit(ANSWERS, alamat=ALAMAT, u=unit))

    assert not [h for h in hasil if isinstance(h, Exception)]
    diterima = [h for h in hasil if h.respons is not None]
    ditolak = [h for h in hasil if not h.diterima]
    assert len(diterima) == 5 and len(ditolak) == 24 - 5
    assert all("Terlalu banyak jawaban dari perangkat ini" in h.pesan for h in ditolak)
    assert _tersimpan(basis_data, [ALAMAT]) == {ALAMAT: 5}


def test_the_limit_holds_each_address_apart(basis_data, monkeypatch):
    """Twelve addresses at once, a limit of one: each stores its first answer and only that."""
    monkeypatch.setattr(services, "BATAS_PER_ALAMAT", 1)
    unit = UnitLayanan.objects.get(slug="wonoasih-sumber-taman")

    hasil = _bersamaan(basis_data, lambda n: submit(ANSWERS, alamat=ALAMAT_LAIN[n], u=unit))

    assert not [h for h in hasil if isinstance(h, Exception)]
    assert len([h for h in hasil if h.respons is not None]) == 12
    assert _tersimpan(basis_data, ALAMAT_LAIN) == dict.fromkeys(ALAMAT_LAIN, 1)


def test_the_postgresql_function_takes_the_columns_of_the_model():
    """The public answer's INSERT on PostgreSQL is a function created by a migration from the columns of that
    migration's model; a later column of ``Respons`` needs the function created again (see the migration).
    SQLite runs the statement itself: the migration leaves its schema alone."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT COUNT(*) FROM sqlite_master WHERE sql LIKE %s", [f"%{services.FUNGSI_PG}%"])
            assert cursor.fetchone()[0] == 0
            return
        cursor.execute("SELECT proargnames FROM pg_proc WHERE proname = %s", [services.FUNGSI_PG])
        (nama,) = cursor.fetchone()
    assert sorted(nama) == sorted(["p_kunci", *[f"p_{f.column}" for f in Respons._meta.concrete_fields
                                                 if not f.primary_key], "p_alamat", "p_sejak", "p_batas"])
