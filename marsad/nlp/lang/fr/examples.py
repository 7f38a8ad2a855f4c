"""French example sentences (written for Marsad) used by tests and ``marsad info``."""

SENTENCES = [
    "Le ministre irakien des Affaires étrangères s'est entretenu jeudi à Moscou avec Sergueï Lavrov.",
    "L'Algérie a condamné l'attaque de drones contre la base aérienne d'Al-Tanf.",
    "La Turquie a reçu une nouvelle livraison de systèmes S-400 en provenance de Russie.",
]
