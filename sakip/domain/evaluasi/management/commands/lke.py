"""``sakip lke --unit SLUG --year YYYY --format json [--out PATH]``: a PD's LKE of a year with its score."""

from typing import Any

from sakip.core.scoping import Scope
from sakip.documents.perintah import DocumentCommand
from sakip.domain.evaluasi.dokumen import DokumenLke, build_lke


class Command(DocumentCommand):
    help = "Tulis Lembar Kerja Evaluasi AKIP perangkat daerah untuk satu tahun beserta nilai dan predikatnya."
    jenis = "lke"

    def build(self, *, unit: str, **options: Any) -> DokumenLke:
        return build_lke(Scope.system(), unit, options["year"])
