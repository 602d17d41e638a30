"""``sakip rencana_aksi --unit SLUG --tahun YYYY [--format json] [--out PATH]``: the rencana aksi of a PD-year — every
indicator with its annual target in force and its targets and plans per quarter, and the anggaran kas of every sub
kegiatan — as the screen shows it (``services_rencana.layar_rencana``)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from sakip.core.galat import TidakDitemukan
from sakip.core.scoping import Scope
from sakip.domain.measurement.services_rencana import layar_rencana
from sakip.domain.organisation.selectors import get_pd


class Command(BaseCommand):
    help = "Tulis rencana aksi satu perangkat daerah setahun (target dan rencana per triwulan, anggaran kas) sebagai JSON."
    requires_system_checks: list[str] = []  # as the document commands: no URLconf to load for a read

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--unit", required=True, help="slug perangkat daerah, misalnya wonoasih")
        parser.add_argument("--tahun", "--year", dest="tahun", required=True, type=int, help="tahun")
        parser.add_argument("--format", default="json", choices=["json"])
        parser.add_argument("--out", type=Path, help="berkas tujuan; tanpa ini JSON ditulis ke stdout")

    def handle(self, *args: Any, unit: str, tahun: int, out: Path | None, **options: Any) -> None:
        scope = Scope.system()
        try:
            layar = layar_rencana(scope, get_pd(scope, unit), tahun)
        except TidakDitemukan as exc:
            raise CommandError(str(exc)) from exc
        isi = json.dumps(layar.as_json(), ensure_ascii=False, indent=2).encode()
        if out is not None:
            out.write_bytes(isi)
            self.stderr.write(f"Rencana aksi {unit} {tahun} ditulis ke {out} ({len(isi)} bita).")
        else:
            sys.stdout.buffer.write(isi + b"\n")
            sys.stdout.flush()
