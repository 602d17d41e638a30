"""Benchmark of the SKM questionnaire import (issue 17): prints its figures, asserts nothing.

    .venv/bin/python bench/impor_skm.py [--sizes 1000 10000 50000] [--beban-detik 5]

Each size is a sheet in the "Hasil Olah Data SKM" layout (two title rows, the header row, one row per
respondent, the sums under the table; shared strings and a ``<dimension>`` as Excel writes them), imported with
``sakip import skm`` into a temporary SQLite database holding the demo (``SAKIP_VAR_DIR``, as bench/skm.py).
Printed per size: rows per second, total seconds (wall and CPU of this process: the machine may be shared),
and the seconds of the write transaction — from its ``BEGIN IMMEDIATE`` (when SQLite's one write lock is
taken) to the end of its COMMIT (which includes SQLite's automatic WAL checkpoint, during which other writers
may already write) — against the seconds spent reading and checking outside it; then, up to 10.000 rows, the
same sheet uploaded on the SKM entry page (one request through Django's test client; gunicorn's default
worker timeout is 30 s).

The largest import then runs again while two other processes (the same script with ``--beban``; a server's
workers are processes too) post public SKM answers without pause and log in twice a second, each request
through Django's whole request path on the process's own database connection: printed are the max and median
wait of each kind and its failures, "database is locked" among them. The same load runs alone first
(``--beban-detik`` seconds), for its baseline; a login's wait includes its password hash (PBKDF2).
"""

from __future__ import annotations

import argparse
import atexit
import io
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SENDIRI = "SAKIP_VAR_DIR" not in os.environ  # this process made the directory (the load processes inherit it)
if SENDIRI:
    os.environ["SAKIP_VAR_DIR"] = tempfile.mkdtemp(prefix="sakip-bench-impor-skm-")
VAR = os.environ["SAKIP_VAR_DIR"]
os.environ["SAKIP_SKM_BATAS_PER_ALAMAT"] = str(10**9)  # every answer comes from 127.0.0.1
os.environ.setdefault("RATELIMIT_ENABLE", "0")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sakip.settings")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402

UNIT_IMPOR = "wonoasih-pakistaji"
UNIT_PUBLIK = "wonoasih-sumber-taman"
HEADER = ["Kecamatan", "Nomor Responden", "Nama", "Umur", "Kelompok Umur", "Jenis Kelamin", "Pendidikan Terakhir",
          "Pekerjaan Utama", "Jenis Pelayanan yg Diminta", *[f"A{i}" for i in range(1, 10)]]


def lembar(n: int, seed: int = 1) -> bytes:
    """An "Hasil Olah Data SKM" sheet of ``n`` respondents, as Excel saves it (shared strings, a ``<dimension>``)."""
    from openpyxl import Workbook

    rng = random.Random(seed)
    wb = Workbook()
    ws = wb.active
    ws.title = "Olah Data"
    ws.append(["DATA SURVEY KEPUASAN MASYARAKAT 2024"])
    ws.append(["KECAMATAN WONOASIH SEMESTER 2"])
    ws.append(HEADER)
    sums = [0] * 9
    for i in range(1, n + 1):
        answers = [rng.choice((2, 3, 3, 4, 4)) for _ in range(9)]
        sums = [s + a for s, a in zip(sums, answers, strict=True)]
        ws.append(["WONOASIH", i, f"RESPONDEN {i}", rng.randint(17, 70), rng.randint(1, 5), rng.choice("LP"),
                   rng.choice(("SD", "SLTP", "SLTA", "S1", "S2")),
                   rng.choice(("WIRASWASTA", "SWASTA", "PNS", "PELAJAR", "ASUKAN")), "USAH", *answers])
    ws.append([None] * 9 + sums)  # the sums under the table
    ws.append([None] * 9 + [n] * 9)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


class Kunci:
    """Times the write transactions of this process's connection, from ``BEGIN`` to the end of its commit:
    wall seconds (what other writers wait) and this process's CPU seconds."""

    def __init__(self) -> None:
        self.lama: list[tuple[float, float]] = []
        self._mulai = (0.0, 0.0)
        self._menunggu = False

    def __call__(self, execute, sql, params, many, context):
        if sql.startswith("BEGIN"):
            self._mulai, self._menunggu = (time.perf_counter(), time.process_time()), True
        elif self._menunggu and connection.in_atomic_block:
            self._menunggu = False
            wall, cpu = self._mulai
            transaction.on_commit(lambda: self.lama.append((time.perf_counter() - wall, time.process_time() - cpu)))
        return execute(sql, params, many, context)


def impor(n: int, periode: str, isi: bytes) -> None:
    from sakip.domain.survey.models import Respons

    path = Path(VAR) / f"olah-{n}.xlsx"
    path.write_bytes(isi)
    before = Respons.objects.filter(kanal="impor").count()
    before_h = Respons.history.filter(kanal="impor").count()
    kunci = Kunci()
    out = io.StringIO()
    cpu, start = time.process_time(), time.perf_counter()
    with connection.execute_wrapper(kunci):
        call_command("import", "skm", str(path), unit=UNIT_IMPOR, period=periode, stdout=out)
    total, cpu = time.perf_counter() - start, time.process_time() - cpu
    stored = Respons.objects.filter(kanal="impor").count() - before
    history = Respons.history.filter(kanal="impor").count() - before_h
    lock, lock_cpu = (sum(x) for x in zip(*kunci.lama, strict=True)) if kunci.lama else (0.0, 0.0)
    print(f"{n:>6} rows ({len(isi) / 2**20:.1f} MB): {n / total:,.0f} rows/s; {total:.2f} s total "
          f"({cpu:.2f} s CPU); write transaction {lock:.2f} s ({lock_cpu:.2f} s CPU; {lock / total:.0%} of the "
          f"import), reading and checking {total - lock:.2f} s; stored {stored} answers, {history} history rows; "
          f"“{out.getvalue().strip().splitlines()[-1]}”")


def web(n: int, periode: str, isi: bytes) -> None:
    """The same sheet uploaded on the SKM entry page by Wonoasih's operator: one request, as a browser sends it."""
    from django.contrib.auth.models import User
    from django.test import Client
    from django.urls import reverse

    from sakip.domain.survey.models import Respons, UnitLayanan

    client = Client()
    client.force_login(User.objects.get(username="operator-wonoasih"))
    unit = UnitLayanan.objects.get(slug=UNIT_IMPOR)
    berkas = io.BytesIO(isi)
    berkas.name = f"olah-{n}.xlsx"
    before = Respons.objects.filter(unit=unit, kanal="impor").count()
    start = time.perf_counter()
    response = client.post(reverse("survey:entri", args=["wonoasih", periode]),
                           {"unit": unit.pk, "simpan": "1", "berkas": berkas})
    took = time.perf_counter() - start
    stored = Respons.objects.filter(unit=unit, kanal="impor").count() - before
    print(f"{n:>6} rows uploaded on the page: HTTP {response.status_code} after {took:.2f} s; stored {stored} answers")


def beban(kind: str, stop: Path, hasil: Path) -> None:
    """A second process: public answers without pause (``kind`` "jawaban") or a login every half second
    ("login"), until ``stop`` exists. ``hasil`` gets the figures; its ``.siap`` twin says the process is ready."""
    from django.test import Client
    from django.urls import reverse

    from sakip.domain.survey.forms import buat_token
    from sakip.domain.survey.models import UnitLayanan

    unit = UnitLayanan.objects.get(slug=UNIT_PUBLIK)
    url = reverse("survey:isi", kwargs={"unit": unit.slug})
    answer = {"jenis_kelamin": "P", "usia": "30-39", "pendidikan": "slta", "pekerjaan": "lainnya",
              **{f"u{i}": "4" for i in range(1, 10)}}
    waits: list[float] = []
    gagal: list[str] = []
    hasil.with_suffix(".siap").write_text("")
    while not stop.exists():
        client = Client()
        start = time.perf_counter()
        try:
            if kind == "login":
                response = client.post(reverse("login"), {"username": "operator-wonoasih", "password": "sakip-demo"})
                ok = response.status_code == 302 and "_auth_user_id" in client.session
            else:
                response = client.post(url, {**answer, "token": buat_token(unit)})
                ok = response.status_code == 302
            if not ok:
                gagal.append(f"HTTP {response.status_code}")
        except Exception as exc:  # "database is locked" surfaces as OperationalError
            gagal.append(f"{type(exc).__name__}: {exc}")
        waits.append(time.perf_counter() - start)
        if kind == "login":
            time.sleep(max(0.0, 0.5 - (time.perf_counter() - start)))
    hasil.write_text(json.dumps({"waits": waits, "gagal": gagal}))


def dengan_beban(label: str, run) -> None:
    """``run()`` while two other processes post public answers and log in; their figures."""
    children = {}
    for kind in ("jawaban", "login"):
        stop, hasil = Path(VAR) / f"stop-{kind}", Path(VAR) / f"beban-{kind}.json"
        for old in (stop, hasil, hasil.with_suffix(".siap")):
            old.unlink(missing_ok=True)
        children[kind] = (subprocess.Popen([sys.executable, __file__, "--beban", kind, str(stop), str(hasil)],
                                           env=os.environ.copy()), stop, hasil)
    while not all(h.with_suffix(".siap").exists() or c.poll() is not None for c, _, h in children.values()):
        time.sleep(0.1)
    time.sleep(1)  # a second of load before the run starts
    try:
        run()
    finally:
        for _child, stop, _ in children.values():
            stop.write_text("")
        for child, _, _ in children.values():
            child.wait(timeout=120)
    for kind, (_, _, hasil) in children.items():
        data = json.loads(hasil.read_text())
        waits, failed = data["waits"], data["gagal"]
        locked = sum("database is locked" in f for f in failed)
        print(f"  {label}: {len(waits)} {'public answers' if kind == 'jawaban' else 'logins'}: max wait "
              f"{max(waits, default=0):.2f} s, median {statistics.median(waits) if waits else 0:.3f} s; "
              f"{len(failed)} failed, {locked} with “database is locked”{' — ' + failed[0] if failed else ''}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 50000])
    parser.add_argument("--beban-detik", type=float, default=5)
    parser.add_argument("--beban", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.beban:
        kind, stop, hasil = args.beban
        beban(kind, Path(stop), Path(hasil))
        return
    from django.utils import timezone

    from sakip.domain.survey.models import PeriodeSurvei

    if SENDIRI:
        atexit.register(shutil.rmtree, VAR, ignore_errors=True)
    call_command("migrate", verbosity=0)
    call_command("demo", verbosity=0, stdout=open(os.devnull, "w"))
    today = timezone.localdate()
    periode = PeriodeSurvei.objects.get(pd__slug="wonoasih", mulai__lte=today, selesai__gte=today).kode
    print(f"SQLite in {VAR}; import into {UNIT_IMPOR}, period {periode}")
    sheets = {n: lembar(n) for n in args.sizes}
    for n, isi in sheets.items():
        impor(n, periode, isi)
        if n <= 10_000:
            web(n, periode, isi)
    largest = args.sizes[-1]
    print("The largest again, while two other processes answer and log in:")
    dengan_beban("without an import", lambda: time.sleep(args.beban_detik))
    dengan_beban(f"during the {largest}-row import", lambda: impor(largest, periode, sheets[largest]))


if __name__ == "__main__":
    main()
