"""The Perjanjian Kinerja of Wonoasih 2024 (seed 002: three versions) and its documents, command and pages."""

from __future__ import annotations

import datetime
import io
import json

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.urls import reverse
from docx import Document
from pypdf import PdfReader

from sakip.core.scoping import Scope
from sakip.domain.agreement.dokumen import PK, bandingkan, build_pk
from sakip.domain.agreement.models import AnggaranPk, PerjanjianKinerja, TargetPk
from sakip.domain.agreement.selectors import pk_berlaku
from sakip.domain.organisation.models import PerangkatDaerah
from sakip.domain.planning.models import Indikator, Program

pytestmark = pytest.mark.django_db


def pk_json() -> dict:
    return build_pk(Scope.system(), "wonoasih", 2024).as_json()


def test_three_versions_with_their_officials_and_budgets():
    versi = pk_json()["versi"]
    assert [v["nomor"] for v in versi] == [1, 2, 3]
    assert [v["tanggal"][:7] for v in versi] == ["2024-01", "2024-02", "2024-11"]
    assert [v["pihak_kedua"]["nama"] for v in versi] == [
        "Dr. HABIB HADI ZAINAL ABIDIN, S.Pd., M.M., M.HP.", "NURKHOLIS", "M. TAUFIK KURNIAWAN"]
    assert [v["pihak_kedua"]["jabatan"] for v in versi] == [
        "Wali Kota Probolinggo", "Pj. Wali Kota Probolinggo", "Wali Kota Probolinggo"]
    assert {v["pihak_pertama"]["nama"] for v in versi} == {"DEUS NAWANDI, S.STP, M.Si"}
    assert versi[0]["pihak_pertama"]["nip"] == "19781204 199802 1 001"
    assert [v["total_anggaran"] for v in versi] == [13629977788, 13629977788, 14415022746]


def test_the_november_version_carries_the_apbd_p_budgets():
    program = {p["nama"].upper(): (p["anggaran"], p["sumber"]) for p in pk_json()["versi"][2]["program"]}
    assert program["PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"] == (9638366951, "APBD-P")
    assert program["PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK"] == (1933956597, "APBD-P")
    assert program["PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN"] == (2361487698, "APBD-P")
    assert program["PROGRAM PENYELENGGARAAN URUSAN PEMERINTAHAN UMUM"] == (481211500, "APBD-P")


def test_targets_of_the_sasaran_indicators():
    targets = {i["nama"]: (i["target"], i["satuan"]) for s in pk_json()["versi"][0]["sasaran"] for i in s["indikator"]}
    assert targets["Indeks Kepuasan Masyarakat (IKM)"][0] == 94.14
    assert sorted(t for t, _ in targets.values()) == [80, 94.14, 100]


def test_the_version_in_force_on_a_date():
    pd = PerangkatDaerah.objects.get(slug="wonoasih")
    assert pk_berlaku(Scope.system(), pd, 2024, datetime.date(2024, 3, 31)).nomor == 2
    assert pk_berlaku(Scope.system(), pd, 2024, datetime.date(2024, 9, 30)).nomor == 2
    assert pk_berlaku(Scope.system(), pd, 2024, datetime.date(2024, 12, 31)).nomor == 3


def test_what_changed_from_february_to_november():
    dok = build_pk(Scope.system(), "wonoasih", 2024)
    changes = bandingkan(dok.versi[1], dok.versi[2])
    parts = [c.bagian for c in changes]
    assert parts.count("Pihak kedua") == 1 and parts.count("Anggaran") == 4 and parts.count("Total anggaran") == 1
    assert "Target" not in parts
    total = next(c for c in changes if c.bagian == "Total anggaran")
    assert (total.sebelum, total.sesudah) == ("Rp. 13.629.977.788,00", "Rp. 14.415.022.746,00")


def test_building_takes_a_fixed_number_of_queries(django_assert_num_queries):
    with django_assert_num_queries(6):
        build_pk(Scope.system(), "wonoasih", 2024)


# --- rules --------------------------------------------------------------------------------------------


@pytest.mark.usefixtures("alur_terbuka")  # the demo approved (locked) this PK
def test_a_target_of_another_pd_or_a_program_indicator_is_refused():
    pk = PerjanjianKinerja.objects.get(pd__slug="wonoasih", tahun=2024, nomor=1)
    other = Indikator.objects.filter(pd__slug="kanigaran", sasaran__isnull=False).first()
    with pytest.raises(ValidationError) as info:
        TargetPk(perjanjian=pk, indikator=other, nilai=1).full_clean()
    assert "perangkat daerah lain" in str(info.value)
    program_indikator = Indikator.objects.filter(pd__slug="wonoasih", program__isnull=False).first()
    with pytest.raises(ValidationError) as info:
        TargetPk(perjanjian=pk, indikator=program_indikator, nilai=1).full_clean()
    assert "indikator sasaran" in str(info.value)


def test_a_budget_of_another_year_is_refused():
    pk = PerjanjianKinerja.objects.get(pd__slug="wonoasih", tahun=2024, nomor=1)
    program = Program.objects.get(pd__slug="wonoasih", tahun=2024, nomenklatur__kode="7.01.01")
    pk.tahun = 2025
    anggaran = AnggaranPk(perjanjian=pk, program=program, nilai=1)
    with pytest.raises(ValidationError) as info:
        anggaran.clean()
    assert "tahun 2024, bukan 2025" in str(info.value)


# --- documents, command, pages --------------------------------------------------------------------------


def test_the_word_file_has_statement_signatures_and_lampiran():
    dok = build_pk(Scope.system(), "wonoasih", 2024).pilih(2)
    doc = Document(io.BytesIO(PK.berkas(dok, "docx").isi))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "PERJANJIAN KINERJA TAHUN 2024" in text and "Selanjutnya disebut pihak pertama" in text
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    assert "NURKHOLIS" in cells and "Pj. Wali Kota Probolinggo" in cells
    assert "Rp. 13.629.977.788,00" in cells and "94,14" in cells


def test_the_pdf_of_all_versions():
    reader = PdfReader(io.BytesIO(PK.berkas(build_pk(Scope.system(), "wonoasih", 2024), "pdf").isi))
    text = "\n".join(page.extract_text() for page in reader.pages)
    for figure in ("NURKHOLIS", "M. TAUFIK KURNIAWAN", "Rp. 14.415.022.746,00", "Rp. 13.629.977.788,00"):
        assert figure in text, figure


def test_the_command_prints_json_and_can_choose_a_version(capfdbinary):
    call_command("pk", unit="wonoasih", year=2024, versi=3)
    data = json.loads(capfdbinary.readouterr().out)
    assert [v["nomor"] for v in data["versi"]] == [3]


@pytest.mark.parametrize(("args", "message"), [
    (["--unit", "wonoasih", "--year", "2023"], "tidak memiliki Perjanjian Kinerja tahun 2023"),
    (["--unit", "wonoasih", "--year", "2024", "--versi", "9"], "tidak memiliki versi 9"),
])
def test_unknown_year_or_version_is_one_line_and_exits_non_zero(args, message, capsys):
    from sakip.domain.agreement.management.commands.pk import Command

    with pytest.raises(SystemExit) as exit_info:
        Command().run_from_argv(["sakip", "pk", *args])
    assert exit_info.value.code != 0 and message in capsys.readouterr().err


def test_the_pk_page_shows_the_versions_and_what_changed(login):
    html = login("operator-wonoasih").get(reverse("agreement:pk", args=["wonoasih", 2024]) + "?versi=3").content.decode()
    for text in ("Versi 1", "Versi 3", "Perubahan dari versi 2 ke versi 3", "M. TAUFIK KURNIAWAN",
                 "Rp. 14.415.022.746,00"):
        assert text in html, text


def test_another_pd_cannot_open_the_pk(login):
    client = login("operator-kanigaran")
    assert client.get(reverse("agreement:pk", args=["wonoasih", 2024])).status_code == 404
    assert client.get(reverse("agreement:pk_unduh", args=["wonoasih", 2024, "pdf"])).status_code == 404


def test_a_download_of_one_version_is_named_by_it():
    dok = build_pk(Scope.system(), "wonoasih", 2024)
    assert PK.berkas(dok.pilih(2), "pdf").nama == "PK-wonoasih-2024-versi-2.pdf"
    assert PK.berkas(dok.pilih(None), "docx").nama == "PK-wonoasih-2024.docx"


def test_each_printed_version_starts_on_a_new_page_with_its_signatures_on_it():
    pages = [p.extract_text() for p in PdfReader(io.BytesIO(PK.berkas(build_pk(Scope.system(), "wonoasih", 2024),
                                                                     "pdf").isi)).pages]
    # Three versions, each a statement page and a lampiran page; each page carries its date and both signers.
    assert len(pages) == 6
    for page, tanggal in zip(pages, ["2 Januari 2024", "2 Januari 2024", "1 Februari 2024", "1 Februari 2024",
                                     "1 November 2024", "1 November 2024"], strict=True):
        assert tanggal in page and "DEUS NAWANDI" in page
    assert pages[0].lstrip().startswith("PERJANJIAN KINERJA TAHUN 2024")
    assert pages[2].lstrip().startswith("PERJANJIAN KINERJA TAHUN 2024")


def test_the_pdf_footer_is_in_the_body_font():
    # The page numbers were set in WeasyPrint's default serif (DejaVu Serif) under an Arial body.
    reader = PdfReader(io.BytesIO(PK.berkas(build_pk(Scope.system(), "wonoasih", 2024), "pdf").isi))
    fonts = {str(font["/BaseFont"]).split("+")[-1] for page in reader.pages
             for font in page["/Resources"]["/Font"].values()}
    assert fonts == {"Liberation-Sans", "Liberation-Sans-Bold"}
