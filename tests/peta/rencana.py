"""URL × role entries of the rencana aksi screen (measurement): readers of the PD see it and download its Excel
template, its operator saves it and uploads the filled template."""

PETA = {
    "measurement:rencana_aksi": (["slug", "tahun"], "lihat_pd"),
    "measurement:rencana_aksi_templat": (["slug", "tahun"], "lihat_pd"),
    "measurement:rencana_aksi_unggah": (["slug", "tahun"], "isi_pd_post"),
}
