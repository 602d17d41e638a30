"""Checking an uploaded bukti dukung (evidence file) before it is stored.

The type is decided by the content (its first bytes, read with ``filetype``), never by the name the
user gave the file: a text file renamed ``laporan.pdf`` is refused. Accepted are PDF, JPEG, PNG, WEBP
and office documents; the size is at most ``settings.BUKTI_MAKS_BYTE`` (10 MB unless set).

The stored name is generated, ``bukti/<tahun>/<uuid>.<extension of the detected type>``, so nothing
the user sends decides where a file lands. The uploaded name is kept, cleaned, only for display and
as the download name, and always ends with the extension of the detected type.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from dataclasses import dataclass
from decimal import Decimal

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError

from sakip.rumus.angka import bulatkan, format_angka

MAKS_BYTE_BAWAAN = 10 * 1024 * 1024
PANJANG_NAMA = 255
BYTE_TANDA = 8192  # filetype reads no more than this

# Accepted types, as filetype 1.2.0 names them: MIME → (extension of the stored file, label shown).
JENIS_DITERIMA: dict[str, tuple[str, str]] = {
    "application/pdf": ("pdf", "PDF"),
    "image/jpeg": ("jpg", "Gambar JPEG"),
    "image/png": ("png", "Gambar PNG"),
    "image/webp": ("webp", "Gambar WEBP"),
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ("docx", "Dokumen Word"),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ("xlsx", "Lembar kerja Excel"),
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": ("pptx", "Presentasi PowerPoint"),
    "application/vnd.oasis.opendocument.text": ("odt", "Dokumen OpenDocument"),
    "application/vnd.oasis.opendocument.spreadsheet": ("ods", "Lembar kerja OpenDocument"),
    "application/msword": ("doc", "Dokumen Word 97–2003"),
    "application/vnd.ms-excel": ("xls", "Lembar kerja Excel 97–2003"),
}
# Names a file of that type may carry besides the stored extension (kept as the user wrote them).
NAMA_LAIN = {"jpg": {"jpeg", "jpe", "jfif"}}
EKSTENSI_INPUT = ",".join(sorted({f".{ext}" for ext, _ in JENIS_DITERIMA.values()} | {".jpeg"}))


@dataclass(frozen=True)
class BerkasBukti:
    """What the check found out about an accepted upload."""

    jenis: str  # the detected MIME type
    ekstensi: str  # of the stored file
    nama_asli: str  # cleaned, for display and download
    ukuran: int  # bytes


class BerkasDitolak(ValidationError):
    """A refused upload (on the field ``berkas``).

    ``mencurigakan`` when the content is not what its name says or not an accepted type at all: such
    a refusal is recorded (``sakip.core.penolakan``) with ``alasan``.
    """

    def __init__(self, pesan: str, *, alasan: str, mencurigakan: bool = False):
        super().__init__({"berkas": pesan})
        self.alasan = alasan
        self.mencurigakan = mencurigakan


def maks_byte() -> int:
    return int(getattr(settings, "BUKTI_MAKS_BYTE", MAKS_BYTE_BAWAAN))


def periksa_berkas(upload) -> BerkasBukti:
    """Check an uploaded file (a Django ``UploadedFile``); raises :class:`BerkasDitolak`."""
    nama = _nama_dasar(getattr(upload, "name", "") or "")
    kind = jenis_isi(upload, nama, maks_byte())
    if kind is None or kind.mime not in JENIS_DITERIMA:
        terdeteksi = kind.mime if kind is not None else "jenis tidak dikenal"
        raise BerkasDitolak(f"Isi berkas “{nama}” bukan PDF, gambar atau dokumen kantor yang diterima.",
                            alasan=f"isi “{nama}” adalah {terdeteksi}", mencurigakan=True)
    ekstensi = JENIS_DITERIMA[kind.mime][0]
    return BerkasBukti(kind.mime, ekstensi, nama_tampil(nama, ekstensi), upload.size)


def jenis_isi(upload, nama: str, batas: int):
    """The type of an upload judged by its first bytes (``filetype``; None when unknown), after refusing one
    larger than ``batas`` bytes or empty (:class:`BerkasDitolak`, naming the file)."""
    ukuran = upload.size
    if ukuran > batas:
        raise BerkasDitolak(f"Berkas “{nama}” lebih besar dari {ukuran_teks(batas)}.", alasan=f"“{nama}” {ukuran} byte")
    if not ukuran:
        raise BerkasDitolak(f"Berkas “{nama}” kosong.", alasan=f"“{nama}” kosong")
    upload.seek(0)
    kepala = upload.read(BYTE_TANDA)
    upload.seek(0)
    return filetype.guess(bytes(kepala)) if kepala else None


def _nama_dasar(nama: str) -> str:
    """The last part of an uploaded name, without control or invisible characters; may be empty."""
    nama = re.split(r"[\\/]", nama)[-1]
    nama = "".join(" " if c.isspace() else c for c in nama if c.isspace() or unicodedata.category(c)[0] != "C")
    return " ".join(nama.split()).strip(" .")


def nama_tampil(nama: str, ekstensi: str) -> str:
    """The uploaded name cleaned for display and download: no path, at most 255 characters, ending with
    the extension of the detected type (``scan`` → ``scan.pdf``; ``foto.pdf`` holding a PNG → ``foto.pdf.png``)."""
    nama = _nama_dasar(nama) or "bukti"
    stem, titik, akhiran = nama.rpartition(".")
    if not (titik and stem and akhiran.lower() in {ekstensi} | NAMA_LAIN.get(ekstensi, set())):
        stem, akhiran = nama, ekstensi
    return f"{stem[:PANJANG_NAMA - len(akhiran) - 1].rstrip(' .') or 'bukti'}.{akhiran}"


def lokasi_berkas(instance, filename: str) -> str:
    """``upload_to`` of the evidence file: ``bukti/<tahun>/<uuid>.<ext>``, never the uploaded name."""
    ekstensi = JENIS_DITERIMA.get(getattr(instance, "jenis", ""), ("bin", ""))[0]
    return f"bukti/{int(instance.tahun or 0):04d}/{uuid.uuid4().hex}.{ekstensi}"


def nama_jenis(mime: str) -> str:
    return JENIS_DITERIMA.get(mime, ("", mime or "-"))[1]


def ukuran_teks(ukuran: int) -> str:
    """``10485760`` → ``"10 MB"``, ``1536`` → ``"1,5 KB"``."""
    for satuan, besar in (("MB", 1024 * 1024), ("KB", 1024)):
        if ukuran >= besar:
            return f"{format_angka(bulatkan(Decimal(ukuran) / besar, 1))} {satuan}"
    return f"{ukuran} byte"
