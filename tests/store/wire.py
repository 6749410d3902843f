"""Two stories written for the copy tests (no text of a real article)."""
from __future__ import annotations

# A wire story written for these tests (no text of a real article).
WIRE = (
    "GENEVA, March 3 - Negotiators from Armenia and Azerbaijan met in Geneva on Tuesday for a third round of talks "
    "on the disputed border, the Swiss foreign ministry said in a statement. The two delegations agreed to set up a "
    "joint commission on the release of detainees and to meet again within a month, according to the statement. "
    "\"We have made real progress on the humanitarian questions,\" a spokesman for the Armenian delegation told "
    "reporters after the meeting, adding that the question of the corridor remained open. The Azerbaijani side said "
    "it expected the commission to begin its work before the end of April and called on international observers to "
    "take part. Diplomats from France, Russia and the United States, who co-chair the mediation group, welcomed the "
    "outcome and said they would present a draft of confidence-building measures at the next round. Fighting along "
    "the line of contact has eased since the ceasefire of November, although both sides have reported sporadic "
    "shooting near the villages in the north. The talks are due to resume in Vienna next month."
)
# Another story on the same subject: shares names and phrases, is not a copy.
OTHER = (
    "BAKU, March 9 - Azerbaijan accused Armenia on Monday of delaying the joint commission on detainees agreed in "
    "Geneva last week, the foreign ministry in Baku said. Armenian officials rejected the charge and said the "
    "commission would begin its work as planned. Diplomats from France, Russia and the United States, who co-chair "
    "the mediation group, called on both sides to keep to the ceasefire of November. Residents of villages in the "
    "north reported shooting overnight, and the defence ministry in Yerevan said one soldier had been wounded."
)
