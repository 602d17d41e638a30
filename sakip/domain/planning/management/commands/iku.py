"""``sakip iku --unit SLUG --year YYYY --format json|docx|pdf [--out PATH]``."""

from typing import Any

from sakip.core.scoping import Scope
from sakip.documents.perintah import DocumentCommand
from sakip.domain.planning.dokumen import IkuDokumen, build_iku


class Command(DocumentCommand):
    help = "Tulis dokumen IKU perangkat daerah untuk satu tahun (JSON ke stdout bila tanpa --out)."
    jenis = "iku"

    def build(self, *, unit: str, **options: Any) -> IkuDokumen:
        return build_iku(Scope.system(), unit, options["year"])
