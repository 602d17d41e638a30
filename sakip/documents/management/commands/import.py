"""``sakip import <jenis> FILE [options] [--periksa]``: every importer registered in
:mod:`sakip.documents.impor`, with the same checks and the same all-or-nothing save as its upload page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from sakip.core.galat import TidakDitemukan
from sakip.documents import impor


class Command(BaseCommand):
    help = "Impor berkas, semua atau tidak sama sekali; jenis: " + ", ".join(
        f"“{j.kode}” ({j.nama})" for j in impor.semua_impor()) + "."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="jenis", required=True, parser_class=CommandParser)
        for jenis in impor.semua_impor():
            p = sub.add_parser(jenis.kode, help=jenis.nama)
            p.add_argument("berkas", type=Path)
            p.add_argument("--periksa", action="store_true", help="hanya periksa, jangan simpan")
            jenis.argumen(p)

    def handle(self, *args: Any, jenis: str, berkas: Path, periksa: bool, **options: Any) -> None:
        if not berkas.is_file():
            raise CommandError(f"Berkas {berkas} tidak ditemukan.")
        known = {a.dest for a in self._pilihan(jenis)}
        try:
            hasil = impor.jalankan(jenis, berkas.read_bytes(), simpan=not periksa,
                                   **{k: v for k, v in options.items() if k in known})
        except TidakDitemukan as exc:
            raise CommandError(str(exc)) from exc
        for k in hasil.kesalahan:
            self.stderr.write(str(k))
        if hasil.kesalahan:
            raise CommandError(f"{len(hasil.kesalahan)} kesalahan; tidak ada yang disimpan.")
        for line in hasil.rincian:
            self.stdout.write(line)
        self.stdout.write(hasil.ringkasan)

    def _pilihan(self, jenis: str) -> list:
        parser = CommandParser()
        impor.jenis_impor(jenis).argumen(parser)
        return parser._actions
