"""Benchmark of the pemda dashboard (issue 7: 50 PD under 300 ms): prints its figures, asserts nothing.

    .venv/bin/python bench/dasbor.py [JUMLAH_PD]

A fresh SQLite database with the demo, to which generated kecamatan are added until Kota
Probolinggo has JUMLAH_PD (default 50) perangkat daerah, each with a Renstra, IKU, 2024 programs
(Wonoasih's whole 2024 structure: 47 sub kegiatan, more than the demo's kecamatan have), pagu,
spending and realisations of all four quarters, by the demo's generator. Then: the computed structure (time, queries) and
the whole page as the evaluator gets it (time, queries, size), medians of 15 runs after one warm-up;
the PD dashboard; the public portal page uncached and from its cache.
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


def main(jumlah: int) -> None:
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
    call_command("demo", verbosity=0, stdout=open(os.devnull, "w"))
    print(f"demo with {jumlah} PD in Kota Probolinggo loaded in {time.perf_counter() - start:.1f} s")

    from django.contrib.auth.models import User
    from django.test import Client

    from sakip.composite.dashboard.dokumen_pemda import build_dasbor_pemda
    from sakip.core.scoping import Scope
    from sakip.domain.measurement.models import Pagu, Realisasi
    from sakip.domain.organisation.models import PerangkatDaerah

    pds = PerangkatDaerah.objects.filter(pemda__slug="kota-probolinggo").count()
    print(f"Kota Probolinggo: {pds} PD, {Realisasi.objects.filter(tahun=2024).count()} realisations 2024, "
          f"{Pagu.objects.count()} pagu lines")
    ms, queries = timed(lambda: build_dasbor_pemda(Scope.system(), "kota-probolinggo", 2024, 3), repeat=15)
    print(f"pemda dashboard structure, TW III 2024: {ms:.0f} ms median, {queries} queries")
    client = Client()
    client.force_login(User.objects.get(username="inspektorat-probolinggo"))
    url = "/pemda/kota-probolinggo/dasbor/2024/?tw=3"
    size = len(client.get(url).content)
    ms, queries = timed(lambda: client.get(url), repeat=15)
    print(f"pemda dashboard page as the evaluator (session, rendering included): {ms:.0f} ms median, "
          f"{queries} queries, {size // 1024} KB")
    ms, queries = timed(lambda: client.get(url + "&format=xlsx"), repeat=5)
    print(f"the same as .xlsx: {ms:.0f} ms median, {queries} queries")
    ms, queries = timed(lambda: client.get("/pd/wonoasih/dasbor/2024/?tw=3"), repeat=7)
    print(f"PD dashboard of Wonoasih: {ms:.0f} ms median, {queries} queries")

    from django.core.cache import cache

    publik, url = Client(), "/publik/kota-probolinggo/wonoasih/2024/"

    def fresh():
        cache.clear()
        publik.get(url)

    ms, queries = timed(fresh, repeat=7)
    print(f"public portal page of Wonoasih, uncached: {ms:.0f} ms median, {queries} queries")
    ms, queries = timed(lambda: publik.get(url), repeat=200)
    print(f"the same page from the cache (every further reader within the minute): {ms:.2f} ms median, "
          f"{queries} queries")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 50)
