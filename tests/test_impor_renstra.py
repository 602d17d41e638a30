"""The Renstra from Excel: template → fill → preview → save all or nothing → template again gives the same values."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command
from openpyxl import load_workbook

from sakip.core.scoping import Scope
from sakip.domain.organisation.models import Pemda, PerangkatDaerah
from sakip.domain.planning import impor
from sakip.domain.planning.models import Indikator, Renstra, Target

pytestmark = pytest.mark.django_db

ROWS = [  # tujuan, sasaran, indicator, satuan, polaritas, akumulasi, cara isi, frekuensi, peran, kondisi awal, 2025, 2026
    ["Meningkatnya kualitas pelayanan", "Meningkatnya kepuasan masyarakat", "Indeks Kepuasan Masyarakat", "Skor",
     "positif", "terakhir", "kumulatif", "semester", "ikm", "80,5", "80–90", "82 s.d. 92"],
    ["", "", "Nilai SAKIP", "", "positif", "terakhir", "kumulatif", "tahun", "nilai_sakip", "", "BB (75,00)",
     "BB (77,00)"],
    ["", "Tertibnya administrasi", "Jumlah kegiatan warga yang difasilitasi", "Kegiatan", "positif", "jumlah",
     "triwulan", "triwulan", "", "", "40", "50"],
    ["", "", "Rata-rata waktu layanan", "Hari", "negatif", "rata-rata", "triwulan", "triwulan", "", "", "3", "2,5"],
]


def _pd_baru() -> PerangkatDaerah:
    pemda = Pemda.objects.create(slug="kabupaten-contoh", nama="Kabupaten Contoh", jenis="kabupaten")
    return PerangkatDaerah.objects.create(pemda=pemda, nama="Kecamatan Contoh", slug="contoh")


def _isi(template: bytes, rows: list[list[str]]) -> bytes:
    wb = load_workbook(io.BytesIO(template))
    ws = wb[impor.SHEET]
    for r, row in enumerate(rows, start=impor.HEADER_ROW + 1):
        for c, value in enumerate(row, start=1):
            ws.cell(r, c, value)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _cells(template: bytes) -> list[list[str]]:
    ws = load_workbook(io.BytesIO(template))[impor.SHEET]
    return [[ws.cell(r, c).value or "" for c in range(1, 13)] for r in range(impor.HEADER_ROW + 1, ws.max_row + 1)]


def test_a_new_pd_brings_its_renstra_from_excel_previewed_then_saved_whole():
    pd = _pd_baru()
    isi = _isi(impor.templat(Scope.system(), "contoh", 2025, 2026), ROWS)
    preview = impor.impor_renstra(Scope.system(), slug="contoh", isi=isi, simpan=False)
    assert preview.kesalahan == [] and not preview.disimpan
    assert "Renstra 2025–2026 dibuat." in preview.perubahan and len(preview.perubahan) == 1 + 1 + 2 + 4 + 8
    assert not Renstra.objects.filter(pd=pd).exists()  # a preview saves nothing
    saved = impor.impor_renstra(Scope.system(), slug="contoh", isi=isi, simpan=True)
    assert saved.disimpan and saved.perubahan == preview.perubahan
    ikm = Indikator.objects.get(pd=pd, nama="Indeks Kepuasan Masyarakat")
    assert (ikm.sasaran.nama, ikm.peran, ikm.frekuensi, ikm.kondisi_awal) == (
        "Meningkatnya kepuasan masyarakat", "ikm", "semester", Decimal("80.5"))
    assert [(t.tahun, t.nilai, t.nilai_atas) for t in ikm.target.order_by("tahun")] == [
        (2025, Decimal(80), Decimal(90)), (2026, Decimal(82), Decimal(92))]
    sakip = Target.objects.get(indikator__nama="Nilai SAKIP", tahun=2025)
    assert (sakip.nilai, sakip.teks) == (Decimal(75), "BB (75,00)")
    waktu = Indikator.objects.get(pd=pd, nama="Rata-rata waktu layanan")
    assert (waktu.sasaran.nama, waktu.polaritas, waktu.akumulasi, waktu.cara_isi) == (
        "Tertibnya administrasi", "negatif", "rata_rata", "triwulan")
    # Round trip: the template now carries what was imported, and importing it again changes nothing.
    again = impor.templat(Scope.system(), "contoh", 2025, 2026)
    assert [row[2] for row in _cells(again)] == [row[2] for row in ROWS]
    assert _cells(again)[0][10:12] == ["80–90", "82 s.d. 92"]  # as typed and _cells(again)[1][10] == "BB (75,00)"
    assert impor.impor_renstra(Scope.system(), slug="contoh", isi=again, simpan=True).perubahan == []


def test_every_bad_cell_is_named_and_nothing_is_saved():
    pd = _pd_baru()
    rows = [list(r) for r in ROWS]
    rows[0][10] = "1OO"  # letter O
    rows[2][4] = "naik"  # not a polarity
    rows[3][2] = ""  # no indicator name
    isi = _isi(impor.templat(Scope.system(), "contoh", 2025, 2026), rows)
    hasil = impor.impor_renstra(Scope.system(), slug="contoh", isi=isi, simpan=True)
    where = {(k.baris, k.kolom) for k in hasil.kesalahan}
    assert where == {(4, "K"), (6, "E"), (7, "C")}, hasil.kesalahan
    assert any("“1OO”" in k.pesan for k in hasil.kesalahan)
    assert any("“naik” bukan pilihan polaritas" in k.pesan for k in hasil.kesalahan)
    assert not hasil.disimpan and not Renstra.objects.filter(pd=pd).exists()


def test_the_demo_renstra_round_trips_and_a_locked_year_is_refused(tmp_path, capsys):
    """Wonoasih's Renstra 2019–2024 as sakip holds it: downloaded and imported again, it changes nothing. A
    target of 2024 changed while its quarters are approved (the demo) is refused, naming the lock."""
    template = impor.templat(Scope.system(), "wonoasih", 2019, 2024)
    same = impor.impor_renstra(Scope.system(), slug="wonoasih", isi=template, simpan=False)
    assert same.kesalahan == [] and same.perubahan == []
    wb = load_workbook(io.BytesIO(template))
    ws = wb[impor.SHEET]
    ws.cell(impor.HEADER_ROW + 1, len(impor.KOLOM) + 6, "99")  # the 2024 target of the first indicator
    out = tmp_path / "renstra.xlsx"
    wb.save(out)
    with pytest.raises(CommandError, match="1 kesalahan; tidak ada yang disimpan"):
        call_command("import", "renstra", str(out), unit="wonoasih")
    assert "Data perencanaan tahun 2024 terkunci" in capsys.readouterr().err


def test_the_operator_imports_on_the_screen_previews_then_saves(client):
    """From the planning page: download the template, upload it filled, read the preview, save."""
    from django.contrib.auth.models import User
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.urls import reverse

    from sakip.domain.accounts.models import Akses

    pd = _pd_baru()
    user = User.objects.create_user("operator-contoh", password="kata-sandi-panjang")
    Akses.objects.create(user=user, peran="operator", pemda=pd.pemda, pd=pd)
    client.force_login(user)
    tree = client.get(reverse("planning:tree", args=["contoh"])).content.decode()
    page_url = reverse("beranda:impor", args=["contoh", "renstra"])
    assert f'href="{page_url}"' in tree
    template = client.get(reverse("beranda:impor_templat", args=["contoh", "renstra"]),
                          {"tahun_mulai": 2025, "tahun_selesai": 2026})
    assert template.status_code == 200 and template["Content-Disposition"].endswith('renstra-contoh-2025-2026.xlsx"')
    isi = _isi(template.content, ROWS)
    years = {"tahun_mulai": 2025, "tahun_selesai": 2026}
    preview = client.post(page_url, {**years, "berkas": SimpleUploadedFile("renstra.xlsx", isi)}).content.decode()
    assert "16 perubahan" in preview and "Renstra 2025–2026 dibuat." in preview
    assert not Renstra.objects.filter(pd=pd).exists()
    b64 = preview.split('name="berkas_b64" value="', 1)[1].split('"', 1)[0]
    saved = client.post(page_url, {**years, "berkas_b64": b64, "simpan": "1"})
    assert saved.status_code == 302 and saved["Location"] == reverse("planning:tree", args=["contoh"]) + "?tahun=2025"
    assert Indikator.objects.filter(pd=pd).count() == 4
    bad = [list(r) for r in ROWS]
    bad[0][10] = "1OO"
    html = client.post(page_url, {**years, "berkas": SimpleUploadedFile("r.xlsx", _isi(template.content, bad))}).content
    assert "1 kesalahan — tidak ada yang disimpan" in html.decode() and "“1OO”" in html.decode()
