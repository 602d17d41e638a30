"""Settings for sakip, all read from environment variables.

SQLite under ``var/`` is the default (WAL mode, busy timeout, immediate transactions);
``DATABASE_URL`` selects PostgreSQL (``postgres://user:pass@host:port/name``).
"""

import datetime
import os
from pathlib import Path

import dj_database_url


def envbool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def envint(name: str, default: int) -> int:
    return int(os.environ.get(name, default))


BASE_DIR = Path(__file__).resolve().parent
VAR_DIR = Path(os.environ.get("SAKIP_VAR_DIR", BASE_DIR.parent / "var"))

DEBUG = envbool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY") or ("insecure-development-key" if DEBUG else None)
if SECRET_KEY is None:
    # A stable per-installation key kept outside git, so `make run` works without configuration.
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    key_file = VAR_DIR / "secret_key"
    if not key_file.exists():
        from django.core.management.utils import get_random_secret_key

        key_file.write_text(get_random_secret_key())
        key_file.chmod(0o600)
    SECRET_KEY = key_file.read_text().strip()

ALLOWED_HOSTS = [h for h in os.environ.get("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver").split(",") if h]
CSRF_TRUSTED_ORIGINS = [o for o in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if o]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_htmx",
    "axes",
    "simple_history",
    "sakip.core",
    "sakip.documents",
    "sakip.domain.accounts",
    "sakip.domain.organisation",
    "sakip.domain.planning",
    "sakip.domain.kaskade",
    "sakip.domain.measurement",
    "sakip.domain.agreement",
    "sakip.domain.survey",
    "sakip.domain.profil",
    "sakip.domain.workflow",
    "sakip.composite.audit",
    "sakip.composite.beranda",
    "sakip.composite.dashboard",
    "sakip.composite.portal",
    "sakip.composite.api",
    "ninja",  # the API's docs page served from ninja's own static files (no CDN; sakip.composite.api.api)
    "sakip.domain.reporting",
    "sakip.domain.evaluasi",
    "sakip.composite.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "sakip.core.scoping.ScopeMiddleware",  # request.scope: what the user reaches and holds
    "sakip.core.teks.BersihkanMasukan",  # no control character or NUL reaches a view (sakip.core.teks)
    "sakip.core.sibuk.TandaUnduhan",  # a download tells its page it is done (static/sakip/sibuk.js)
    "simple_history.middleware.HistoryRequestMiddleware",
    "sakip.core.penolakan.CatatPenolakan",
    "django.contrib.messages.middleware.MessageMiddleware",
    "sakip.core.galat.GalatMasukan",  # an unhandled ValidationError answers 400 with its messages
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "sakip.core.middleware.KebijakanKontenTetap",  # django-csp, the policy built once
    "sakip.core.middleware.Pemeliharaan",  # 503 to every write while `sakip restore` runs
    "django_ratelimit.middleware.RatelimitMiddleware",  # 429 page of the public rate limits
    "axes.middleware.AxesMiddleware",  # last, as django-axes requires
]

AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
# Login lockout (django-axes): 5 failed attempts for one account from one address lock that pair for
# 15 minutes; a success resets the count. Locking per pair keeps an attacker from locking a user out
# from everywhere.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = datetime.timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/terkunci.html"
AXES_VERBOSE = False

# Content security policy (django-csp): scripts only from the app's own static files (no inline
# scripts or handlers); inline styles are allowed for htmx's indicator style and style attributes.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    },
}

ROOT_URLCONF = "sakip.urls"
WSGI_APPLICATION = "sakip.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "sakip.core.context_processors.hak",
            ],
            "builtins": ["sakip.core.templatetags.angka"],
        },
    }
]

SQLITE_PATH = Path(os.environ.get("SQLITE_PATH", VAR_DIR / "sakip.sqlite3"))
if os.environ.get("DATABASE_URL"):
    DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"], conn_max_age=60)}
else:
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(SQLITE_PATH),
            # Kept open across requests: opening a WAL database and closing it as its last user (a
            # checkpoint and two fsyncs) cost ~25 ms a request, 90 % of a public SKM submission (bench/skm.py).
            "CONN_MAX_AGE": envint("SQLITE_CONN_MAX_AGE", 600),
            "OPTIONS": {
                "transaction_mode": "IMMEDIATE",
                "timeout": envint("SQLITE_BUSY_TIMEOUT_S", 20),
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;",
            },
        }
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "id"
LANGUAGES = [("id", "Bahasa Indonesia")]
TIME_ZONE = os.environ.get("TIME_ZONE", "Asia/Jakarta")
USE_I18N = True
USE_TZ = True
# Off: years and codes must never print as "2.024". Figures are formatted explicitly with the
# angka/persen/rupiah filters (sakip.rumus.angka), which use the Indonesian separators.
USE_THOUSAND_SEPARATOR = False

STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "static"
# Chart.js from Debian's libjs-chart.js (scripts/system-deps.sh), served as static/vendor/chartjs/:
# a charting library without a build step or a CDN. Pages work without it (the tables carry every figure).
CHARTJS_DIR = Path(os.environ.get("CHARTJS_DIR", "/usr/share/javascript/chart.js"))
STATICFILES_DIRS = [("vendor/chartjs", CHARTJS_DIR)] if CHARTJS_DIR.is_dir() else []
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
MEDIA_URL = "media/"
WHITENOISE_USE_FINDERS = True

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = int(os.environ.get("SESSION_HOURS", "8")) * 3600  # a working day, then log in again
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# Served over HTTPS (HTTPS=1, the production setting): secure cookies, redirect to HTTPS, HSTS.
# E-mail (reminders): printed to the console unless an SMTP server is configured.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = envint("EMAIL_PORT", 25)
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = envbool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "sakip <sakip@localhost>")
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")  # links in e-mails

HTTPS = envbool("HTTPS", False)
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = HTTPS or envbool("SECURE_COOKIES", False)
SECURE_SSL_REDIRECT = HTTPS
SECURE_HSTS_SECONDS = 31536000 if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE_HSTS_PRELOAD = HTTPS
if envbool("BEHIND_PROXY", False):  # a reverse proxy that terminates TLS sets X-Forwarded-Proto
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# Public survey: answers accepted per address per ten minutes (sakip.domain.survey.services).
# Rate limits of the public pages per client address (sakip.core.batas; django-ratelimit).
RATELIMIT_ENABLE = envbool("RATELIMIT_ENABLE", True)
RATELIMIT_VIEW = "sakip.core.batas.terlalu_banyak"
BATAS_PUBLIK = os.environ.get("BATAS_PUBLIK", "120/m")  # every request of a public page
BATAS_PUBLIK_KIRIM = os.environ.get("BATAS_PUBLIK_KIRIM", "30/m")  # questionnaire submissions
API_BATAS = os.environ.get("API_BATAS", "600/m")  # requests per API token (sakip.composite.api.auth)
# The default cache is per process (LocMemCache): counts are exact with one worker and at most
# workers × rate otherwise; django-ratelimit reports that as E003. Configure a shared cache for exact limits.
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.E003"]
BUKTI_MAKS_BYTE = envint("BUKTI_MAKS_BYTE", 10 * 1024 * 1024)  # largest evidence file (sakip.domain.measurement.bukti)
PINDAIAN_MAKS_BYTE = envint("PINDAIAN_MAKS_BYTE", 30 * 1024 * 1024)  # largest signed scan (sakip.composite.portal.pindaian)
HALAMAN_BATAS_DETIK = envint("HALAMAN_BATAS_DETIK", 120)  # LibreOffice's time to number a contents (documents.halaman)
SAKIP_SKM_BATAS_PER_ALAMAT = int(os.environ.get("SAKIP_SKM_BATAS_PER_ALAMAT", "30"))
