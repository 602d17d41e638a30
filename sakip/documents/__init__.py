"""Layer 2: documents as data and their renderers, knowing no domain app.

A document is a computed structure built by its domain app; this package turns structures into bytes:
sections (``naskah``) rendered to Word (``word``) and to PDF with Typst (``typst``), HTML to PDF with
WeasyPrint (``html``), spreadsheets (``lembar``), charts (``grafik``), and the one registry of document
kinds and their formats (``registry``) that every command, download, the portal and publishing use.
"""
