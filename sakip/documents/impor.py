"""The one registry of imports: files that come in (a filled template, a sheet of questionnaires).

Each domain app declares its importers in its ``impor`` module (``daftar_impor(JenisImpor(...))``); the
command ``sakip import <kode> FILE ...`` (:mod:`sakip.documents.management.commands.import`) offers
every registered kind with its own arguments. An import checks every value first and reports each
problem as a :class:`~sakip.documents.lembar.Kesalahan` (row and column); with any error nothing is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.core.management.base import CommandParser

from sakip.core.scoping import Scope
from sakip.documents.lembar import Kesalahan


@dataclass
class HasilImpor:
    """What an import found (``kesalahan``), what it changes (``rincian``, one line each) and whether it saved."""

    kesalahan: list[Kesalahan] = field(default_factory=list)
    rincian: list[str] = field(default_factory=list)
    ringkasan: str = ""
    disimpan: bool = False


@dataclass(frozen=True)
class JenisImpor:
    """A kind of import: ``argumen`` adds its command-line options; ``jalankan(scope, isi, simpan=…, **options)``."""

    kode: str
    nama: str
    argumen: Callable[[CommandParser], None]
    jalankan: Callable[..., HasilImpor]


_JENIS: dict[str, JenisImpor] = {}


def daftar_impor(jenis: JenisImpor) -> JenisImpor:
    _JENIS[jenis.kode] = jenis
    return jenis


def jenis_impor(kode: str) -> JenisImpor:
    return _JENIS[kode]


def semua_impor() -> tuple[JenisImpor, ...]:
    return tuple(sorted(_JENIS.values(), key=lambda j: j.kode))


def jalankan(kode: str, isi: bytes, *, simpan: bool, scope: Scope | None = None, **options: Any) -> HasilImpor:
    return jenis_impor(kode).jalankan(scope or Scope.system(), isi, simpan=simpan, **options)
