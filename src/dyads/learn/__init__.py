"""The learned event layer's training side: the team's corpus (``corpus``) and ``dyads train`` (``train``)."""
