"""French actor lexicon: titles and roles, ministerial portfolios, agent nouns of nominal actors, honorifics.

Keys are written as in text; the extractor folds them (accents, case, apostrophes). Roles are given
in English so that the same office has the same role in every language.
"""

# Title heads before or after a person's name → (role, PLOVER sector). Longest match wins.
TITLES: dict[str, tuple[str, str | None]] = {
    "président": ("president", "GOV"),
    "présidente": ("president", "GOV"),
    "vice-président": ("vice president", "GOV"),
    "chef de l'État": ("head of state", "GOV"),
    "premier ministre": ("prime minister", "GOV"),
    "première ministre": ("prime minister", "GOV"),
    "vice-premier ministre": ("deputy prime minister", "GOV"),
    "vice premier-ministre": ("deputy prime minister", "GOV"),
    "vice premier ministre": ("deputy prime minister", "GOV"),
    "chef du gouvernement": ("prime minister", "GOV"),
    "ministre": ("minister", "GOV"),
    "ministre délégué": ("minister", "GOV"),
    "vice-ministre": ("deputy minister", "GOV"),
    "secrétaire d'État": ("secretary of state", "GOV"),
    "chef de la diplomatie": ("foreign minister", "GOV"),
    "porte-parole": ("spokesperson", "GOV"),
    "ambassadeur": ("ambassador", "GOV"),
    "ambassadrice": ("ambassador", "GOV"),
    "diplomate": ("diplomat", "GOV"),
    "envoyé spécial": ("special envoy", "GOV"),
    "envoyé": ("envoy", "GOV"),
    "émissaire": ("envoy", "GOV"),
    "conseiller à la sécurité nationale": ("national security adviser", "GOV"),
    "conseiller pour la sécurité nationale": ("national security adviser", "GOV"),
    "conseiller": ("adviser", "GOV"),
    "roi": ("king", "GOV"),
    "prince héritier": ("crown prince", "GOV"),
    "émir": ("emir", "GOV"),
    "guide suprême": ("supreme leader", "GOV"),
    "secrétaire général": ("secretary-general", None),
    "secrétaire adjoint": ("deputy secretary", "GOV"),
    "général": ("general", "MIL"),
    "général de division": ("major general", "MIL"),
    "général de brigade": ("brigadier general", "MIL"),
    "général de corps d'armée": ("lieutenant general", "MIL"),
    "maréchal": ("field marshal", "MIL"),
    "amiral": ("admiral", "MIL"),
    "colonel": ("colonel", "MIL"),
    "commandant": ("commander", "MIL"),
    "commandant en chef": ("commander-in-chief", "MIL"),
    "chef d'état-major": ("chief of staff", "MIL"),
    "chef d'état major": ("chief of staff", "MIL"),
    "député": ("member of parliament", "LEG"),
    "députée": ("member of parliament", "LEG"),
    "parlementaire": ("member of parliament", "LEG"),
    "sénateur": ("senator", "LEG"),
    "président du parlement": ("speaker of parliament", "LEG"),
    "chef des renseignements": ("intelligence chief", "SPY"),
    "directeur des renseignements": ("intelligence chief", "SPY"),
    "expert": ("expert", "ELI"),
    "spécialiste": ("expert", "ELI"),
    "analyste": ("analyst", "ELI"),
    "chercheur": ("researcher", "ELI"),
    "politologue": ("analyst", "ELI"),
    "journaliste": ("journalist", "JRN"),
    "correspondant": ("correspondent", "JRN"),
    "chef": ("leader", None),
    "dirigeant": ("leader", None),
    "commandant de l'armée de l'air": ("commander of the air force", "MIL"),
    "membre": ("member", None),
}

# Complements that specialise a title: "ministre ... des Affaires étrangères" → "foreign minister".
PORTFOLIOS: dict[str, str] = {
    "affaires étrangères": "foreign",
    "affaires étrangeres": "foreign",
    "défense": "defence",
    "armées": "defence",
    "intérieur": "interior",
    "finances": "finance",
    "économie": "economy",
    "pétrole": "oil",
    "énergie": "energy",
    "justice": "justice",
    "sécurité nationale": "national security",
}

# Words after "membre de …" that make the person a legislator.
LEGISLATIVE_WORDS = ("parlement", "commission", "assemblée", "sénat", "chambre", "conseil des représentants")

# Agent nouns of nominal actors ("le gouvernement irakien") → (kind, PLOVER sector, English name template).
AGENTS: dict[str, tuple[str, str, str]] = {
    "gouvernement": ("government", "GOV", "Government of {country}"),
    "administration": ("government", "GOV", "Government of {country}"),
    "exécutif": ("government", "GOV", "Government of {country}"),
    "présidence": ("government", "GOV", "Presidency of {country}"),
    "diplomatie": ("ministry", "GOV", "Ministry of Foreign Affairs ({country})"),
    "ministère des affaires étrangères": ("ministry", "GOV", "Ministry of Foreign Affairs ({country})"),
    "ministère de la défense": ("ministry", "GOV", "Ministry of Defence ({country})"),
    "ministère de l'intérieur": ("ministry", "GOV", "Ministry of Interior ({country})"),
    "ministère": ("ministry", "GOV", "Ministry ({country})"),
    "ambassade": ("government", "GOV", "Embassy of {country}"),
    "armée": ("armed forces", "MIL", "{adjective} Army"),
    "armée de l'air": ("military branch", "MIL", "{adjective} Air Force"),
    "armée de terre": ("military branch", "MIL", "{adjective} Army"),
    "marine": ("military branch", "MIL", "{adjective} Navy"),
    "forces armées": ("armed forces", "MIL", "{adjective} Armed Forces"),
    "forces": ("armed forces", "MIL", "{adjective} Armed Forces"),
    "troupes": ("armed forces", "MIL", "{adjective} Armed Forces"),
    "forces aériennes": ("military branch", "MIL", "{adjective} Air Force"),
    "forces spéciales": ("military branch", "MIL", "{adjective} Special Forces"),
    "forces de sécurité": ("security service", "COP", "{adjective} Security Forces"),
    "police": ("police", "COP", "{adjective} Police"),
    "parlement": ("parliament", "LEG", "Parliament of {country}"),
    "assemblée nationale": ("parliament", "LEG", "Parliament of {country}"),
    "renseignement": ("intelligence service", "SPY", "{adjective} Intelligence"),
    "services de renseignement": ("intelligence service", "SPY", "{adjective} Intelligence"),
    "garde côtes": ("military branch", "MIL", "{adjective} Coast Guard"),
}

# Words that link an agent or a title to a place: "gouvernement de Bagdad", "ambassadeur de Russie".
OF_WORDS = ("de", "du", "des", "d", "de la", "de l")

# Honorifics dropped from the start of a name: "M. Konovalov" is Konovalov.
HONORIFICS = ("M.", "M", "Mme", "Mlle", "Mgr", "Dr", "Pr", "cheikh", "sayyed", "feu")

# Articles that may precede a name of country or agent ("l'Irak", "les États-Unis").
ARTICLES = ("le", "la", "les", "l", "l'", "l’")
