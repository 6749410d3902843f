"""``dyads serve``: a local web page over the event database, and the JSON API it uses (FastAPI).

``create_app`` is in ``dyads.serve.app``; this package's import brings in neither FastAPI nor DuckDB,
so the command line starts quickly.
"""
