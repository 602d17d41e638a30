"""Benchmark of start-up (issue 21): prints its figures, asserts nothing.

    .venv/bin/python bench/mulai.py [N] [--pyc] [--ringkas]

Each line is a fresh process, run N times (default 15) in turns (A, B, C, D, A, B, …, so drift in the machine's
load touches every line alike); the median wall time of each, and its ratio to the floor:

- floor: ``python -c "django.setup()"`` with sakip's settings — the apps, their models and ``ready()``;
- ``sakip check``: the console script, the system checks (they import the URLconf, so every view module);
- ``sakip --help``: the console script listing the commands;
- URLconf: ``django.setup()`` and ``get_resolver().url_patterns``, what a web worker loads before its first
  request;
- Django alone: ``django.setup()`` of Django and the same third-party apps without sakip's, for reference (what
  sakip's own apps add to the floor);
- the floor with the collector treated as ``sakip`` treats it (``sakip.manage._setup_beku``: paused during
  ``django.setup()``, its objects frozen after), for reference: how much of the commands' lead over the floor is
  that treatment, and what sakip adds beyond it (``sakip check`` against this line).

Then the heavy libraries each process held at its end (none should: python-docx, openpyxl, matplotlib, Typst,
WeasyPrint are imported by the renderer that needs them), and the slowest imports of ``sakip check``
(``python -X importtime``), to say where the rest of the time goes.

Each figure is wall time and, beside it, the CPU time of the process (user + system, from ``getrusage`` of the
children): the one to read when other work shares the machine. ``--pyc`` lets the processes keep compiled
bytecode (in a throwaway ``PYTHONPYCACHEPREFIX``, warmed first) as an installed sakip has it; without it the
processes inherit the environment, and where ``PYTHONDONTWRITEBYTECODE`` is set (this machine's sessions) every
sakip module is compiled from source in every process, which weighs on sakip's side more than on the floor's.
``--ringkas`` prints only ``NAMA<TAB>sakip<TAB>lantai<TAB>rasio`` lines (ms, CPU medians) for ``bench/tabel21.py``.
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
PYTHON = sys.executable  # .venv/bin/python
SAKIP = str(Path(sys.executable).parent / "sakip")  # the console script beside it
BERAT = ("matplotlib", "numpy", "docx", "docxtpl", "openpyxl", "xlsxwriter", "typst", "weasyprint", "lxml", "PIL",
         "segno", "pypdf")
SETUP = ("import os, django; os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'sakip.settings'); django.setup()")
URLCONF = SETUP + "; from django.urls import get_resolver; get_resolver().url_patterns"
SETUP_GC = ("import gc, os, django; os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'sakip.settings'); gc.disable(); "
            "django.setup(); gc.freeze(); gc.enable()")
# Django and the third-party apps sakip installs, none of sakip's own: what sakip's apps add to django.setup().
DJANGO = ("import django; from django.conf import settings; settings.configure(INSTALLED_APPS=["
          + ", ".join(repr(a) for a in ("django.contrib.admin", "django.contrib.auth", "django.contrib.contenttypes",
                                        "django.contrib.sessions", "django.contrib.messages", "django.contrib.staticfiles",
                                        "django.contrib.humanize", "django_htmx", "axes", "simple_history"))
          + "]); django.setup()")
LAPOR = "; import sys; print(','.join(m for m in {berat!r} if m in sys.modules))"
# The console script as a process, and the same script with a report of the heavy modules at its end.
SKRIP = ("import sys, atexit; sys.argv = {argv!r}; "
         "atexit.register(lambda: print('\\n@' + ','.join(m for m in {berat!r} if m in sys.modules))); "
         "from sakip.manage import main; main()")

PROSES = {
    "django.setup() (floor)": [PYTHON, "-c", SETUP],
    "sakip check": [SAKIP, "check"],
    "sakip --help": [SAKIP, "--help"],
    "URLconf (web worker)": [PYTHON, "-c", URLCONF],
    "Django alone (reference)": [PYTHON, "-c", DJANGO],
    "floor, collector as sakip": [PYTHON, "-c", SETUP_GC],
}
LAPORAN = {
    "django.setup() (floor)": [PYTHON, "-c", SETUP + LAPOR.format(berat=BERAT)],
    "sakip check": [PYTHON, "-c", SKRIP.format(argv=["sakip", "check"], berat=BERAT)],
    "sakip --help": [PYTHON, "-c", SKRIP.format(argv=["sakip", "--help"], berat=BERAT)],
    "URLconf (web worker)": [PYTHON, "-c", URLCONF + LAPOR.format(berat=BERAT)],
}


def _cpu_anak() -> float:
    pakai = resource.getrusage(resource.RUSAGE_CHILDREN)
    return pakai.ru_utime + pakai.ru_stime


def _jalankan(cmd: list[str], env: dict[str, str]) -> tuple[float, str, float]:
    """(wall seconds, stdout, CPU seconds) of one process."""
    start, cpu = time.perf_counter(), _cpu_anak()
    hasil = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, check=False)
    detik = time.perf_counter() - start
    if hasil.returncode:
        sys.exit(f"{' '.join(cmd)} failed ({hasil.returncode}):\n{hasil.stderr[-2000:]}")
    return detik, hasil.stdout, _cpu_anak() - cpu


def _importtime(env: dict[str, str], top: int = 12) -> list[tuple[float, str]]:
    """The ``top`` largest cumulative import times of ``sakip check`` among modules outside the standard library."""
    hasil = subprocess.run([PYTHON, "-X", "importtime", "-c", SKRIP.format(argv=["sakip", "check"], berat=())],
                           env=env, cwd=ROOT, capture_output=True, text=True, check=True)
    baris = []
    for line in hasil.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _, cumulative, nama = (part.strip() for part in line[len("import time:"):].split("|"))
        if "." not in nama and nama not in ("django", "sakip"):  # top-level packages only, plus sakip's own
            baris.append((int(cumulative) / 1000, nama))
        elif nama.startswith("sakip.") and nama.count(".") >= 2:
            baris.append((int(cumulative) / 1000, nama))
    return sorted(baris, reverse=True)[:top]


def main() -> None:
    argumen = [a for a in sys.argv[1:] if not a.startswith("--")]
    n = int(argumen[0]) if argumen else 15
    ringkas = "--ringkas" in sys.argv
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "sakip.settings", "PYTHONPATH": str(ROOT),
           "SAKIP_VAR_DIR": tempfile.mkdtemp(prefix="sakip-bench-mulai-")}
    if "--pyc" in sys.argv:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = tempfile.mkdtemp(prefix="sakip-bench-pyc-")
    for cmd in PROSES.values():  # warm the file cache (and the bytecode) and write the var dir's secret key once
        _jalankan(cmd, env)
    waktu: dict[str, list[float]] = {nama: [] for nama in PROSES}
    cpu: dict[str, list[float]] = {nama: [] for nama in PROSES}
    for _ in range(n):
        for nama, cmd in PROSES.items():
            detik, _, cpu_detik = _jalankan(cmd, env)
            waktu[nama].append(detik)
            cpu[nama].append(cpu_detik)
    lantai, lantai_cpu = statistics.median(waktu["django.setup() (floor)"]), statistics.median(cpu["django.setup() (floor)"])
    if ringkas:
        for nama in ("sakip check", "sakip --help", "URLconf (web worker)"):
            median = statistics.median(cpu[nama])
            print(f"start-up: {nama} (CPU)\t{median * 1000:.0f} ms\t{lantai_cpu * 1000:.0f} ms\t{median / lantai_cpu:.2f}")
        gc_cpu, check_cpu = statistics.median(cpu["floor, collector as sakip"]), statistics.median(cpu["sakip check"])
        print(f"  sakip check against the floor with the collector as sakip treats it\t{check_cpu * 1000:.0f} ms\t"
              f"{gc_cpu * 1000:.0f} ms\t{check_cpu / gc_cpu:.2f}")
        return
    print(f"start-up, median of {n} fresh processes each (alternated), load {os.getloadavg()[0]:.1f}, bytecode "
          f"{'kept' if '--pyc' in sys.argv else 'as the environment says'}")
    for nama, daftar in waktu.items():
        median, median_cpu = statistics.median(daftar), statistics.median(cpu[nama])
        print(f"  {nama:<24} {median * 1000:7.0f} ms   {median / lantai:4.2f}× the floor"
              f"   (min {min(daftar) * 1000:.0f}, max {max(daftar) * 1000:.0f} ms)"
              f"   CPU {median_cpu * 1000:5.0f} ms {median_cpu / lantai_cpu:4.2f}×")
    print("heavy libraries loaded at the end of each process:")
    for nama, cmd in LAPORAN.items():  # (Django alone holds none of them by construction)
        keluaran = _jalankan(cmd, env)[1].strip().rsplit("@", 1)[-1].strip()
        print(f"  {nama:<24} {keluaran or 'none'}")
    print("largest imports of `sakip check` (python -X importtime, cumulative):")
    for ms, nama in _importtime(env):
        print(f"  {ms:7.1f} ms  {nama}")


if __name__ == "__main__":
    main()
