"""URL × role walk entries of the values sent by external sources (``measurement.views_eksternal``): the quarter's
page of waiting values is the PD's data-entry operator's (and the system admin's), like the grid's writes; deciding
is POST only, and a source's CSV file is posted to the page itself."""

PETA = {
    "measurement:kiriman": (["slug", "tahun", "tw"], "isi_pd"),
    "measurement:kiriman_putus": (["slug", "tahun", "tw"], "isi_pd_post"),
}
