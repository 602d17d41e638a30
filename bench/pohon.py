"""Benchmark of the pohon kinerja (issue 19): prints its figures, asserts nothing.

    .venv/bin/python bench/pohon.py [N]

A throwaway SQLite database with the demo (or ``SQLITE_PATH`` of one that has it); Wonoasih's tree 2019–2024: the
median of N (default 7) runs of building the structure (and its query count), the diagram of the whole tree with
``dot`` (SVG, the screen), each format through the registry (PDF: Typst with one SVG a page; Word: one 200 dpi PNG
a page), and the screen page through the test client. Wall time and this process's CPU time; ``dot`` runs in a
child process, whose CPU is added from ``getrusage(RUSAGE_CHILDREN)``.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _cpu() -> float:
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def ukur(label: str, fn, n: int) -> None:
    fn()
    walls, cpus = [], []
    for _ in range(n):
        t, c = time.perf_counter(), _cpu()
        fn()
        walls.append(time.perf_counter() - t)
        cpus.append(_cpu() - c)
    print(f"{label:<44} {statistics.median(walls) * 1000:8.1f} ms  (CPU {statistics.median(cpus) * 1000:7.1f} ms)")


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    if "SQLITE_PATH" not in os.environ:
        os.environ["SQLITE_PATH"] = str(Path(tempfile.mkdtemp(prefix="sakip-bench-pohon-")) / "db.sqlite3")
        subprocess.run([str(ROOT / ".venv/bin/sakip"), "migrate", "-v0"], check=True)
        subprocess.run([str(ROOT / ".venv/bin/sakip"), "demo"], check=True, capture_output=True)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sakip.settings")
    import django

    django.setup()
    from django.contrib.auth.models import User
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, setup_test_environment

    from sakip.core.scoping import Scope
    from sakip.documents import diagram
    from sakip.domain.kaskade import cetak
    from sakip.domain.kaskade.dokumen import POHON, build_pohon

    scope = Scope.system()
    with CaptureQueriesContext(connection) as q:
        dok = build_pohon(scope, "wonoasih", "2019-2024")
    print(f"nodes {len(dok.baris())}, diagram pages {len(cetak.halaman_diagram(dok))}, queries {len(q)}")
    ukur("build_pohon", lambda: build_pohon(scope, "wonoasih", "2019-2024"), n)
    ukur("diagram of the whole tree, dot -Tsvg", lambda: diagram.svg(cetak.kotak_semua(dok)), n)
    for fmt in ("json", "pdf", "docx"):
        ukur(f"POHON.berkas({fmt})", lambda fmt=fmt: POHON.berkas(dok, fmt), n)
    setup_test_environment()
    client = Client()
    client.force_login(User.objects.get(username="operator-wonoasih"))
    ukur("GET the screen (operator)", lambda: client.get("/pd/wonoasih/pohon-kinerja/2019-2024/"), n)


if __name__ == "__main__":
    main()
