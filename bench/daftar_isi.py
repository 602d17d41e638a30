"""Benchmark of the page numbers in the Word contents (issue 15, ``sakip.documents.halaman``): prints its figures,
asserts nothing.

    .venv/bin/python bench/daftar_isi.py

A fresh SQLite database with the demo; Wonoasih's LKjIP 2024 and SKM report 2024-S2 in Word, each three ways:
without LibreOffice (PATH emptied: the entries left for Word to number, today's file), with LibreOffice and an
empty cache (one print to PDF to find the pages), and again with the cache filled (the next download).
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["SAKIP_VAR_DIR"] = tempfile.mkdtemp(prefix="sakip-bench-daftar-isi-")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sakip.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402


def _ms(fn, repeat: int) -> tuple[float, int]:
    times, size = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        size = len(fn())
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), size


def main() -> None:
    from sakip.core.scoping import Scope
    from sakip.documents import registry
    from sakip.domain.reporting.dokumen import build_lkjip
    from sakip.domain.survey.dokumen import build_skm

    call_command("migrate", verbosity=0)
    call_command("demo", verbosity=0, stdout=open(os.devnull, "w"))
    scope = Scope.system()
    print(f"soffice: {shutil.which('soffice') or 'tidak ada'}; pdftotext: {shutil.which('pdftotext') or 'tidak ada'}")
    path = os.environ.get("PATH", "")
    for nama, kode, dok in (("LKjIP wonoasih 2024", "lkjip", build_lkjip(scope, "wonoasih", 2024, pohon=True)),
                            ("Laporan SKM wonoasih 2024-S2", "skm", build_skm(scope, "wonoasih", "2024-S2"))):
        jenis = registry.jenis(kode)

        def docx(jenis=jenis, dok=dok) -> bytes:
            return jenis.berkas(dok, "docx").isi

        docx()  # imports and the charts of the structure, once
        os.environ["PATH"] = tempfile.mkdtemp(prefix="sakip-tanpa-soffice-")
        tanpa, ukuran = _ms(docx, 5)
        os.environ["PATH"] = path
        dingin = []
        for _ in range(3):
            settings.HALAMAN_CACHE = Path(tempfile.mkdtemp(prefix="sakip-halaman-"))  # an empty cache each time
            dingin.append(_ms(docx, 1)[0])
        hangat, _ = _ms(docx, 5)  # the last cache stays
        print(f"{nama} ({ukuran // 1024} KB): without LibreOffice {tanpa:.0f} ms (median of 5); "
              f"first download, LibreOffice print {statistics.median(dingin):.0f} ms (median of 3: "
              f"{', '.join(f'{t:.0f}' for t in dingin)}); cached {hangat:.0f} ms (median of 5)")


if __name__ == "__main__":
    main()
