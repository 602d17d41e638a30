"""What every read endpoint shares: the JSON of a document with its ``ETag`` (``If-None-Match`` → 304), and the
``limit``/``offset`` slice of a list.

The ETag is the SHA-256 of the JSON body (a strong validator: same bytes, same tag), so a client polling a quarter
or an LKjIP gets 304 and no body while nothing changed; the body is still built to compare (the cost is the
builder's, the saving is the transfer and the client's work).
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.utils.http import parse_etags
from ninja import P, PathEx, QueryEx, Schema
from pydantic import Field

from sakip.composite.api.galat import GALAT, Galat

LIMIT_BAKU = 50
LIMIT_MAKS = 200
OFFSET_MAKS = 1_000_000
SLUG = r"^[-a-zA-Z0-9_]+$"  # Django's slug converter, as a parameter pattern (422 instead of a resolver 404)

# The path parameters, checked before any query (a year out of range never reaches the database: 422).
SlugPd = PathEx[str, P(pattern=SLUG, max_length=60, description="Slug perangkat daerah, misalnya wonoasih.")]
SlugPemda = PathEx[str, P(pattern=SLUG, max_length=60, description="Slug pemda, misalnya kota-probolinggo.")]
Tahun = PathEx[int, P(ge=1900, le=2200, description="Tahun anggaran, misalnya 2024.")]
Triwulan = PathEx[int, P(ge=1, le=4, description="Triwulan 1–4.")]
TriwulanPilihan = QueryEx[int | None, P(ge=1, le=4, description="Triwulan 1–4 (kosong: yang terakhir terisi).")]


# The answers of a document endpoint: the structure, 304 for a matching If-None-Match, the errors.
JAWABAN_DOKUMEN: dict[int, Any] = {200: dict[str, Any], 304: None, **GALAT}


def json_etag(request: HttpRequest, data: Any) -> HttpResponse:
    """``data`` as JSON with an ``ETag``; 304 without a body when the client's ``If-None-Match`` holds it."""
    isi = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
    etag = f'"{hashlib.sha256(isi).hexdigest()[:32]}"'
    cocok = parse_etags(request.headers.get("If-None-Match", ""))
    if etag in cocok or "*" in cocok:
        response = HttpResponse(status=304)
    else:
        response = HttpResponse(isi, content_type="application/json; charset=utf-8")
    response["ETag"] = etag
    response["Cache-Control"] = "private, no-cache"
    return response


class Potongan(Schema):
    """The slice of a list: ``limit`` rows from ``offset``."""

    limit: int = Field(LIMIT_BAKU, ge=1, le=LIMIT_MAKS, description=f"Jumlah baris (1–{LIMIT_MAKS}).")
    offset: int = Field(0, ge=0, le=OFFSET_MAKS, description="Mulai dari baris ke- (0 = pertama).")


class Halaman(Schema):
    """A slice of a list and the list's length."""

    jumlah: int = Field(description="Jumlah seluruh baris.")
    limit: int
    offset: int


def potong(rows: Any, potongan: Potongan) -> tuple[int, list]:
    """(the number of rows, the rows of the slice): a ``count`` and one slice query for a queryset."""
    jumlah = rows.count() if hasattr(rows, "count") and not isinstance(rows, list) else len(rows)
    return jumlah, list(rows[potongan.offset:potongan.offset + potongan.limit])


__all__ = ["GALAT", "Galat", "JAWABAN_DOKUMEN", "Halaman", "Potongan", "json_etag", "potong", "SLUG", "SlugPd", "SlugPemda",
           "Tahun", "Triwulan", "TriwulanPilihan"]
