"""Benchmark of the pemda dashboard (issues 7 and 21): prints its figures, asserts nothing.

    .venv/bin/python bench/dasbor.py [JUMLAH_PD ...]      (default: 10 50 200 500)

A fresh SQLite database with the demo, grown in one process through each JUMLAH_PD in turn until Kota
Probolinggo has that many perangkat daerah. Up to the first count (at most 10) the demo's own generator
adds kecamatan: a Renstra, IKU, Wonoasih's whole 2024 structure (47 sub kegiatan), pagu, spending and
realisations of all four quarters, the workflow, the SKM; beyond it, PD are copied with ``bulk_create`` from
the pemda's existing ones in turn (every row the dashboard reads: organisation, planning, measurement, PK,
SKM, workflow), as the generator needs ~1,2 s per PD and 500 PD would take ten minutes.

At each count: the computed structure (time, queries) and the whole page as the evaluator gets it (time,
queries, size), medians of 15 runs after one warm-up, each as wall time and as CPU time of the process (the
figure to read on a machine shared with other work: a run preempted by another process does not count the time
it waited). Then the slope per PD of both (least squares over the counts) and, at the last count, the .xlsx
export, the PD dashboard and the public portal page.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["SAKIP_VAR_DIR"] = tempfile.mkdtemp(prefix="sakip-bench-dasbor-")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sakip.settings")
os.environ.setdefault("ALLOWED_HOSTS", "testserver")
os.environ.setdefault("RATELIMIT_ENABLE", "0")  # every request comes from one address here

import django  # noqa: E402

django.setup()

from _ukur import timed  # noqa: E402  (bench/ is the script's directory)
from django.core.management import call_command  # noqa: E402


def ukur(fn, repeat: int = 15) -> tuple[float, float, int]:
    """Median wall and CPU milliseconds of ``fn`` over ``repeat`` runs after one warm-up, and its query count."""
    import statistics

    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    fn()
    wall, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    with CaptureQueriesContext(connection) as ctx:
        fn()
    return statistics.median(wall), statistics.median(cpu), len(ctx.captured_queries)

PEMDA = "kota-probolinggo"
# The apps whose rows a copied PD takes along (what the dashboards read); accounts, audit, evaluasi,
# profil, reporting and portal rows stay with the original.
APPS = ("organisation", "planning", "measurement", "agreement", "survey", "workflow")


def muat(jumlah: int) -> None:
    """The demo, with generated kecamatan until Kota Probolinggo has ``jumlah`` PD (at least its five)."""
    from sakip.composite.demo import data
    from sakip.composite.demo.data import dibangkitkan

    tambahan = [{"slug": f"uji-{n:02d}", "nama": f"Kecamatan Uji {n:02d}", "alamat": "-",
                 "kelurahan": [f"Kelurahan {n:02d}-{k}" for k in range(1, 5)],
                 "target": {"kelompok": 50 + n % 20, "ikm": 80 + n % 8, "tata-kelola": 250 + n % 30}}
                for n in range(6, jumlah + 1)]
    data.PERANGKAT_DAERAH.extend({**dibangkitkan._pd_baru(k), "program": dibangkitkan.program_2024(lengkap=True)}
                                 for k in tambahan)
    dibangkitkan.DENGAN_ANGKA.extend(k["slug"] for k in tambahan)
    call_command("migrate", verbosity=0)
    start = time.perf_counter()
    with open(os.devnull, "w") as diam:
        call_command("demo", verbosity=0, stdout=diam)
    print(f"demo with {jumlah} PD in Kota Probolinggo loaded in {time.perf_counter() - start:.1f} s")


def _urutan_model() -> list:
    """The models of :data:`APPS` whose rows hang from a PD (and the program–sasaran links), parents first."""
    from django.apps import apps

    from sakip.domain.organisation.models import PerangkatDaerah

    dipilih = [m for m in apps.get_models(include_auto_created=True)
               if m._meta.app_label in APPS and "historical" not in m._meta.model_name
               and (any(f.name == "pd" and f.related_model is PerangkatDaerah for f in m._meta.concrete_fields)
                    or (m._meta.auto_created and m._meta.app_label == "planning"))]
    urutan: list = []
    while dipilih:
        for m in dipilih:
            induk = {f.related_model for f in m._meta.concrete_fields if f.is_relation} - {m}
            if not induk & (set(dipilih) - {m}):
                urutan.append(m)
                dipilih.remove(m)
                break
        else:
            raise RuntimeError(f"cycle among {dipilih}")
    return urutan


def salin_pd(asal, n: int) -> None:
    """Copy PD ``asal`` with every row of :data:`APPS` hanging from it (bulk inserts, new keys) as the n-th copy."""
    from django.db import transaction

    from sakip.domain.organisation.models import PerangkatDaerah

    with transaction.atomic():
        baru = PerangkatDaerah.objects.get(pk=asal.pk)
        baru.pk, baru.slug, baru.nama = None, f"salinan-{n:03d}", f"Kecamatan Salinan {n:03d}"
        PerangkatDaerah.objects.bulk_create([baru])
        peta: dict = {PerangkatDaerah: {asal.pk: baru.pk}}
        for model in _urutan_model():
            fields = [f for f in model._meta.concrete_fields if not f.primary_key]
            if model._meta.auto_created:  # a many-to-many table: the links of copied rows
                fk = [f for f in fields if f.related_model in peta]
                rows = model.objects.filter(**{f"{fk[0].name}_id__in": list(peta[fk[0].related_model])})
            else:
                rows = model.objects.filter(pd_id=asal.pk)
            rows = list(rows.order_by("pk").values("pk", *(f.attname for f in fields)))
            if not rows:
                continue
            sendiri = [f for f in fields if f.is_relation and f.related_model is model]
            objs = []
            for row in rows:
                nilai = {}
                for f in fields:
                    v = row[f.attname]
                    if f.is_relation and v is not None and f.related_model in peta:
                        v = peta[f.related_model].get(v, v)
                    elif f in sendiri:
                        v = None  # set below, once the parents have their new keys
                    elif f.unique and isinstance(v, str):
                        v = f"{v}-s{n}"[-f.max_length:]
                    nilai[f.attname] = v
                objs.append(model(**nilai))
            model.objects.bulk_create(objs, batch_size=500)
            peta[model] = {row["pk"]: obj.pk for row, obj in zip(rows, objs, strict=True)}
            for f in sendiri:
                for row, obj in zip(rows, objs, strict=True):
                    setattr(obj, f.attname, peta[model].get(row[f.attname]))
                model.objects.bulk_update(objs, [f.name for f in sendiri], batch_size=500)


def tumbuh(jumlah: int) -> float:
    """Copy the pemda's PD in turn until it has ``jumlah``; the seconds it took."""
    from sakip.domain.organisation.models import PerangkatDaerah

    start = time.perf_counter()
    asal = list(PerangkatDaerah.objects.filter(pemda__slug=PEMDA).exclude(slug__startswith="salinan-").order_by("pk"))
    ada = PerangkatDaerah.objects.filter(pemda__slug=PEMDA).count()
    for n in range(ada + 1, jumlah + 1):
        salin_pd(asal[n % len(asal)], n)
    return time.perf_counter() - start


def lereng(xs: list[float], ys: list[float]) -> tuple[float, float]:
    """Least squares line through (xs, ys): (slope, intercept)."""
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sxx if sxx else 0.0
    return slope, my - slope * mx


def main(jumlah: list[int]) -> None:
    jumlah = sorted(set(jumlah))
    muat(min(jumlah[0], 10))

    from django.contrib.auth.models import User
    from django.test import Client

    from sakip.composite.dashboard.dokumen_pemda import build_dasbor_pemda
    from sakip.core.scoping import Scope
    from sakip.domain.measurement.models import Pagu, Realisasi

    client = Client()
    client.force_login(User.objects.get(username="inspektorat-probolinggo"))
    url = f"/pemda/{PEMDA}/dasbor/2024/?tw=3"
    hasil: dict[str, list[tuple[int, float, float, int]]] = {"structure": [], "page": []}
    for n in jumlah:
        detik = tumbuh(n)
        if detik > 0.5:
            print(f"copied PD up to {n} in {detik:.1f} s")
        print(f"Kota Probolinggo: {n} PD, {Realisasi.objects.filter(pemda__slug=PEMDA, tahun=2024).count()} "
              f"realisations 2024, {Pagu.objects.filter(pemda__slug=PEMDA).count()} pagu lines")
        size = len(client.get(url).content)
        for name, fn in (("structure", lambda: build_dasbor_pemda(Scope.system(), PEMDA, 2024, 3)),
                         ("page", lambda: client.get(url))):
            ms, cpu, queries = ukur(fn)
            hasil[name].append((n, ms, cpu, queries))
            print(f"  pemda dashboard {name} (TW III 2024{', as the evaluator, rendered' if name == 'page' else ''}): "
                  f"{ms:.1f} ms median, CPU {cpu:.1f} ms, {queries} queries"
                  f"{f', {size // 1024} KB' if name == 'page' else ''}")
    if len(jumlah) > 1:
        for name, rows in hasil.items():
            xs = [float(h[0]) for h in rows]
            wall, _ = lereng(xs, [h[1] for h in rows])
            cpu, intercept = lereng(xs, [h[2] for h in rows])
            print(f"{name}: {wall:.3f} ms per PD wall, {cpu:.3f} ms per PD CPU (least squares over "
                  f"{', '.join(str(h[0]) for h in rows)} PD; CPU intercept {intercept:.1f} ms); "
                  f"queries {sorted({h[3] for h in rows})}")

    ms, queries = timed(lambda: client.get(url + "&format=xlsx"), repeat=5)
    print(f"the same as .xlsx at {jumlah[-1]} PD: {ms:.0f} ms median, {queries} queries")
    ms, queries = timed(lambda: client.get("/pd/wonoasih/dasbor/2024/?tw=3"), repeat=7)
    print(f"PD dashboard of Wonoasih: {ms:.0f} ms median, {queries} queries")

    from django.core.cache import cache

    publik, url = Client(), f"/publik/{PEMDA}/wonoasih/2024/"

    def fresh():
        cache.clear()
        publik.get(url)

    ms, queries = timed(fresh, repeat=7)
    print(f"public portal page of Wonoasih, uncached: {ms:.0f} ms median, {queries} queries")
    ms, queries = timed(lambda: publik.get(url), repeat=200)
    print(f"the same page from the cache (every further reader within the minute): {ms:.2f} ms median, "
          f"{queries} queries")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [10, 50, 200, 500])
