"""URL × role walk entries of the planning imports on a PD's screens (``composite/beranda``)."""

PETA = {
    "beranda:impor": (["slug", "@renstra"], "isi_pd"),
    "beranda:impor_templat": (["slug", "@program"], "isi_pd_templat"),
}

# The template needs its year (?tahun=…): without it the download answers 404 to whoever may use it.
KINDS = {"isi_pd_templat": {"anonim": 302, "admin": 404, "admin-probolinggo": 403, "inspektorat-probolinggo": 403,
                            "operator-wonoasih": 404, "verifikator-wonoasih": 403, "camat-wonoasih": 403,
                            "operator-kanigaran": 404, "operator-purworejo": 404, "kelurahan-sumbertaman": 403}}
