"""The SKM report as files: Word and PDF render the sections of :mod:`.naskah` (cover, contents, body)."""

from __future__ import annotations

from sakip.documents.typst import naskah_pdf_typst
from sakip.documents.word import naskah_docx
from sakip.domain.survey.dokumen import HasilSkm
from sakip.domain.survey.naskah import bab, judul, opsi


def skm_docx(h: HasilSkm) -> bytes:
    return naskah_docx(judul(h), bab(h), **opsi(h))


def skm_pdf(h: HasilSkm) -> bytes:
    return naskah_pdf_typst(judul(h), bab(h), **opsi(h))
