"""``sakip pohon --unit SLUG --period 2019-2024 --format json|docx|pdf [--year YYYY] [--output FILE]``."""

from typing import Any

from django.core.management.base import CommandParser

from sakip.core.scoping import Scope
from sakip.documents import registry
from sakip.documents.perintah import DocumentCommand
from sakip.domain.kaskade.dokumen import PohonKinerja, build_pohon


class Command(DocumentCommand):
    help = ("Tulis pohon kinerja perangkat daerah untuk satu periode Renstra (JSON ke stdout bila tanpa --output); "
            "program yang dipakai: tahun terakhir periode yang memiliki program, atau --year.")
    jenis = "pohon"
    tahun = False

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--unit", required=True, help="slug perangkat daerah, misalnya wonoasih")
        parser.add_argument("--period", required=True, help="periode Renstra, misalnya 2019-2024")
        parser.add_argument("--year", type=int, help="tahun program (bawaan: tahun terakhir periode yang berprogram)")
        parser.add_argument("--format", default="json", choices=registry.jenis(self.jenis).kode_format)
        parser.add_argument("--output", "--out", dest="out", help="berkas tujuan; tanpa ini JSON ditulis ke stdout")

    def build(self, *, unit: str, **options: Any) -> PohonKinerja:
        return build_pohon(Scope.system(), unit, options["period"], options.get("year"))
