"""Backup and restore of a whole installation: every row of the database and every uploaded file.

A backup is one ``.tar.gz`` with ``manifest.json`` (when, from which database, rows per table),
``data.json`` (Django's serialisation of every table except the ones Django rebuilds itself) and
``media/`` (bukti dukung, uploaded charts). It is read inside one transaction, so it is a consistent
snapshot: SQLite takes its write lock for the read (IMMEDIATE transactions), PostgreSQL reads at
REPEATABLE READ. A restore goes into an empty installation (or with ``paksa`` over one) in one
transaction, then puts the files back; it works across SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime
import io
import json
import tarfile
from collections import Counter
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import serializers
from django.core.management import call_command
from django.db import connection, transaction

TIDAK_DISALIN = {"contenttypes.contenttype", "auth.permission", "sessions.session", "admin.logentry"}


class CadanganError(Exception):
    """A backup that cannot be restored here; the message says why, in Indonesian."""


def _models():
    from django.apps import apps

    return [m for m in apps.get_models() if m._meta.label_lower not in TIDAK_DISALIN and not m._meta.proxy]


def buat_cadangan(tujuan: Path) -> dict:
    """Write a backup to ``tujuan`` and return its manifest."""
    buffer = io.StringIO()
    outer = connection.in_atomic_block  # already inside a caller's transaction: its snapshot applies
    with transaction.atomic():
        if connection.vendor == "postgresql" and not outer:
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        objects = [obj for model in _models() for obj in model._base_manager.order_by("pk").iterator()]
        serializers.serialize("json", objects, stream=buffer, use_natural_foreign_keys=True)
    media_root = Path(settings.MEDIA_ROOT)
    files = sorted(p for p in media_root.rglob("*") if p.is_file()) if media_root.exists() else []
    manifest = {
        "format": 1, "dibuat": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "basis_data": connection.vendor,
        "baris": dict(sorted(Counter(obj._meta.label_lower for obj in objects).items())),
        "berkas": len(files),
    }
    tujuan.parent.mkdir(parents=True, exist_ok=True)
    with tarfile.open(tujuan, "w:gz") as tar:
        for name, data in (("manifest.json", json.dumps(manifest, indent=1).encode()),
                           ("data.json", buffer.getvalue().encode())):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
        for path in files:
            tar.add(path, arcname=f"media/{path.relative_to(media_root).as_posix()}", recursive=False)
    return manifest


def pulihkan(sumber: Path, *, paksa: bool = False) -> dict:
    """Restore ``sumber`` into this installation; refuses a non-empty one unless ``paksa``."""
    try:
        tar = tarfile.open(sumber, "r:gz")
    except (OSError, tarfile.TarError) as exc:
        raise CadanganError(f"“{sumber}” bukan berkas cadangan sakip (.tar.gz): {exc}") from exc
    with tar:
        names = tar.getnames()
        if "manifest.json" not in names or "data.json" not in names:
            raise CadanganError(f"“{sumber}” tidak berisi manifest.json dan data.json.")
        media = [m for m in tar.getmembers() if m.name.startswith("media/")]
        for member in media:
            path = PurePosixPath(member.name)
            if not member.isfile() or path.is_absolute() or ".." in path.parts:
                raise CadanganError(f"Isi cadangan tidak aman: “{member.name}”.")
        manifest = json.loads(_baca(tar, "manifest.json"))
        data = _baca(tar, "data.json").decode()
        call_command("migrate", verbosity=0)
        if get_user_model().objects.exists() and not paksa:
            raise CadanganError("Basis data ini tidak kosong; pulihkan ke instalasi kosong atau pakai --paksa.")
        with transaction.atomic():
            if connection.vendor == "postgresql":  # checks still pending in this transaction block TRUNCATE
                with connection.cursor() as cursor:
                    cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
                    cursor.execute("SET CONSTRAINTS ALL DEFERRED")
            call_command("flush", interactive=False, verbosity=0)
            saved, deferred = set(), []
            for obj in serializers.deserialize("json", data, handle_forward_references=True):
                obj.save()  # one by one, in dump order: a natural key refers to a row saved before it
                saved.add(type(obj.object))
                if obj.deferred_fields:
                    deferred.append(obj)
            for obj in deferred:
                obj.save_deferred_fields()
            _reset_sequences(saved)
        media_root = Path(settings.MEDIA_ROOT)
        for member in media:
            target = media_root / PurePosixPath(member.name).relative_to("media")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(_baca(tar, member))
    return manifest


def _baca(tar: tarfile.TarFile, member: str | tarfile.TarInfo) -> bytes:
    """The bytes of one file of the archive; a directory or link under that name is refused."""
    berkas = tar.extractfile(member)
    if berkas is None:
        name = member if isinstance(member, str) else member.name
        raise CadanganError(f"Isi cadangan “{name}” bukan berkas.")
    return berkas.read()


def _reset_sequences(models) -> None:
    from django.core.management.color import no_style

    statements = connection.ops.sequence_reset_sql(no_style(), list(models))
    if statements:
        with connection.cursor() as cursor:
            for sql in statements:
                cursor.execute(sql)
