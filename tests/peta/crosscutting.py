"""URL × role entries of crosscutting between PDs (kaskade, issue 19 part 2): Wonoasih's form to ask from its tree
(its operator, the admin pemda, the system admin), the answer to a request addressed to Wonoasih by Kademangan
(Wonoasih's operator and the admin pemda answer; another PD does not reach it: 404), the withdrawal of a request
Wonoasih made to Kademangan (the same answers) and the pemda's list (every
reader of Kota Probolinggo; a PD user sees its own links only). The request is made by the system for the walk."""

ANON = "anonim"
LOGIN = 302

# Wonoasih's side of a crosscutting: its operator, the admin pemda of its pemda (either side's admin pemda may act),
# the system admin; the pemda's other readers 403; another PD does not reach it (404)
KINDS = {
    "cc_pd": {ANON: LOGIN, "admin": 200, "admin-probolinggo": 200, "inspektorat-probolinggo": 403,
              "operator-wonoasih": 200, "verifikator-wonoasih": 403, "camat-wonoasih": 403, "operator-kanigaran": 404,
              "operator-purworejo": 404, "kelurahan-sumbertaman": 403},
}

PETA = {
    "kaskade:crosscutting_ajukan": (["slug", "periode_renstra"], "cc_pd"),
    "kaskade:crosscutting_terima": (["crosscutting"], "cc_pd"),
    "kaskade:crosscutting_tolak": (["crosscutting"], "cc_pd"),
    # withdrawing: Wonoasih's own request to Kademangan (its side again: the same answers)
    "kaskade:crosscutting_tarik": (["crosscutting_keluar"], "cc_pd"),
    "kaskade:crosscutting_pemda": (["@kota-probolinggo"], "lihat_pemda"),
}


def tambah_ids(ids: dict) -> None:
    from sakip.core.scoping import Scope
    from sakip.domain.kaskade.services import ajukan_crosscutting
    from sakip.domain.organisation.models import PerangkatDaerah
    from sakip.domain.planning.models import Sasaran

    kademangan = PerangkatDaerah.objects.get(slug="kademangan")
    sasaran = Sasaran.objects.filter(pd=kademangan).order_by("pk").first()
    cc = ajukan_crosscutting(Scope.system(), pd=kademangan, simpul=f"sasaran-{sasaran.pk}", jenis="bergantung",
                             pd_tujuan=PerangkatDaerah.objects.get(slug="wonoasih"), uraian="uji peta akses")
    ids["crosscutting"] = cc.pk
    wonoasih = PerangkatDaerah.objects.get(slug="wonoasih")
    sasaran = Sasaran.objects.filter(pd=wonoasih).order_by("pk").first()
    keluar = ajukan_crosscutting(Scope.system(), pd=wonoasih, simpul=f"sasaran-{sasaran.pk}", jenis="berkontribusi",
                                 pd_tujuan=kademangan, uraian="uji peta akses (tarik)")
    ids["crosscutting_keluar"] = keluar.pk
