//! The demo company's pilot projects, dashboard and roadmap as of TODAY, as the real core
//! computed them (talentwerk-core's demo with 140 people, serialized once): the preview and
//! the UI tests show what the backend really answers, not invented numbers. Regenerate when
//! the demo or the types change.
import type { Dashboard, Pilot, PilotPage, Roadmap } from '../bindings.gen';
import { demoKnowledgeTransfer, demoMaturityOverview } from './growth-fixtures';

export const demoPilots: Pilot[] = [
  {
    "benefit": null,
    "createdOn": "2026-11-12",
    "department": "Geschäftsführung & Verwaltung",
    "departmentId": 1,
    "id": 5,
    "measurability": null,
    "measuredHours": null,
    "plannedHours": 0.0,
    "priority": null,
    "risk": null,
    "riskClass": null,
    "status": "idea",
    "statusSince": "2026-11-12",
    "title": "Eingangsrechnungen vorprüfen"
  },
  {
    "benefit": 4,
    "createdOn": "2026-10-08",
    "department": "Produktion",
    "departmentId": 4,
    "id": 4,
    "measurability": 3,
    "measuredHours": null,
    "plannedHours": 5.0,
    "priority": 10,
    "risk": 3,
    "riskClass": null,
    "status": "evaluation",
    "statusSince": "2026-11-02",
    "title": "Wartungsprognose aus Maschinendaten"
  },
  {
    "benefit": 3,
    "createdOn": "2026-08-14",
    "department": "Geschäftsführung & Verwaltung",
    "departmentId": 1,
    "id": 6,
    "measurability": 2,
    "measuredHours": null,
    "plannedHours": 2.0,
    "priority": 6,
    "risk": 5,
    "riskClass": "high",
    "status": "stopped",
    "statusSince": "2026-09-23",
    "title": "Vorauswahl von Bewerbungen"
  },
  {
    "benefit": 3,
    "createdOn": "2026-07-15",
    "department": "Qualität",
    "departmentId": 5,
    "id": 3,
    "measurability": 4,
    "measuredHours": 3.0,
    "plannedHours": 3.0,
    "priority": 12,
    "risk": 1,
    "riskClass": "minimal",
    "status": "running",
    "statusSince": "2026-09-13",
    "title": "Dokumentation"
  },
  {
    "benefit": 4,
    "createdOn": "2026-07-05",
    "department": "Vertrieb",
    "departmentId": 2,
    "id": 2,
    "measurability": 4,
    "measuredHours": 4.0,
    "plannedHours": 4.0,
    "priority": 12,
    "risk": 2,
    "riskClass": "limited",
    "status": "running",
    "statusSince": "2026-09-03",
    "title": "Kundenkommunikation"
  },
  {
    "benefit": 5,
    "createdOn": "2026-06-25",
    "department": "Vertrieb",
    "departmentId": 2,
    "id": 1,
    "measurability": 5,
    "measuredHours": 6.0,
    "plannedHours": 5.0,
    "priority": 14,
    "risk": 2,
    "riskClass": "minimal",
    "status": "running",
    "statusSince": "2026-08-24",
    "title": "Angebotserstellung"
  }
];

export const demoPilotPages: PilotPage[] = [
  {
    "compliance": {
      "justification": "",
      "monitoringPossible": false,
      "personalData": "",
      "riskClass": null,
      "worksCouncilInformedOn": null
    },
    "costs": [],
    "details": {
      "aiHosting": null,
      "aiSystem": "",
      "aiVendor": "",
      "departmentId": 1,
      "description": "Eingangsrechnungen gegen Bestellung und Lieferschein abgleichen.",
      "owner": null,
      "ownerId": null,
      "painPoint": "",
      "plannedEnd": null,
      "plannedStart": null,
      "title": "Eingangsrechnungen vorprüfen"
    },
    "goals": [],
    "hours": [],
    "lessons": {
      "nextStep": "",
      "notWorked": "",
      "worked": ""
    },
    "milestones": [],
    "neededCompetencies": [],
    "pilot": {
      "benefit": null,
      "createdOn": "2026-11-12",
      "department": "Geschäftsführung & Verwaltung",
      "departmentId": 1,
      "id": 5,
      "measurability": null,
      "measuredHours": null,
      "plannedHours": 0.0,
      "priority": null,
      "risk": null,
      "riskClass": null,
      "status": "idea",
      "statusSince": "2026-11-12",
      "title": "Eingangsrechnungen vorprüfen"
    },
    "statuses": [
      {
        "on": "2026-11-12",
        "reason": "",
        "status": "idea"
      }
    ],
    "team": [],
    "teamWarning": {
      "min": 3,
      "size": 0,
      "warning": "tooSmall"
    },
    "toDate": {
      "investment": -0.0,
      "savings": 0.0
    }
  },
  {
    "compliance": {
      "justification": "",
      "monitoringPossible": false,
      "personalData": "",
      "riskClass": null,
      "worksCouncilInformedOn": null
    },
    "costs": [],
    "details": {
      "aiHosting": null,
      "aiSystem": "",
      "aiVendor": "",
      "departmentId": 4,
      "description": "Ausfälle der Fräszentren aus Spindellast und Temperatur vorhersagen, bevor sie die Produktion stoppen.",
      "owner": "Andreas Krause",
      "ownerId": 94,
      "painPoint": "Ungeplante Stillstände kosten jedes Quartal mehrere Schichten.",
      "plannedEnd": null,
      "plannedStart": null,
      "title": "Wartungsprognose aus Maschinendaten"
    },
    "goals": [],
    "hours": [],
    "lessons": {
      "nextStep": "",
      "notWorked": "",
      "worked": ""
    },
    "milestones": [],
    "neededCompetencies": [
      14,
      15
    ],
    "pilot": {
      "benefit": 4,
      "createdOn": "2026-10-08",
      "department": "Produktion",
      "departmentId": 4,
      "id": 4,
      "measurability": 3,
      "measuredHours": null,
      "plannedHours": 5.0,
      "priority": 10,
      "risk": 3,
      "riskClass": null,
      "status": "evaluation",
      "statusSince": "2026-11-02",
      "title": "Wartungsprognose aus Maschinendaten"
    },
    "statuses": [
      {
        "on": "2026-10-08",
        "reason": "",
        "status": "idea"
      },
      {
        "on": "2026-11-02",
        "reason": "",
        "status": "evaluation"
      }
    ],
    "team": [
      {
        "aiRole": null,
        "archived": false,
        "employeeId": 94,
        "levels": [
          {
            "below": false,
            "code": "D2",
            "competencyId": 14,
            "level": null,
            "target": null
          },
          {
            "below": false,
            "code": "D3",
            "competencyId": 15,
            "level": 1,
            "target": null
          }
        ],
        "name": "Andreas Krause",
        "role": "lead"
      },
      {
        "aiRole": null,
        "archived": false,
        "employeeId": 89,
        "levels": [
          {
            "below": false,
            "code": "D2",
            "competencyId": 14,
            "level": 1,
            "target": null
          },
          {
            "below": false,
            "code": "D3",
            "competencyId": 15,
            "level": 0,
            "target": null
          }
        ],
        "name": "Anja Schmitt",
        "role": "expert"
      },
      {
        "aiRole": null,
        "archived": false,
        "employeeId": 71,
        "levels": [
          {
            "below": false,
            "code": "D2",
            "competencyId": 14,
            "level": 1,
            "target": null
          },
          {
            "below": false,
            "code": "D3",
            "competencyId": 15,
            "level": 1,
            "target": null
          }
        ],
        "name": "Anna Kaiser",
        "role": "enthusiast"
      },
      {
        "aiRole": null,
        "archived": false,
        "employeeId": 61,
        "levels": [
          {
            "below": false,
            "code": "D2",
            "competencyId": 14,
            "level": null,
            "target": null
          },
          {
            "below": false,
            "code": "D3",
            "competencyId": 15,
            "level": 1,
            "target": null
          }
        ],
        "name": "Ayşe König",
        "role": "processOwner"
      }
    ],
    "teamWarning": null,
    "toDate": {
      "investment": -0.0,
      "savings": 0.0
    }
  },
  {
    "compliance": {
      "justification": "Anhang III Nr. 4: Auswahl von Bewerberinnen und Bewerbern.",
      "monitoringPossible": false,
      "personalData": "Bewerbungsunterlagen",
      "riskClass": "high",
      "worksCouncilInformedOn": null
    },
    "costs": [],
    "details": {
      "aiHosting": null,
      "aiSystem": "",
      "aiVendor": "",
      "departmentId": 1,
      "description": "Bewerbungen nach Anforderungsprofil vorsortieren.",
      "owner": null,
      "ownerId": null,
      "painPoint": "Auf eine Stelle in der Fertigung kommen bis zu 80 Bewerbungen.",
      "plannedEnd": null,
      "plannedStart": null,
      "title": "Vorauswahl von Bewerbungen"
    },
    "goals": [],
    "hours": [],
    "lessons": {
      "nextStep": "Stattdessen Stellenanzeigen mit KI schärfen (geringes Risiko).",
      "notWorked": "Schon die Vorauswahl wäre eine Entscheidung über Personen: Hochrisiko nach Anhang III, mit Pflichten, die in keinem Verhältnis zum Nutzen stehen.",
      "worked": ""
    },
    "milestones": [],
    "neededCompetencies": [],
    "pilot": {
      "benefit": 3,
      "createdOn": "2026-08-14",
      "department": "Geschäftsführung & Verwaltung",
      "departmentId": 1,
      "id": 6,
      "measurability": 2,
      "measuredHours": null,
      "plannedHours": 2.0,
      "priority": 6,
      "risk": 5,
      "riskClass": "high",
      "status": "stopped",
      "statusSince": "2026-09-23",
      "title": "Vorauswahl von Bewerbungen"
    },
    "statuses": [
      {
        "on": "2026-08-14",
        "reason": "",
        "status": "idea"
      },
      {
        "on": "2026-09-03",
        "reason": "",
        "status": "evaluation"
      },
      {
        "on": "2026-09-23",
        "reason": "Hochrisiko nach EU AI Act (Anhang III, Beschäftigung): Aufwand und Risiko stehen in keinem Verhältnis zum Nutzen.",
        "status": "stopped"
      }
    ],
    "team": [],
    "teamWarning": {
      "min": 3,
      "size": 0,
      "warning": "tooSmall"
    },
    "toDate": {
      "investment": -0.0,
      "savings": 0.0
    }
  },
  {
    "compliance": {
      "justification": "Läuft lokal, verarbeitet nur Messwerte und Prüftexte.",
      "monitoringPossible": false,
      "personalData": "",
      "riskClass": "minimal",
      "worksCouncilInformedOn": null
    },
    "costs": [
      {
        "amount": 800.0,
        "kind": "once",
        "on": "2026-09-13"
      }
    ],
    "details": {
      "aiHosting": "local",
      "aiSystem": "Llama 3.1 über Ollama",
      "aiVendor": "Meta (Modell), eigener Server",
      "departmentId": 5,
      "description": "Prüfberichte und Arbeitsanweisungen werden aus Stichpunkten und Messprotokollen vorformuliert.",
      "owner": "Ayşe Krause",
      "ownerId": 118,
      "painPoint": "Die Qualitätssicherung schreibt Berichte statt zu prüfen.",
      "plannedEnd": "2027-01-11",
      "plannedStart": "2026-09-13",
      "title": "Dokumentation"
    },
    "goals": [
      {
        "baseline": 60.0,
        "id": 4,
        "name": "Zeit je Prüfbericht",
        "target": 30.0,
        "unit": "Minuten"
      }
    ],
    "hours": [
      {
        "hours": 3.0,
        "on": "2026-10-13"
      }
    ],
    "lessons": {
      "nextStep": "",
      "notWorked": "",
      "worked": ""
    },
    "milestones": [
      {
        "doneOn": "2026-10-08",
        "dueOn": "2026-10-03",
        "id": 7,
        "title": "Erste Prüfberichte erstellt"
      },
      {
        "doneOn": null,
        "dueOn": "2026-11-17",
        "id": 8,
        "title": "Abnahme durch die QM-Leitung"
      }
    ],
    "neededCompetencies": [
      5,
      13
    ],
    "pilot": {
      "benefit": 3,
      "createdOn": "2026-07-15",
      "department": "Qualität",
      "departmentId": 5,
      "id": 3,
      "measurability": 4,
      "measuredHours": 3.0,
      "plannedHours": 3.0,
      "priority": 12,
      "risk": 1,
      "riskClass": "minimal",
      "status": "running",
      "statusSince": "2026-09-13",
      "title": "Dokumentation"
    },
    "statuses": [
      {
        "on": "2026-07-15",
        "reason": "",
        "status": "idea"
      },
      {
        "on": "2026-08-14",
        "reason": "",
        "status": "evaluation"
      },
      {
        "on": "2026-09-13",
        "reason": "",
        "status": "running"
      }
    ],
    "team": [
      {
        "aiRole": "Prompt Engineer",
        "archived": false,
        "employeeId": 118,
        "levels": [
          {
            "below": true,
            "code": "A1",
            "competencyId": 5,
            "level": null,
            "target": 3
          },
          {
            "below": false,
            "code": "D1",
            "competencyId": 13,
            "level": 0,
            "target": null
          }
        ],
        "name": "Ayşe Krause",
        "role": "lead"
      },
      {
        "aiRole": "Prompt Engineer",
        "archived": false,
        "employeeId": 113,
        "levels": [
          {
            "below": true,
            "code": "A1",
            "competencyId": 5,
            "level": 1,
            "target": 3
          },
          {
            "below": false,
            "code": "D1",
            "competencyId": 13,
            "level": 1,
            "target": null
          }
        ],
        "name": "Björn Schmitt",
        "role": "expert"
      },
      {
        "aiRole": "Lead-Generator",
        "archived": false,
        "employeeId": 110,
        "levels": [
          {
            "below": true,
            "code": "A1",
            "competencyId": 5,
            "level": 1,
            "target": 2
          },
          {
            "below": false,
            "code": "D1",
            "competencyId": 13,
            "level": null,
            "target": null
          }
        ],
        "name": "Franziska Weiß",
        "role": "enthusiast"
      },
      {
        "aiRole": null,
        "archived": false,
        "employeeId": 120,
        "levels": [
          {
            "below": false,
            "code": "A1",
            "competencyId": 5,
            "level": null,
            "target": null
          },
          {
            "below": false,
            "code": "D1",
            "competencyId": 13,
            "level": 0,
            "target": null
          }
        ],
        "name": "Ines Vogel",
        "role": "processOwner"
      }
    ],
    "teamWarning": null,
    "toDate": {
      "investment": 800.0,
      "savings": 899.08
    }
  },
  {
    "compliance": {
      "justification": "Erzeugt Texte, die Kunden lesen: Transparenzpflicht (Art. 50); keine Entscheidung über Personen.",
      "monitoringPossible": false,
      "personalData": "Kundendaten und Namen der bearbeitenden Mitarbeitenden",
      "riskClass": "limited",
      "worksCouncilInformedOn": "2026-08-29"
    },
    "costs": [
      {
        "amount": 45.0,
        "kind": "monthly",
        "on": "2026-09-03"
      }
    ],
    "details": {
      "aiHosting": "cloud",
      "aiSystem": "Microsoft 365 Copilot",
      "aiVendor": "Microsoft",
      "departmentId": 2,
      "description": "Antwortentwürfe auf Kundenanfragen per E-Mail, in der Tonalität des Hauses; versendet wird nur, was ein Mensch freigibt.",
      "owner": "Andreas Koch",
      "ownerId": 30,
      "painPoint": "Anfragen bleiben bis zu zwei Tage liegen, weil die Antworten im Tagesgeschäft untergehen.",
      "plannedEnd": "2027-01-01",
      "plannedStart": "2026-09-03",
      "title": "Kundenkommunikation"
    },
    "goals": [
      {
        "baseline": 24.0,
        "id": 3,
        "name": "Antwortzeit auf Kundenanfragen",
        "target": 4.0,
        "unit": "Stunden"
      }
    ],
    "hours": [
      {
        "hours": 3.0,
        "on": "2026-10-03"
      },
      {
        "hours": 4.0,
        "on": "2026-11-02"
      }
    ],
    "lessons": {
      "nextStep": "",
      "notWorked": "",
      "worked": ""
    },
    "milestones": [
      {
        "doneOn": "2026-09-11",
        "dueOn": "2026-09-13",
        "id": 4,
        "title": "Antwortbausteine freigegeben"
      },
      {
        "doneOn": "2026-11-02",
        "dueOn": "2026-11-02",
        "id": 5,
        "title": "Zwischenauswertung"
      },
      {
        "doneOn": null,
        "dueOn": "2026-12-12",
        "id": 6,
        "title": "Schulung aller Vertriebsmitarbeitenden"
      }
    ],
    "neededCompetencies": [
      2,
      3,
      9
    ],
    "pilot": {
      "benefit": 4,
      "createdOn": "2026-07-05",
      "department": "Vertrieb",
      "departmentId": 2,
      "id": 2,
      "measurability": 4,
      "measuredHours": 4.0,
      "plannedHours": 4.0,
      "priority": 12,
      "risk": 2,
      "riskClass": "limited",
      "status": "running",
      "statusSince": "2026-09-03",
      "title": "Kundenkommunikation"
    },
    "statuses": [
      {
        "on": "2026-07-05",
        "reason": "",
        "status": "idea"
      },
      {
        "on": "2026-08-04",
        "reason": "",
        "status": "evaluation"
      },
      {
        "on": "2026-09-03",
        "reason": "",
        "status": "running"
      }
    ],
    "team": [
      {
        "aiRole": "KI-Trainer",
        "archived": false,
        "employeeId": 30,
        "levels": [
          {
            "below": true,
            "code": "G2",
            "competencyId": 2,
            "level": 0,
            "target": 3
          },
          {
            "below": true,
            "code": "G3",
            "competencyId": 3,
            "level": 1,
            "target": 3
          },
          {
            "below": true,
            "code": "S1",
            "competencyId": 9,
            "level": 1,
            "target": 3
          }
        ],
        "name": "Andreas Koch",
        "role": "lead"
      },
      {
        "aiRole": "KI-Prozessmanager",
        "archived": false,
        "employeeId": 25,
        "levels": [
          {
            "below": false,
            "code": "G2",
            "competencyId": 2,
            "level": 2,
            "target": 2
          },
          {
            "below": true,
            "code": "G3",
            "competencyId": 3,
            "level": 1,
            "target": 2
          },
          {
            "below": false,
            "code": "S1",
            "competencyId": 9,
            "level": 0,
            "target": null
          }
        ],
        "name": "Anja Hoffmann",
        "role": "expert"
      },
      {
        "aiRole": "Prompt Engineer",
        "archived": false,
        "employeeId": 23,
        "levels": [
          {
            "below": true,
            "code": "G2",
            "competencyId": 2,
            "level": 2,
            "target": 3
          },
          {
            "below": true,
            "code": "G3",
            "competencyId": 3,
            "level": 1,
            "target": 3
          },
          {
            "below": false,
            "code": "S1",
            "competencyId": 9,
            "level": 1,
            "target": null
          }
        ],
        "name": "Birgit Fuchs",
        "role": "enthusiast"
      },
      {
        "aiRole": null,
        "archived": false,
        "employeeId": 27,
        "levels": [
          {
            "below": false,
            "code": "G2",
            "competencyId": 2,
            "level": 2,
            "target": null
          },
          {
            "below": false,
            "code": "G3",
            "competencyId": 3,
            "level": 0,
            "target": null
          },
          {
            "below": false,
            "code": "S1",
            "competencyId": 9,
            "level": 0,
            "target": null
          }
        ],
        "name": "Elif Schulze",
        "role": "processOwner"
      }
    ],
    "teamWarning": null,
    "toDate": {
      "investment": 135.0,
      "savings": 1271.87
    }
  },
  {
    "compliance": {
      "justification": "Entwürfe für Angebotstexte, vor dem Versand von Menschen geprüft; keine Entscheidung über Personen.",
      "monitoringPossible": false,
      "personalData": "Ansprechpartner der Kunden (Name, E-Mail)",
      "riskClass": "minimal",
      "worksCouncilInformedOn": "2026-08-19"
    },
    "costs": [
      {
        "amount": 2400.0,
        "kind": "once",
        "on": "2026-08-24"
      },
      {
        "amount": 60.0,
        "kind": "monthly",
        "on": "2026-08-24"
      }
    ],
    "details": {
      "aiHosting": "cloud",
      "aiSystem": "ChatGPT Team",
      "aiVendor": "OpenAI",
      "departmentId": 2,
      "description": "Angebote für Standardmaschinen entwirft die KI aus Anfrage, Produktdaten und Textbausteinen; der Vertrieb prüft Preise und Technik.",
      "owner": "Andreas Koch",
      "ownerId": 30,
      "painPoint": "Ein Standardangebot kostet zwei Stunden, die Anfragen stapeln sich, Kunden warten bis zu einer Woche.",
      "plannedEnd": "2026-12-22",
      "plannedStart": "2026-08-24",
      "title": "Angebotserstellung"
    },
    "goals": [
      {
        "baseline": 120.0,
        "id": 1,
        "name": "Bearbeitungszeit je Standardangebot",
        "target": 45.0,
        "unit": "Minuten"
      },
      {
        "baseline": 18.0,
        "id": 2,
        "name": "Angebote je Woche",
        "target": 25.0,
        "unit": "Anzahl"
      }
    ],
    "hours": [
      {
        "hours": 4.5,
        "on": "2026-09-23"
      },
      {
        "hours": 6.0,
        "on": "2026-10-23"
      }
    ],
    "lessons": {
      "nextStep": "Produktkatalog als Wissensbasis anbinden, dann auf den Innendienst ausweiten.",
      "notWorked": "Sonderanfertigungen brauchen weiterhin die Konstruktion; ohne Produktdaten bleiben die Entwürfe allgemein.",
      "worked": "Standardangebote entstehen in Minuten; der Vertrieb prüft nur noch Preise und Technik."
    },
    "milestones": [
      {
        "doneOn": "2026-09-05",
        "dueOn": "2026-09-03",
        "id": 1,
        "title": "Vorlagen und Prompts abgestimmt"
      },
      {
        "doneOn": "2026-10-23",
        "dueOn": "2026-10-18",
        "id": 2,
        "title": "Auswertung nach acht Wochen"
      },
      {
        "doneOn": null,
        "dueOn": "2026-12-02",
        "id": 3,
        "title": "Entscheidung über die Skalierung"
      }
    ],
    "neededCompetencies": [
      2,
      5,
      9
    ],
    "pilot": {
      "benefit": 5,
      "createdOn": "2026-06-25",
      "department": "Vertrieb",
      "departmentId": 2,
      "id": 1,
      "measurability": 5,
      "measuredHours": 6.0,
      "plannedHours": 5.0,
      "priority": 14,
      "risk": 2,
      "riskClass": "minimal",
      "status": "running",
      "statusSince": "2026-08-24",
      "title": "Angebotserstellung"
    },
    "statuses": [
      {
        "on": "2026-06-25",
        "reason": "",
        "status": "idea"
      },
      {
        "on": "2026-07-25",
        "reason": "",
        "status": "evaluation"
      },
      {
        "on": "2026-08-24",
        "reason": "",
        "status": "running"
      }
    ],
    "team": [
      {
        "aiRole": "KI-Trainer",
        "archived": false,
        "employeeId": 30,
        "levels": [
          {
            "below": true,
            "code": "G2",
            "competencyId": 2,
            "level": 0,
            "target": 3
          },
          {
            "below": true,
            "code": "A1",
            "competencyId": 5,
            "level": 1,
            "target": 2
          },
          {
            "below": true,
            "code": "S1",
            "competencyId": 9,
            "level": 1,
            "target": 3
          }
        ],
        "name": "Andreas Koch",
        "role": "lead"
      },
      {
        "aiRole": "KI-Prozessmanager",
        "archived": false,
        "employeeId": 25,
        "levels": [
          {
            "below": false,
            "code": "G2",
            "competencyId": 2,
            "level": 2,
            "target": 2
          },
          {
            "below": false,
            "code": "A1",
            "competencyId": 5,
            "level": 0,
            "target": null
          },
          {
            "below": false,
            "code": "S1",
            "competencyId": 9,
            "level": 0,
            "target": null
          }
        ],
        "name": "Anja Hoffmann",
        "role": "expert"
      },
      {
        "aiRole": "Prompt Engineer",
        "archived": false,
        "employeeId": 23,
        "levels": [
          {
            "below": true,
            "code": "G2",
            "competencyId": 2,
            "level": 2,
            "target": 3
          },
          {
            "below": true,
            "code": "A1",
            "competencyId": 5,
            "level": 0,
            "target": 3
          },
          {
            "below": false,
            "code": "S1",
            "competencyId": 9,
            "level": 1,
            "target": null
          }
        ],
        "name": "Birgit Fuchs",
        "role": "enthusiast"
      },
      {
        "aiRole": null,
        "archived": false,
        "employeeId": 27,
        "levels": [
          {
            "below": false,
            "code": "G2",
            "competencyId": 2,
            "level": 2,
            "target": null
          },
          {
            "below": false,
            "code": "A1",
            "competencyId": 5,
            "level": 0,
            "target": null
          },
          {
            "below": false,
            "code": "S1",
            "competencyId": 9,
            "level": 0,
            "target": null
          }
        ],
        "name": "Elif Schulze",
        "role": "processOwner"
      }
    ],
    "teamWarning": null,
    "toDate": {
      "investment": 2640.0,
      "savings": 2346.38
    }
  }
];

export const demoDashboard: Dashboard = {
  // The growth figures of the same day, from the same core output.
  maturity: demoMaturityOverview.company,
  knowledgeTransfer: demoKnowledgeTransfer,
  // Wissensteilung 2 (40 people) and 3 (14 people) in demoMaturityOverview.company.
  sharers: 54,
  "benchmark": {
    "percent": 28,
    "sizeClass": "fiftyTo249",
    "source": "Destatis 2024"
  },
  "kpis": {
    "activeEmployees": 140,
    "asOf": "2026-11-22",
    "averageBenefit": 3.8,
    "averageMeasurability": 3.6,
    "averageRisk": 2.6,
    "byStatus": [
      {
        "count": 1,
        "status": "idea"
      },
      {
        "count": 1,
        "status": "evaluation"
      },
      {
        "count": 3,
        "status": "running"
      },
      {
        "count": 0,
        "status": "scaling"
      },
      {
        "count": 0,
        "status": "completed"
      },
      {
        "count": 1,
        "status": "stopped"
      }
    ],
    "eurosPerYear": 34684.0,
    "hoursPerWeek": 13.0,
    "investmentToDate": 23455.0,
    "newInQuarter": 2,
    "regularUsers": 40,
    "roiPercent": -80.74,
    "savingsToDate": 4517.33,
    "usageRate": 28.57
  },
  "pilots": 6,
  "trend": [
    {
      "activeEmployees": 135,
      "asOf": "2025-12-31",
      "averageBenefit": null,
      "averageMeasurability": null,
      "averageRisk": null,
      "byStatus": [
        {
          "count": 0,
          "status": "idea"
        },
        {
          "count": 0,
          "status": "evaluation"
        },
        {
          "count": 0,
          "status": "running"
        },
        {
          "count": 0,
          "status": "scaling"
        },
        {
          "count": 0,
          "status": "completed"
        },
        {
          "count": 0,
          "status": "stopped"
        }
      ],
      "eurosPerYear": -0.0,
      "hoursPerWeek": -0.0,
      "investmentToDate": -0.0,
      "newInQuarter": 0,
      "regularUsers": 0,
      "roiPercent": null,
      "savingsToDate": -0.0,
      "usageRate": 0.0
    },
    {
      "activeEmployees": 136,
      "asOf": "2026-01-31",
      "averageBenefit": null,
      "averageMeasurability": null,
      "averageRisk": null,
      "byStatus": [
        {
          "count": 0,
          "status": "idea"
        },
        {
          "count": 0,
          "status": "evaluation"
        },
        {
          "count": 0,
          "status": "running"
        },
        {
          "count": 0,
          "status": "scaling"
        },
        {
          "count": 0,
          "status": "completed"
        },
        {
          "count": 0,
          "status": "stopped"
        }
      ],
      "eurosPerYear": -0.0,
      "hoursPerWeek": -0.0,
      "investmentToDate": -0.0,
      "newInQuarter": 0,
      "regularUsers": 2,
      "roiPercent": null,
      "savingsToDate": -0.0,
      "usageRate": 1.47
    },
    {
      "activeEmployees": 137,
      "asOf": "2026-02-28",
      "averageBenefit": null,
      "averageMeasurability": null,
      "averageRisk": null,
      "byStatus": [
        {
          "count": 0,
          "status": "idea"
        },
        {
          "count": 0,
          "status": "evaluation"
        },
        {
          "count": 0,
          "status": "running"
        },
        {
          "count": 0,
          "status": "scaling"
        },
        {
          "count": 0,
          "status": "completed"
        },
        {
          "count": 0,
          "status": "stopped"
        }
      ],
      "eurosPerYear": -0.0,
      "hoursPerWeek": -0.0,
      "investmentToDate": -0.0,
      "newInQuarter": 0,
      "regularUsers": 6,
      "roiPercent": null,
      "savingsToDate": -0.0,
      "usageRate": 4.38
    },
    {
      "activeEmployees": 137,
      "asOf": "2026-03-31",
      "averageBenefit": null,
      "averageMeasurability": null,
      "averageRisk": null,
      "byStatus": [
        {
          "count": 0,
          "status": "idea"
        },
        {
          "count": 0,
          "status": "evaluation"
        },
        {
          "count": 0,
          "status": "running"
        },
        {
          "count": 0,
          "status": "scaling"
        },
        {
          "count": 0,
          "status": "completed"
        },
        {
          "count": 0,
          "status": "stopped"
        }
      ],
      "eurosPerYear": -0.0,
      "hoursPerWeek": -0.0,
      "investmentToDate": -0.0,
      "newInQuarter": 0,
      "regularUsers": 11,
      "roiPercent": null,
      "savingsToDate": -0.0,
      "usageRate": 8.03
    },
    {
      "activeEmployees": 137,
      "asOf": "2026-04-30",
      "averageBenefit": null,
      "averageMeasurability": null,
      "averageRisk": null,
      "byStatus": [
        {
          "count": 0,
          "status": "idea"
        },
        {
          "count": 0,
          "status": "evaluation"
        },
        {
          "count": 0,
          "status": "running"
        },
        {
          "count": 0,
          "status": "scaling"
        },
        {
          "count": 0,
          "status": "completed"
        },
        {
          "count": 0,
          "status": "stopped"
        }
      ],
      "eurosPerYear": -0.0,
      "hoursPerWeek": -0.0,
      "investmentToDate": -0.0,
      "newInQuarter": 0,
      "regularUsers": 14,
      "roiPercent": null,
      "savingsToDate": -0.0,
      "usageRate": 10.22
    },
    {
      "activeEmployees": 137,
      "asOf": "2026-05-31",
      "averageBenefit": null,
      "averageMeasurability": null,
      "averageRisk": null,
      "byStatus": [
        {
          "count": 0,
          "status": "idea"
        },
        {
          "count": 0,
          "status": "evaluation"
        },
        {
          "count": 0,
          "status": "running"
        },
        {
          "count": 0,
          "status": "scaling"
        },
        {
          "count": 0,
          "status": "completed"
        },
        {
          "count": 0,
          "status": "stopped"
        }
      ],
      "eurosPerYear": -0.0,
      "hoursPerWeek": -0.0,
      "investmentToDate": -0.0,
      "newInQuarter": 0,
      "regularUsers": 19,
      "roiPercent": null,
      "savingsToDate": -0.0,
      "usageRate": 13.87
    },
    {
      "activeEmployees": 138,
      "asOf": "2026-06-30",
      "averageBenefit": 5.0,
      "averageMeasurability": 5.0,
      "averageRisk": 2.0,
      "byStatus": [
        {
          "count": 1,
          "status": "idea"
        },
        {
          "count": 0,
          "status": "evaluation"
        },
        {
          "count": 0,
          "status": "running"
        },
        {
          "count": 0,
          "status": "scaling"
        },
        {
          "count": 0,
          "status": "completed"
        },
        {
          "count": 0,
          "status": "stopped"
        }
      ],
      "eurosPerYear": -0.0,
      "hoursPerWeek": -0.0,
      "investmentToDate": 1150.0,
      "newInQuarter": 1,
      "regularUsers": 24,
      "roiPercent": -100.0,
      "savingsToDate": 0.0,
      "usageRate": 17.39
    },
    {
      "activeEmployees": 139,
      "asOf": "2026-07-31",
      "averageBenefit": 4.0,
      "averageMeasurability": 4.33,
      "averageRisk": 1.67,
      "byStatus": [
        {
          "count": 2,
          "status": "idea"
        },
        {
          "count": 1,
          "status": "evaluation"
        },
        {
          "count": 0,
          "status": "running"
        },
        {
          "count": 0,
          "status": "scaling"
        },
        {
          "count": 0,
          "status": "completed"
        },
        {
          "count": 0,
          "status": "stopped"
        }
      ],
      "eurosPerYear": -0.0,
      "hoursPerWeek": -0.0,
      "investmentToDate": 4270.0,
      "newInQuarter": 2,
      "regularUsers": 28,
      "roiPercent": -100.0,
      "savingsToDate": 0.0,
      "usageRate": 20.14
    },
    {
      "activeEmployees": 139,
      "asOf": "2026-08-31",
      "averageBenefit": 3.75,
      "averageMeasurability": 3.75,
      "averageRisk": 2.5,
      "byStatus": [
        {
          "count": 1,
          "status": "idea"
        },
        {
          "count": 2,
          "status": "evaluation"
        },
        {
          "count": 1,
          "status": "running"
        },
        {
          "count": 0,
          "status": "scaling"
        },
        {
          "count": 0,
          "status": "completed"
        },
        {
          "count": 0,
          "status": "stopped"
        }
      ],
      "eurosPerYear": -0.0,
      "hoursPerWeek": -0.0,
      "investmentToDate": 10330.0,
      "newInQuarter": 3,
      "regularUsers": 30,
      "roiPercent": -100.0,
      "savingsToDate": 0.0,
      "usageRate": 21.58
    },
    {
      "activeEmployees": 139,
      "asOf": "2026-09-30",
      "averageBenefit": 3.75,
      "averageMeasurability": 3.75,
      "averageRisk": 2.5,
      "byStatus": [
        {
          "count": 0,
          "status": "idea"
        },
        {
          "count": 0,
          "status": "evaluation"
        },
        {
          "count": 3,
          "status": "running"
        },
        {
          "count": 0,
          "status": "scaling"
        },
        {
          "count": 0,
          "status": "completed"
        },
        {
          "count": 1,
          "status": "stopped"
        }
      ],
      "eurosPerYear": 12006.0,
      "hoursPerWeek": 4.5,
      "investmentToDate": 15475.0,
      "newInQuarter": 3,
      "regularUsers": 36,
      "roiPercent": -98.3,
      "savingsToDate": 263.15,
      "usageRate": 25.9
    },
    {
      "activeEmployees": 140,
      "asOf": "2026-10-31",
      "averageBenefit": 3.8,
      "averageMeasurability": 3.6,
      "averageRisk": 2.6,
      "byStatus": [
        {
          "count": 1,
          "status": "idea"
        },
        {
          "count": 0,
          "status": "evaluation"
        },
        {
          "count": 3,
          "status": "running"
        },
        {
          "count": 0,
          "status": "scaling"
        },
        {
          "count": 0,
          "status": "completed"
        },
        {
          "count": 1,
          "status": "stopped"
        }
      ],
      "eurosPerYear": 32016.0,
      "hoursPerWeek": 12.0,
      "investmentToDate": 19660.0,
      "newInQuarter": 1,
      "regularUsers": 38,
      "roiPercent": -87.62,
      "savingsToDate": 2434.09,
      "usageRate": 27.14
    },
    {
      "activeEmployees": 140,
      "asOf": "2026-11-22",
      "averageBenefit": 3.8,
      "averageMeasurability": 3.6,
      "averageRisk": 2.6,
      "byStatus": [
        {
          "count": 1,
          "status": "idea"
        },
        {
          "count": 1,
          "status": "evaluation"
        },
        {
          "count": 3,
          "status": "running"
        },
        {
          "count": 0,
          "status": "scaling"
        },
        {
          "count": 0,
          "status": "completed"
        },
        {
          "count": 1,
          "status": "stopped"
        }
      ],
      "eurosPerYear": 34684.0,
      "hoursPerWeek": 13.0,
      "investmentToDate": 23455.0,
      "newInQuarter": 2,
      "regularUsers": 40,
      "roiPercent": -80.74,
      "savingsToDate": 4517.33,
      "usageRate": 28.57
    }
  ]
};

export const demoRoadmap: Roadmap = {
  "end": "2026-12-21",
  "items": [
    {
      "automatic": false,
      "done": true,
      "dueOn": "2026-10-12",
      "evidence": null,
      "key": "interviews",
      "overdue": false,
      "phase": "assessment",
      "tickedOn": "2026-10-03"
    },
    {
      "automatic": true,
      "done": true,
      "dueOn": "2026-10-22",
      "evidence": {
        "active": 140,
        "assessed": 140,
        "kind": "assessed"
      },
      "key": "staffAssessed",
      "overdue": false,
      "phase": "assessment",
      "tickedOn": null
    },
    {
      "automatic": false,
      "done": true,
      "dueOn": "2026-10-22",
      "evidence": null,
      "key": "champions",
      "overdue": false,
      "phase": "assessment",
      "tickedOn": "2026-10-13"
    },
    {
      "automatic": true,
      "done": true,
      "dueOn": "2026-10-22",
      "evidence": {
        "kind": "scored",
        "scored": 5
      },
      "key": "useCasesScored",
      "overdue": false,
      "phase": "assessment",
      "tickedOn": null
    },
    {
      "automatic": false,
      "done": true,
      "dueOn": "2026-10-22",
      "evidence": null,
      "key": "vision",
      "overdue": false,
      "phase": "assessment",
      "tickedOn": "2026-10-21"
    },
    {
      "automatic": true,
      "done": true,
      "dueOn": "2026-11-06",
      "evidence": {
        "count": 3,
        "kind": "withGoals"
      },
      "key": "pilotsRunning",
      "overdue": false,
      "phase": "pilots",
      "tickedOn": null
    },
    {
      "automatic": true,
      "done": true,
      "dueOn": "2026-11-06",
      "evidence": {
        "kind": "ofRunning",
        "met": 3,
        "running": 3
      },
      "key": "smallTeams",
      "overdue": false,
      "phase": "pilots",
      "tickedOn": null
    },
    {
      "automatic": true,
      "done": true,
      "dueOn": "2026-11-06",
      "evidence": {
        "concerned": 2,
        "informed": 2,
        "kind": "informed",
        "running": 3
      },
      "key": "worksCouncil",
      "overdue": false,
      "phase": "pilots",
      "tickedOn": null
    },
    {
      "automatic": true,
      "done": true,
      "dueOn": "2026-11-11",
      "evidence": {
        "kind": "ofRunning",
        "met": 3,
        "running": 3
      },
      "key": "timelines",
      "overdue": false,
      "phase": "pilots",
      "tickedOn": null
    },
    {
      "automatic": true,
      "done": true,
      "dueOn": "2026-11-21",
      "evidence": {
        "kind": "ofRunning",
        "met": 3,
        "running": 3
      },
      "key": "timeMeasured",
      "overdue": false,
      "phase": "pilots",
      "tickedOn": null
    },
    {
      "automatic": true,
      "done": false,
      "dueOn": "2026-12-06",
      "evidence": {
        "documented": 1,
        "kind": "lessons",
        "ran": 3
      },
      "key": "lessonsDocumented",
      "overdue": false,
      "phase": "scaling",
      "tickedOn": null
    },
    {
      "automatic": false,
      "done": false,
      "dueOn": "2026-12-16",
      "evidence": null,
      "key": "scalingStrategy",
      "overdue": false,
      "phase": "scaling",
      "tickedOn": null
    },
    {
      "automatic": true,
      "done": false,
      "dueOn": "2026-12-21",
      "evidence": {
        "count": 0,
        "kind": "scaling"
      },
      "key": "pilotScaling",
      "overdue": false,
      "phase": "scaling",
      "tickedOn": null
    },
    {
      "automatic": false,
      "done": false,
      "dueOn": "2026-12-21",
      "evidence": null,
      "key": "development",
      "overdue": false,
      "phase": "scaling",
      "tickedOn": null
    },
    {
      "automatic": false,
      "done": false,
      "dueOn": "2026-12-21",
      "evidence": null,
      "key": "communicated",
      "overdue": false,
      "phase": "scaling",
      "tickedOn": null
    }
  ],
  "start": "2026-09-23",
  "todayDay": 61
};
