"""The sector vocabulary of the annotation guide: slugs and labels, in their fixed order.

Migration 0001 seeds the `sectors` table with this list (migrations keep their own copy, as
they must not change with the code); a test checks that the two agree."""
from __future__ import annotations

SECTORS: tuple[tuple[str, str], ...] = (
    ("trade", "Trade"),
    ("investment", "Investment"),
    ("industry", "Industry"),
    ("energy", "Energy"),
    ("transport", "Transport"),
    ("logistics", "Logistics"),
    ("agriculture", "Agriculture"),
    ("tourism", "Tourism"),
    ("construction", "Construction"),
    ("innovation", "Innovation"),
    ("ict", "ICT and digital economy"),
    ("smes", "Small and medium-sized enterprises"),
    ("humanitarian", "Humanitarian cooperation"),
    ("education", "Education"),
    ("culture", "Culture"),
    ("science", "Science"),
    ("health", "Health"),
    ("finance", "Finance"),
    ("environment", "Environment"),
    ("sports", "Sports and youth"),
    ("defense", "Defense and security"),
    ("other", "Other"),
)
SECTOR_ORDER = {slug: position for position, (slug, _) in enumerate(SECTORS)}
