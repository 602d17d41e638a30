"""URL × role walk entries of the SKM report's download (``survey``): every reader of the PD, before it is
published too (marked DRAF)."""

PETA = {
    "survey:unduh": (["slug", "periode", "@json"], "lihat_pd"),
}
