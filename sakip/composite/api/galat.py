"""The API's one error format, in Indonesian: ``{"detail": "…", "galat": {"<field>": ["…"]}}``.

``detail`` says what went wrong in a sentence; ``galat`` (validation errors only) names each field with its
messages. The domain's own errors map as on the screens (``core/galat.py``): ``TidakDitemukan`` (a row outside the
scope, a year not set up yet) 404, ``Ditolak`` 403, Django's ``ValidationError`` 422 with its
fields (409 for a :class:`Konflik`: locked data, a value changed since it was read); pydantic's
validation errors of the parameters are translated field by field (422); an unknown, revoked or missing token 401;
too many requests 429; a body above ``DATA_UPLOAD_MAX_MEMORY_SIZE`` 413. An unexpected error answers 500 in the same
format (logged with its traceback), never a Django page.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Mapping
from typing import Any

from django.core.exceptions import PermissionDenied, RequestDataTooBig, ValidationError
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotAllowed, JsonResponse
from ninja import NinjaAPI, Schema
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as GalatParameter

from sakip.composite.api.auth import TANPA_TOKEN, TerlaluBanyak
from sakip.rumus.angka import kutip

logger = logging.getLogger("sakip.api")


class Galat(Schema):
    """An error: a sentence, and for invalid input the messages of each field."""

    detail: str
    galat: dict[str, list[str]] | None = None


# The error answers every endpoint may give (``response={…, **GALAT}``).
GALAT: dict[int, type[Galat]] = {401: Galat, 403: Galat, 404: Galat, 422: Galat, 429: Galat}
# … and those of a write: a refusal by the state of the data (a locked quarter, a value changed since it was read).
GALAT_TULIS: dict[int, type[Galat]] = {**GALAT, 409: Galat, 413: Galat}


class Konflik(ValidationError):
    """A write refused by the state of the data rather than by its input (409): the quarter is locked
    (``DITOLAK_TERKUNCI``) or a value changed after the client read it (``DITOLAK_BASI``); its fields and messages
    are those of the service's ``ValidationError``."""


def _pesan(error: Mapping[str, Any]) -> str:
    """One pydantic error in Indonesian (its type and context), quoting at most a short prefix of the value."""
    jenis = error.get("type", "")
    ctx = error.get("ctx") or {}
    nilai = error.get("input")
    kutipan = f" ({kutip(str(nilai))})" if isinstance(nilai, str | int | float) and str(nilai) else ""
    if jenis == "missing":
        return "Wajib diisi."
    if jenis in ("int_parsing", "int_type", "int_from_float"):
        return f"Harus bilangan bulat{kutipan}."
    if jenis in ("float_parsing", "float_type", "decimal_parsing"):
        return f"Harus angka{kutipan}."
    if jenis in ("bool_parsing", "bool_type"):
        return f"Harus true atau false{kutipan}."
    if jenis in ("greater_than_equal", "greater_than"):
        batas = ctx.get("ge", ctx.get("gt"))
        return f"Paling kecil {batas}{kutipan}." if jenis == "greater_than_equal" else f"Harus lebih dari {batas}{kutipan}."
    if jenis in ("less_than_equal", "less_than"):
        batas = ctx.get("le", ctx.get("lt"))
        return f"Paling besar {batas}{kutipan}." if jenis == "less_than_equal" else f"Harus kurang dari {batas}{kutipan}."
    if jenis == "string_too_long":
        return f"Paling panjang {ctx.get('max_length')} karakter."
    if jenis == "string_too_short":
        return f"Paling sedikit {ctx.get('min_length')} karakter."
    if jenis == "string_pattern_mismatch":
        return f"Hanya huruf, angka, garis bawah dan tanda hubung{kutipan}."
    if jenis in ("literal_error", "enum"):
        return f"Pilih salah satu dari: {str(ctx.get('expected', '')).replace(' or ', ' atau ')}{kutipan}."
    if jenis in ("json_invalid", "model_attributes_type", "dict_type", "model_type"):
        return "Isi permintaan bukan JSON yang sah."
    return f"Nilai tidak sah{kutipan}."


def _medan(loc: Any) -> str:
    """The field a pydantic error is about: its name without where it came from (``query``, ``path``, ``body``, and
    the name of the body's parameter: ``baris.0.realisasi``, not ``body.isian.baris.0.realisasi``)."""
    loc = tuple(loc or ())
    if len(loc) > 2 and loc[0] == "body":
        loc = loc[2:]
    bagian = [str(p) for p in loc if p not in ("query", "path", "body", "header", "cookie", "form", "file")]
    return ".".join(bagian) or "permintaan"


def jawab(api: NinjaAPI, request: HttpRequest, status: int, detail: str,
          galat: Mapping[str, list[str]] | None = None) -> HttpResponse:
    isi: dict[str, Any] = {"detail": detail}
    if galat:
        isi["galat"] = {k: list(v) for k, v in galat.items()}
    return api.create_response(request, isi, status=status)


def metode_json(view: Callable[..., Any]) -> Callable[..., HttpResponse]:
    """``view`` (a path's operations), its 405 as ``{"detail": …}`` naming the methods the path takes."""

    @functools.wraps(view)  # keeps ninja's ``csrf_exempt``
    def jalan(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        response = view(request, *args, **kwargs)
        if not isinstance(response, HttpResponseNotAllowed):
            return response
        izin = response["Allow"]
        baru = JsonResponse({"detail": f"Metode {kutip(request.method or '')} tidak dapat dipakai di alamat ini; "
                                       f"yang dapat: {izin}."}, status=405)
        baru["Allow"] = izin
        return baru

    return jalan


def pasang(api: NinjaAPI) -> None:
    """Install the handlers of every error on ``api``."""

    def parameter(request: HttpRequest, exc: GalatParameter) -> HttpResponse:
        galat: dict[str, list[str]] = {}
        for error in exc.errors:
            galat.setdefault(_medan(error.get("loc")), []).append(_pesan(error))
        daftar = ", ".join(galat)
        return jawab(api, request, 422, f"Permintaan tidak sah pada: {kutip(daftar)}.", galat)

    def masukan(request: HttpRequest, exc: ValidationError) -> HttpResponse:
        galat = exc.message_dict if hasattr(exc, "error_dict") else {"permintaan": exc.messages}
        galat = {("permintaan" if k == "__all__" else k): v for k, v in galat.items()}
        status = 409 if isinstance(exc, Konflik) else 422
        return jawab(api, request, status, " ".join(m for ms in galat.values() for m in ms), galat)

    def otentikasi(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
        pesan = exc.message if exc.message != "Unauthorized" else TANPA_TOKEN
        response = jawab(api, request, 401, pesan)
        response["WWW-Authenticate"] = 'Bearer realm="sakip"'
        return response

    def http(request: HttpRequest, exc: HttpError) -> HttpResponse:
        pesan = {403: "Anda tidak berwenang.", 404: "Tidak ditemukan.", 405: "Metode tidak diizinkan."}
        return jawab(api, request, exc.status_code, pesan.get(exc.status_code, str(exc)))

    def tidak_ditemukan(request: HttpRequest, exc: Http404) -> HttpResponse:
        return jawab(api, request, 404, str(exc) or "Tidak ditemukan.")

    def ditolak(request: HttpRequest, exc: PermissionDenied) -> HttpResponse:
        return jawab(api, request, 403, str(exc) or "Anda tidak berwenang.")

    def terlalu_banyak(request: HttpRequest, exc: TerlaluBanyak) -> HttpResponse:
        response = jawab(api, request, 429, f"Terlalu banyak permintaan dengan token ini; coba lagi {exc.tunggu} detik lagi.")
        response["Retry-After"] = str(exc.tunggu)
        return response

    def terlalu_besar(request: HttpRequest, exc: RequestDataTooBig) -> HttpResponse:
        return jawab(api, request, 413, "Isi permintaan terlalu besar.")

    def tak_terduga(request: HttpRequest, exc: Exception) -> HttpResponse:
        logger.exception("API: %s %s", request.method, request.path, exc_info=exc)
        return jawab(api, request, 500, "Terjadi kesalahan pada server; sudah dicatat. Coba lagi nanti.")

    handlers: list[tuple[type[Exception], Callable[[HttpRequest, Any], HttpResponse]]] = [
        (Exception, tak_terduga), (GalatParameter, parameter), (ValidationError, masukan),
        (AuthenticationError, otentikasi), (HttpError, http), (Http404, tidak_ditemukan), (PermissionDenied, ditolak),
        (TerlaluBanyak, terlalu_banyak), (RequestDataTooBig, terlalu_besar)]
    for cls, handler in handlers:
        api.add_exception_handler(cls, handler)
