"""The PK as a file (JSON, Word, PDF): the command and the download view both call ``berkas_pk``."""

from sakip.domain.agreement.pk import DokumenPk, pk_docx
from sakip.domain.reporting.berkas import Berkas, berkas


def berkas_pk(dok: DokumenPk, fmt: str) -> Berkas:
    return berkas(dok, fmt, docx=pk_docx, pdf_template="agreement/pk_pdf.html")
