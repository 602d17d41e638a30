"""Benchmark of the LKjIP (issue 4): prints its figures, asserts nothing.

    .venv/bin/python bench/lkjip.py [--ringkas]

The computed structure of Wonoasih 2024 (time, queries), then all four formats in one process
(time together, peak memory of the process), twice: in a fresh process and in a warm one.
The Word and PDF files share the drawn charts of the one structure.

``--ringkas``: only the structure, at the demo's size and after multiplying Wonoasih's 2024 sub kegiatan by ten
(each kegiatan gets nine copies of each of its sub kegiatan, on new nomenclature codes, with an indicator, its
target, pagu, four realisations and four spending lines), as ``NAMA<TAB>sakip<TAB>lantai<TAB>rasio`` lines for
``bench/tabel21.py`` (no floor: the column gives the 1× figure beside the 10×, the ratio how the time grew).
"""

from __future__ import annotations

import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["SAKIP_VAR_DIR"] = tempfile.mkdtemp(prefix="sakip-bench-lkjip-")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sakip.settings")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402


def perbanyak(kali: int) -> int:
    """Wonoasih's 2024 sub kegiatan times ``kali``: ``kali - 1`` copies of each, with what the LKjIP reads."""
    from decimal import Decimal

    from sakip.domain.measurement.models import Pagu, Realisasi, RealisasiAnggaran
    from sakip.domain.planning.models import Indikator, Kegiatan, Nomenklatur, SubKegiatan, Target

    added = 0
    for kegiatan in Kegiatan.objects.filter(pd__slug="wonoasih", program__tahun=2024).select_related("nomenklatur"):
        for sub in list(SubKegiatan.objects.filter(kegiatan=kegiatan).select_related("nomenklatur")):
            for i in range(1, kali):
                n = Nomenklatur.objects.create(kode=f"{sub.nomenklatur.kode}.x{i}", level=sub.nomenklatur.level,
                                               nama=f"{sub.nomenklatur.nama} ({i})", induk=kegiatan.nomenklatur)
                baru = SubKegiatan.objects.create(kegiatan=kegiatan, nomenklatur=n, urutan=99)
                ind = Indikator.objects.create(sub_kegiatan=baru, nama=f"Indikator {n.kode}", satuan="Dokumen")
                Target.objects.create(indikator=ind, tahun=2024, nilai=Decimal(12))
                Pagu.objects.create(sub_kegiatan=baru, nilai=Decimal(1_000_000))
                for tw in (1, 2, 3, 4):
                    Realisasi.objects.create(indikator=ind, tahun=2024, triwulan=tw, nilai=Decimal(3 * tw))
                    RealisasiAnggaran.objects.create(sub_kegiatan=baru, triwulan=tw, nilai=Decimal(200_000 * tw))
                added += 1
    return added


def _struktur(scope) -> tuple[float, float, int]:
    """(wall ms, CPU ms) medians of 7 builds of Wonoasih 2024's structure after one, and its query count."""
    from sakip.domain.reporting.dokumen import build_lkjip

    build_lkjip(scope, "wonoasih", 2024, pohon=True)
    wall, cpu = [], []
    for _ in range(7):
        start, start_cpu = time.perf_counter(), time.process_time()
        build_lkjip(scope, "wonoasih", 2024, pohon=True)
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    with CaptureQueriesContext(connection) as ctx:
        build_lkjip(scope, "wonoasih", 2024, pohon=True)
    return statistics.median(wall), statistics.median(cpu), len(ctx.captured_queries)


def ringkas() -> None:
    from sakip.core.scoping import Scope
    from sakip.domain.planning.models import SubKegiatan

    call_command("migrate", verbosity=0)
    call_command("demo", verbosity=0, stdout=open(os.devnull, "w"))
    scope = Scope.system()
    jumlah = SubKegiatan.objects.filter(kegiatan__pd__slug="wonoasih", kegiatan__program__tahun=2024).count()
    _, satu, q1 = _struktur(scope)
    added = perbanyak(10)
    _, sepuluh, q10 = _struktur(scope)
    print(f"LKjIP structure, 1× ({jumlah} sub kegiatan; CPU)\t{satu:.0f} ms\t—\t—")
    print(f"LKjIP structure, 10× ({jumlah + added} sub kegiatan, {q10} queries; 1×: {q1}; CPU) beside 1×\t"
          f"{sepuluh:.0f} ms\t{satu:.0f} ms\t{sepuluh / satu:.2f}")


def main() -> None:
    from sakip.core.scoping import Scope
    from sakip.domain.reporting.dokumen import LKJIP, build_lkjip

    call_command("migrate", verbosity=0)
    call_command("demo", verbosity=0, stdout=open(os.devnull, "w"))
    scope = Scope.system()
    build_lkjip(scope, "wonoasih", 2024, pohon=True)
    times = []
    for _ in range(7):
        start = time.perf_counter()
        dok = build_lkjip(scope, "wonoasih", 2024, pohon=True)
        times.append((time.perf_counter() - start) * 1000)
    with CaptureQueriesContext(connection) as ctx:
        build_lkjip(scope, "wonoasih", 2024, pohon=True)
    print(f"LKjIP structure wonoasih 2024: {statistics.median(times):.0f} ms median, {len(ctx.captured_queries)} queries")
    for run in ("first (imports of matplotlib/python-docx/typst included)", "second (warm process)"):
        start = time.perf_counter()
        dok = build_lkjip(scope, "wonoasih", 2024, pohon=True)
        sizes = {}
        for fmt in ("json", "xlsx", "docx", "pdf"):
            t0 = time.perf_counter()
            sizes[fmt] = (len(LKJIP.berkas(dok, fmt).isi), time.perf_counter() - t0)
        total = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"structure + all four formats, {run}: " + ", ".join(
            f"{fmt} {size // 1024} KB in {sec * 1000:.0f} ms" for fmt, (size, sec) in sizes.items())
            + f"; together {total:.2f} s, peak memory {peak:.0f} MB")
    del dok


if __name__ == "__main__":
    ringkas() if "--ringkas" in sys.argv else main()
