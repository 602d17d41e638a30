"""Benchmark of the full SKM results (issue 21): ``build_skm`` of a period with 100.000 answers beside its SQL
floor, on SQLite and PostgreSQL. Prints its figures, asserts nothing.

    .venv/bin/python bench/skm_hasil.py [--db sqlite,postgres] [--answers 100000] [--rounds 9] [--sakip DIR]
                                        [--profile]

Each database gets a fresh copy with the demo, to which a period of Kecamatan Wonoasih (the dates of its
2024-S2, so the trend also holds the demo's periods) with ``--answers`` generated answers is added: spread over
every service unit of the PD and its services (one in ten without a service), every profile value, three
channels, one in twenty with a suggestion, and an empty period. PostgreSQL's statistics are gathered after the
load (``ANALYZE``, as autovacuum does); SQLite's are not, as in use (with them SQLite reads the whole table through
the unit index even for a period without answers). ``--db postgres`` starts a throwaway PostgreSQL with
``scripts/test-postgres.sh`` on port 54397 and removes it at the end.

What the structure holds from the answers, and so what the floor returns:

- the whole period: respondents and the sum of each of the nine unsur;
- per service unit (name, kecamatan or kelurahan) and per service (name, its unit): the same ten figures;
- per profile field (jenis kelamin, usia, pendidikan, pekerjaan) and per channel: respondents of each value;
- the first hundred suggestions (by time);
- the trend: respondents and the nine sums of every period of the PD that began by this one.

Two floors, hand-written SQL through the bare DB-API cursor (no ORM, no Python arithmetic):

- ``per figure``: one statement per figure above (11 statements: the trend lists its periods, then sums their
  answers by period id), each a GROUP BY on the foreign key with the names joined after the aggregation;
- ``one scan``: the period's answers read once, grouped by (unit, service) with the profile and channel counts
  as filtered counts, the total, per-unit and per-service rows rolled up from that in the same statement
  (``WITH … AS MATERIALIZED``), plus the suggestions and the other periods of the trend (4 statements).

The floor is the faster of the two in the same round. Rounds alternate the order (sakip, per figure, one scan,
then one scan, per figure, sakip) so drift on a loaded machine hits all alike; medians are printed. The IKM alone
(``ikm_periode``, one aggregate) is shown beside its own floor (the same aggregate on the cursor), and the part of
``build_skm`` that is not the sums: the structure of a period without answers.

``--sakip DIR`` runs another copy of the source tree (a before/after A/B: run both, alternately).
``--profile`` prints where ``build_skm``'s time goes (cProfile, top 25 by own time).

Issue 21, on the 2-core machine loaded by a CI run (load 2–5), runs alternated before, after, after, before on
each database, 11 rounds each, medians of the per-round ratios:

=================  ==========================  ==========================
                   before (18 queries)         after (14 queries)
=================  ==========================  ==========================
SQLite             549 / 790 ms, 3,1× / 3,2×   262 / 260 ms, 1,2× / 1,0×
PostgreSQL         421 / 536 ms, 4,8× / 5,8×   178 / 136 ms, 1,8× / 1,4×
=================  ==========================  ==========================

Before, nine aggregates read the period's answers nine times, and the per-unit and per-service ones grouped by
the joined names (SQLite sorted every answer with its unit's name; PostgreSQL hashed after a join); the trend read
this period's answers a tenth time (a subquery of period ids made PostgreSQL scan the whole table). After: one
scan grouped by the two foreign keys (the ``one scan`` floor's own statement, to within noise), the names read
apart (two small queries), the trend reading only the other periods by their ids. What remains above the floor is
the rest of the report — PD, questions, signer, follow-up, forum, photographs — 12–16 ms of small reads (``no
answers``), which weighs more on PostgreSQL, where the sums themselves take less. The floor itself is GROUP BY-bound
on SQLite (it sorts the rows it groups; the sums alone take a third of it) and filter-bound on PostgreSQL (the 21
filtered counts double a 45 ms GROUP BY; ``GROUPING SETS`` took twice as long).
"""

from __future__ import annotations

import argparse
import datetime
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PG_PORT = "54397"
PERIODE = "bench-hasil"
KOSONG = "bench-kosong"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="sqlite,postgres")
    parser.add_argument("--answers", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--sakip", help="the source tree to measure (default: this one)")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--anak", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.anak:
        anak(args)
        return
    print(f"load average before: {_loadavg()} on {os.cpu_count()} CPUs")
    for db in args.db.split(","):
        if db not in ("sqlite", "postgres"):
            sys.exit(f"--db: sqlite or postgres, not {db!r}")
        with tempfile.TemporaryDirectory(prefix="sakip-bench-hasil-") as var:
            env = {**os.environ, "SAKIP_VAR_DIR": var, "PGTEST_PORT": PG_PORT}
            env.pop("DATABASE_URL", None)
            child = [sys.executable, str(Path(__file__).resolve()), *sys.argv[1:], "--anak", db]
            if db == "postgres":
                child = ["bash", str(ROOT / "scripts/test-postgres.sh"), *child]
            subprocess.run(child, cwd=ROOT, env=env, check=True)
    print(f"load average after: {_loadavg()}")


def _loadavg() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


# --- the child: one database ---------------------------------------------------------------------------------


def anak(args) -> None:
    sys.path.insert(0, str(Path(args.sakip).resolve() if args.sakip else ROOT))
    sys.path.insert(1, str(ROOT / "bench"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sakip.settings")
    if os.environ.get("DATABASE_URL"):
        _buat_database(os.environ["DATABASE_URL"])
    import django

    django.setup()
    from _ukur import muat_demo
    from django.db import connection

    import sakip

    muat_demo()
    periode = _isi(args.answers)
    nama = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}[connection.vendor]
    print(f"\n== {nama}: a period of {args.answers:,} answers; sakip from {Path(sakip.__file__).parent}; "
          f"load {_loadavg()}".replace(",", "."))
    ukur(periode, args.rounds)
    if args.profile:
        profil()


def _buat_database(url: str) -> None:
    import psycopg

    base, _, name = url.rpartition("/")
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')


def _isi(banyak: int):
    """The bench period of Wonoasih with ``banyak`` generated answers (bulk insert, no history)."""
    from django.db import connection

    from sakip.domain.survey.models import JenisLayanan, PeriodeSurvei, Respons, UnitLayanan

    units = list(UnitLayanan.objects.filter(pd__slug="wonoasih").order_by("urutan"))
    layanan: dict[int, list] = {u.pk: [] for u in units}
    for jl in JenisLayanan.objects.filter(unit__in=units):
        layanan[jl.unit_id].append(jl)
    pd = units[0].pd
    for unit in units:  # the demo has no services: four per unit, as a counter lists them
        if not layanan[unit.pk]:
            layanan[unit.pk] = [JenisLayanan.objects.create(unit=unit, nama=nama, urutan=i) for i, nama in enumerate(
                ("KTP elektronik", "Kartu keluarga", "Surat pengantar", "Legalisasi dokumen"), start=1)]
    base = PeriodeSurvei.objects.get(pd=pd, kode="2024-S2")
    periode = PeriodeSurvei.objects.create(pd=pd, kode=PERIODE, nama="Bench", mulai=base.mulai,
                                           selesai=base.selesai, populasi=100_000, ditutup=True)
    # A period without answers and before every other (an empty trend): what build_skm costs besides the sums.
    PeriodeSurvei.objects.create(pd=pd, kode=KOSONG, nama="Kosong", mulai=datetime.date(2000, 1, 1),
                                 selesai=datetime.date(2000, 6, 30), populasi=100_000, ditutup=True)
    rng = random.Random(21)
    pilih = {f: [v for v, _ in enum.choices] for f, enum in (
        ("jenis_kelamin", Respons.JenisKelamin), ("usia", Respons.Usia), ("pendidikan", Respons.Pendidikan),
        ("pekerjaan", Respons.Pekerjaan))}
    kanal = ("web", "kertas", "impor")
    rows = []
    for i in range(banyak):
        unit = rng.choice(units)
        jl = rng.choice(layanan[unit.pk]) if layanan[unit.pk] and rng.random() >= 0.1 else None
        rows.append(Respons(
            periode=periode, unit=unit, layanan=jl, pd=pd, pemda_id=pd.pemda_id, kanal=rng.choice(kanal),
            saran=f"Saran nomor {i}: antrean dipercepat." if rng.random() < 0.05 else "",
            **{f: rng.choice(v) for f, v in pilih.items()},
            **{f"u{k}": rng.choice((2, 3, 3, 4, 4)) for k in range(1, 10)}))
    Respons.objects.bulk_create(rows, batch_size=2000)
    if connection.vendor == "postgresql":  # as autovacuum would after such a load; SQLite keeps no statistics
        with connection.cursor() as cur:  # unless told (Django never does), and plans with none
            cur.execute("ANALYZE")
    print(f"{len(units)} service units, {sum(map(len, layanan.values()))} services")
    return periode


# --- the floors: hand-written SQL on the bare cursor ------------------------------------------------------


def _tabel():
    from sakip.domain.survey.models import JenisLayanan, PeriodeSurvei, Respons, UnitLayanan

    return (Respons._meta.db_table, UnitLayanan._meta.db_table, JenisLayanan._meta.db_table,
            PeriodeSurvei._meta.db_table)


SUMS = ", ".join(f"SUM(u{i})" for i in range(1, 10))
PROFIL = ("jenis_kelamin", "usia", "pendidikan", "pekerjaan", "kanal")


def lantai_per_angka(periode) -> list:
    """One statement per figure of the structure."""
    from django.db import connection

    r, u, jl, p = _tabel()
    out = []
    with connection.cursor() as cur:
        cur.execute(f"SELECT COUNT(*), {SUMS} FROM {r} WHERE periode_id = %s", [periode.pk])
        out.append(cur.fetchall())
        cur.execute(f"SELECT u.nama, u.kelurahan_id IS NULL, g.* FROM (SELECT unit_id, COUNT(*), {SUMS} FROM {r} "
                    f"WHERE periode_id = %s GROUP BY unit_id) g JOIN {u} u ON u.id = g.unit_id ORDER BY u.urutan",
                    [periode.pk])
        out.append(cur.fetchall())
        cur.execute(f"SELECT l.nama, u.nama, g.* FROM (SELECT layanan_id, unit_id, COUNT(*), {SUMS} FROM {r} "
                    f"WHERE periode_id = %s AND layanan_id IS NOT NULL GROUP BY layanan_id, unit_id) g "
                    f"JOIN {jl} l ON l.id = g.layanan_id JOIN {u} u ON u.id = g.unit_id ORDER BY u.urutan, l.nama",
                    [periode.pk])
        out.append(cur.fetchall())
        for field in PROFIL:
            cur.execute(f"SELECT {field}, COUNT(*) FROM {r} WHERE periode_id = %s GROUP BY {field}", [periode.pk])
            out.append(cur.fetchall())
        out.append(_saran(cur, periode))
        out.append(_tren(cur, periode, lain=False))
    return out


def _saran(cur, periode) -> list:
    r = _tabel()[0]
    cur.execute(f"SELECT saran FROM {r} WHERE periode_id = %s AND saran <> '' ORDER BY dibuat LIMIT 100",
                [periode.pk])
    return cur.fetchall()


def _tren(cur, periode, lain: bool) -> list:
    """The trend's periods (``lain``: all but this one), then their answers summed by period id. The ids as a list:
    ``periode_id IN (SELECT …)`` or a join made PostgreSQL read every answer of the table (20–30 ms more)."""
    r, _, _, p = _tabel()
    cur.execute(f"SELECT id, kode, nama, mulai FROM {p} WHERE pd_id = %s AND mulai <= %s"
                + (" AND id <> %s" if lain else ""), [periode.pd_id, periode.mulai, *([periode.pk] if lain else [])])
    periods = cur.fetchall()
    if not periods:
        return []
    cur.execute(f"SELECT periode_id, COUNT(*), {SUMS} FROM {r} WHERE periode_id IN ({', '.join(['%s'] * len(periods))})"
                " GROUP BY periode_id", [row[0] for row in periods])
    return [periods, cur.fetchall()]


def lantai_sekali(periode) -> list:
    """The answers read once: groups of (unit, service) with filtered counts, rolled up in the same statement."""
    from django.db import connection

    from sakip.domain.survey.models import Respons

    r, u, jl, p = _tabel()
    hitung = []
    for field in PROFIL:
        enum = {"jenis_kelamin": Respons.JenisKelamin, "usia": Respons.Usia, "pendidikan": Respons.Pendidikan,
                "pekerjaan": Respons.Pekerjaan, "kanal": Respons.Kanal}[field]
        hitung += [f"COUNT(*) FILTER (WHERE {field} = '{v}')" for v, _ in enum.choices]
    jumlah = ", ".join(f"SUM(s{i})" for i in range(1, 10))
    nol = ", ".join("NULL" for _ in hitung)
    out = []
    with connection.cursor() as cur:
        cur.execute(
            "WITH g AS MATERIALIZED (SELECT unit_id, layanan_id, COUNT(*) AS n, "
            + ", ".join(f"SUM(u{i}) AS s{i}" for i in range(1, 10)) + ", "
            + ", ".join(f"{h} AS c{i}" for i, h in enumerate(hitung))
            + f" FROM {r} WHERE periode_id = %s GROUP BY unit_id, layanan_id) "
            f"SELECT 0 AS k, NULL AS nama, NULL AS unit, NULL AS kel, 0 AS urut, SUM(n), {jumlah}, "
            + ", ".join(f"SUM(c{i})" for i in range(len(hitung))) + " FROM g "
            f"UNION ALL SELECT 1, u.nama, NULL, u.kelurahan_id IS NULL, u.urutan, SUM(n), {jumlah}, {nol} "
            f"FROM g JOIN {u} u ON u.id = g.unit_id GROUP BY u.id, u.nama, u.kelurahan_id, u.urutan "
            f"UNION ALL SELECT 2, l.nama, u.nama, NULL, u.urutan, SUM(n), {jumlah}, {nol} "
            f"FROM g JOIN {jl} l ON l.id = g.layanan_id JOIN {u} u ON u.id = g.unit_id "
            f"GROUP BY l.id, l.nama, u.nama, u.urutan ORDER BY 1, 5, 2", [periode.pk])
        out.append(cur.fetchall())
        out.append(_saran(cur, periode))
        out.append(_tren(cur, periode, lain=True))
    return out


def lantai_ikm(periode):
    from django.db import connection

    with connection.cursor() as cur:
        cur.execute(f"SELECT COUNT(*), {SUMS} FROM {_tabel()[0]} WHERE periode_id = %s", [periode.pk])
        return cur.fetchone()


# --- the measurement --------------------------------------------------------------------------------------


def ukur(periode, rounds: int) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from sakip.core.scoping import Scope
    from sakip.domain.survey.dokumen import build_skm, ikm_periode

    scope = Scope.system()
    calls = {
        "build_skm": lambda: build_skm(scope, "wonoasih", PERIODE),
        "per figure": lambda: lantai_per_angka(periode),
        "one scan": lambda: lantai_sekali(periode),
        "ikm_periode": lambda: ikm_periode(scope, periode),
        "IKM floor": lambda: lantai_ikm(periode),
        "no answers": lambda: build_skm(scope, "wonoasih", KOSONG),
    }
    _periksa(build_skm(scope, "wonoasih", PERIODE), lantai_sekali(periode), lantai_ikm(periode))
    queries = {}
    for name, fn in calls.items():
        fn()  # warm-up
        with CaptureQueriesContext(connection) as ctx:
            fn()
        queries[name] = len(ctx.captured_queries)
    times: dict[str, list[float]] = {name: [] for name in calls}
    order = list(calls)
    ratios, ikm_ratios = [], []
    for i in range(rounds):
        this: dict[str, float] = {}
        for name in order if i % 2 == 0 else reversed(order):
            start = time.perf_counter()
            calls[name]()
            this[name] = (time.perf_counter() - start) * 1000
            times[name].append(this[name])
        ratios.append(this["build_skm"] / min(this["per figure"], this["one scan"]))
        ikm_ratios.append(this["ikm_periode"] / this["IKM floor"])
    med = {name: statistics.median(v) for name, v in times.items()}
    for name in calls:
        print(f"  {name:<12} {med[name]:8.1f} ms median of {rounds} (min {min(times[name]):.1f}, max "
              f"{max(times[name]):.1f}), {queries[name]} queries")
    floor = min(med["per figure"], med["one scan"])
    print(f"  full results: build_skm {med['build_skm']:.1f} ms / floor {floor:.1f} ms = "
          f"{med['build_skm'] / floor:.2f}× (median of the per-round ratios {statistics.median(ratios):.2f}×)")
    print(f"  the rest of the report (build_skm of a period without answers: PD, questions, names, signer, follow-up, "
          f"forum, photographs): {med['no answers']:.1f} ms, {queries['no answers']} queries")
    print(f"  IKM alone: ikm_periode {med['ikm_periode']:.1f} ms / floor {med['IKM floor']:.1f} ms = "
          f"{med['ikm_periode'] / med['IKM floor']:.2f}× (per-round median {statistics.median(ikm_ratios):.2f}×)")


def _periksa(hasil, sekali: list, ikm_row) -> None:
    """The floor returns the structure's own figures (else its time means nothing)."""
    total = sekali[0][0]
    n = total[5]
    sums = list(total[6:15])
    if (n, sums) != (hasil.total.responden, [u.jumlah for u in hasil.total.unsur]):
        sys.exit(f"floor and structure differ: {n, sums} != {hasil.total.responden}, "
                 f"{[u.jumlah for u in hasil.total.unsur]}")
    if tuple(ikm_row) != (n, *sums):
        sys.exit("the IKM floor differs")
    units = [row for row in sekali[0] if row[0] == 1]
    if [(row[1], row[5]) for row in units] != [(k.nama, k.responden) for k in hasil.per_unit]:
        sys.exit(f"per unit: floor and structure differ: {units} != "
                 f"{[(k.nama, k.responden) for k in hasil.per_unit]}")
    layanan = [row for row in sekali[0] if row[0] == 2]
    if sorted(row[5] for row in layanan) != sorted(k.responden for k in hasil.per_layanan):
        sys.exit("per service: floor and structure differ")
    if len(sekali[1]) != len(hasil.saran) or [s for (s,) in sekali[1]] != list(hasil.saran):
        sys.exit("suggestions: floor and structure differ")
    print(f"floor and structure agree: {n} answers, IKM {hasil.total.ikm}, {len(units)} units, "
          f"{len(layanan)} services, {len(hasil.saran)} suggestions, {len(hasil.tren)} periods in the trend")


def profil() -> None:
    import cProfile
    import pstats

    from sakip.core.scoping import Scope
    from sakip.domain.survey.dokumen import build_skm

    prof = cProfile.Profile()
    prof.enable()
    for _ in range(3):
        build_skm(Scope.system(), "wonoasih", PERIODE)
    prof.disable()
    pstats.Stats(prof).sort_stats("tottime").print_stats(25)


if __name__ == "__main__":
    main()
