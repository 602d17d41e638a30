"""Crosscutting between PDs (issue 19, part 2): Wonoasih's sasaran “Meningkatnya Kualitas Pelayanan Publik di
Kecamatan Wonoasih” asks Kanigaran, whose sasaran “Meningkatkan Kualitas Pelayanan Publik di Kecamatan Kanigaran”
(its Renstra 2020–2024) accepts or declines; refusals, scope, the screens, the pemda's list and the tree's JSON."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.urls import reverse

from sakip.core.galat import Ditolak, TidakDitemukan
from sakip.core.scoping import Scope
from sakip.domain.kaskade import selectors, services
from sakip.domain.kaskade.dokumen import build_pohon
from sakip.domain.kaskade.models import Crosscutting, SimpulAntara
from sakip.domain.organisation.models import PerangkatDaerah
from sakip.domain.planning.models import Sasaran

pytestmark = pytest.mark.django_db

S21 = "Meningkatnya Kualitas Pelayanan Publik di Kecamatan Wonoasih"
S_KANIGARAN = "Meningkatkan Kualitas Pelayanan Publik di Kecamatan Kanigaran"


def scope_of(username: str) -> Scope:
    return Scope.for_user(User.objects.get(username=username))


@pytest.fixture
def w():
    """The two PDs, their sasaran and a Purworejo PD (another pemda)."""
    class W:
        wonoasih = PerangkatDaerah.objects.get(slug="wonoasih")
        kanigaran = PerangkatDaerah.objects.get(slug="kanigaran")
        purworejo = PerangkatDaerah.objects.exclude(pemda__slug="kota-probolinggo").order_by("pk").first()
        s21 = Sasaran.objects.get(pd__slug="wonoasih", nama=S21)
        sk = Sasaran.objects.get(pd__slug="kanigaran", nama=S_KANIGARAN)
    return W


def ajukan(w, username="operator-wonoasih", **kw):
    args = {"pd": w.wonoasih, "simpul": f"sasaran-{w.s21.pk}", "jenis": "bergantung", "pd_tujuan": w.kanigaran,
            "uraian": "Data kependudukan untuk IKM"} | kw
    return services.ajukan_crosscutting(scope_of(username), **args)


def test_ask_then_accept_with_a_node(w):
    cc = ajukan(w)
    assert (cc.status, cc.pd_id, cc.sasaran_id, cc.ke_sasaran_id) == ("diajukan", w.wonoasih.pk, w.s21.pk, None)
    assert cc.diajukan_oleh.username == "operator-wonoasih" and cc.diajukan_pada is not None
    cc = services.terima_crosscutting(scope_of("operator-kanigaran"), cc=cc, simpul_tujuan=f"sasaran-{w.sk.pk}")
    cc.refresh_from_db()
    assert (cc.status, cc.ke_sasaran_id, cc.alasan) == ("diterima", w.sk.pk, "")
    assert cc.diputus_oleh.username == "operator-kanigaran"
    assert cc.simpul_label == f"Sasaran: {S21}" and cc.simpul_ke_label == f"Sasaran: {S_KANIGARAN}"
    # history like the other audited models: created, then accepted
    assert [h.status for h in cc.history.order_by("history_id")] == ["diajukan", "diterima"]


def test_accepting_needs_a_node_unless_the_asker_named_one(w):
    cc = ajukan(w)
    with pytest.raises(ValidationError) as e:
        services.terima_crosscutting(scope_of("operator-kanigaran"), cc=cc)
    assert "simpul_tujuan" in e.value.message_dict
    assert Crosscutting.objects.get(pk=cc.pk).status == "diajukan"  # nothing half-saved
    named = ajukan(w, jenis="berkontribusi", simpul=f"tujuan-{w.s21.tujuan_id}", simpul_tujuan=f"sasaran-{w.sk.pk}")
    assert services.terima_crosscutting(scope_of("operator-kanigaran"), cc=named).status == "diterima"


def test_decline_needs_a_reason(w):
    cc = ajukan(w)
    with pytest.raises(ValidationError) as e:
        services.tolak_crosscutting(scope_of("operator-kanigaran"), cc=cc, alasan="   ")
    assert e.value.message_dict == {"alasan": ["Tuliskan alasan penolakan."]}
    cc = services.tolak_crosscutting(scope_of("operator-kanigaran"), cc=cc, alasan="Bukan kewenangan Kanigaran")
    assert (cc.status, cc.alasan) == ("ditolak", "Bukan kewenangan Kanigaran")
    with pytest.raises(ValidationError) as e:  # answered once
        services.terima_crosscutting(scope_of("operator-kanigaran"), cc=cc, simpul_tujuan=f"sasaran-{w.sk.pk}")
    assert "sudah ditolak" in e.value.message_dict["status"][0]
    ajukan(w)  # a declined request is closed: the node may ask again


def test_refusals_name_the_field(w):
    purworejo_sasaran = Sasaran.objects.filter(pd=w.purworejo).order_by("pk").first()
    cases = [
        ({"pd_tujuan": w.purworejo}, "pd_tujuan", "pemda lain"),
        ({"pd_tujuan": w.wonoasih}, "pd_tujuan", "perangkat daerah pengaju sendiri"),
        ({"simpul_tujuan": f"sasaran-{w.s21.pk}"}, "simpul_tujuan", "bukan milik Kecamatan Kanigaran"),
        ({"simpul": f"sasaran-{w.sk.pk}"}, "simpul", "bukan milik Kecamatan Wonoasih"),
        ({"simpul": f"sasaran-{purworejo_sasaran.pk}"}, "simpul", "pemda lain"),
        ({"simpul": "sasaran-999999"}, "simpul", "“sasaran-999999” tidak dikenal"),
        ({"jenis": "menguasai"}, "jenis", "tidak dikenal"),
    ]
    for kw, field, pesan in cases:
        with pytest.raises(ValidationError) as e:
            ajukan(w, **kw)
        assert pesan in " ".join(e.value.message_dict[field]), (kw, e.value.message_dict)
    assert not Crosscutting.objects.exists()


def test_a_duplicate_of_an_open_request_or_an_accepted_link_is_refused(w):
    cc = ajukan(w)
    with pytest.raises(ValidationError) as e:
        ajukan(w, jenis="berkontribusi")
    assert "belum dijawab" in e.value.message_dict["pd_tujuan"][0]
    services.terima_crosscutting(scope_of("operator-kanigaran"), cc=cc, simpul_tujuan=f"sasaran-{w.sk.pk}")
    with pytest.raises(ValidationError) as e:
        ajukan(w, simpul_tujuan=f"sasaran-{w.sk.pk}")
    assert "sudah diterima" in e.value.message_dict["simpul_tujuan"][0]
    assert Crosscutting.objects.count() == 1


def test_rights_and_scope(w):
    with pytest.raises(Ditolak):  # a reader of Wonoasih who does not write
        ajukan(w, username="verifikator-wonoasih")
    with pytest.raises(Ditolak):  # another PD asking in Wonoasih's name
        ajukan(w, username="operator-kanigaran")
    cc = ajukan(w)
    with pytest.raises(Ditolak):  # the asker cannot answer its own request
        services.terima_crosscutting(scope_of("operator-wonoasih"), cc=cc, simpul_tujuan=f"sasaran-{w.sk.pk}")
    with pytest.raises(TidakDitemukan):  # a PD not addressed does not even see it
        services.tolak_crosscutting(scope_of("operator-purworejo"), cc=cc, alasan="x")
    other_pd = Scope(pemda_id=w.wonoasih.pemda_id, pd_id=PerangkatDaerah.objects.get(slug="kademangan").pk,
                     writes=True, hak=scope_of("operator-kanigaran").hak)
    with pytest.raises(TidakDitemukan):
        services.tolak_crosscutting(other_pd, cc=cc, alasan="x")
    assert selectors.crosscutting_pd(other_pd, w.wonoasih) == []
    # either side's admin pemda may answer
    cc = services.tolak_crosscutting(scope_of("admin-probolinggo"), cc=cc, alasan="Dijawab admin pemda")
    assert cc.diputus_oleh.username == "admin-probolinggo"


def test_an_intermediate_node_may_ask(w, system_scope):
    antara = SimpulAntara.objects.filter(pd=w.wonoasih).order_by("pk").first()
    cc = ajukan(w, simpul=f"antara-{antara.pk}", jenis="berkontribusi")
    assert cc.simpul_antara_id == antara.pk and cc.simpul_id == f"antara-{antara.pk}"


def test_the_tree_json_lists_accepted_links_both_ways(w, system_scope):
    cc = ajukan(w)
    ditolak = ajukan(w, simpul=f"tujuan-{w.s21.tujuan_id}")
    services.tolak_crosscutting(system_scope, cc=ditolak, alasan="Tidak terkait")
    services.terima_crosscutting(system_scope, cc=cc, simpul_tujuan=f"sasaran-{w.sk.pk}")
    nodes = {n.id: n for _, n in build_pohon(system_scope, "wonoasih", "2019-2024").baris()}
    assert [t.as_json() for t in nodes[f"sasaran-{w.s21.pk}"].crosscutting] == [{
        "arah": "keluar", "jenis": "bergantung", "jenis_label": "bergantung pada",
        "pd": {"slug": "kanigaran", "nama": "Kecamatan Kanigaran"}, "simpul": f"sasaran-{w.sk.pk}",
        "simpul_nama": f"Sasaran: {S_KANIGARAN}"}]
    assert nodes[f"tujuan-{w.s21.tujuan_id}"].as_json()["crosscutting"] == []  # declined: not in the tree
    kanigaran = {n.id: n for _, n in build_pohon(system_scope, "kanigaran", "2020-2024").baris()}
    (masuk,) = kanigaran[f"sasaran-{w.sk.pk}"].as_json()["crosscutting"]
    assert (masuk["arah"], masuk["pd"]["slug"], masuk["simpul"]) == ("masuk", "wonoasih", f"sasaran-{w.s21.pk}")


def test_the_screens(w, login):
    client = login("operator-wonoasih")
    pohon = reverse("kaskade:pohon", args=["wonoasih", "2019-2024"])
    html = client.get(pohon).content.decode()
    assert "data-cc-ajukan" in html and "Belum ada crosscutting yang diajukan." in html
    ajukan_url = reverse("kaskade:crosscutting_ajukan", args=["wonoasih", "2019-2024"])
    response = client.post(ajukan_url, {"simpul": f"sasaran-{w.s21.pk}", "jenis": "bergantung",
                                        "pd_tujuan": str(w.kanigaran.pk), "uraian": "Data penduduk"})
    assert response.status_code == 302 and response["Location"].endswith("#crosscutting")
    cc = Crosscutting.objects.get()
    # the same request again: the form answers with the field's message, nothing saved
    response = client.post(ajukan_url, {"simpul": f"sasaran-{w.s21.pk}", "jenis": "bergantung",
                                        "pd_tujuan": str(w.kanigaran.pk)})
    assert response.status_code == 200 and "belum dijawab" in response.content.decode()
    assert Crosscutting.objects.count() == 1
    # Wonoasih cannot answer its own request; Kanigaran declines without a reason, then with one
    assert client.post(reverse("kaskade:crosscutting_tolak", args=[cc.pk]), {"alasan": "x"}).status_code == 403
    kanigaran = login("operator-kanigaran")
    html = kanigaran.get(reverse("kaskade:pohon", args=["kanigaran", "2020-2024"])).content.decode()
    assert "data-cc-terima" in html and "Kecamatan Wonoasih" in html
    tolak = reverse("kaskade:crosscutting_tolak", args=[cc.pk])
    response = kanigaran.post(tolak, {"alasan": ""})
    assert response.status_code == 200 and "Tuliskan alasan penolakan." in response.content.decode()
    assert kanigaran.post(tolak, {"alasan": "Bukan urusan kami"}).status_code == 302
    assert Crosscutting.objects.get().status == "ditolak"


def test_the_pemda_list(w, login, django_assert_num_queries):
    cc = ajukan(w)
    services.tolak_crosscutting(scope_of("operator-kanigaran"), cc=cc, alasan="Bukan urusan kami")
    services.terima_crosscutting(scope_of("operator-kanigaran"), cc=ajukan(w), simpul_tujuan=f"sasaran-{w.sk.pk}")
    url = reverse("kaskade:crosscutting_pemda", args=["kota-probolinggo"])
    html = login("admin-probolinggo").get(url).content.decode()
    assert html.count("data-cc=") == 2 and "1 diterima" in html and "1 ditolak" in html and "0 diajukan" in html
    assert "Bukan urusan kami" in html and S_KANIGARAN in html
    with django_assert_num_queries(1):
        rows = selectors.crosscutting_pemda(Scope.system(), w.wonoasih.pemda_id)
        [(c.simpul_label, c.simpul_ke_label, c.pd.nama, c.pd_tujuan.nama) for c in rows]
    html = login("operator-kanigaran").get(url).content.decode()  # a side of both links sees both, told it is its own
    assert html.count("data-cc=") == 2 and "hanya keterkaitan yang melibatkan perangkat daerah Anda" in html
    # Purworejo's operator does not reach the pemda; a third kecamatan sees none of Wonoasih's links
    assert login("operator-purworejo").get(url).status_code == 404
    assert selectors.crosscutting_pemda(Scope(pemda_id=w.wonoasih.pemda_id, pd_id=PerangkatDaerah.objects.get(
        slug="kademangan").pk), w.wonoasih.pemda_id) == []


def test_the_asker_withdraws_a_waiting_request_with_a_reason(w, login):
    """Withdrawn (ditarik) with its reason, history kept; the node may ask Kanigaran again; an answered request
    cannot be withdrawn, nor a waiting one by the other PD; shown on both pohon pages and the pemda's list."""
    cc = ajukan(w)
    with pytest.raises(ValidationError) as info:
        services.tarik_crosscutting(scope_of("operator-wonoasih"), cc=cc, alasan="  ")
    assert info.value.message_dict == {"alasan": ["Tuliskan alasan penarikan."]}
    with pytest.raises(Ditolak, match="Hanya operator Kecamatan Wonoasih"):
        services.tarik_crosscutting(scope_of("operator-kanigaran"), cc=cc, alasan="Bukan milik kami")
    with pytest.raises(TidakDitemukan):  # a third kecamatan does not reach it
        services.tarik_crosscutting(Scope(pemda_id=w.wonoasih.pemda_id, pd_id=PerangkatDaerah.objects.get(
            slug="kademangan").pk), cc=cc, alasan="x")
    cc = services.tarik_crosscutting(scope_of("operator-wonoasih"), cc=cc, alasan="Sasaran dirumuskan ulang")
    cc.refresh_from_db()
    assert (cc.status, cc.alasan, cc.diputus_oleh.username) == ("ditarik", "Sasaran dirumuskan ulang",
                                                               "operator-wonoasih")
    assert [h.status for h in cc.history.order_by("history_id")] == ["diajukan", "ditarik"]
    with pytest.raises(ValidationError) as info:  # no answer to a withdrawn request
        services.terima_crosscutting(scope_of("operator-kanigaran"), cc=cc, simpul_tujuan=f"sasaran-{w.sk.pk}")
    assert info.value.message_dict == {"status": ["Permintaan ini sudah ditarik; jawabannya tidak dapat diubah. "
                                                  "Ajukan permintaan baru bila perlu."]}
    lagi = ajukan(w)  # a withdrawn request blocks no new one
    services.terima_crosscutting(scope_of("operator-kanigaran"), cc=lagi, simpul_tujuan=f"sasaran-{w.sk.pk}")
    with pytest.raises(ValidationError) as info:
        services.tarik_crosscutting(scope_of("operator-wonoasih"), cc=lagi, alasan="Terlambat")
    assert info.value.message_dict == {"status": ["Permintaan ini sudah diterima; tidak dapat ditarik lagi."]}

    client = login("operator-wonoasih")
    html = client.get(reverse("kaskade:pohon", args=["wonoasih", "2019-2024"])).content.decode()
    assert 'data-cc-status="ditarik"' in html and "Alasan penarikan:</strong> Sasaran dirumuskan ulang" in html
    assert "data-cc-tarik" not in html  # nothing waits any more
    html = client.get(reverse("kaskade:crosscutting_pemda", args=["kota-probolinggo"])).content.decode()
    assert "1 ditarik" in html and "Sasaran dirumuskan ulang" in html


def test_withdrawing_through_the_screen(w, login):
    cc = ajukan(w)
    client = login("operator-wonoasih")
    pohon = client.get(reverse("kaskade:pohon", args=["wonoasih", "2019-2024"])).content.decode()
    assert f'action="{reverse("kaskade:crosscutting_tarik", args=[cc.pk])}?periode=2019-2024' in pohon
    url = reverse("kaskade:crosscutting_tarik", args=[cc.pk])
    kosong = client.post(url, {"alasan": ""})
    assert kosong.status_code == 200 and "Tuliskan alasan penarikan." in kosong.content.decode()
    done = client.post(f"{url}?periode=2019-2024", {"alasan": "Tidak lagi relevan"})
    assert done.status_code == 302 and done["Location"].endswith("/pohon-kinerja/2019-2024/?tahun=2024#crosscutting")
    assert Crosscutting.objects.get(pk=cc.pk).status == "ditarik"
    # the other PD sees it withdrawn, without the answer forms
    html = login("operator-kanigaran").get(reverse("kaskade:pohon", args=["kanigaran", "2020-2024"])).content.decode()
    assert 'data-cc-status="ditarik"' in html and "Tidak lagi relevan" in html and "data-cc-terima" not in html
