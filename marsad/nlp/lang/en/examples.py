"""English example sentences (written for Marsad) used by tests and ``marsad info``."""

SENTENCES = [
    "Iraq's foreign minister met his Russian counterpart Sergey Lavrov in Moscow on Thursday.",
    "The United States imposed sanctions on three Iranian drone manufacturers.",
    "Turkey and Azerbaijan held joint military exercises near Baku.",
]
