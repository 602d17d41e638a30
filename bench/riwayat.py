"""Benchmark of the audit trail's rules (issue 16): prints its figures, asserts nothing.

    .venv/bin/python bench/riwayat.py

On a throwaway SQLite database with the demo data: the cost of ``sakip.core.riwayat.Riwayat`` (read the stored
row before an update, skip the record of a save that changes nothing, record the replaced state of a row
without history) on saving one grid cell through ``measurement.services.simpan_baris``, beside the same save
with django-simple-history's plain behaviour (the hook disconnected); then the activity log page with
100 entries as the evaluator reads it.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["SAKIP_VAR_DIR"] = tempfile.mkdtemp(prefix="sakip-bench-")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sakip.settings")

import django  # noqa: E402

django.setup()

from _ukur import timed  # noqa: E402  (bench/ is the script's directory)
from django.core.management import call_command  # noqa: E402


def hook_off(model) -> None:
    """Disconnect Riwayat's pre_save of ``model``: its saves then record as django-simple-history does."""
    from django.db.models.signals import pre_save

    from sakip.core.riwayat import Riwayat

    for _key, receiver, *_ in list(pre_save.receivers):
        if isinstance(getattr(receiver, "__self__", None), Riwayat) and receiver.__self__.cls is model:
            pre_save.disconnect(receiver, sender=model)


def main() -> None:
    from django.contrib.auth import get_user_model
    from django.test import Client
    from django.urls import reverse

    from sakip.core.scoping import Scope
    from sakip.domain.measurement.dokumen import build_pengukuran
    from sakip.domain.measurement.models import Realisasi
    from sakip.domain.measurement.services import IsianRealisasi, simpan_baris
    from sakip.domain.planning.models import Indikator
    from sakip.domain.workflow.models import Pengajuan

    call_command("migrate", verbosity=0)
    call_command("demo", verbosity=0, stdout=open(os.devnull, "w"))
    Pengajuan.objects.filter(pd__slug="wonoasih").update(status="draft")
    scope = Scope.system()
    rows = [b for b in build_pengukuran(scope, "wonoasih", 2024, 3).baris if b.indikator_id and b.diukur]
    indikator = Indikator.objects.get(pk=rows[0].indikator_id)
    nilai = iter(range(10_000))

    def ubah() -> None:
        simpan_baris(scope, tahun=2024, triwulan=3, realisasi=IsianRealisasi(indikator, str(next(nilai) % 2 + 5)))

    def sama() -> None:
        simpan_baris(scope, tahun=2024, triwulan=3, realisasi=IsianRealisasi(indikator, "5"))

    for label in ("Riwayat (no-op skipped, first change keeps the replaced state)", "plain django-simple-history"):
        if label.startswith("plain"):
            hook_off(Realisasi)
        ms, queries = timed(ubah, repeat=21)
        print(f"{label}:\n  a cell saved with a new value: {ms:.2f} ms median, {queries} queries")
        before = Realisasi.history.count()
        ms, queries = timed(sama, repeat=21)
        print(f"  a cell saved with the same value: {ms:.2f} ms median, {queries} queries, "
              f"{Realisasi.history.count() - before} historical rows written by 22 saves")

    for row in Realisasi.objects.filter(pd__slug="wonoasih", nilai__isnull=False)[:100]:
        row.nilai += 1
        row.save()
    client = Client()
    client.force_login(get_user_model().objects.get(username="inspektorat-probolinggo"))
    url = reverse("audit:aktivitas")
    ms, queries = timed(lambda: client.get(url), repeat=9)
    print(f"activity log page, 100 entries (evaluator): {ms:.1f} ms median, {queries} queries")


if __name__ == "__main__":
    main()
