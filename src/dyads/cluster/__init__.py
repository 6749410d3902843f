"""Coding on a Dask cluster (``dyads code --dask``) and loading its output (``dyads load``).

Imported only when asked for: Dask is an optional extra (``pip install 'dyads[dask]'``).
"""
