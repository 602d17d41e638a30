"""Benchmark of the SKM (issues 5 and 17): prints its figures, asserts nothing.

    .venv/bin/python bench/skm.py [--db sqlite,postgres] [--clients 200] [--answers 10000] [--rounds 2]
                                  [--workers 4] [--worker-class sync] [--threads 1] [--tanpa-ikm]

1. Public submissions at 200 clients. gunicorn (sync workers by default, as a plain ``gunicorn sakip.wsgi``
   serves) runs ``bench/_lantai.py`` on loopback: sakip, plus two bare-insert floors of the same server, each
   one INSERT of the same row: behind sakip's whole middleware stack (``django``, the figure sakip is held to),
   and as plain WSGI (``wsgi``). A client of ``--clients`` concurrent connections (asyncio) posts ``--answers``
   questionnaires per run, each connection from a loopback address of its own that sends ``--per-alamat``
   answers (10 by default; a phone or a counter's shared tablet, below the limit of 30 per ten minutes, so the
   limit's count runs on as many rows as it does in use) before the next address takes over, each with its own
   pre-signed one-time token and the CSRF cookie of one page load; every hundredth post resends the token of
   fifty posts before (a phone submitting twice). Runs alternate wsgi, django, sakip, then sakip, django,
   wsgi (``--rounds``), so drift on a shared machine hits all alike. Each run prints answers per second, the
   latency percentiles of every request, the CPU per answer of the server, PostgreSQL and the client, how
   busy the machine was and its load average, and from the database: every accepted (302) token stored
   exactly once ("lost", "duplicated", "stored though refused"). Then sakip's rate against both floors.
2. The IKM of a period with 100.000 answers: time and query count of ``build_skm`` (sums in the database).

``--db postgres`` starts a throwaway PostgreSQL with ``scripts/test-postgres.sh`` (port 54378; its test
settings: fsync off). The per-address limit stays in force (30 per ten minutes; ``--per-alamat`` above it
lifts it, ``SAKIP_SKM_BATAS_PER_ALAMAT``, so nothing is refused); django-ratelimit, a per-process count of
requests per address, is off (``RATELIMIT_ENABLE=0``; ``1`` with high ``BATAS_*`` measures it).
Environment variables reach the server: ``SQLITE_CONN_MAX_AGE=0`` gives the per-request SQLite connection of
before issue 17, for an A/B run.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import itertools
import os
import random
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from http.cookiejar import CookieJar
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOST, PORT = "127.0.0.1", 8765
UNIT = "wonoasih-sumber-taman"
PG_PORT = "54378"


# --- the parent: one child process per database -------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="sqlite,postgres")
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--answers", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--worker-class", default="sync")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--per-alamat", type=int, default=10, help="answers sent from one address")
    parser.add_argument("--tanpa-ikm", action="store_true", help="skip the IKM of 100.000 answers")
    parser.add_argument("--anak", help=argparse.SUPPRESS)  # the child: run against the configured database
    args = parser.parse_args()
    if args.anak:
        anak(args)
        return
    print(f"load average before: {_loadavg()} on {os.cpu_count()} CPUs")
    for db in args.db.split(","):
        env = {**os.environ, "SAKIP_VAR_DIR": tempfile.mkdtemp(prefix="sakip-bench-skm-"),
               "SAKIP_BENCH_UNIT": UNIT, "PGTEST_PORT": PG_PORT}
        if args.per_alamat > 30:
            env["SAKIP_SKM_BATAS_PER_ALAMAT"] = str(10**9)
        env.setdefault("RATELIMIT_ENABLE", "0")
        env.pop("DATABASE_URL", None)
        child = [sys.executable, str(Path(__file__).resolve()), *sys.argv[1:], "--anak", db]
        if db == "postgres":
            child = ["bash", str(ROOT / "scripts/test-postgres.sh"), *child]
        elif db != "sqlite":
            sys.exit(f"--db: sqlite or postgres, not {db!r}")
        subprocess.run(child, cwd=ROOT, env=env, check=True)
    print(f"load average after: {_loadavg()}")


def _loadavg() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


# --- the child: sakip on one database ---------------------------------------------------------------------


def anak(args) -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sakip.settings")
    if os.environ.get("DATABASE_URL"):
        _buat_database(os.environ["DATABASE_URL"])
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("demo", verbosity=0, stdout=open(os.devnull, "w"))
    call_command("collectstatic", interactive=False, verbosity=0)
    from django.db import connection

    import sakip

    nama = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}[connection.vendor]
    print(f"\n== {nama}: {args.answers} answers per run, {args.clients} clients, {args.per_alamat} answers per "
          f"address, gunicorn {args.worker_class} "
          f"-w {args.workers} --threads {args.threads}; CONN_MAX_AGE {connection.settings_dict['CONN_MAX_AGE']}; "
          f"sakip from {Path(sakip.__file__).parent}")
    submissions(args, nama)
    if not args.tanpa_ikm:
        ikm_100k()


def _buat_database(url: str) -> None:
    import psycopg

    base, _, name = url.rpartition("/")
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')


@dataclass
class Run:
    """One run's requests (bytes), the key each stores under, and what came back."""

    nama: str
    requests: list[bytes]
    keys: list[str]
    status: list[int] = field(default_factory=list)
    lokasi: list[str] = field(default_factory=list)
    latency: list[float] = field(default_factory=list)
    seconds: float = 0.0
    client_cpu: float = 0.0
    lost: int = 0
    dup: int = 0
    phantom: int = 0


def submissions(args, nama_db: str) -> None:
    from django.core import signing

    from sakip.domain.survey.forms import TOKEN_SALT, buat_token
    from sakip.domain.survey.models import UnitLayanan

    server = subprocess.Popen(
        [str(ROOT / ".venv/bin/gunicorn"), "bench._lantai:application", "-b", f"{HOST}:{PORT}",
         "-w", str(args.workers), "-k", args.worker_class, "--threads", str(args.threads),
         "--log-level", "warning"], cwd=ROOT, env=os.environ.copy())
    db_pid = _postmaster()
    try:
        csrf, cookie = _muat_formulir()
        unit = UnitLayanan.objects.get(slug=UNIT)
        base = (f"csrfmiddlewaretoken={csrf}&jenis_kelamin=P&usia=30-39&pendidikan=slta&pekerjaan=lainnya&"
                + "&".join(f"u{i}=4" for i in range(1, 10)))

        def run(nama: str, path: str, n: int) -> Run:
            tokens: list[str] = []
            for i in range(n):  # every hundredth post resends the token of fifty posts before
                tokens.append(tokens[i - 50] if i % 100 == 99 else buat_token(unit))
            if path != ISI:
                keys = [t.rsplit(":", 1)[-1] for t in tokens]
            else:
                keys = [signing.loads(t, salt=TOKEN_SALT)["n"] for t in tokens]
            head = (f"POST {path} HTTP/1.1\r\nHost: {HOST}:{PORT}\r\nCookie: {cookie}\r\n"
                    "Content-Type: application/x-www-form-urlencoded\r\n")
            requests = []
            for t in tokens:
                body = f"{base}&token={t}".encode()
                requests.append(f"{head}Content-Length: {len(body)}\r\n\r\n".encode() + body)
            return Run(nama, requests, keys)

        warm = run("sakip", ISI, 1000)
        _jalankan(warm, args.clients, args.per_alamat)
        print(f"warm-up: {len(warm.status)} sakip posts, statuses {dict(collections.Counter(warm.status))}")
        hasil: dict[str, list[Run]] = {nama: [] for nama in PATHS}
        for r in range(args.rounds):  # wsgi, django, sakip, then sakip, django, wsgi, …
            for nama in list(PATHS)[:: 1 if r % 2 == 0 else -1]:
                one = run(nama, PATHS[nama], args.answers)
                _ukur(one, args.clients, args.per_alamat, server.pid, db_pid)
                hasil[nama].append(one)
        _ringkas(hasil, nama_db)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=20)


ISI = f"/skm/{UNIT}/"
# The two bare-insert floors of bench/_lantai.py (plain WSGI; a Django view behind sakip's middleware) and sakip.
PATHS = {"wsgi": "/bench/lantai-wsgi/", "django": "/bench/lantai/", "sakip": ISI}


def _muat_formulir() -> tuple[str, str]:
    """Load the public form once, as a phone does: its CSRF token and cookie."""
    jar = CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    for _ in range(100):
        try:
            html = opener.open(f"http://{HOST}:{PORT}{ISI}").read().decode()
            break
        except OSError:
            time.sleep(0.2)
    found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    assert found, "the public form has no CSRF token"
    return found.group(1), "; ".join(f"{c.name}={c.value}" for c in jar)


def _postmaster() -> int | None:
    """The PostgreSQL server's process (its backends are its children), to count their CPU too."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return None  # SQLite works inside the server's processes
    with connection.cursor() as cursor:
        cursor.execute("SHOW data_directory")
        return int((Path(cursor.fetchone()[0]) / "postmaster.pid").read_text().split()[0])


def _ukur(run: Run, clients: int, per_alamat: int, server_pid: int, db_pid: int | None) -> None:
    """Run and check one batch; print its line."""
    from django.db import connection

    from sakip.domain.survey.models import Respons

    before_id = Respons.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    connection.close()  # the server's connections are the only ones during the run, as in production
    cpu_server, cpu_db, busy = _cpu_proses(server_pid), _cpu_proses(db_pid), _cpu_mesin()
    _jalankan(run, clients, per_alamat)
    cpu_server, cpu_db = _cpu_proses(server_pid) - cpu_server, _cpu_proses(db_pid) - cpu_db
    busy = _selisih_mesin(busy, _cpu_mesin())
    stored = list(Respons.objects.filter(pk__gt=before_id).values_list("token", flat=True))
    accepted = {k for k, s in zip(run.keys, run.status, strict=True) if s == 302}
    stored_set = set(stored)
    n = len(run.requests)
    ulang = sum(1 for lokasi in run.lokasi if lokasi.endswith("?ulang=1"))
    p = _persentil(run.latency)
    refused = collections.Counter(s for s in run.status if s != 302)
    run.lost, run.dup, run.phantom = len(accepted - stored_set), len(stored) - len(stored_set), len(stored_set - accepted)
    db = f"PostgreSQL {cpu_db * 1000 / n:.2f}, " if db_pid else ""
    print(f"{run.nama:>6}: {n / run.seconds:4.0f}/s  p50 {p[50]:.2f} s  p90 {p[90]:.2f} s  p99 {p[99]:.2f} s  "
          f"max {p[100]:.2f} s | {len(stored)} stored, {ulang} resends thanked, refused {dict(refused) or 0}, "
          f"lost {run.lost}, duplicated {run.dup}, stored though refused {run.phantom} | CPU ms per post: "
          f"server {cpu_server * 1000 / n:.2f}, {db}client {run.client_cpu * 1000 / n:.2f}; "
          f"machine busy {busy:.0%}, load {_loadavg()}")


def _persentil(values: list[float]) -> dict[int, float]:
    ordered = sorted(values)
    return {q: ordered[min(len(ordered) - 1, max(0, -(-q * len(ordered) // 100) - 1))] for q in (50, 90, 99, 100)}


def _ringkas(hasil: dict[str, list[Run]], nama_db: str) -> None:
    rate = {nama: statistics.median(len(r.requests) / r.seconds for r in runs) for nama, runs in hasil.items()}
    p99 = max(_persentil(r.latency)[99] for r in hasil["sakip"])
    lost = sum(r.lost for r in hasil["sakip"])
    dup = sum(r.dup + r.phantom for r in hasil["sakip"])
    print(f"{nama_db}: sakip {rate['sakip']:.0f}/s = {rate['sakip'] / rate['django']:.2f}× the bare-insert floor "
          f"behind sakip's middleware ({rate['django']:.0f}/s), {rate['sakip'] / rate['wsgi']:.2f}× the plain WSGI "
          f"floor ({rate['wsgi']:.0f}/s) (medians of {len(hasil['sakip'])} runs); worst p99 {p99:.2f} s; "
          f"lost {lost}, duplicated {dup}")


# --- the client: N connections, each posting the next request as soon as its last one answered ------------


def _jalankan(run: Run, clients: int, per_alamat: int) -> None:
    run.status = [0] * len(run.requests)
    run.lokasi = [""] * len(run.requests)
    run.latency = [0.0] * len(run.requests)
    cpu, start = time.process_time(), time.perf_counter()
    asyncio.run(_klien_semua(run, clients, per_alamat))
    run.seconds, run.client_cpu = time.perf_counter() - start, time.process_time() - cpu


_ALAMAT = itertools.count()  # addresses used so far in this process: a new run never reuses one


async def _klien_semua(run: Run, clients: int, per_alamat: int) -> None:
    antrian = iter(range(len(run.requests)))
    await asyncio.gather(*(_klien(run, antrian, per_alamat) for _ in range(clients)))


def _alamat_baru() -> str:
    n = next(_ALAMAT)
    return f"127.{1 + n // 62500}.{n // 250 % 250}.{1 + n % 250}"


async def _klien(run: Run, antrian, per_alamat: int) -> None:
    reader = writer = None
    alamat, terkirim = _alamat_baru(), 0
    for i in antrian:
        start = time.perf_counter()
        if terkirim == per_alamat:
            alamat, terkirim = _alamat_baru(), 0
        terkirim += 1
        try:
            if writer is None:  # a kept-alive connection stays on its address
                reader, writer = await asyncio.open_connection(HOST, PORT, local_addr=(alamat, 0))
            writer.write(run.requests[i])
            head = await reader.readuntil(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:] if line)}
            if headers.get("content-length"):
                await reader.readexactly(int(headers["content-length"]))
            run.status[i], run.lokasi[i] = int(lines[0].split()[1]), headers.get("location", "")
            if headers.get("connection", "").lower() == "close" or "content-length" not in headers:
                writer.close()
                writer = None
        except (OSError, asyncio.IncompleteReadError):
            run.status[i] = -1  # the connection failed: counted as refused
            if writer is not None:
                writer.close()
            writer = None
        run.latency[i] = time.perf_counter() - start
    if writer is not None:
        writer.close()


# --- CPU counters ---------------------------------------------------------------------------------------


def _cpu_proses(master: int | None) -> float:
    """Seconds of CPU used so far by a process and its children (gunicorn's workers, PostgreSQL's backends)."""
    if master is None:
        return 0.0
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if stat.parent.name == str(master):  # with its children that ended (a backend closed after CONN_MAX_AGE)
            total += sum(int(v) for v in fields[11:15])
        elif fields[1] == str(master):
            total += int(fields[11]) + int(fields[12])
    return total / tick


def _cpu_mesin() -> tuple[int, int]:
    values = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    return sum(values), values[3] + values[4]


def _selisih_mesin(before: tuple[int, int], after: tuple[int, int]) -> float:
    total, idle = after[0] - before[0], after[1] - before[1]
    return (total - idle) / total if total else 0.0


# --- the IKM of 100.000 answers ----------------------------------------------------------------------------


def ikm_100k() -> None:
    from django.db import connection
    from django.db.models import Count
    from django.test.utils import CaptureQueriesContext

    from sakip.core.scoping import Scope
    from sakip.domain.survey.dokumen import build_skm
    from sakip.domain.survey.models import PeriodeSurvei, Respons, UnitLayanan
    from sakip.domain.survey.selectors import SUMS
    from sakip.rumus import ikm

    unit = UnitLayanan.objects.get(slug="wonoasih")
    base = PeriodeSurvei.objects.get(pd=unit.pd, kode="2024-S2")
    periode = PeriodeSurvei.objects.create(pd=unit.pd, kode="bench-100k", nama="Bench", mulai=base.mulai,
                                           selesai=base.selesai, populasi=100_000, ditutup=True)
    rng = random.Random(1)
    rows = [Respons(periode=periode, unit=unit, pd=unit.pd, pemda_id=unit.pemda_id, kanal="bangkitan",
                    jenis_kelamin=rng.choice("LP"), usia="30-39", pendidikan="slta", pekerjaan="lainnya",
                    **{f"u{k}": rng.choice((2, 3, 3, 4, 4)) for k in range(1, 10)}) for _ in range(100_000)]
    Respons.objects.bulk_create(rows, batch_size=5000)
    build_skm(Scope.system(), "wonoasih", "bench-100k")
    times = []
    for _ in range(5):
        start = time.perf_counter()
        hasil = build_skm(Scope.system(), "wonoasih", "bench-100k")
        times.append(time.perf_counter() - start)
    with CaptureQueriesContext(connection) as ctx:
        build_skm(Scope.system(), "wonoasih", "bench-100k")
    print(f"full results of a period with {hasil.total.responden} answers (IKM, per unit, per service, profile, "
          f"trend): {min(times) * 1000:.0f} ms best, {sorted(times)[2] * 1000:.0f} ms median, "
          f"{len(ctx.captured_queries)} queries")
    times = []
    for _ in range(5):
        start = time.perf_counter()
        row = Respons.objects.filter(periode=periode).aggregate(n=Count("id"), **SUMS)
        value = ikm.ikm([ikm.nrr(row[f"s{i}"], row["n"]) for i in range(1, 10)])
        times.append(time.perf_counter() - start)
    print(f"IKM of a period with {row['n']} answers (one aggregate in the database): "
          f"{min(times) * 1000:.0f} ms best, {sorted(times)[2] * 1000:.0f} ms median; IKM {value}")


if __name__ == "__main__":
    main()
