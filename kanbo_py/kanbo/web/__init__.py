"""Kanbo's web layer: HTTP server (server.py, http.py), router,
templates, sessions and CSRF, and the views (pages, ajax, api, accounts,
static) assembled by app.App."""
