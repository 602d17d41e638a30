"""Backup and restore of a whole installation: every row of the database and every uploaded file.

A backup is one ``.tar.gz`` with ``manifest.json`` (when, from which database, rows per table),
``data.json`` (Django's serialisation of every table except the ones Django rebuilds itself, timestamps
with their microseconds) and ``media/`` (bukti dukung, uploaded charts). It is read inside one
transaction, so it is a consistent snapshot: SQLite takes its write lock for the read (IMMEDIATE
transactions), PostgreSQL reads at REPEATABLE READ.

A restore goes in three steps, and nothing is touched before the first has passed:

1. *check*: the whole archive is read once (gzip checksum included); the manifest, every item of
   ``data.json`` (known model, ``model`` and ``fields``), the rows per model against the manifest, and
   every media member (a plain file under ``media/``, no absolute path, no ``..``) are checked, and the
   media files are unpacked into a staging folder next to ``MEDIA_ROOT``. An archive without rows, without
   a user or without a pemda is refused ("cadangan kosong"), even with ``paksa``.
2. *load*: in one transaction every table except the sessions is emptied and the rows are loaded;
   foreign keys are checked before the commit, so a row pointing at a missing row rolls everything back.
   Sessions are kept: logged-in users stay logged in, unless their password differs in the restored data
   (Django's session hash then logs them out).
3. *files*: the staged media files are moved into ``MEDIA_ROOT`` (files not in the backup stay).

For the whole restore the file ``VAR_DIR/pemeliharaan`` exists; :class:`sakip.core.middleware.Pemeliharaan`
then answers every request that would write with 503, so nothing is acknowledged and then lost.
Every refusal is a :class:`CadanganError` with an Indonesian message.
"""

from __future__ import annotations

import datetime
import errno
import gzip
import io
import json
import os
import shutil
import tarfile
import tempfile
import zlib
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import serializers
from django.core.management import call_command
from django.core.serializers.json import DjangoJSONEncoder
from django.db import OperationalError, connection, transaction
from django.utils.timezone import is_aware

FORMAT = 1
TIDAK_DISALIN = {"contenttypes.contenttype", "auth.permission", "sessions.session", "admin.logentry"}
TETAP = {"sessions.session"}  # tables a restore leaves as they are (nobody is logged out)
WAJIB = {"organisation.pemda": "pemda"}  # besides a user: an archive without these rows is empty
TANDA_PEMELIHARAAN = "pemeliharaan"  # under VAR_DIR while a restore runs


class CadanganError(Exception):
    """A backup that cannot be restored here; the message says why, in Indonesian."""


class _JsonLengkap(DjangoJSONEncoder):
    """Django's encoder with whole timestamps: it follows ECMA-262 and cuts microseconds to milliseconds."""

    def default(self, o):
        if isinstance(o, datetime.datetime) or (isinstance(o, datetime.time) and not is_aware(o)):
            return o.isoformat()
        return super().default(o)


@dataclass
class _Isi:
    """What the check step read: the manifest, the items of data.json, the staged media files."""

    manifest: dict
    objek: list[dict]
    media: list[tuple[PurePosixPath, Path]]  # (path under media/, staged copy)


def berkas_pemeliharaan() -> Path:
    """The file that exists while a restore runs (the site is read-only then)."""
    return Path(settings.VAR_DIR) / TANDA_PEMELIHARAAN


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
        serializers.serialize("json", objects, stream=buffer, use_natural_foreign_keys=True, cls=_JsonLengkap)
    media_root = Path(settings.MEDIA_ROOT)
    files = sorted(p for p in media_root.rglob("*") if p.is_file()) if media_root.exists() else []
    manifest = {
        "format": FORMAT, "dibuat": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "basis_data": connection.vendor,
        "baris": dict(sorted(Counter(obj._meta.label_lower for obj in objects).items())),
        "berkas": len(files),
    }
    tujuan.parent.mkdir(parents=True, exist_ok=True)
    sementara = tujuan.with_name(f".{tujuan.name}.sementara")  # renamed when whole: never half a backup
    try:
        with tarfile.open(sementara, "w:gz") as tar:
            for name, data in (("manifest.json", json.dumps(manifest, indent=1).encode()),
                               ("data.json", buffer.getvalue().encode())):
                info = tarfile.TarInfo(name)
                info.size = len(data)
                tar.addfile(info, io.BytesIO(data))
            for path in files:
                tar.add(path, arcname=f"media/{path.relative_to(media_root).as_posix()}", recursive=False)
        os.replace(sementara, tujuan)
    finally:
        sementara.unlink(missing_ok=True)
    return manifest


def pulihkan(sumber: Path, *, paksa: bool = False) -> dict:
    """Restore ``sumber`` into this installation; refuses a non-empty one unless ``paksa``.

    Raises :class:`CadanganError` (nothing changed) for an archive that is damaged, inconsistent or empty.
    """
    with _pemeliharaan():
        media_root = Path(settings.MEDIA_ROOT)
        media_root.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".pulihkan-", dir=media_root.parent))
        try:
            isi = _periksa(sumber, staging)
            if _berisi() and not paksa:
                raise CadanganError("Basis data ini tidak kosong; pulihkan ke instalasi kosong atau pakai --paksa.")
            call_command("migrate", verbosity=0)
            _muat(isi.objek)
            _pasang_media(isi.media, media_root)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return isi.manifest


@contextmanager
def _pemeliharaan() -> Iterator[None]:
    """The site is read-only while the block runs; a second restore at the same time is refused."""
    tanda = berkas_pemeliharaan()
    tanda.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(tanda, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        raise CadanganError(f"Pemulihan lain sedang berjalan (berkas {tanda} ada). Bila tidak ada pemulihan "
                            "yang berjalan, hapus berkas itu lalu ulangi.") from None
    with os.fdopen(fd, "w") as berkas:
        berkas.write(f"sakip restore, pid {os.getpid()}, sejak {datetime.datetime.now().isoformat()}\n")
    try:
        yield
    finally:
        tanda.unlink(missing_ok=True)


# --- step 1: check ---------------------------------------------------------------------------------------


def _periksa(sumber: Path, staging: Path) -> _Isi:
    """Read the whole archive and check it; media files go to ``staging``. Touches nothing else."""
    berkas, media = _baca_arsip(sumber, staging)
    for name in ("manifest.json", "data.json"):
        if name not in berkas:
            raise CadanganError(f"“{sumber}” tidak berisi {name}; bukan cadangan sakip yang utuh.")
    manifest = _periksa_manifest(_json(berkas["manifest.json"], "manifest.json"))
    objek = _periksa_data(_json(berkas["data.json"], "data.json"), manifest["baris"])
    if len(media) != manifest["berkas"]:
        raise CadanganError(f"Jumlah berkas media tidak cocok: manifest.json menyebut {manifest['berkas']}, "
                            f"arsip berisi {len(media)}.")
    return _Isi(manifest, objek, media)


def _buka_arsip(sumber: Path) -> tarfile.TarFile:
    """``sumber`` opened as a .tar.gz, or why it cannot be."""
    try:
        with open(sumber, "rb") as raw:
            if raw.read(2) != b"\x1f\x8b":
                raise CadanganError(f"“{sumber}” bukan berkas cadangan sakip (.tar.gz): bukan berkas gzip.")
    except FileNotFoundError:
        raise CadanganError(f"Berkas cadangan “{sumber}” tidak ada.") from None
    except IsADirectoryError:
        raise CadanganError(f"“{sumber}” adalah folder, bukan berkas cadangan.") from None
    try:
        return tarfile.open(sumber, "r:gz")
    except tarfile.ReadError as exc:
        raise CadanganError(f"“{sumber}” bukan berkas cadangan sakip: isi gzip-nya bukan arsip tar ({exc}).") from exc
    except (OSError, EOFError, zlib.error) as exc:
        raise CadanganError(f"“{sumber}” terpotong atau rusak: {_kutip(exc, 80)}.") from exc


def _baca_arsip(sumber: Path, staging: Path) -> tuple[dict[str, bytes], list[tuple[PurePosixPath, Path]]]:
    """manifest.json and data.json as bytes, the media files copied to ``staging``; the whole gzip is read."""
    tar = _buka_arsip(sumber)
    berkas: dict[str, bytes] = {}
    media: list[tuple[PurePosixPath, Path]] = []
    seen: set[str] = set()
    try:
        with tar:
            for member in tar:
                if member.name in seen:
                    raise CadanganError(f"Isi cadangan “{_kutip(member.name)}” muncul dua kali.")
                seen.add(member.name)
                if member.name in ("manifest.json", "data.json"):
                    if not member.isfile():
                        raise CadanganError(f"Isi cadangan “{member.name}” bukan berkas biasa.")
                    berkas[member.name] = _isi(tar, member)
                    continue
                rel = _jalur_media(member)
                if rel is None:
                    continue  # a folder
                staged = staging / f"{len(media):07d}"
                with _buka(tar, member) as src, open(staged, "wb") as dst:
                    shutil.copyfileobj(src, dst)
                media.append((rel, staged))
            assert isinstance(tar.fileobj, gzip.GzipFile)
            while tar.fileobj.read(1 << 16):  # to the end of the gzip stream: its length and checksum
                pass
    except (OSError, EOFError, zlib.error, tarfile.TarError) as exc:
        if isinstance(exc, OSError) and exc.errno is not None:  # the system's (disk full, permission), not the data
            raise CadanganError(f"“{sumber}” tidak dapat dibaca atau dibongkar ke {staging.parent}: "
                                f"{exc.strerror}.") from exc
        raise CadanganError(f"“{sumber}” terpotong atau rusak: {_kutip(exc, 80)}.") from exc
    return berkas, media


def _jalur_media(member: tarfile.TarInfo) -> PurePosixPath | None:
    """The path under ``media/`` of a member; ``None`` for a folder; refuses anything else."""
    path = PurePosixPath(member.name)
    if path.is_absolute() or ".." in path.parts:
        raise CadanganError(f"Isi cadangan tidak aman: “{_kutip(member.name)}” (jalur keluar dari folder).")
    if not path.parts or path.parts[0] != "media":
        raise CadanganError(f"Isi cadangan tidak dikenal: “{_kutip(member.name)}”.")
    if member.isdir():
        return None
    if not member.isfile():
        raise CadanganError(f"Isi cadangan tidak aman: “{_kutip(member.name)}” bukan berkas biasa "
                            "(tautan atau perangkat).")
    rel = path.relative_to("media")
    if not rel.parts:
        raise CadanganError(f"Isi cadangan tidak aman: “{_kutip(member.name)}”.")
    return rel


def _periksa_manifest(manifest: object) -> dict:
    if not isinstance(manifest, dict):
        raise CadanganError("manifest.json harus berupa objek JSON ({…}).")
    versi = manifest.get("format")
    if type(versi) is not int or versi != FORMAT:
        raise CadanganError(f"Format cadangan “{_kutip(versi)}” tidak dikenal; versi sakip ini membaca format "
                            f"{FORMAT}.")
    baris = manifest.get("baris")
    if not isinstance(baris, dict) or not all(isinstance(k, str) and type(v) is int and v >= 0
                                              for k, v in baris.items()):
        raise CadanganError("manifest.json: “baris” harus berupa objek nama model → jumlah baris.")
    if type(manifest.get("berkas")) is not int or manifest["berkas"] < 0:
        raise CadanganError("manifest.json: “berkas” harus berupa jumlah berkas media.")
    if not isinstance(manifest.get("dibuat"), str):
        raise CadanganError("manifest.json: “dibuat” (waktu pembuatan cadangan) tidak ada.")
    return manifest


def _periksa_data(data: object, baris: dict[str, int]) -> list[dict]:
    if not isinstance(data, list):
        raise CadanganError("data.json harus berupa daftar JSON ([…]).")
    if not data:
        raise CadanganError("Cadangan kosong: data.json tidak berisi satu baris pun; basis data tidak diubah.")
    dikenal = {m._meta.label_lower for m in _models()}
    hitung: Counter[str] = Counter()
    for nomor, item in enumerate(data, 1):
        if not (isinstance(item, dict) and isinstance(item.get("model"), str) and isinstance(item.get("fields"), dict)):
            raise CadanganError(f"data.json butir ke-{nomor}: harus berupa objek dengan “model” dan “fields”.")
        if item["model"] not in dikenal:
            raise CadanganError(f"data.json butir ke-{nomor}: model “{_kutip(item['model'])}” tidak dikenal oleh "
                                "versi sakip ini.")
        hitung[item["model"]] += 1
    menurut_manifest = {label: n for label, n in baris.items() if n}
    for label in sorted(set(hitung) | set(menurut_manifest)):
        if hitung[label] != menurut_manifest.get(label, 0):
            raise CadanganError(f"Jumlah baris “{_kutip(label)}” tidak cocok: manifest.json menyebut "
                                f"{menurut_manifest.get(label, 0)}, data.json berisi {hitung[label]}.")
    if not hitung[get_user_model()._meta.label_lower]:
        raise CadanganError("Cadangan kosong: tidak berisi satu pengguna pun; basis data tidak diubah.")
    for label, nama in WAJIB.items():
        if not hitung[label]:
            raise CadanganError(f"Cadangan kosong: tidak berisi satu {nama} pun; basis data tidak diubah.")
    return data


def _json(data: bytes, nama: str) -> object:
    try:
        return json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise CadanganError(f"{nama} bukan teks UTF-8.") from None
    except json.JSONDecodeError as exc:
        raise CadanganError(f"{nama} bukan JSON yang sah (baris {exc.lineno}, kolom {exc.colno}: {exc.msg}).") from None
    except RecursionError:
        raise CadanganError(f"{nama} bersarang terlalu dalam.") from None


# --- step 2: load ----------------------------------------------------------------------------------------


def _berisi() -> bool:
    """Whether this installation has users (without asking a table that does not exist yet)."""
    user = get_user_model()
    return user._meta.db_table in connection.introspection.table_names() and user._base_manager.exists()


def _muat(objek: list[dict]) -> None:
    """Replace every row (but the sessions) by ``objek`` in one transaction; any failure rolls it all back."""
    nomor = 0  # the item being loaded (one object per item, in order), to name a bad one
    try:
        with transaction.atomic():
            if connection.vendor == "postgresql":  # checks still pending in this transaction block TRUNCATE
                with connection.cursor() as cursor:
                    cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
                    cursor.execute("SET CONSTRAINTS ALL DEFERRED")
            _kosongkan()
            saved, deferred = set(), []
            nomor = 1
            for obj in serializers.deserialize("python", objek, handle_forward_references=True):
                obj.save()  # one by one, in dump order: a natural key refers to a row saved before it
                saved.add(type(obj.object))
                if obj.deferred_fields:
                    deferred.append(obj)
                nomor += 1
            nomor = 0
            for obj in deferred:
                obj.save_deferred_fields()
            connection.check_constraints()  # a foreign key to a missing row, before the commit
            _reset_sequences(saved)
    except Exception as exc:  # whatever the data made the database refuse: rolled back, reported
        letak = f" (data.json butir ke-{nomor})" if nomor else ""
        detail = _kutip(exc, 300).rstrip(".")
        if isinstance(exc, OperationalError):  # the database's state (locked, full), not the archive's data
            raise CadanganError(f"Basis data gagal memuat cadangan{letak}: {detail}. Basis data tidak diubah.") from exc
        raise CadanganError(f"Cadangan tidak konsisten{letak}: {detail}. Basis data tidak diubah.") from exc


def _kosongkan() -> None:
    """What ``flush`` does, minus the tables in :data:`TETAP`: empty, then let Django rebuild its own rows."""
    from django.apps import apps
    from django.core.management.color import no_style
    from django.core.management.sql import emit_post_migrate_signal

    tetap = {m._meta.db_table for m in apps.get_models() if m._meta.label_lower in TETAP}
    tables = [t for t in connection.introspection.django_table_names(only_existing=True, include_views=False)
              if t not in tetap]
    connection.ops.execute_sql_flush(connection.ops.sql_flush(no_style(), tables, reset_sequences=True))
    emit_post_migrate_signal(verbosity=0, interactive=False, db=connection.alias)


def _reset_sequences(models) -> None:
    from django.core.management.color import no_style

    statements = connection.ops.sequence_reset_sql(no_style(), list(models))
    if statements:
        with connection.cursor() as cursor:
            for sql in statements:
                cursor.execute(sql)


# --- step 3: files ---------------------------------------------------------------------------------------


def _pasang_media(media: list[tuple[PurePosixPath, Path]], media_root: Path) -> None:
    """Move the staged files into ``MEDIA_ROOT`` (a rename; a copy when it is another file system)."""
    for rel, staged in media:
        target = media_root / rel
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.replace(staged, target)
            except OSError as exc:
                if exc.errno != errno.EXDEV:
                    raise
                shutil.copyfile(staged, target)
        except OSError as exc:
            raise CadanganError(f"Basis data sudah dipulihkan, tetapi berkas “media/{_kutip(rel)}” tidak dapat "
                                f"ditulis ke {media_root}: {_kutip(exc, 80)}. Ulangi pemulihan dengan --paksa "
                                "setelah masalahnya diatasi.") from exc


# --- helpers ---------------------------------------------------------------------------------------------


def _buka(tar: tarfile.TarFile, member: tarfile.TarInfo):
    berkas = tar.extractfile(member)
    if berkas is None:  # unreachable for a plain file; kept for the type checker
        raise CadanganError(f"Isi cadangan “{_kutip(member.name)}” bukan berkas.")
    return berkas


def _isi(tar: tarfile.TarFile, member: tarfile.TarInfo) -> bytes:
    with _buka(tar, member) as berkas:
        return berkas.read()


def _kutip(nilai: object, panjang: int = 40) -> str:
    """A short prefix of a value for a message."""
    teks = str(nilai)
    return teks if len(teks) <= panjang else teks[:panjang] + "…"
