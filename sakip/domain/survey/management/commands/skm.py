"""``sakip skm --unit SLUG --period 2024-S2 --format json|docx|pdf [--out PATH]``: the SKM report of a period."""

from sakip.core.scoping import Scope
from sakip.domain.reporting.berkas import Berkas
from sakip.domain.reporting.management.base import DocumentCommand
from sakip.domain.survey.hasil import build_skm
from sakip.domain.survey.laporan import berkas_skm


class Command(DocumentCommand):
    help = "Tulis hasil Survei Kepuasan Masyarakat satu periode (JSON ke stdout bila tanpa --out)."
    formats = ("json", "docx", "pdf")

    def add_arguments(self, parser) -> None:
        parser.add_argument("--unit", required=True, help="slug perangkat daerah, misalnya wonoasih")
        parser.add_argument("--period", required=True, help="kode periode, misalnya 2024-S2")
        parser.add_argument("--format", default="json", choices=self.formats)
        parser.add_argument("--out", help="berkas tujuan; tanpa ini JSON ditulis ke stdout")

    def build(self, *, unit: str, period: str, **options):
        return build_skm(Scope.system(), unit, period)

    def render(self, dok, fmt: str) -> Berkas:
        return berkas_skm(dok, fmt)
