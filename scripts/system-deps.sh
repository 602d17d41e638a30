#!/usr/bin/env bash
# Install the Debian packages sakip needs, only those missing. `run`: Python with venv, the
# libraries WeasyPrint uses for PDF, fonts, Chart.js for the dashboards (Debian's libjs-chart.js,
# served among sakip's static files), LibreOffice Writer without a GUI (the page numbers of the Word contents,
# sakip/documents/halaman.py; without it the Word file is still made, its contents left for Word to number),
# Graphviz's dot (the pohon kinerja diagram, sakip/documents/diagram.py).
# `test`: also Chromium (Playwright drives Debian's chromium;
# its own browser download cannot work here), the PostgreSQL server, and LibreOffice (Writer and Calc, without
# a GUI) with poppler for the document check (tests/dokumen: each Word file printed to PDF as an office without
# MS Word sees it, its pages read with pdftotext and drawn with pdftoppm).
set -euo pipefail
mode=${1:-run}
packages=(python3 python3-venv libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core fonts-liberation2 libjs-chart.js
          libreoffice-writer-nogui graphviz)
if [ "$mode" = test ]; then
  packages+=(chromium postgresql libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
# A Python 3.11 that can make a venv elsewhere (e.g. pyenv) makes Debian's python3 unnecessary.
if command -v python3.11 >/dev/null 2>&1 && python3.11 -c "import venv, ensurepip" >/dev/null 2>&1; then
  missing=("${missing[@]/python3}"); missing=("${missing[@]/python3-venv}")
fi
filtered=()
for p in "${missing[@]}"; do [ -n "$p" ] && filtered+=("$p"); done
if [ ${#filtered[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Paket sistem belum terpasang: ${filtered[*]} — jalankan sebagai root atau pasang dengan apt-get." >&2
  exit 1
fi
echo "Memasang paket sistem: ${filtered[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${filtered[@]}" >/dev/null
