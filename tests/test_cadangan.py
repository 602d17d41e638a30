"""Backup and restore: everything comes back (rows, uploaded files, the documents built from them)."""

from __future__ import annotations

import io
import tarfile

import pytest
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command

from sakip.core.scoping import Scope

pytestmark = pytest.mark.django_db(transaction=False)


def test_backup_and_restore_round_trip(settings, tmp_path):
    from django.apps import apps

    from sakip.domain.measurement.models import BuktiDukung
    from sakip.domain.planning.models import Indikator
    from sakip.domain.reporting.dokumen import build_lkjip

    settings.MEDIA_ROOT = tmp_path / "media"
    ind = Indikator.objects.filter(pd__slug="wonoasih", sasaran__isnull=False).first()
    bukti = BuktiDukung(indikator=ind, tahun=2024, triwulan=4, keterangan="uji")
    bukti.berkas.save("surat.pdf", ContentFile(b"%PDF-1.4 bukti"), save=False)
    bukti.save()
    before = {m._meta.label: m._base_manager.count() for m in apps.get_models()}
    lkjip_before = build_lkjip(Scope.system(), "wonoasih", 2024).as_json()
    backup = tmp_path / "cadangan.tar.gz"
    call_command("backup", out=str(backup), stdout=io.StringIO())

    (tmp_path / "media" / bukti.berkas.name).unlink()
    BuktiDukung.objects.all().delete()
    with pytest.raises(CommandError, match="tidak kosong"):
        call_command("restore", str(backup), stdout=io.StringIO())
    call_command("restore", str(backup), paksa=True, stdout=io.StringIO())

    after = {m._meta.label: m._base_manager.count() for m in apps.get_models()}
    assert {k: v for k, v in after.items() if v != before[k]} == {}
    assert build_lkjip(Scope.system(), "wonoasih", 2024).as_json() == lkjip_before
    restored = BuktiDukung.objects.get()
    assert restored.berkas.read() == b"%PDF-1.4 bukti"


def test_a_backup_with_a_path_trick_is_refused(tmp_path):
    bad = tmp_path / "jahat.tar.gz"
    with tarfile.open(bad, "w:gz") as tar:
        for name, data in (("manifest.json", b"{}"), ("data.json", b"[]"), ("media/../../etc/passwd", b"x")):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    with pytest.raises(CommandError, match="tidak aman"):
        call_command("restore", str(bad), paksa=True, stdout=io.StringIO())
    with pytest.raises(CommandError, match="bukan berkas cadangan"):
        (tmp_path / "x.tar.gz").write_bytes(b"bukan tar")
        call_command("restore", str(tmp_path / "x.tar.gz"), stdout=io.StringIO())
