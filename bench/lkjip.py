"""Benchmark of the LKjIP (issue 4): prints its figures, asserts nothing.

    .venv/bin/python bench/lkjip.py

The computed structure of Wonoasih 2024 (time, queries), then all four formats in one process
(time together, peak memory of the process), twice: in a fresh process and in a warm one.
The Word and PDF files share the drawn charts of the one structure.
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


def main() -> None:
    from sakip.core.scoping import Scope
    from sakip.domain.reporting.dokumen import LKJIP, build_lkjip

    call_command("migrate", verbosity=0)
    call_command("demo", verbosity=0, stdout=open(os.devnull, "w"))
    scope = Scope.system()
    build_lkjip(scope, "wonoasih", 2024)
    times = []
    for _ in range(7):
        start = time.perf_counter()
        dok = build_lkjip(scope, "wonoasih", 2024)
        times.append((time.perf_counter() - start) * 1000)
    with CaptureQueriesContext(connection) as ctx:
        build_lkjip(scope, "wonoasih", 2024)
    print(f"LKjIP structure wonoasih 2024: {statistics.median(times):.0f} ms median, {len(ctx.captured_queries)} queries")
    for run in ("first (imports of matplotlib/python-docx/typst included)", "second (warm process)"):
        start = time.perf_counter()
        dok = build_lkjip(scope, "wonoasih", 2024)
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
    main()
