"""``sakip iku --unit SLUG --year YYYY --format json|docx|pdf [--out PATH]``."""

from __future__ import annotations

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from sakip.core.scoping import Scope
from sakip.reporting.berkas import FORMATS, berkas_iku
from sakip.reporting.iku import DokumenTidakDitemukan, build_iku


class Command(BaseCommand):
    help = "Tulis dokumen IKU perangkat daerah untuk satu tahun (JSON ke stdout bila tanpa --out)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--unit", required=True, help="slug perangkat daerah, misalnya wonoasih")
        parser.add_argument("--year", required=True, type=int, help="tahun dalam periode IKU")
        parser.add_argument("--format", default="json", choices=sorted(FORMATS))
        parser.add_argument("--out", type=Path, help="berkas tujuan; tanpa ini JSON ditulis ke stdout")

    def handle(self, *args, unit: str, year: int, format: str, out: Path | None, **options) -> None:
        try:
            dok = build_iku(Scope.system(), unit, year)
        except DokumenTidakDitemukan as exc:
            raise CommandError(str(exc)) from exc
        berkas = berkas_iku(dok, format)
        if out is not None:
            out.write_bytes(berkas.isi)
            self.stderr.write(f"{berkas.nama} ditulis ke {out} ({len(berkas.isi)} bita).")
        elif format == "json":
            sys.stdout.buffer.write(berkas.isi)
            sys.stdout.flush()
        else:
            raise CommandError(f"Format {format} perlu --out PATH.")
