"""``anonkit review``: the data steward's local web app (issue 12, docs/review.md).

An ASGI app (Starlette) served by uvicorn on 127.0.0.1 only, rendered on the server with
Jinja2, with two vendored static files (plain JS and CSS; no build step, nothing from the
internet). It calls the workflow layer only (``anonkit.workflow.review_view``,
``review_decisions``, ``release``): no logic of its own about keys, detection or storage.

Modules: ``security`` (token, session, CSRF, headers), ``app`` (routes), ``server``
(free port, uvicorn).
"""
