"""Where: place an event with an offline gazetteer built from GeoNames."""
from __future__ import annotations

from dyads.where.gazetteer import Gazetteer, find_location, get_gazetteer

__all__ = ["Gazetteer", "find_location", "get_gazetteer"]
