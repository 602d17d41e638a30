"""URL × role entries of the signed scans of the PK and LKjIP (portal): the page of a PD's year (read by its
readers; the upload is its POST), the scoped download, the deletion (POST only), and the public download of a
scan whose document is public (Wonoasih's LKjIP 2024, published by the ``ids`` fixture)."""

from django.core.files.base import ContentFile

PETA = {
    "portal:pindaian": (["slug", "tahun"], "lihat_pd"),
    "portal:pindaian_unduh": (["pindaian"], "lihat_pd"),
    "portal:pindaian_hapus": (["pindaian"], "lihat_post"),
    "portal:berkas_pindaian": (["pindaian"], "publik"),
}


def tambah_ids(ids: dict) -> None:
    from sakip.composite.portal.models import Pindaian
    from sakip.domain.organisation.models import PerangkatDaerah

    row = Pindaian(pd=PerangkatDaerah.objects.get(slug="wonoasih"), jenis="lkjip", tahun=2024, nama_asli="uji.pdf")
    row.berkas.save("uji.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"), save=False)
    row.save()
    ids["pindaian"] = row.pk
