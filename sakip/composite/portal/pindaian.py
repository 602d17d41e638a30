"""Checking an uploaded scan of a signed PK or LKjIP before it is stored.

Only PDF is accepted, decided by the content as ``measurement/bukti.py`` decides it (the first bytes, read
with ``filetype``), never by the name: a picture or a text file renamed ``pk.pdf`` is refused. The PDF must
then open (pypdf reads its page count; a truncated file or one locked by a password is refused, since the
public could not read it). The size is at most ``settings.PINDAIAN_MAKS_BYTE`` (30 MB unless set: a
90-page LKjIP scanned at 150 dpi in grey is about 10–25 MB).

The stored name is generated, ``pindaian/<tahun>/<uuid>.pdf``; the uploaded name is kept, cleaned, for
display and as the download name.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from django.conf import settings

from sakip.domain.measurement.bukti import BerkasDitolak, jenis_isi, nama_tampil

MAKS_BYTE_BAWAAN = 30 * 1024 * 1024
PDF = "application/pdf"


@dataclass(frozen=True)
class BerkasPindaian:
    """What the check found out about an accepted scan."""

    nama_asli: str  # cleaned, ends with .pdf
    ukuran: int  # bytes
    halaman: int  # pages


def maks_byte() -> int:
    return int(getattr(settings, "PINDAIAN_MAKS_BYTE", MAKS_BYTE_BAWAAN))


def periksa_pindaian(upload) -> BerkasPindaian:
    """Check an uploaded scan (a Django ``UploadedFile``); raises ``BerkasDitolak`` on the field ``berkas``."""
    nama = nama_tampil(getattr(upload, "name", "") or "", "pdf")
    kind = jenis_isi(upload, nama, maks_byte())
    if kind is None or kind.mime != PDF:
        terdeteksi = kind.mime if kind is not None else "jenis tidak dikenal"
        raise BerkasDitolak(f"Isi berkas “{nama}” bukan PDF. Pindai dokumen bertanda tangan ke PDF lalu unggah lagi.",
                            alasan=f"isi “{nama}” adalah {terdeteksi}", mencurigakan=True)
    halaman = _halaman(upload, nama)
    upload.seek(0)
    return BerkasPindaian(nama, upload.size, halaman)


def _halaman(upload, nama: str) -> int:
    """The page count of the PDF; a file pypdf cannot read, locked, or without pages is refused."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    upload.seek(0)
    try:
        reader = PdfReader(upload)
        if reader.is_encrypted:
            raise BerkasDitolak(f"PDF “{nama}” dikunci dengan kata sandi; unggah PDF tanpa kata sandi.",
                                alasan=f"“{nama}” terenkripsi")
        halaman = len(reader.pages)
    except BerkasDitolak:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise BerkasDitolak(f"PDF “{nama}” rusak atau tidak lengkap dan tidak dapat dibuka.",
                            alasan=f"“{nama}” tidak terbaca: {type(exc).__name__}") from exc
    if not halaman:
        raise BerkasDitolak(f"PDF “{nama}” tidak memiliki halaman.", alasan=f"“{nama}” tanpa halaman")
    return halaman


def lokasi_pindaian(instance, filename: str) -> str:
    """``upload_to`` of a scan: ``pindaian/<tahun>/<uuid>.pdf``, never the uploaded name."""
    return f"pindaian/{int(instance.tahun or 0):04d}/{uuid.uuid4().hex}.pdf"
