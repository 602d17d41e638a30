from django.urls import path

from sakip.composite.beranda import views

app_name = "beranda"
urlpatterns = [
    path("pd/<slug:slug>/", views.pd_detail, name="pd"),
    path("pd/<slug:slug>/impor/<str:jenis>/", views.impor_berkas, name="impor"),
    path("pd/<slug:slug>/impor/<str:jenis>/templat.xlsx", views.impor_templat, name="impor_templat"),
]
