//! The default competency framework every new company starts with (DOMAIN.md): four
//! pillars, sixteen competencies with stable codes G1…D4, and the nine AI roles with
//! target profiles. Users may edit all of it afterwards; the codes stay stable identifiers
//! for CSV/XLSX headers.

pub struct DefaultCompetency {
    pub code: &'static str,
    pub name: &'static str,
    pub description: &'static str,
    /// What levels 1, 2 and 3 mean for this competency.
    pub levels: [&'static str; 3],
}

pub struct DefaultPillar {
    pub name: &'static str,
    pub competencies: &'static [DefaultCompetency],
}

pub struct DefaultRole {
    pub name: &'static str,
    pub description: &'static str,
    /// (competency code, minimum level)
    pub targets: &'static [(&'static str, u8)],
}

pub const PILLARS: &[DefaultPillar] = &[
    DefaultPillar {
        name: "Grundlagen",
        competencies: &[
            DefaultCompetency {
                code: "G1",
                name: "KI-Grundbegriffe",
                description: "Maschinelles Lernen, neuronale Netze, generative KI",
                levels: [
                    "Kennt die Begriffe und kann sie einordnen",
                    "Erklärt Funktionsweise und Grenzen im eigenen Bereich",
                    "Vermittelt die Grundlagen verständlich an andere",
                ],
            },
            DefaultCompetency {
                code: "G2",
                name: "Prompt Engineering",
                description:
                    "Aufgaben so formulieren, dass KI-Werkzeuge brauchbare Ergebnisse liefern",
                levels: [
                    "Formuliert einfache Anfragen",
                    "Nutzt Rollen, Beispiele und Struktur gezielt",
                    "Entwickelt Prompt-Vorlagen für das Team",
                ],
            },
            DefaultCompetency {
                code: "G3",
                name: "Grenzen und Risiken",
                description: "Halluzination, Bias, Erklärbarkeit",
                levels: [
                    "Weiß, dass KI-Ergebnisse falsch sein können",
                    "Prüft Ergebnisse systematisch gegen Quellen",
                    "Legt Prüfregeln für andere fest",
                ],
            },
            DefaultCompetency {
                code: "G4",
                name: "EU AI Act und Risikoklassen",
                description: "Pflichten und Risikoklassen der KI-Verordnung",
                levels: [
                    "Kennt die Risikoklassen dem Namen nach",
                    "Ordnet eigene Anwendungsfälle korrekt ein",
                    "Berät zu Pflichten und Dokumentation",
                ],
            },
        ],
    },
    DefaultPillar {
        name: "Anwendung",
        competencies: &[
            DefaultCompetency {
                code: "A1",
                name: "KI-Werkzeuge im Arbeitsalltag",
                description: "Text, Recherche, Office",
                levels: [
                    "Nutzt ein Werkzeug gelegentlich",
                    "Setzt mehrere Werkzeuge regelmäßig ein",
                    "Wählt Werkzeuge für das Team aus und schult",
                ],
            },
            DefaultCompetency {
                code: "A2",
                name: "Use-Case-Entwicklung",
                description: "Geeignete Anwendungsfälle finden und bewerten",
                levels: [
                    "Erkennt Aufgaben, die sich für KI eignen",
                    "Beschreibt und bewertet Use Cases nach Nutzen und Risiko",
                    "Steuert ein Use-Case-Portfolio",
                ],
            },
            DefaultCompetency {
                code: "A3",
                name: "Tool-Integration und Automatisierung",
                description: "No-/Low-Code, Schnittstellen zwischen Werkzeugen",
                levels: [
                    "Nutzt fertige Integrationen",
                    "Baut eigene Abläufe mit No-/Low-Code",
                    "Integriert KI in Geschäftsprozesse und Systeme",
                ],
            },
            DefaultCompetency {
                code: "A4",
                name: "Prozessoptimierung und Change Management",
                description: "Abläufe verbessern und Menschen mitnehmen",
                levels: [
                    "Bringt Verbesserungsideen ein",
                    "Verbessert Abläufe im eigenen Bereich messbar",
                    "Führt Veränderungen bereichsübergreifend",
                ],
            },
        ],
    },
    DefaultPillar {
        name: "Sicherheit",
        competencies: &[
            DefaultCompetency {
                code: "S1",
                name: "Datenschutz (DSGVO) bei KI-Nutzung",
                description: "Personenbezogene und vertrauliche Daten schützen",
                levels: [
                    "Kennt die Regeln für die Eingabe von Daten",
                    "Wendet sie sicher an und erkennt Grenzfälle",
                    "Gestaltet Regeln und prüft Anwendungen",
                ],
            },
            DefaultCompetency {
                code: "S2",
                name: "Prompt-Injection und Cybersicherheit",
                description: "Angriffe über KI-Eingaben und -Ausgaben",
                levels: [
                    "Kennt die Gefahr",
                    "Erkennt und vermeidet typische Angriffe",
                    "Härtet Anwendungen und schult andere",
                ],
            },
            DefaultCompetency {
                code: "S3",
                name: "Bias erkennen und vermeiden",
                description: "Verzerrungen in Daten und Ergebnissen",
                levels: [
                    "Weiß, dass Ergebnisse verzerrt sein können",
                    "Erkennt Bias in konkreten Ergebnissen",
                    "Legt Gegenmaßnahmen fest",
                ],
            },
            DefaultCompetency {
                code: "S4",
                name: "Freigabe und menschliche Kontrolle",
                description: "Wer prüft, wer gibt frei, was wird dokumentiert",
                levels: [
                    "Hält sich an Freigaberegeln",
                    "Prüft und dokumentiert Ergebnisse eigenständig",
                    "Definiert Freigabeprozesse",
                ],
            },
        ],
    },
    DefaultPillar {
        name: "Datenkompetenz",
        competencies: &[
            DefaultCompetency {
                code: "D1",
                name: "Datenqualität und Data Governance",
                description: "Verlässliche, gepflegte und geregelte Daten",
                levels: [
                    "Pflegt eigene Daten sorgfältig",
                    "Erkennt und behebt Qualitätsprobleme",
                    "Verantwortet Datenregeln für einen Bereich",
                ],
            },
            DefaultCompetency {
                code: "D2",
                name: "Datenanalyse",
                description: "Von Excel bis Python",
                levels: [
                    "Liest Auswertungen",
                    "Erstellt eigene Auswertungen",
                    "Baut Analysen und Modelle für andere",
                ],
            },
            DefaultCompetency {
                code: "D3",
                name: "Datenquellen und Schnittstellen",
                description: "CRM, ERP und weitere Systeme",
                levels: [
                    "Kennt die Systeme und ihre Daten",
                    "Exportiert und verknüpft Daten selbst",
                    "Richtet Schnittstellen ein",
                ],
            },
            DefaultCompetency {
                code: "D4",
                name: "MLOps und kontinuierliche Optimierung",
                description: "Modelle und Abläufe im Betrieb überwachen und verbessern",
                levels: [
                    "Kennt den Lebenszyklus von KI-Anwendungen",
                    "Überwacht Qualität im Betrieb",
                    "Verantwortet Betrieb und Weiterentwicklung",
                ],
            },
        ],
    },
];

pub const ROLES: &[DefaultRole] = &[
    DefaultRole {
        name: "KI-Prozessmanager",
        description: "Verbessert Abläufe mit KI und verantwortet deren Einführung",
        targets: &[
            ("G2", 2),
            ("G3", 2),
            ("A2", 3),
            ("A3", 2),
            ("A4", 3),
            ("S4", 2),
        ],
    },
    DefaultRole {
        name: "Prompt Engineer",
        description: "Entwickelt und pflegt Prompts und Vorlagen",
        targets: &[
            ("G1", 2),
            ("G2", 3),
            ("G3", 3),
            ("A1", 3),
            ("S2", 2),
            ("S3", 2),
        ],
    },
    DefaultRole {
        name: "KI-Trainer",
        description: "Schult Kolleginnen und Kollegen",
        targets: &[
            ("G1", 3),
            ("G2", 3),
            ("G3", 3),
            ("G4", 3),
            ("A1", 2),
            ("S1", 3),
        ],
    },
    DefaultRole {
        name: "Data Steward",
        description: "Verantwortet Datenqualität und Datenregeln",
        targets: &[("S1", 3), ("D1", 3), ("D2", 2), ("D3", 2)],
    },
    DefaultRole {
        name: "KI-Consultant",
        description: "Berät Bereiche bei Auswahl und Bewertung von Use Cases",
        targets: &[
            ("G1", 2),
            ("G4", 2),
            ("A2", 3),
            ("A4", 2),
            ("S1", 2),
            ("D2", 2),
        ],
    },
    DefaultRole {
        name: "Social-Media-KI-Manager",
        description: "Erstellt Inhalte für soziale Medien mit KI",
        targets: &[("G2", 3), ("G3", 2), ("A1", 3), ("S1", 2), ("S3", 2)],
    },
    DefaultRole {
        name: "Lead-Generator",
        description: "Findet und qualifiziert Interessenten mit KI-Unterstützung",
        targets: &[("G2", 2), ("A1", 2), ("A3", 2), ("S1", 2), ("D3", 2)],
    },
    DefaultRole {
        name: "Customer-Relations-Manager",
        description: "Pflegt Kundenbeziehungen mit KI-gestützter Kommunikation",
        targets: &[("G2", 2), ("G3", 2), ("A1", 2), ("S1", 2), ("D3", 2)],
    },
    DefaultRole {
        name: "Kommunikations-Überwacher",
        description: "Prüft KI-gestützte Kommunikation auf Qualität und Regeltreue",
        targets: &[("G3", 3), ("G4", 2), ("S1", 2), ("S3", 3), ("S4", 3)],
    },
];
