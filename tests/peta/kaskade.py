"""URL × role entries of the pohon kinerja (kaskade): Wonoasih's tree for its Renstra 2019–2024, the demo's first
intermediate node and a 2024 program whose owner is set."""

PETA = {
    "kaskade:pohon": (["slug", "periode_renstra"], "lihat_pd"),
    "kaskade:unduh": (["slug", "periode_renstra", "@json"], "lihat_pd"),
    "kaskade:antara_tambah": (["slug", "periode_renstra"], "isi_pd"),
    "kaskade:pemilik": (["slug", "periode_renstra", "@program", "program_2024"], "isi_pd"),
    "kaskade:antara_ubah": (["simpul_antara"], "isi_pd"),
    "kaskade:antara_hapus": (["simpul_antara"], "isi_pd"),
}


def tambah_ids(ids: dict) -> None:
    from sakip.domain.kaskade.models import SimpulAntara
    from sakip.domain.planning.models import Program

    ids["periode_renstra"] = "2019-2024"
    ids["program_2024"] = Program.objects.filter(pd__slug="wonoasih", tahun=2024).order_by("pk").first().pk
    ids["simpul_antara"] = SimpulAntara.objects.filter(pd__slug="wonoasih").order_by("pk").first().pk
