"""English words that put an event in a PLOVER context (ontology.md), matched on folded words of the sentence."""

CONTEXT_WORDS: dict[str, tuple[str, ...]] = {
    "military": (
        "weapons",
        "arms",
        "military",
        "defence",
        "defense",
        "army",
        "missiles",
        "drones",
        "jets",
        "aircraft",
        "helicopters",
        "troops",
        "soldiers",
        "S-400",
        "radars",
    ),
    "terrorism": ("terrorism", "terrorist", "terrorists", "ISIS", "ISIL", "jihadists", "militants"),
    "intelligence": ("intelligence", "espionage"),
    "economic": ("oil", "gas", "economic", "investment", "investments", "trade", "electricity", "energy"),
    "diplomatic": ("diplomatic", "ambassador", "embassy", "bilateral"),
    "nuclear": ("nuclear",),
    "humanitarian": ("humanitarian", "refugees"),
}
