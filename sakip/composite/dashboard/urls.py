from django.urls import path

from sakip.composite.dashboard import views

app_name = "dashboard"
urlpatterns = [
    path("dasbor/", views.mulai, name="mulai"),
    path("pemda/<slug:pemda>/dasbor/<int:tahun>/", views.pemda, name="pemda"),
    path("pd/<slug:slug>/dasbor/<int:tahun>/", views.pd, name="pd"),
    path("pd/<slug:slug>/dasbor/<int:tahun>/indikator/<int:indikator_id>/", views.indikator, name="indikator"),
]
