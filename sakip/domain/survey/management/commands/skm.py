"""``sakip skm --unit SLUG --period 2024-S2 --format json|docx|pdf [--out PATH]``: the SKM report of a period."""

from typing import Any

from sakip.core.scoping import Scope
from sakip.documents.perintah import DocumentCommand
from sakip.domain.survey.dokumen import HasilSkm, build_skm


class Command(DocumentCommand):
    help = "Tulis hasil Survei Kepuasan Masyarakat satu periode (JSON ke stdout bila tanpa --out)."
    jenis = "skm"
    tahun = False

    def add_arguments(self, parser) -> None:
        super().add_arguments(parser)
        parser.add_argument("--period", required=True, help="kode periode, misalnya 2024-S2")

    def build(self, *, unit: str, **options: Any) -> HasilSkm:
        return build_skm(Scope.system(), unit, options["period"])
