"""The table of issue 21 in one run: every row's figure beside its floor. Prints, asserts nothing.

    .venv/bin/python bench/tabel21.py [--cepat]

Runs each benchmark of the issue as a fresh subprocess, one after the other (never two at once: they would share
the machine's two cores), with small repetition counts, and prints ONE table: work | sakip | floor | ratio. A
script with a ``--ringkas`` flag prints ``NAMA<TAB>sakip<TAB>lantai<TAB>rasio`` lines (``mulai.py``,
``pengukuran.py``); the others' figures are read from their own lines (the patterns below, next to the script's
``print`` they read). What a row needs that no script measures cheaply says so in its row:

- LKjIP docx/pdf/xlsx/json as a command and in a warm process: ``dokumen.py 3 2`` (3 warm renders, 2 processes);
- start-up: ``mulai.py 5 --pyc --ringkas`` (CPU of fresh processes, bytecode kept as installed);
- public SKM at 16 and 200 clients, SQLite and PostgreSQL: not run here — ``bench/skm.py`` needs a gunicorn
  server, thousands of answers per run and (for PostgreSQL) a throwaway server, ~10 minutes on its own; the row
  says to run it;
- quarterly structure: ``pengukuran.py --ringkas`` (Wonoasih 2024 TW IV beside its one-query SQL floor);
- SKM results of 100.000 answers: ``skm_hasil.py --db sqlite --rounds 3`` (``--cepat``: 20.000 answers);
- pemda dashboard: ``dasbor.py 10 50 100`` (``--cepat``: 10 30), the slope per PD against the issue's goal of
  1 ms per PD (no bare-engine floor: the goal is the floor);
- LKjIP structure: ``lkjip.py --ringkas``, at the demo's size and with ten times Wonoasih's sub kegiatan (no
  floor: the 10× row gives the 1× figure beside it, and the ratio is how the time grew).

Each subprocess's load average before it ran is printed under the table: the machine is shared.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
ANGKA = r"([\d.,]+)"


def _angka(teks: str) -> float:
    """A figure as the scripts print it: ``1234.5`` or Indonesian ``1234,5``."""
    return float(teks.replace(",", "."))


def _jalankan(nama: str, argv: list[str], catatan: list[str]) -> str:
    muat = os.getloadavg()[0]
    start = time.perf_counter()
    hasil = subprocess.run([PY, str(ROOT / "bench" / argv[0]), *argv[1:]], cwd=ROOT, capture_output=True, text=True,
                           check=False)
    catatan.append(f"{nama}: {' '.join(argv)} — {time.perf_counter() - start:.0f} s, load {muat:.1f} before"
                   + (f", FAILED ({hasil.returncode}): {hasil.stderr.strip().splitlines()[-1:]}"
                      if hasil.returncode else ""))
    return hasil.stdout


def _ringkas(keluaran: str) -> list[tuple[str, str, str, str]]:
    return [tuple(baris.split("\t")) for baris in keluaran.splitlines() if baris.count("\t") == 3]  # type: ignore[misc]


def dokumen(catatan: list[str]) -> list[tuple[str, str, str, str]]:
    """``dokumen.py``'s ``_baris`` lines: name, wall sakip / floor / ratio, CPU sakip / floor / ratio."""
    keluaran = _jalankan("LKjIP formats", ["dokumen.py", "3", "2"], catatan)
    rows = []
    pola = re.compile(rf"^\s+(.+?)\s+{ANGKA}\s+{ANGKA}\s+{ANGKA}×\s+{ANGKA}\s+{ANGKA}\s+{ANGKA}×\s*$")
    bagian = ""
    for baris in keluaran.splitlines():
        if baris.startswith("In one warm process"):
            bagian = "warm"
        elif baris.startswith("As a command"):
            bagian = "command"
        cocok = pola.match(baris)
        if cocok and bagian:
            nama = cocok.group(1)
            satuan = "ms" if bagian == "warm" else "s"
            fmt = nama.split(" (")[0] if bagian == "warm" else nama
            rows.append((f"LKjIP {fmt}, {bagian} (CPU)", f"{cocok.group(5)} {satuan}", f"{cocok.group(6)} {satuan}",
                         cocok.group(7)))
    return rows or [("LKjIP formats", "?", "?", "see bench/dokumen.py")]


def skm_hasil(catatan: list[str], jawaban: int) -> list[tuple[str, str, str, str]]:
    keluaran = _jalankan("SKM results", ["skm_hasil.py", "--db", "sqlite", "--rounds", "3", "--answers", str(jawaban)],
                         catatan)
    rows = []
    penuh = re.search(rf"full results: build_skm {ANGKA} ms / floor {ANGKA} ms = {ANGKA}×", keluaran)
    if penuh:
        rows.append(("SKM results, " + f"{jawaban:,}".replace(",", ".") + " answers, SQLite", f"{penuh.group(1)} ms",
                     f"{penuh.group(2)} ms", penuh.group(3)))
    ikm = re.search(rf"IKM alone: ikm_periode {ANGKA} ms / floor {ANGKA} ms = {ANGKA}×", keluaran)
    if ikm:
        rows.append(("  the IKM alone", f"{ikm.group(1)} ms", f"{ikm.group(2)} ms", ikm.group(3)))
    return rows or [("SKM results", "?", "?", "see bench/skm_hasil.py")]


def dasbor(catatan: list[str], jumlah: list[int]) -> list[tuple[str, str, str, str]]:
    keluaran = _jalankan("pemda dashboard", ["dasbor.py", *map(str, jumlah)], catatan)
    rows = []
    for nama in ("structure", "page"):
        cocok = re.search(rf"^{nama}: {ANGKA} ms per PD wall, {ANGKA} ms per PD CPU.*queries (\[.*\])", keluaran, re.M)
        if cocok:
            cpu = _angka(cocok.group(2))
            rows.append((f"pemda dashboard {nama}, slope over {'/'.join(map(str, jumlah))} PD (CPU; queries "
                         f"{cocok.group(3)})", f"{cpu:.2f} ms/PD", "1 ms/PD (goal)", f"{cpu:.2f}"))
    return rows or [("pemda dashboard", "?", "?", "see bench/dasbor.py")]


def lkjip(catatan: list[str]) -> list[tuple[str, str, str, str]]:
    rows = _ringkas(_jalankan("LKjIP structure", ["lkjip.py", "--ringkas"], catatan))
    return rows or [("LKjIP structure 1× / 10×", "?", "?", "see bench/lkjip.py")]


def main() -> None:
    cepat = "--cepat" in sys.argv
    catatan: list[str] = []
    rows: list[tuple[str, str, str, str]] = []
    rows += dokumen(catatan)
    rows += _ringkas(_jalankan("start-up", ["mulai.py", "5", "--pyc", "--ringkas"], catatan))
    rows.append(("public SKM, 16 / 200 clients, SQLite / PostgreSQL", "run bench/skm.py", "bare-insert view", "—"))
    rows += _ringkas(_jalankan("quarterly structure", ["pengukuran.py", "--ringkas"], catatan))
    rows += skm_hasil(catatan, 20_000 if cepat else 100_000)
    rows += dasbor(catatan, [10, 30] if cepat else [10, 50, 100])
    rows += lkjip(catatan)
    lebar = max(len(r[0]) for r in rows)
    print(f"issue 21, {time.strftime('%Y-%m-%d %H:%M')} on {os.cpu_count()} CPUs")
    print(f"{'work':<{lebar}} | {'sakip':>16} | {'floor':>16} | ratio")
    print(f"{'-' * lebar}-+-{'-' * 16}-+-{'-' * 16}-+------")
    for nama, sakip, lantai, rasio in rows:
        try:
            rasio = f"{_angka(rasio):.2f}×"
        except ValueError:
            pass
        sakip, lantai, rasio = (t.replace(".", ",") if t[:1].isdigit() else t for t in (sakip, lantai, rasio))
        print(f"{nama:<{lebar}} | {sakip:>16} | {lantai:>16} | {rasio}")
    print("\nruns:")
    for baris in catatan:
        print(f"  {baris}")


if __name__ == "__main__":
    main()
