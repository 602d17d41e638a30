"""The door for text and files (issue 17, items 2, 7, 8): control characters never reach the database or break
a document, and a file too big to unpack, too long, locked or old is refused with a message before it is parsed."""

from __future__ import annotations

import io
import zipfile

import pytest
from django.db import connection
from django.db.models import Value
from django.db.models.functions import Concat
from django.urls import reverse
from openpyxl import Workbook, load_workbook

from sakip.core.models import Penolakan
from sakip.core.scoping import Scope
from sakip.documents import registry
from sakip.documents.lembar import Kesalahan, buka_xlsx
from sakip.domain.measurement.dokumen import build_pengukuran
from sakip.domain.planning.models import Indikator

pytestmark = pytest.mark.django_db
KOTOR = " a\x0b\x1b\x08\x01\x00b\ufffe"


def test_a_saved_text_loses_its_control_characters_and_keeps_the_rest():
    ind = Indikator.objects.filter(pd__slug="wonoasih").first()
    ind.nama = "=1+1 \u202eabc a\u200bb\tc" + KOTOR
    ind.save()
    ind.refresh_from_db()
    assert ind.nama == "=1+1 \u202eabc a\u200bb\tc ab"


def test_a_posted_value_reaches_the_view_clean(login):
    client = login("operator-wonoasih")
    # The login form answers with what it read: the username typed with a NUL and an escape comes back clean.
    client.logout()
    page = client.post(reverse("login"), {"username": "oper\x00ator\x1b", "password": "salah"})
    assert page.status_code == 200
    assert 'value="operator"' in page.content.decode()


@pytest.mark.parametrize("fmt", ["xlsx", "json"])
def test_old_data_with_control_characters_still_renders_the_quarter(fmt):
    """``update`` writes past the door, as data stored before it existed did: the renderers clean it themselves."""
    # PostgreSQL cannot store a NUL at all, so no old row there holds one.
    kotor = KOTOR.replace("\x00", "") if connection.vendor == "postgresql" else KOTOR
    Indikator.objects.filter(pd__slug="wonoasih").update(nama=Concat("nama", Value(kotor)))
    dok = build_pengukuran(Scope.system(), "wonoasih", 2024, 4)
    berkas = registry.jenis("pengukuran").berkas(dok, fmt)
    if fmt == "xlsx":
        wb = load_workbook(io.BytesIO(berkas.isi))
        texts = [c.value for ws in wb for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
        assert any(t.endswith(" ab") for t in texts)


def _zip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return out.getvalue()


def test_a_zip_bomb_is_refused_before_it_is_unpacked():
    isi = _zip({"[Content_Types].xml": b"<x/>", "xl/worksheets/sheet1.xml": b" " * (40 * 1024 * 1024)})
    assert len(isi) < 100_000  # 40 MB of spaces pack into ~40 KB
    hasil = buka_xlsx(isi)
    assert isinstance(hasil, Kesalahan)
    assert hasil.pesan.startswith("Isi berkas terlalu besar setelah dibuka (40 MB; paling banyak 30 MB)")


def test_a_sheet_declaring_more_rows_than_allowed_is_refused():
    wb = Workbook()
    wb.active.cell(6000, 1, "x")
    buf = io.BytesIO()
    wb.save(buf)
    hasil = buka_xlsx(buf.getvalue())
    assert isinstance(hasil, Kesalahan)
    assert hasil.pesan.startswith("Lembar berisi 6.000 baris; paling banyak 5.000 baris")
    assert not isinstance(buka_xlsx(buf.getvalue(), baris_maks=10_000), Kesalahan)


def test_a_password_protected_workbook_and_an_old_xls_are_named_as_such():
    # Both are OLE compound files; a protected .xlsx carries its workbook in a stream named "EncryptedPackage"
    # (MS-OFFCRYPTO 2.3.4.4), stored as UTF-16 in the directory.
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    locked = buka_xlsx(ole + "EncryptedPackage".encode("utf-16-le"))
    assert isinstance(locked, Kesalahan) and "dilindungi kata sandi" in locked.pesan
    old = buka_xlsx(ole + "Workbook".encode("utf-16-le"))
    assert isinstance(old, Kesalahan) and old.pesan.startswith("Berkas ini .xls (Excel 97–2003)")


def test_a_file_with_a_very_long_name_is_refused_with_a_message_and_recorded(login, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    client = login("operator-wonoasih")
    ind = build_pengukuran(Scope.system(), "wonoasih", 2024, 4).iku[0].indikator_id
    url = reverse("measurement:bukti", args=["wonoasih", 2024, 4, ind])
    before = Penolakan.objects.count()
    # Sent as a browser sends it: the test client's own encoder would cut the name to 255 characters.
    body = (f'--X\r\nContent-Disposition: form-data; name="keterangan"\r\n\r\nbukti\r\n'
            f'--X\r\nContent-Disposition: form-data; name="berkas"; filename="{"a" * 1000}.pdf"\r\n'
            f'Content-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\r\n--X--\r\n').encode()
    page = client.generic("POST", url, body, content_type="multipart/form-data; boundary=X")
    assert page.status_code == 400
    text = page.content.decode()
    assert "Nama berkas terlalu panjang" in text
    assert Penolakan.objects.count() == before + 1


def test_a_chart_draws_names_as_typed_never_as_math_or_control_characters(recwarn):
    from decimal import Decimal

    from sakip.documents import grafik

    png = grafik.batang("Capaian $\\frac{", ["Rp $5 – $10 *tebal*", "a\x0b\x01b"], [Decimal(90), Decimal(101)])
    assert png.startswith(b"\x89PNG")
    assert not [w for w in recwarn if "Glyph" in str(w.message)]  # no control character reached the font
