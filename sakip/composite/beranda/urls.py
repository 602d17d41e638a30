from django.urls import path

from sakip.composite.beranda import views

app_name = "beranda"
urlpatterns = [
    path("pd/<slug:slug>/", views.pd_detail, name="pd"),
]
