"""Resolve stage: each event candidate with its place and date, and the decisions that depend on them."""
from .final import FinalEvent, event_id, final_events

__all__ = ["FinalEvent", "event_id", "final_events"]
