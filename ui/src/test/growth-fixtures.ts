//! The demo company's career ladder, readiness, hire-or-upskill, maturity, learning paths and
//! mentoring as of TODAY, as the real core computed them (talentwerk-core's demo with 140
//! people, serialized once): the UI tests show what the backend really answers, not invented
//! numbers. Regenerate when the demo or the types change. `demoPersonGrowth` is the mentee of
//! the first mentoring pair; `demoParticipants` and `demoCheckins` belong to the first path
//! and the first pair; `demoComparison` is the company from 2026-08-31 to TODAY.
import type { Checkin, Comparison, Completion, HireOrUpskill, KnowledgeTransfer, Ladder, LearningPath, MaturityOverview, Pair, Participant, PersonGrowth } from '../bindings.gen';

export const demoLadder: Ladder = {
  "asOf": "2026-11-22",
  "people": [
    {
      "department": "Geschäftsführung & Verwaltung",
      "departmentId": 1,
      "employeeId": 18,
      "met": 5,
      "missing": [
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Anja Huber",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 83,
      "personnelNumber": "10018",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Geschäftsführung & Verwaltung",
      "departmentId": 1,
      "employeeId": 16,
      "met": 4,
      "missing": [
        {
          "code": "A1",
          "kind": "competency",
          "level": 0,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 2
        },
        {
          "index": 1.8,
          "kind": "maturity",
          "required": 2.0
        },
        {
          "kind": "learningPath",
          "name": "Power-User"
        },
        {
          "kind": "pilotTeam"
        }
      ],
      "name": "Birgit Schröder",
      "next": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "percent": 50,
      "personnelNumber": "10016",
      "stage": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "stageSince": "2025-12-16",
      "total": 8
    },
    {
      "department": "Geschäftsführung & Verwaltung",
      "departmentId": 1,
      "employeeId": 10,
      "met": 3,
      "missing": [
        {
          "code": "G1",
          "kind": "competency",
          "level": 0,
          "name": "KI-Grundbegriffe",
          "required": 1
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": 0,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 1
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Claudia Fischer",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 50,
      "personnelNumber": "10010",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Geschäftsführung & Verwaltung",
      "departmentId": 1,
      "employeeId": 11,
      "met": 2,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": 0,
          "name": "Prompt Engineering",
          "required": 1
        },
        {
          "code": "A1",
          "kind": "competency",
          "level": 0,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 1
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": null,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 1
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Dirk Klein",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 33,
      "personnelNumber": "10011",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Geschäftsführung & Verwaltung",
      "departmentId": 1,
      "employeeId": 9,
      "met": 4,
      "missing": [
        {
          "index": 1.0,
          "kind": "maturity",
          "required": 1.2
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Frank Weiß",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 66,
      "personnelNumber": "10009",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Geschäftsführung & Verwaltung",
      "departmentId": 1,
      "employeeId": 17,
      "met": 4,
      "missing": [
        {
          "index": 1.0,
          "kind": "maturity",
          "required": 1.2
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Jörg Krause",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 66,
      "personnelNumber": "10017",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Geschäftsführung & Verwaltung",
      "departmentId": 1,
      "employeeId": 1,
      "met": 2,
      "missing": [
        {
          "code": "G1",
          "kind": "competency",
          "level": 0,
          "name": "KI-Grundbegriffe",
          "required": 1
        },
        {
          "code": "G2",
          "kind": "competency",
          "level": 0,
          "name": "Prompt Engineering",
          "required": 1
        },
        {
          "code": "A1",
          "kind": "competency",
          "level": 0,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 1
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Jürgen Müßig",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 33,
      "personnelNumber": "10001",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Geschäftsführung & Verwaltung",
      "departmentId": 1,
      "employeeId": 8,
      "met": 4,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": 0,
          "name": "Prompt Engineering",
          "required": 1
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Katrin Herrmann",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 66,
      "personnelNumber": "10008",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Geschäftsführung & Verwaltung",
      "departmentId": 1,
      "employeeId": 12,
      "met": 3,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": 1,
          "name": "Prompt Engineering",
          "required": 2
        },
        {
          "code": "G3",
          "kind": "competency",
          "level": 1,
          "name": "Grenzen und Risiken",
          "required": 2
        },
        {
          "index": 1.6,
          "kind": "maturity",
          "required": 2.0
        },
        {
          "kind": "learningPath",
          "name": "Power-User"
        },
        {
          "kind": "pilotTeam"
        }
      ],
      "name": "Kerstin Schmitt",
      "next": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "percent": 37,
      "personnelNumber": "10012",
      "stage": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "stageSince": "2025-12-08",
      "total": 8
    },
    {
      "department": "Geschäftsführung & Verwaltung",
      "departmentId": 1,
      "employeeId": 5,
      "met": 3,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": 1,
          "name": "Prompt Engineering",
          "required": 2
        },
        {
          "code": "A2",
          "kind": "competency",
          "level": 1,
          "name": "Use-Case-Entwicklung",
          "required": 2
        },
        {
          "index": 1.2,
          "kind": "maturity",
          "required": 2.0
        },
        {
          "kind": "learningPath",
          "name": "Power-User"
        },
        {
          "kind": "pilotTeam"
        }
      ],
      "name": "Lukas Çelik",
      "next": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "percent": 37,
      "personnelNumber": "10005",
      "stage": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "stageSince": "2025-10-05",
      "total": 8
    },
    {
      "department": "Geschäftsführung & Verwaltung",
      "departmentId": 1,
      "employeeId": 7,
      "met": 2,
      "missing": [
        {
          "code": "G3",
          "kind": "competency",
          "level": 0,
          "name": "Grenzen und Risiken",
          "required": 2
        },
        {
          "code": "A2",
          "kind": "competency",
          "level": 0,
          "name": "Use-Case-Entwicklung",
          "required": 2
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": 1,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 2
        },
        {
          "index": 1.6,
          "kind": "maturity",
          "required": 2.0
        },
        {
          "kind": "learningPath",
          "name": "Power-User"
        },
        {
          "kind": "pilotTeam"
        }
      ],
      "name": "Niklas Hartmann",
      "next": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "percent": 25,
      "personnelNumber": "10007",
      "stage": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "stageSince": "2025-09-22",
      "total": 8
    },
    {
      "department": "Geschäftsführung & Verwaltung",
      "departmentId": 1,
      "employeeId": 6,
      "met": 5,
      "missing": [
        {
          "code": "A1",
          "kind": "competency",
          "level": 0,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 1
        }
      ],
      "name": "Petra Bauer",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 83,
      "personnelNumber": "10006",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Geschäftsführung & Verwaltung",
      "departmentId": 1,
      "employeeId": 3,
      "met": 0,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": 0,
          "name": "Prompt Engineering",
          "required": 2
        },
        {
          "code": "G3",
          "kind": "competency",
          "level": 1,
          "name": "Grenzen und Risiken",
          "required": 2
        },
        {
          "code": "A1",
          "kind": "competency",
          "level": 0,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 2
        },
        {
          "code": "A2",
          "kind": "competency",
          "level": 0,
          "name": "Use-Case-Entwicklung",
          "required": 2
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": 0,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 2
        },
        {
          "index": 1.2,
          "kind": "maturity",
          "required": 2.0
        },
        {
          "kind": "learningPath",
          "name": "Power-User"
        },
        {
          "kind": "pilotTeam"
        }
      ],
      "name": "René Çelik",
      "next": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "percent": 0,
      "personnelNumber": "10003",
      "stage": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "stageSince": "2025-12-03",
      "total": 8
    },
    {
      "department": "Geschäftsführung & Verwaltung",
      "departmentId": 1,
      "employeeId": 4,
      "met": 3,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": 0,
          "name": "Prompt Engineering",
          "required": 1
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": null,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 1
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Svenja Scholz",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 50,
      "personnelNumber": "10004",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Geschäftsführung & Verwaltung",
      "departmentId": 1,
      "employeeId": 14,
      "met": 2,
      "missing": [
        {
          "code": "G1",
          "kind": "competency",
          "level": 0,
          "name": "KI-Grundbegriffe",
          "required": 1
        },
        {
          "code": "G2",
          "kind": "competency",
          "level": 0,
          "name": "Prompt Engineering",
          "required": 1
        },
        {
          "index": null,
          "kind": "maturity",
          "required": 1.2
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Tanja Hahn",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 33,
      "personnelNumber": "10014",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Geschäftsführung & Verwaltung",
      "departmentId": 1,
      "employeeId": 15,
      "met": 1,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": null,
          "name": "Prompt Engineering",
          "required": 2
        },
        {
          "code": "G3",
          "kind": "competency",
          "level": 1,
          "name": "Grenzen und Risiken",
          "required": 2
        },
        {
          "code": "A2",
          "kind": "competency",
          "level": 1,
          "name": "Use-Case-Entwicklung",
          "required": 2
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": 1,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 2
        },
        {
          "index": 1.4,
          "kind": "maturity",
          "required": 2.0
        },
        {
          "kind": "learningPath",
          "name": "Power-User"
        },
        {
          "kind": "pilotTeam"
        }
      ],
      "name": "Thomas Meyer",
      "next": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "percent": 12,
      "personnelNumber": "10015",
      "stage": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "stageSince": "2025-10-14",
      "total": 8
    },
    {
      "department": "Geschäftsführung & Verwaltung",
      "departmentId": 1,
      "employeeId": 13,
      "met": 1,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": 1,
          "name": "Prompt Engineering",
          "required": 2
        },
        {
          "code": "G3",
          "kind": "competency",
          "level": 1,
          "name": "Grenzen und Risiken",
          "required": 2
        },
        {
          "code": "A2",
          "kind": "competency",
          "level": 0,
          "name": "Use-Case-Entwicklung",
          "required": 2
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": 0,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 2
        },
        {
          "index": 1.4,
          "kind": "maturity",
          "required": 2.0
        },
        {
          "kind": "learningPath",
          "name": "Power-User"
        },
        {
          "kind": "pilotTeam"
        }
      ],
      "name": "Wolfgang Walter",
      "next": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "percent": 12,
      "personnelNumber": "10013",
      "stage": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "stageSince": "2025-11-26",
      "total": 8
    },
    {
      "department": "Geschäftsführung & Verwaltung",
      "departmentId": 1,
      "employeeId": 2,
      "met": 2,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": 0,
          "name": "Prompt Engineering",
          "required": 2
        },
        {
          "code": "G3",
          "kind": "competency",
          "level": 1,
          "name": "Grenzen und Risiken",
          "required": 2
        },
        {
          "code": "A1",
          "kind": "competency",
          "level": 1,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 2
        },
        {
          "index": 1.4,
          "kind": "maturity",
          "required": 2.0
        },
        {
          "kind": "learningPath",
          "name": "Power-User"
        },
        {
          "kind": "pilotTeam"
        }
      ],
      "name": "Zoë Fähnrich",
      "next": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "percent": 25,
      "personnelNumber": "10002",
      "stage": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "stageSince": "2025-12-10",
      "total": 8
    },
    {
      "department": "Vertrieb",
      "departmentId": 2,
      "employeeId": 30,
      "met": 4,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": 0,
          "name": "Prompt Engineering",
          "required": 1
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Andreas Koch",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 66,
      "personnelNumber": "10030",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Vertrieb",
      "departmentId": 2,
      "employeeId": 25,
      "met": 2,
      "missing": [
        {
          "code": "G1",
          "kind": "competency",
          "level": 0,
          "name": "KI-Grundbegriffe",
          "required": 1
        },
        {
          "code": "A1",
          "kind": "competency",
          "level": 0,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 1
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": 0,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 1
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Anja Hoffmann",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 33,
      "personnelNumber": "10025",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Vertrieb",
      "departmentId": 2,
      "employeeId": 23,
      "met": 4,
      "missing": [
        {
          "code": "G3",
          "kind": "competency",
          "level": 1,
          "name": "Grenzen und Risiken",
          "required": 2
        },
        {
          "code": "A1",
          "kind": "competency",
          "level": 0,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 2
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": 1,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 2
        },
        {
          "kind": "learningPath",
          "name": "Power-User"
        }
      ],
      "name": "Birgit Fuchs",
      "next": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "percent": 50,
      "personnelNumber": "10023",
      "stage": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "stageSince": "2025-09-15",
      "total": 8
    },
    {
      "department": "Vertrieb",
      "departmentId": 2,
      "employeeId": 27,
      "met": 2,
      "missing": [
        {
          "code": "G1",
          "kind": "competency",
          "level": 0,
          "name": "KI-Grundbegriffe",
          "required": 1
        },
        {
          "code": "A1",
          "kind": "competency",
          "level": 0,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 1
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": 0,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 1
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Elif Schulze",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 33,
      "personnelNumber": "10027",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Vertrieb",
      "departmentId": 2,
      "employeeId": 39,
      "met": 5,
      "missing": [
        {
          "code": "S1",
          "kind": "competency",
          "level": 0,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 1
        }
      ],
      "name": "Franziska Weber",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 83,
      "personnelNumber": "10039",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Vertrieb",
      "departmentId": 2,
      "employeeId": 33,
      "met": 3,
      "missing": [
        {
          "code": "G1",
          "kind": "competency",
          "level": 0,
          "name": "KI-Grundbegriffe",
          "required": 1
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": 0,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 1
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Heike Möller",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 50,
      "personnelNumber": "10033",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Vertrieb",
      "departmentId": 2,
      "employeeId": 32,
      "met": 2,
      "missing": [
        {
          "code": "G3",
          "kind": "competency",
          "level": null,
          "name": "Grenzen und Risiken",
          "required": 2
        },
        {
          "code": "A1",
          "kind": "competency",
          "level": 1,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 2
        },
        {
          "code": "A2",
          "kind": "competency",
          "level": 1,
          "name": "Use-Case-Entwicklung",
          "required": 2
        },
        {
          "index": null,
          "kind": "maturity",
          "required": 2.0
        },
        {
          "kind": "learningPath",
          "name": "Power-User"
        },
        {
          "kind": "pilotTeam"
        }
      ],
      "name": "Holger Köhler",
      "next": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "percent": 25,
      "personnelNumber": "10032",
      "stage": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "stageSince": "2025-09-16",
      "total": 8
    },
    {
      "department": "Vertrieb",
      "departmentId": 2,
      "employeeId": 41,
      "met": 3,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": 0,
          "name": "Prompt Engineering",
          "required": 1
        },
        {
          "code": "A1",
          "kind": "competency",
          "level": 0,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 1
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Jana Werner",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 50,
      "personnelNumber": "10041",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Vertrieb",
      "departmentId": 2,
      "employeeId": 24,
      "met": 0,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": 1,
          "name": "Prompt Engineering",
          "required": 2
        },
        {
          "code": "G3",
          "kind": "competency",
          "level": 0,
          "name": "Grenzen und Risiken",
          "required": 2
        },
        {
          "code": "A1",
          "kind": "competency",
          "level": 1,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 2
        },
        {
          "code": "A2",
          "kind": "competency",
          "level": 0,
          "name": "Use-Case-Entwicklung",
          "required": 2
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": 0,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 2
        },
        {
          "index": null,
          "kind": "maturity",
          "required": 2.0
        },
        {
          "kind": "learningPath",
          "name": "Power-User"
        },
        {
          "kind": "pilotTeam"
        }
      ],
      "name": "Jörg Günther",
      "next": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "percent": 0,
      "personnelNumber": "10024",
      "stage": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "stageSince": "2025-10-07",
      "total": 8
    },
    {
      "department": "Vertrieb",
      "departmentId": 2,
      "employeeId": 37,
      "met": 3,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": 0,
          "name": "Prompt Engineering",
          "required": 1
        },
        {
          "index": null,
          "kind": "maturity",
          "required": 1.2
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Julia König",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 50,
      "personnelNumber": "10037",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Vertrieb",
      "departmentId": 2,
      "employeeId": 34,
      "met": 2,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": null,
          "name": "Prompt Engineering",
          "required": 1
        },
        {
          "code": "A1",
          "kind": "competency",
          "level": 0,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 1
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": 0,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 1
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Karl Schneider",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 33,
      "personnelNumber": "10034",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Vertrieb",
      "departmentId": 2,
      "employeeId": 19,
      "met": 3,
      "missing": [
        {
          "code": "G1",
          "kind": "competency",
          "level": 0,
          "name": "KI-Grundbegriffe",
          "required": 1
        },
        {
          "code": "G2",
          "kind": "competency",
          "level": null,
          "name": "Prompt Engineering",
          "required": 1
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Kerstin Vogel",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 50,
      "personnelNumber": "10019",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Vertrieb",
      "departmentId": 2,
      "employeeId": 28,
      "met": 3,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": 0,
          "name": "Prompt Engineering",
          "required": 1
        },
        {
          "code": "A1",
          "kind": "competency",
          "level": null,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 1
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Klaus Lang",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 50,
      "personnelNumber": "10028",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Vertrieb",
      "departmentId": 2,
      "employeeId": 35,
      "met": 1,
      "missing": [
        {
          "code": "G3",
          "kind": "competency",
          "level": 0,
          "name": "Grenzen und Risiken",
          "required": 2
        },
        {
          "code": "A1",
          "kind": "competency",
          "level": 1,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 2
        },
        {
          "code": "A2",
          "kind": "competency",
          "level": null,
          "name": "Use-Case-Entwicklung",
          "required": 2
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": null,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 2
        },
        {
          "index": 1.6,
          "kind": "maturity",
          "required": 2.0
        },
        {
          "kind": "learningPath",
          "name": "Power-User"
        },
        {
          "kind": "pilotTeam"
        }
      ],
      "name": "Marie Richter",
      "next": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "percent": 12,
      "personnelNumber": "10035",
      "stage": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "stageSince": "2025-10-20",
      "total": 8
    },
    {
      "department": "Vertrieb",
      "departmentId": 2,
      "employeeId": 40,
      "met": 3,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": 0,
          "name": "Prompt Engineering",
          "required": 1
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": 0,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 1
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Matthias Wolf",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 50,
      "personnelNumber": "10040",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Vertrieb",
      "departmentId": 2,
      "employeeId": 38,
      "met": 2,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": 1,
          "name": "Prompt Engineering",
          "required": 2
        },
        {
          "code": "A1",
          "kind": "competency",
          "level": 1,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 2
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": 1,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 2
        },
        {
          "index": 1.4,
          "kind": "maturity",
          "required": 2.0
        },
        {
          "kind": "learningPath",
          "name": "Power-User"
        },
        {
          "kind": "pilotTeam"
        }
      ],
      "name": "Peter Jung",
      "next": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "percent": 25,
      "personnelNumber": "10038",
      "stage": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "stageSince": "2025-10-13",
      "total": 8
    },
    {
      "department": "Vertrieb",
      "departmentId": 2,
      "employeeId": 36,
      "met": 3,
      "missing": [
        {
          "code": "G3",
          "kind": "competency",
          "level": 0,
          "name": "Grenzen und Risiken",
          "required": 2
        },
        {
          "code": "A2",
          "kind": "competency",
          "level": 0,
          "name": "Use-Case-Entwicklung",
          "required": 2
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": 0,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 2
        },
        {
          "kind": "learningPath",
          "name": "Power-User"
        },
        {
          "kind": "pilotTeam"
        }
      ],
      "name": "René Lange",
      "next": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "percent": 37,
      "personnelNumber": "10036",
      "stage": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "stageSince": "2025-11-25",
      "total": 8
    },
    {
      "department": "Vertrieb",
      "departmentId": 2,
      "employeeId": 29,
      "met": 3,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": 0,
          "name": "Prompt Engineering",
          "required": 1
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": 0,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 1
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Sabine Fähnrich",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 50,
      "personnelNumber": "10029",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Vertrieb",
      "departmentId": 2,
      "employeeId": 31,
      "met": 2,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": 0,
          "name": "Prompt Engineering",
          "required": 2
        },
        {
          "code": "G3",
          "kind": "competency",
          "level": null,
          "name": "Grenzen und Risiken",
          "required": 2
        },
        {
          "code": "A1",
          "kind": "competency",
          "level": null,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 2
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": null,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 2
        },
        {
          "kind": "learningPath",
          "name": "Power-User"
        },
        {
          "kind": "pilotTeam"
        }
      ],
      "name": "Sandra Hofmann",
      "next": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "percent": 25,
      "personnelNumber": "10031",
      "stage": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "stageSince": "2025-09-21",
      "total": 8
    },
    {
      "department": "Vertrieb",
      "departmentId": 2,
      "employeeId": 21,
      "met": 2,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": null,
          "name": "Prompt Engineering",
          "required": 2
        },
        {
          "code": "A1",
          "kind": "competency",
          "level": null,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 2
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": 1,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 2
        },
        {
          "index": null,
          "kind": "maturity",
          "required": 2.0
        },
        {
          "kind": "learningPath",
          "name": "Power-User"
        },
        {
          "kind": "pilotTeam"
        }
      ],
      "name": "Tanja Schwarz",
      "next": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "percent": 25,
      "personnelNumber": "10021",
      "stage": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "stageSince": "2025-12-02",
      "total": 8
    },
    {
      "department": "Vertrieb",
      "departmentId": 2,
      "employeeId": 22,
      "met": 3,
      "missing": [
        {
          "code": "A1",
          "kind": "competency",
          "level": 0,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 1
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": 0,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 1
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Thomas Lehmann",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 50,
      "personnelNumber": "10022",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Vertrieb",
      "departmentId": 2,
      "employeeId": 26,
      "met": 2,
      "missing": [
        {
          "code": "G3",
          "kind": "competency",
          "level": 1,
          "name": "Grenzen und Risiken",
          "required": 2
        },
        {
          "code": "A1",
          "kind": "competency",
          "level": 1,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 2
        },
        {
          "code": "A2",
          "kind": "competency",
          "level": 1,
          "name": "Use-Case-Entwicklung",
          "required": 2
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": 1,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 2
        },
        {
          "kind": "learningPath",
          "name": "Power-User"
        },
        {
          "kind": "pilotTeam"
        }
      ],
      "name": "Tobias Braun",
      "next": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "percent": 25,
      "personnelNumber": "10026",
      "stage": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "stageSince": "2025-10-27",
      "total": 8
    },
    {
      "department": "Vertrieb",
      "departmentId": 2,
      "employeeId": 20,
      "met": 2,
      "missing": [
        {
          "code": "G3",
          "kind": "competency",
          "level": 1,
          "name": "Grenzen und Risiken",
          "required": 2
        },
        {
          "code": "A1",
          "kind": "competency",
          "level": 1,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 2
        },
        {
          "code": "A2",
          "kind": "competency",
          "level": 0,
          "name": "Use-Case-Entwicklung",
          "required": 2
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": null,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 2
        },
        {
          "kind": "learningPath",
          "name": "Power-User"
        },
        {
          "kind": "pilotTeam"
        }
      ],
      "name": "Wolfgang Becker",
      "next": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "percent": 25,
      "personnelNumber": "10020",
      "stage": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "stageSince": "2025-09-28",
      "total": 8
    },
    {
      "department": "Konstruktion",
      "departmentId": 3,
      "employeeId": 54,
      "met": 3,
      "missing": [
        {
          "code": "G1",
          "kind": "competency",
          "level": null,
          "name": "KI-Grundbegriffe",
          "required": 1
        },
        {
          "code": "G2",
          "kind": "competency",
          "level": null,
          "name": "Prompt Engineering",
          "required": 1
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Ayşe Koch",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 50,
      "personnelNumber": "10054",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Konstruktion",
      "departmentId": 3,
      "employeeId": 49,
      "met": 3,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": 1,
          "name": "Prompt Engineering",
          "required": 2
        },
        {
          "code": "A1",
          "kind": "competency",
          "level": null,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 2
        },
        {
          "code": "A2",
          "kind": "competency",
          "level": 0,
          "name": "Use-Case-Entwicklung",
          "required": 2
        },
        {
          "kind": "learningPath",
          "name": "Power-User"
        },
        {
          "kind": "pilotTeam"
        }
      ],
      "name": "Björn Schulz",
      "next": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "percent": 37,
      "personnelNumber": "10049",
      "stage": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "stageSince": "2025-12-01",
      "total": 8
    },
    {
      "department": "Konstruktion",
      "departmentId": 3,
      "employeeId": 46,
      "met": 2,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": 2,
          "name": "Prompt Engineering",
          "required": 3
        },
        {
          "code": "A2",
          "kind": "competency",
          "level": 1,
          "name": "Use-Case-Entwicklung",
          "required": 3
        },
        {
          "code": "A4",
          "kind": "competency",
          "level": 1,
          "name": "Prozessoptimierung und Change Management",
          "required": 2
        },
        {
          "code": "S4",
          "kind": "competency",
          "level": null,
          "name": "Freigabe und menschliche Kontrolle",
          "required": 2
        },
        {
          "index": 1.2,
          "kind": "maturity",
          "required": 2.6
        },
        {
          "kind": "learningPath",
          "name": "KI-Champions"
        },
        {
          "kind": "mentoring"
        }
      ],
      "name": "Franziska Meier",
      "next": {
        "id": 3,
        "name": "KI-Experte",
        "position": 3
      },
      "percent": 22,
      "personnelNumber": "10046",
      "stage": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "stageSince": "2026-01-17",
      "total": 9
    },
    {
      "department": "Konstruktion",
      "departmentId": 3,
      "employeeId": 56,
      "met": 3,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": 1,
          "name": "Prompt Engineering",
          "required": 2
        },
        {
          "code": "A2",
          "kind": "competency",
          "level": null,
          "name": "Use-Case-Entwicklung",
          "required": 2
        },
        {
          "index": null,
          "kind": "maturity",
          "required": 2.0
        },
        {
          "kind": "learningPath",
          "name": "Power-User"
        },
        {
          "kind": "pilotTeam"
        }
      ],
      "name": "Ines Köhler",
      "next": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "percent": 37,
      "personnelNumber": "10056",
      "stage": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "stageSince": "2025-12-14",
      "total": 8
    },
    {
      "department": "Konstruktion",
      "departmentId": 3,
      "employeeId": 48,
      "met": 4,
      "missing": [
        {
          "code": "A2",
          "kind": "competency",
          "level": 2,
          "name": "Use-Case-Entwicklung",
          "required": 3
        },
        {
          "code": "A3",
          "kind": "competency",
          "level": 1,
          "name": "Tool-Integration und Automatisierung",
          "required": 2
        },
        {
          "index": 1.6,
          "kind": "maturity",
          "required": 2.6
        },
        {
          "kind": "learningPath",
          "name": "KI-Champions"
        },
        {
          "kind": "mentoring"
        }
      ],
      "name": "Jana Friedrich",
      "next": {
        "id": 3,
        "name": "KI-Experte",
        "position": 3
      },
      "percent": 44,
      "personnelNumber": "10048",
      "stage": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "stageSince": "2026-04-04",
      "total": 9
    },
    {
      "department": "Konstruktion",
      "departmentId": 3,
      "employeeId": 44,
      "met": 2,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": 1,
          "name": "Prompt Engineering",
          "required": 2
        },
        {
          "code": "G3",
          "kind": "competency",
          "level": 1,
          "name": "Grenzen und Risiken",
          "required": 2
        },
        {
          "code": "A1",
          "kind": "competency",
          "level": 0,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 2
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": 1,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 2
        },
        {
          "kind": "learningPath",
          "name": "Power-User"
        },
        {
          "kind": "pilotTeam"
        }
      ],
      "name": "Julia Wagner",
      "next": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "percent": 25,
      "personnelNumber": "10044",
      "stage": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "stageSince": "2025-09-14",
      "total": 8
    },
    {
      "department": "Konstruktion",
      "departmentId": 3,
      "employeeId": 57,
      "met": 3,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": null,
          "name": "Prompt Engineering",
          "required": 1
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": 0,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 1
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Jürgen Möller",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 50,
      "personnelNumber": "10057",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Konstruktion",
      "departmentId": 3,
      "employeeId": 42,
      "met": 2,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": 1,
          "name": "Prompt Engineering",
          "required": 3
        },
        {
          "code": "A2",
          "kind": "competency",
          "level": 2,
          "name": "Use-Case-Entwicklung",
          "required": 3
        },
        {
          "code": "A3",
          "kind": "competency",
          "level": null,
          "name": "Tool-Integration und Automatisierung",
          "required": 2
        },
        {
          "code": "D1",
          "kind": "competency",
          "level": 1,
          "name": "Datenqualität und Data Governance",
          "required": 2
        },
        {
          "index": null,
          "kind": "maturity",
          "required": 2.6
        },
        {
          "kind": "learningPath",
          "name": "KI-Champions"
        },
        {
          "kind": "mentoring"
        }
      ],
      "name": "Marie Mayer",
      "next": {
        "id": 3,
        "name": "KI-Experte",
        "position": 3
      },
      "percent": 22,
      "personnelNumber": "10042",
      "stage": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "stageSince": "2026-03-14",
      "total": 9
    },
    {
      "department": "Konstruktion",
      "departmentId": 3,
      "employeeId": 59,
      "met": 2,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": null,
          "name": "Prompt Engineering",
          "required": 2
        },
        {
          "code": "G3",
          "kind": "competency",
          "level": 1,
          "name": "Grenzen und Risiken",
          "required": 2
        },
        {
          "code": "A1",
          "kind": "competency",
          "level": 0,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 2
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": 0,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 2
        },
        {
          "kind": "learningPath",
          "name": "Power-User"
        },
        {
          "kind": "pilotTeam"
        }
      ],
      "name": "Markus Richter",
      "next": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "percent": 25,
      "personnelNumber": "10059",
      "stage": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "stageSince": "2025-11-18",
      "total": 8
    },
    {
      "department": "Konstruktion",
      "departmentId": 3,
      "employeeId": 47,
      "met": 0,
      "missing": [],
      "name": "Matthias Kaiser",
      "next": null,
      "percent": null,
      "personnelNumber": "10047",
      "stage": {
        "id": 3,
        "name": "KI-Experte",
        "position": 3
      },
      "stageSince": "2026-09-26",
      "total": 0
    },
    {
      "department": "Konstruktion",
      "departmentId": 3,
      "employeeId": 60,
      "met": 2,
      "missing": [
        {
          "code": "G3",
          "kind": "competency",
          "level": null,
          "name": "Grenzen und Risiken",
          "required": 2
        },
        {
          "code": "A2",
          "kind": "competency",
          "level": null,
          "name": "Use-Case-Entwicklung",
          "required": 2
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": null,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 2
        },
        {
          "index": 1.4,
          "kind": "maturity",
          "required": 2.0
        },
        {
          "kind": "learningPath",
          "name": "Power-User"
        },
        {
          "kind": "pilotTeam"
        }
      ],
      "name": "Melanie Lange",
      "next": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "percent": 25,
      "personnelNumber": "10060",
      "stage": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "stageSince": "2025-09-07",
      "total": 8
    },
    {
      "department": "Konstruktion",
      "departmentId": 3,
      "employeeId": 52,
      "met": 2,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": 1,
          "name": "Prompt Engineering",
          "required": 3
        },
        {
          "code": "A2",
          "kind": "competency",
          "level": null,
          "name": "Use-Case-Entwicklung",
          "required": 3
        },
        {
          "code": "S4",
          "kind": "competency",
          "level": 1,
          "name": "Freigabe und menschliche Kontrolle",
          "required": 2
        },
        {
          "code": "D1",
          "kind": "competency",
          "level": 0,
          "name": "Datenqualität und Data Governance",
          "required": 2
        },
        {
          "index": 1.6,
          "kind": "maturity",
          "required": 2.6
        },
        {
          "kind": "learningPath",
          "name": "KI-Champions"
        },
        {
          "kind": "mentoring"
        }
      ],
      "name": "Nicole Peters",
      "next": {
        "id": 3,
        "name": "KI-Experte",
        "position": 3
      },
      "percent": 22,
      "personnelNumber": "10052",
      "stage": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "stageSince": "2026-04-18",
      "total": 9
    },
    {
      "department": "Konstruktion",
      "departmentId": 3,
      "employeeId": 58,
      "met": 3,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": 1,
          "name": "Prompt Engineering",
          "required": 2
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": null,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 2
        },
        {
          "index": 1.6,
          "kind": "maturity",
          "required": 2.0
        },
        {
          "kind": "learningPath",
          "name": "Power-User"
        },
        {
          "kind": "pilotTeam"
        }
      ],
      "name": "Özlem Schneider",
      "next": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "percent": 37,
      "personnelNumber": "10058",
      "stage": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "stageSince": "2025-11-17",
      "total": 8
    },
    {
      "department": "Konstruktion",
      "departmentId": 3,
      "employeeId": 45,
      "met": 3,
      "missing": [
        {
          "code": "A2",
          "kind": "competency",
          "level": 1,
          "name": "Use-Case-Entwicklung",
          "required": 3
        },
        {
          "code": "A4",
          "kind": "competency",
          "level": 1,
          "name": "Prozessoptimierung und Change Management",
          "required": 2
        },
        {
          "code": "S4",
          "kind": "competency",
          "level": 1,
          "name": "Freigabe und menschliche Kontrolle",
          "required": 2
        },
        {
          "index": 1.8,
          "kind": "maturity",
          "required": 2.6
        },
        {
          "kind": "learningPath",
          "name": "KI-Champions"
        },
        {
          "kind": "mentoring"
        }
      ],
      "name": "Peter Neumann",
      "next": {
        "id": 3,
        "name": "KI-Experte",
        "position": 3
      },
      "percent": 33,
      "personnelNumber": "10045",
      "stage": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "stageSince": "2026-01-24",
      "total": 9
    },
    {
      "department": "Konstruktion",
      "departmentId": 3,
      "employeeId": 53,
      "met": 2,
      "missing": [
        {
          "code": "G3",
          "kind": "competency",
          "level": 1,
          "name": "Grenzen und Risiken",
          "required": 2
        },
        {
          "code": "A2",
          "kind": "competency",
          "level": 1,
          "name": "Use-Case-Entwicklung",
          "required": 2
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": 0,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 2
        },
        {
          "index": 1.6,
          "kind": "maturity",
          "required": 2.0
        },
        {
          "kind": "learningPath",
          "name": "Power-User"
        },
        {
          "kind": "pilotTeam"
        }
      ],
      "name": "Ralf Fähnrich",
      "next": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "percent": 25,
      "personnelNumber": "10053",
      "stage": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "stageSince": "2025-09-09",
      "total": 8
    },
    {
      "department": "Konstruktion",
      "departmentId": 3,
      "employeeId": 43,
      "met": 3,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": 1,
          "name": "Prompt Engineering",
          "required": 3
        },
        {
          "code": "A2",
          "kind": "competency",
          "level": 1,
          "name": "Use-Case-Entwicklung",
          "required": 3
        },
        {
          "code": "D1",
          "kind": "competency",
          "level": null,
          "name": "Datenqualität und Data Governance",
          "required": 2
        },
        {
          "index": null,
          "kind": "maturity",
          "required": 2.6
        },
        {
          "kind": "learningPath",
          "name": "KI-Champions"
        },
        {
          "kind": "mentoring"
        }
      ],
      "name": "René Yılmaz",
      "next": {
        "id": 3,
        "name": "KI-Experte",
        "position": 3
      },
      "percent": 33,
      "personnelNumber": "10043",
      "stage": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "stageSince": "2026-01-31",
      "total": 9
    },
    {
      "department": "Konstruktion",
      "departmentId": 3,
      "employeeId": 51,
      "met": 2,
      "missing": [
        {
          "code": "A1",
          "kind": "competency",
          "level": 1,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 2
        },
        {
          "code": "A2",
          "kind": "competency",
          "level": 1,
          "name": "Use-Case-Entwicklung",
          "required": 2
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": 1,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 2
        },
        {
          "index": null,
          "kind": "maturity",
          "required": 2.0
        },
        {
          "kind": "learningPath",
          "name": "Power-User"
        },
        {
          "kind": "pilotTeam"
        }
      ],
      "name": "Stefan Schmid",
      "next": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "percent": 25,
      "personnelNumber": "10051",
      "stage": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "stageSince": "2025-11-23",
      "total": 8
    },
    {
      "department": "Konstruktion",
      "departmentId": 3,
      "employeeId": 55,
      "met": 2,
      "missing": [
        {
          "code": "A1",
          "kind": "competency",
          "level": 0,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 2
        },
        {
          "code": "A2",
          "kind": "competency",
          "level": 1,
          "name": "Use-Case-Entwicklung",
          "required": 2
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": null,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 2
        },
        {
          "index": 1.6,
          "kind": "maturity",
          "required": 2.0
        },
        {
          "kind": "learningPath",
          "name": "Power-User"
        },
        {
          "kind": "pilotTeam"
        }
      ],
      "name": "Sven Hofmann",
      "next": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "percent": 25,
      "personnelNumber": "10055",
      "stage": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "stageSince": "2025-09-02",
      "total": 8
    },
    {
      "department": "Konstruktion",
      "departmentId": 3,
      "employeeId": 50,
      "met": 2,
      "missing": [
        {
          "code": "G3",
          "kind": "competency",
          "level": 1,
          "name": "Grenzen und Risiken",
          "required": 2
        },
        {
          "code": "A1",
          "kind": "competency",
          "level": 1,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 2
        },
        {
          "code": "A2",
          "kind": "competency",
          "level": 0,
          "name": "Use-Case-Entwicklung",
          "required": 2
        },
        {
          "index": 1.6,
          "kind": "maturity",
          "required": 2.0
        },
        {
          "kind": "learningPath",
          "name": "Power-User"
        },
        {
          "kind": "pilotTeam"
        }
      ],
      "name": "Zoë Zimmermann",
      "next": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "percent": 25,
      "personnelNumber": "10050",
      "stage": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "stageSince": "2025-11-24",
      "total": 8
    },
    {
      "department": "Produktion",
      "departmentId": 4,
      "employeeId": 94,
      "met": 2,
      "missing": [
        {
          "code": "A1",
          "kind": "competency",
          "level": 0,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 1
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": 0,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 1
        },
        {
          "index": 1.0,
          "kind": "maturity",
          "required": 1.2
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Andreas Krause",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 33,
      "personnelNumber": "10094",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Produktion",
      "departmentId": 4,
      "employeeId": 89,
      "met": 1,
      "missing": [
        {
          "code": "G1",
          "kind": "competency",
          "level": 0,
          "name": "KI-Grundbegriffe",
          "required": 1
        },
        {
          "code": "G2",
          "kind": "competency",
          "level": 0,
          "name": "Prompt Engineering",
          "required": 1
        },
        {
          "code": "A1",
          "kind": "competency",
          "level": 0,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 1
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": 0,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 1
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Anja Schmitt",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 16,
      "personnelNumber": "10089",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Produktion",
      "departmentId": 4,
      "employeeId": 71,
      "met": 1,
      "missing": [
        {
          "code": "G1",
          "kind": "competency",
          "level": 0,
          "name": "KI-Grundbegriffe",
          "required": 1
        },
        {
          "code": "G2",
          "kind": "competency",
          "level": 0,
          "name": "Prompt Engineering",
          "required": 1
        },
        {
          "code": "A1",
          "kind": "competency",
          "level": 0,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 1
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": 0,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 1
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Anna Kaiser",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 16,
      "personnelNumber": "10071",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Produktion",
      "departmentId": 4,
      "employeeId": 61,
      "met": 3,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": 0,
          "name": "Prompt Engineering",
          "required": 2
        },
        {
          "code": "G3",
          "kind": "competency",
          "level": 0,
          "name": "Grenzen und Risiken",
          "required": 2
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": 1,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 2
        },
        {
          "kind": "learningPath",
          "name": "Power-User"
        },
        {
          "kind": "pilotTeam"
        }
      ],
      "name": "Ayşe König",
      "next": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "percent": 37,
      "personnelNumber": "10061",
      "stage": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "stageSince": "2025-09-08",
      "total": 8
    },
    {
      "department": "Produktion",
      "departmentId": 4,
      "employeeId": 68,
      "met": 2,
      "missing": [
        {
          "code": "G1",
          "kind": "competency",
          "level": 0,
          "name": "KI-Grundbegriffe",
          "required": 1
        },
        {
          "code": "G2",
          "kind": "competency",
          "level": 0,
          "name": "Prompt Engineering",
          "required": 1
        },
        {
          "code": "A1",
          "kind": "competency",
          "level": 0,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 1
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Bernd Wagner",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 33,
      "personnelNumber": "10068",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Produktion",
      "departmentId": 4,
      "employeeId": 87,
      "met": 1,
      "missing": [
        {
          "code": "G1",
          "kind": "competency",
          "level": 0,
          "name": "KI-Grundbegriffe",
          "required": 1
        },
        {
          "code": "G2",
          "kind": "competency",
          "level": 0,
          "name": "Prompt Engineering",
          "required": 1
        },
        {
          "code": "A1",
          "kind": "competency",
          "level": 0,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 1
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": 0,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 1
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Birgit Fischer",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 16,
      "personnelNumber": "10087",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Produktion",
      "departmentId": 4,
      "employeeId": 106,
      "met": 2,
      "missing": [
        {
          "code": "G3",
          "kind": "competency",
          "level": 0,
          "name": "Grenzen und Risiken",
          "required": 2
        },
        {
          "code": "A1",
          "kind": "competency",
          "level": 1,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 2
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": 1,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 2
        },
        {
          "index": 1.8,
          "kind": "maturity",
          "required": 2.0
        },
        {
          "kind": "learningPath",
          "name": "Power-User"
        },
        {
          "kind": "pilotTeam"
        }
      ],
      "name": "Björn Çelik",
      "next": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "percent": 25,
      "personnelNumber": "10106",
      "stage": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "stageSince": "2025-09-01",
      "total": 8
    },
    {
      "department": "Produktion",
      "departmentId": 4,
      "employeeId": 81,
      "met": 3,
      "missing": [
        {
          "code": "G1",
          "kind": "competency",
          "level": 0,
          "name": "KI-Grundbegriffe",
          "required": 1
        },
        {
          "code": "G2",
          "kind": "competency",
          "level": 0,
          "name": "Prompt Engineering",
          "required": 1
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Claudia Scholz",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 50,
      "personnelNumber": "10081",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Produktion",
      "departmentId": 4,
      "employeeId": 70,
      "met": 3,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": null,
          "name": "Prompt Engineering",
          "required": 1
        },
        {
          "code": "A1",
          "kind": "competency",
          "level": 0,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 1
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Daniel Meier",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 50,
      "personnelNumber": "10070",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Produktion",
      "departmentId": 4,
      "employeeId": 82,
      "met": 2,
      "missing": [
        {
          "code": "G1",
          "kind": "competency",
          "level": 0,
          "name": "KI-Grundbegriffe",
          "required": 1
        },
        {
          "code": "G2",
          "kind": "competency",
          "level": 0,
          "name": "Prompt Engineering",
          "required": 1
        },
        {
          "index": null,
          "kind": "maturity",
          "required": 1.2
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Dirk Çelik",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 33,
      "personnelNumber": "10082",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Produktion",
      "departmentId": 4,
      "employeeId": 91,
      "met": 4,
      "missing": [
        {
          "code": "G1",
          "kind": "competency",
          "level": null,
          "name": "KI-Grundbegriffe",
          "required": 1
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Elif Hahn",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 66,
      "personnelNumber": "10091",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Produktion",
      "departmentId": 4,
      "employeeId": 80,
      "met": 5,
      "missing": [
        {
          "index": null,
          "kind": "maturity",
          "required": 1.2
        }
      ],
      "name": "Frank Maier",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 83,
      "personnelNumber": "10080",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Produktion",
      "departmentId": 4,
      "employeeId": 103,
      "met": 3,
      "missing": [
        {
          "code": "A1",
          "kind": "competency",
          "level": 0,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 1
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": null,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 1
        },
        {
          "index": null,
          "kind": "maturity",
          "required": 1.2
        }
      ],
      "name": "Franziska Braun",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 50,
      "personnelNumber": "10103",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Produktion",
      "departmentId": 4,
      "employeeId": 97,
      "met": 4,
      "missing": [
        {
          "code": "A1",
          "kind": "competency",
          "level": 0,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 1
        },
        {
          "index": null,
          "kind": "maturity",
          "required": 1.2
        }
      ],
      "name": "Heike Becker",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 66,
      "personnelNumber": "10097",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Produktion",
      "departmentId": 4,
      "employeeId": 96,
      "met": 1,
      "missing": [
        {
          "code": "G1",
          "kind": "competency",
          "level": null,
          "name": "KI-Grundbegriffe",
          "required": 1
        },
        {
          "code": "G2",
          "kind": "competency",
          "level": 0,
          "name": "Prompt Engineering",
          "required": 1
        },
        {
          "code": "A1",
          "kind": "competency",
          "level": 0,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 1
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": 0,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 1
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Holger Vogel",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 16,
      "personnelNumber": "10096",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Produktion",
      "departmentId": 4,
      "employeeId": 63,
      "met": 1,
      "missing": [
        {
          "code": "G3",
          "kind": "competency",
          "level": 1,
          "name": "Grenzen und Risiken",
          "required": 2
        },
        {
          "code": "A1",
          "kind": "competency",
          "level": 1,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 2
        },
        {
          "code": "A2",
          "kind": "competency",
          "level": 1,
          "name": "Use-Case-Entwicklung",
          "required": 2
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": 1,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 2
        },
        {
          "index": 1.4,
          "kind": "maturity",
          "required": 2.0
        },
        {
          "kind": "learningPath",
          "name": "Power-User"
        },
        {
          "kind": "pilotTeam"
        }
      ],
      "name": "Ines Weber",
      "next": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "percent": 12,
      "personnelNumber": "10063",
      "stage": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "stageSince": "2025-12-24",
      "total": 8
    },
    {
      "department": "Produktion",
      "departmentId": 4,
      "employeeId": 105,
      "met": 4,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": 0,
          "name": "Prompt Engineering",
          "required": 1
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Jana Lang",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 66,
      "personnelNumber": "10105",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Produktion",
      "departmentId": 4,
      "employeeId": 88,
      "met": 0,
      "missing": [
        {
          "code": "G1",
          "kind": "competency",
          "level": 0,
          "name": "KI-Grundbegriffe",
          "required": 1
        },
        {
          "code": "G2",
          "kind": "competency",
          "level": 0,
          "name": "Prompt Engineering",
          "required": 1
        },
        {
          "code": "A1",
          "kind": "competency",
          "level": null,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 1
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": 0,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 1
        },
        {
          "index": 1.0,
          "kind": "maturity",
          "required": 1.2
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Jörg Klein",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 0,
      "personnelNumber": "10088",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Produktion",
      "departmentId": 4,
      "employeeId": 101,
      "met": 2,
      "missing": [
        {
          "code": "G1",
          "kind": "competency",
          "level": 0,
          "name": "KI-Grundbegriffe",
          "required": 1
        },
        {
          "code": "G2",
          "kind": "competency",
          "level": 0,
          "name": "Prompt Engineering",
          "required": 1
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": 0,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 1
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Julia Günther",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 33,
      "personnelNumber": "10101",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Produktion",
      "departmentId": 4,
      "employeeId": 64,
      "met": 3,
      "missing": [
        {
          "code": "G1",
          "kind": "competency",
          "level": 0,
          "name": "KI-Grundbegriffe",
          "required": 1
        },
        {
          "code": "G2",
          "kind": "competency",
          "level": 0,
          "name": "Prompt Engineering",
          "required": 1
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Jürgen Wolf",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 50,
      "personnelNumber": "10064",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Produktion",
      "departmentId": 4,
      "employeeId": 98,
      "met": 2,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": 0,
          "name": "Prompt Engineering",
          "required": 1
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": 0,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 1
        },
        {
          "index": 1.0,
          "kind": "maturity",
          "required": 1.2
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Karl Schwarz",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 33,
      "personnelNumber": "10098",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Produktion",
      "departmentId": 4,
      "employeeId": 79,
      "met": 2,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": 0,
          "name": "Prompt Engineering",
          "required": 1
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": 0,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 1
        },
        {
          "index": null,
          "kind": "maturity",
          "required": 1.2
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Katrin Krüger",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 33,
      "personnelNumber": "10079",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Produktion",
      "departmentId": 4,
      "employeeId": 83,
      "met": 4,
      "missing": [
        {
          "code": "S1",
          "kind": "competency",
          "level": 0,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 1
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Kerstin Bauer",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 66,
      "personnelNumber": "10083",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Produktion",
      "departmentId": 4,
      "employeeId": 92,
      "met": 2,
      "missing": [
        {
          "code": "G1",
          "kind": "competency",
          "level": 0,
          "name": "KI-Grundbegriffe",
          "required": 1
        },
        {
          "code": "G2",
          "kind": "competency",
          "level": 0,
          "name": "Prompt Engineering",
          "required": 1
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": 0,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 1
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Klaus Meyer",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 33,
      "personnelNumber": "10092",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Produktion",
      "departmentId": 4,
      "employeeId": 73,
      "met": 2,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": 0,
          "name": "Prompt Engineering",
          "required": 2
        },
        {
          "code": "G3",
          "kind": "competency",
          "level": 1,
          "name": "Grenzen und Risiken",
          "required": 2
        },
        {
          "code": "A1",
          "kind": "competency",
          "level": 1,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 2
        },
        {
          "index": 1.2,
          "kind": "maturity",
          "required": 2.0
        },
        {
          "kind": "learningPath",
          "name": "Power-User"
        },
        {
          "kind": "pilotTeam"
        }
      ],
      "name": "Lena Schulz",
      "next": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "percent": 25,
      "personnelNumber": "10073",
      "stage": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "stageSince": "2025-09-30",
      "total": 8
    },
    {
      "department": "Produktion",
      "departmentId": 4,
      "employeeId": 76,
      "met": 3,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": 0,
          "name": "Prompt Engineering",
          "required": 1
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": 0,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 1
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Lukas Peters",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 50,
      "personnelNumber": "10076",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Produktion",
      "departmentId": 4,
      "employeeId": 99,
      "met": 4,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": 0,
          "name": "Prompt Engineering",
          "required": 1
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Marie Lehmann",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 66,
      "personnelNumber": "10099",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Produktion",
      "departmentId": 4,
      "employeeId": 66,
      "met": 2,
      "missing": [
        {
          "code": "G1",
          "kind": "competency",
          "level": 0,
          "name": "KI-Grundbegriffe",
          "required": 1
        },
        {
          "code": "G2",
          "kind": "competency",
          "level": 0,
          "name": "Prompt Engineering",
          "required": 1
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": 0,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 1
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Markus Mayer",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 33,
      "personnelNumber": "10066",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Produktion",
      "departmentId": 4,
      "employeeId": 69,
      "met": 3,
      "missing": [
        {
          "code": "G1",
          "kind": "competency",
          "level": 0,
          "name": "KI-Grundbegriffe",
          "required": 1
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": null,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 1
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Marta Neumann",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 50,
      "personnelNumber": "10069",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Produktion",
      "departmentId": 4,
      "employeeId": 104,
      "met": 4,
      "missing": [
        {
          "code": "S1",
          "kind": "competency",
          "level": null,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 1
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Matthias Schulze",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 66,
      "personnelNumber": "10104",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Produktion",
      "departmentId": 4,
      "employeeId": 67,
      "met": 2,
      "missing": [
        {
          "code": "G1",
          "kind": "competency",
          "level": 0,
          "name": "KI-Grundbegriffe",
          "required": 1
        },
        {
          "code": "G2",
          "kind": "competency",
          "level": 0,
          "name": "Prompt Engineering",
          "required": 1
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": 0,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 1
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Melanie Yılmaz",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 33,
      "personnelNumber": "10067",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Produktion",
      "departmentId": 4,
      "employeeId": 72,
      "met": 3,
      "missing": [
        {
          "code": "G1",
          "kind": "competency",
          "level": 0,
          "name": "KI-Grundbegriffe",
          "required": 1
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": null,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 1
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Michael Friedrich",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 50,
      "personnelNumber": "10072",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Produktion",
      "departmentId": 4,
      "employeeId": 78,
      "met": 2,
      "missing": [
        {
          "code": "A1",
          "kind": "competency",
          "level": null,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 1
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": 0,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 1
        },
        {
          "index": 1.0,
          "kind": "maturity",
          "required": 1.2
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Niklas Schäfer",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 33,
      "personnelNumber": "10078",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Produktion",
      "departmentId": 4,
      "employeeId": 65,
      "met": 2,
      "missing": [
        {
          "code": "G1",
          "kind": "competency",
          "level": 0,
          "name": "KI-Grundbegriffe",
          "required": 1
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": null,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 1
        },
        {
          "index": null,
          "kind": "maturity",
          "required": 1.2
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Özlem Werner",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 33,
      "personnelNumber": "10065",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Produktion",
      "departmentId": 4,
      "employeeId": 102,
      "met": 2,
      "missing": [
        {
          "code": "G1",
          "kind": "competency",
          "level": 0,
          "name": "KI-Grundbegriffe",
          "required": 1
        },
        {
          "code": "G2",
          "kind": "competency",
          "level": 0,
          "name": "Prompt Engineering",
          "required": 1
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": 0,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 1
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Peter Hoffmann",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 33,
      "personnelNumber": "10102",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Produktion",
      "departmentId": 4,
      "employeeId": 77,
      "met": 2,
      "missing": [
        {
          "code": "G1",
          "kind": "competency",
          "level": 0,
          "name": "KI-Grundbegriffe",
          "required": 1
        },
        {
          "code": "G2",
          "kind": "competency",
          "level": null,
          "name": "Prompt Engineering",
          "required": 1
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": 0,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 1
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Petra Müßig",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 33,
      "personnelNumber": "10077",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Produktion",
      "departmentId": 4,
      "employeeId": 100,
      "met": 3,
      "missing": [
        {
          "code": "G1",
          "kind": "competency",
          "level": null,
          "name": "KI-Grundbegriffe",
          "required": 1
        },
        {
          "code": "G2",
          "kind": "competency",
          "level": null,
          "name": "Prompt Engineering",
          "required": 1
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "René Fuchs",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 50,
      "personnelNumber": "10100",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Produktion",
      "departmentId": 4,
      "employeeId": 93,
      "met": 1,
      "missing": [
        {
          "code": "G1",
          "kind": "competency",
          "level": null,
          "name": "KI-Grundbegriffe",
          "required": 1
        },
        {
          "code": "G2",
          "kind": "competency",
          "level": 0,
          "name": "Prompt Engineering",
          "required": 1
        },
        {
          "code": "A1",
          "kind": "competency",
          "level": null,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 1
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": 0,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 1
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Sabine Schröder",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 16,
      "personnelNumber": "10093",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Produktion",
      "departmentId": 4,
      "employeeId": 95,
      "met": 3,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": 0,
          "name": "Prompt Engineering",
          "required": 1
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": null,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 1
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Sandra Huber",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 50,
      "personnelNumber": "10095",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Produktion",
      "departmentId": 4,
      "employeeId": 108,
      "met": 0,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": null,
          "name": "Prompt Engineering",
          "required": 2
        },
        {
          "code": "G3",
          "kind": "competency",
          "level": 1,
          "name": "Grenzen und Risiken",
          "required": 2
        },
        {
          "code": "A1",
          "kind": "competency",
          "level": 1,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 2
        },
        {
          "code": "A2",
          "kind": "competency",
          "level": 0,
          "name": "Use-Case-Entwicklung",
          "required": 2
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": 0,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 2
        },
        {
          "index": 1.6,
          "kind": "maturity",
          "required": 2.0
        },
        {
          "kind": "learningPath",
          "name": "Power-User"
        },
        {
          "kind": "pilotTeam"
        }
      ],
      "name": "Stefan Hartmann",
      "next": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "percent": 0,
      "personnelNumber": "10108",
      "stage": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "stageSince": "2025-12-17",
      "total": 8
    },
    {
      "department": "Produktion",
      "departmentId": 4,
      "employeeId": 62,
      "met": 1,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": 1,
          "name": "Prompt Engineering",
          "required": 2
        },
        {
          "code": "G3",
          "kind": "competency",
          "level": null,
          "name": "Grenzen und Risiken",
          "required": 2
        },
        {
          "code": "A1",
          "kind": "competency",
          "level": 1,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 2
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": 1,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 2
        },
        {
          "index": 1.8,
          "kind": "maturity",
          "required": 2.0
        },
        {
          "kind": "learningPath",
          "name": "Power-User"
        },
        {
          "kind": "pilotTeam"
        }
      ],
      "name": "Sven Jung",
      "next": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "percent": 12,
      "personnelNumber": "10062",
      "stage": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "stageSince": "2025-11-11",
      "total": 8
    },
    {
      "department": "Produktion",
      "departmentId": 4,
      "employeeId": 75,
      "met": 4,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": null,
          "name": "Prompt Engineering",
          "required": 1
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Svenja Schmid",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 66,
      "personnelNumber": "10075",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Produktion",
      "departmentId": 4,
      "employeeId": 85,
      "met": 2,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": 0,
          "name": "Prompt Engineering",
          "required": 2
        },
        {
          "code": "G3",
          "kind": "competency",
          "level": 0,
          "name": "Grenzen und Risiken",
          "required": 2
        },
        {
          "code": "A2",
          "kind": "competency",
          "level": 0,
          "name": "Use-Case-Entwicklung",
          "required": 2
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": 1,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 2
        },
        {
          "kind": "learningPath",
          "name": "Power-User"
        },
        {
          "kind": "pilotTeam"
        }
      ],
      "name": "Tanja Herrmann",
      "next": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "percent": 25,
      "personnelNumber": "10085",
      "stage": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "stageSince": "2025-09-23",
      "total": 8
    },
    {
      "department": "Produktion",
      "departmentId": 4,
      "employeeId": 86,
      "met": 2,
      "missing": [
        {
          "code": "G1",
          "kind": "competency",
          "level": 0,
          "name": "KI-Grundbegriffe",
          "required": 1
        },
        {
          "code": "G2",
          "kind": "competency",
          "level": 0,
          "name": "Prompt Engineering",
          "required": 1
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": 0,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 1
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Thomas Weiß",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 33,
      "personnelNumber": "10086",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Produktion",
      "departmentId": 4,
      "employeeId": 90,
      "met": 1,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": 0,
          "name": "Prompt Engineering",
          "required": 1
        },
        {
          "code": "A1",
          "kind": "competency",
          "level": 0,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 1
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": 0,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 1
        },
        {
          "index": 1.0,
          "kind": "maturity",
          "required": 1.2
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Tobias Walter",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 16,
      "personnelNumber": "10090",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Produktion",
      "departmentId": 4,
      "employeeId": 74,
      "met": 3,
      "missing": [
        {
          "code": "G3",
          "kind": "competency",
          "level": 1,
          "name": "Grenzen und Risiken",
          "required": 2
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": 0,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 2
        },
        {
          "index": 1.6,
          "kind": "maturity",
          "required": 2.0
        },
        {
          "kind": "learningPath",
          "name": "Power-User"
        },
        {
          "kind": "pilotTeam"
        }
      ],
      "name": "Uwe Zimmermann",
      "next": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "percent": 37,
      "personnelNumber": "10074",
      "stage": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "stageSince": "2025-11-04",
      "total": 8
    },
    {
      "department": "Produktion",
      "departmentId": 4,
      "employeeId": 84,
      "met": 1,
      "missing": [
        {
          "code": "G1",
          "kind": "competency",
          "level": 0,
          "name": "KI-Grundbegriffe",
          "required": 1
        },
        {
          "code": "G2",
          "kind": "competency",
          "level": 0,
          "name": "Prompt Engineering",
          "required": 1
        },
        {
          "code": "A1",
          "kind": "competency",
          "level": 0,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 1
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": 0,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 1
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Wolfgang Hartmann",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 16,
      "personnelNumber": "10084",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Produktion",
      "departmentId": 4,
      "employeeId": 107,
      "met": 3,
      "missing": [
        {
          "code": "G1",
          "kind": "competency",
          "level": 0,
          "name": "KI-Grundbegriffe",
          "required": 1
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": 0,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 1
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Zoë Bauer",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 50,
      "personnelNumber": "10107",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Qualität",
      "departmentId": 5,
      "employeeId": 118,
      "met": 4,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": 1,
          "name": "Prompt Engineering",
          "required": 2
        },
        {
          "code": "A1",
          "kind": "competency",
          "level": null,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 2
        },
        {
          "index": 1.2,
          "kind": "maturity",
          "required": 2.0
        },
        {
          "kind": "learningPath",
          "name": "Power-User"
        }
      ],
      "name": "Ayşe Krause",
      "next": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "percent": 50,
      "personnelNumber": "10118",
      "stage": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "stageSince": "2025-10-21",
      "total": 8
    },
    {
      "department": "Qualität",
      "departmentId": 5,
      "employeeId": 113,
      "met": 3,
      "missing": [
        {
          "code": "G3",
          "kind": "competency",
          "level": 1,
          "name": "Grenzen und Risiken",
          "required": 2
        },
        {
          "code": "A1",
          "kind": "competency",
          "level": 1,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 2
        },
        {
          "code": "A2",
          "kind": "competency",
          "level": null,
          "name": "Use-Case-Entwicklung",
          "required": 2
        },
        {
          "index": null,
          "kind": "maturity",
          "required": 2.0
        },
        {
          "kind": "learningPath",
          "name": "Power-User"
        }
      ],
      "name": "Björn Schmitt",
      "next": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "percent": 37,
      "personnelNumber": "10113",
      "stage": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "stageSince": "2025-10-06",
      "total": 8
    },
    {
      "department": "Qualität",
      "departmentId": 5,
      "employeeId": 110,
      "met": 3,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": 1,
          "name": "Prompt Engineering",
          "required": 2
        },
        {
          "code": "G3",
          "kind": "competency",
          "level": 1,
          "name": "Grenzen und Risiken",
          "required": 2
        },
        {
          "code": "A1",
          "kind": "competency",
          "level": 1,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 2
        },
        {
          "index": 1.8,
          "kind": "maturity",
          "required": 2.0
        },
        {
          "kind": "learningPath",
          "name": "Power-User"
        }
      ],
      "name": "Franziska Weiß",
      "next": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "percent": 37,
      "personnelNumber": "10110",
      "stage": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "stageSince": "2025-12-07",
      "total": 8
    },
    {
      "department": "Qualität",
      "departmentId": 5,
      "employeeId": 120,
      "met": 4,
      "missing": [
        {
          "code": "G3",
          "kind": "competency",
          "level": 1,
          "name": "Grenzen und Risiken",
          "required": 2
        },
        {
          "code": "A1",
          "kind": "competency",
          "level": null,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 2
        },
        {
          "code": "A2",
          "kind": "competency",
          "level": 0,
          "name": "Use-Case-Entwicklung",
          "required": 2
        },
        {
          "kind": "learningPath",
          "name": "Power-User"
        }
      ],
      "name": "Ines Vogel",
      "next": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "percent": 50,
      "personnelNumber": "10120",
      "stage": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "stageSince": "2025-09-29",
      "total": 8
    },
    {
      "department": "Qualität",
      "departmentId": 5,
      "employeeId": 112,
      "met": 1,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": 1,
          "name": "Prompt Engineering",
          "required": 2
        },
        {
          "code": "G3",
          "kind": "competency",
          "level": 1,
          "name": "Grenzen und Risiken",
          "required": 2
        },
        {
          "code": "A1",
          "kind": "competency",
          "level": null,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 2
        },
        {
          "code": "A2",
          "kind": "competency",
          "level": 0,
          "name": "Use-Case-Entwicklung",
          "required": 2
        },
        {
          "index": 1.6,
          "kind": "maturity",
          "required": 2.0
        },
        {
          "kind": "learningPath",
          "name": "Power-User"
        },
        {
          "kind": "pilotTeam"
        }
      ],
      "name": "Jana Klein",
      "next": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "percent": 12,
      "personnelNumber": "10112",
      "stage": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "stageSince": "2025-11-16",
      "total": 8
    },
    {
      "department": "Qualität",
      "departmentId": 5,
      "employeeId": 121,
      "met": 2,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": 1,
          "name": "Prompt Engineering",
          "required": 2
        },
        {
          "code": "A2",
          "kind": "competency",
          "level": null,
          "name": "Use-Case-Entwicklung",
          "required": 2
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": 1,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 2
        },
        {
          "index": null,
          "kind": "maturity",
          "required": 2.0
        },
        {
          "kind": "learningPath",
          "name": "Power-User"
        },
        {
          "kind": "pilotTeam"
        }
      ],
      "name": "Jürgen Becker",
      "next": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "percent": 25,
      "personnelNumber": "10121",
      "stage": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "stageSince": "2025-11-03",
      "total": 8
    },
    {
      "department": "Qualität",
      "departmentId": 5,
      "employeeId": 123,
      "met": 3,
      "missing": [
        {
          "code": "G3",
          "kind": "competency",
          "level": 1,
          "name": "Grenzen und Risiken",
          "required": 2
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": null,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 2
        },
        {
          "index": 1.2,
          "kind": "maturity",
          "required": 2.0
        },
        {
          "kind": "learningPath",
          "name": "Power-User"
        },
        {
          "kind": "pilotTeam"
        }
      ],
      "name": "Markus Lehmann",
      "next": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "percent": 37,
      "personnelNumber": "10123",
      "stage": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "stageSince": "2025-08-31",
      "total": 8
    },
    {
      "department": "Qualität",
      "departmentId": 5,
      "employeeId": 111,
      "met": 3,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": null,
          "name": "Prompt Engineering",
          "required": 1
        },
        {
          "code": "A1",
          "kind": "competency",
          "level": 0,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 1
        },
        {
          "kind": "learningPath",
          "name": "Basis-Nutzer"
        }
      ],
      "name": "Matthias Fischer",
      "next": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "percent": 50,
      "personnelNumber": "10111",
      "stage": null,
      "stageSince": null,
      "total": 6
    },
    {
      "department": "Qualität",
      "departmentId": 5,
      "employeeId": 124,
      "met": 4,
      "missing": [
        {
          "code": "A1",
          "kind": "competency",
          "level": 0,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 2
        },
        {
          "index": 1.8,
          "kind": "maturity",
          "required": 2.0
        },
        {
          "kind": "learningPath",
          "name": "Power-User"
        },
        {
          "kind": "pilotTeam"
        }
      ],
      "name": "Melanie Fuchs",
      "next": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "percent": 50,
      "personnelNumber": "10124",
      "stage": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "stageSince": "2025-10-19",
      "total": 8
    },
    {
      "department": "Qualität",
      "departmentId": 5,
      "employeeId": 116,
      "met": 3,
      "missing": [
        {
          "code": "A1",
          "kind": "competency",
          "level": 1,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 2
        },
        {
          "code": "A2",
          "kind": "competency",
          "level": 0,
          "name": "Use-Case-Entwicklung",
          "required": 2
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": null,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 2
        },
        {
          "kind": "learningPath",
          "name": "Power-User"
        },
        {
          "kind": "pilotTeam"
        }
      ],
      "name": "Nicole Meyer",
      "next": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "percent": 37,
      "personnelNumber": "10116",
      "stage": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "stageSince": "2025-11-30",
      "total": 8
    },
    {
      "department": "Qualität",
      "departmentId": 5,
      "employeeId": 122,
      "met": 2,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": 0,
          "name": "Prompt Engineering",
          "required": 3
        },
        {
          "code": "A2",
          "kind": "competency",
          "level": 2,
          "name": "Use-Case-Entwicklung",
          "required": 3
        },
        {
          "code": "A4",
          "kind": "competency",
          "level": 0,
          "name": "Prozessoptimierung und Change Management",
          "required": 2
        },
        {
          "code": "S4",
          "kind": "competency",
          "level": 1,
          "name": "Freigabe und menschliche Kontrolle",
          "required": 2
        },
        {
          "index": 1.4,
          "kind": "maturity",
          "required": 2.6
        },
        {
          "kind": "learningPath",
          "name": "KI-Champions"
        },
        {
          "kind": "mentoring"
        }
      ],
      "name": "Özlem Schwarz",
      "next": {
        "id": 3,
        "name": "KI-Experte",
        "position": 3
      },
      "percent": 22,
      "personnelNumber": "10122",
      "stage": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "stageSince": "2026-03-07",
      "total": 9
    },
    {
      "department": "Qualität",
      "departmentId": 5,
      "employeeId": 109,
      "met": 3,
      "missing": [
        {
          "code": "G3",
          "kind": "competency",
          "level": 0,
          "name": "Grenzen und Risiken",
          "required": 2
        },
        {
          "code": "A1",
          "kind": "competency",
          "level": 0,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 2
        },
        {
          "index": 1.6,
          "kind": "maturity",
          "required": 2.0
        },
        {
          "kind": "learningPath",
          "name": "Power-User"
        },
        {
          "kind": "pilotTeam"
        }
      ],
      "name": "Peter Herrmann",
      "next": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "percent": 37,
      "personnelNumber": "10109",
      "stage": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "stageSince": "2025-10-28",
      "total": 8
    },
    {
      "department": "Qualität",
      "departmentId": 5,
      "employeeId": 117,
      "met": 1,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": 1,
          "name": "Prompt Engineering",
          "required": 2
        },
        {
          "code": "G3",
          "kind": "competency",
          "level": 0,
          "name": "Grenzen und Risiken",
          "required": 2
        },
        {
          "code": "A2",
          "kind": "competency",
          "level": 0,
          "name": "Use-Case-Entwicklung",
          "required": 2
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": 1,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 2
        },
        {
          "index": null,
          "kind": "maturity",
          "required": 2.0
        },
        {
          "kind": "learningPath",
          "name": "Power-User"
        },
        {
          "kind": "pilotTeam"
        }
      ],
      "name": "Ralf Schröder",
      "next": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "percent": 12,
      "personnelNumber": "10117",
      "stage": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "stageSince": "2025-11-10",
      "total": 8
    },
    {
      "department": "Qualität",
      "departmentId": 5,
      "employeeId": 115,
      "met": 1,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": 1,
          "name": "Prompt Engineering",
          "required": 2
        },
        {
          "code": "G3",
          "kind": "competency",
          "level": null,
          "name": "Grenzen und Risiken",
          "required": 2
        },
        {
          "code": "A2",
          "kind": "competency",
          "level": 1,
          "name": "Use-Case-Entwicklung",
          "required": 2
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": null,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 2
        },
        {
          "index": 1.4,
          "kind": "maturity",
          "required": 2.0
        },
        {
          "kind": "learningPath",
          "name": "Power-User"
        },
        {
          "kind": "pilotTeam"
        }
      ],
      "name": "Stefan Hahn",
      "next": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "percent": 12,
      "personnelNumber": "10115",
      "stage": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "stageSince": "2025-12-09",
      "total": 8
    },
    {
      "department": "Qualität",
      "departmentId": 5,
      "employeeId": 119,
      "met": 4,
      "missing": [
        {
          "code": "G3",
          "kind": "competency",
          "level": 0,
          "name": "Grenzen und Risiken",
          "required": 2
        },
        {
          "code": "A2",
          "kind": "competency",
          "level": 1,
          "name": "Use-Case-Entwicklung",
          "required": 2
        },
        {
          "kind": "learningPath",
          "name": "Power-User"
        },
        {
          "kind": "pilotTeam"
        }
      ],
      "name": "Sven Huber",
      "next": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "percent": 50,
      "personnelNumber": "10119",
      "stage": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "stageSince": "2025-12-21",
      "total": 8
    },
    {
      "department": "Qualität",
      "departmentId": 5,
      "employeeId": 114,
      "met": 4,
      "missing": [
        {
          "code": "A1",
          "kind": "competency",
          "level": 1,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 2
        },
        {
          "code": "A2",
          "kind": "competency",
          "level": 0,
          "name": "Use-Case-Entwicklung",
          "required": 2
        },
        {
          "kind": "learningPath",
          "name": "Power-User"
        },
        {
          "kind": "pilotTeam"
        }
      ],
      "name": "Zoë Walter",
      "next": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "percent": 50,
      "personnelNumber": "10114",
      "stage": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "stageSince": "2025-10-26",
      "total": 8
    },
    {
      "department": "IT",
      "departmentId": 6,
      "employeeId": 135,
      "met": 3,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": 2,
          "name": "Prompt Engineering",
          "required": 3
        },
        {
          "code": "A2",
          "kind": "competency",
          "level": 2,
          "name": "Use-Case-Entwicklung",
          "required": 3
        },
        {
          "code": "A3",
          "kind": "competency",
          "level": null,
          "name": "Tool-Integration und Automatisierung",
          "required": 2
        },
        {
          "index": 2.4,
          "kind": "maturity",
          "required": 2.6
        },
        {
          "kind": "learningPath",
          "name": "KI-Champions"
        },
        {
          "kind": "mentoring"
        }
      ],
      "name": "Anna Schneider",
      "next": {
        "id": 3,
        "name": "KI-Experte",
        "position": 3
      },
      "percent": 33,
      "personnelNumber": "10135",
      "stage": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "stageSince": "2026-02-07",
      "total": 9
    },
    {
      "department": "IT",
      "departmentId": 6,
      "employeeId": 125,
      "met": 2,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": 1,
          "name": "Prompt Engineering",
          "required": 3
        },
        {
          "code": "A2",
          "kind": "competency",
          "level": 2,
          "name": "Use-Case-Entwicklung",
          "required": 3
        },
        {
          "code": "S4",
          "kind": "competency",
          "level": 1,
          "name": "Freigabe und menschliche Kontrolle",
          "required": 2
        },
        {
          "code": "D1",
          "kind": "competency",
          "level": null,
          "name": "Datenqualität und Data Governance",
          "required": 2
        },
        {
          "index": 2.4,
          "kind": "maturity",
          "required": 2.6
        },
        {
          "kind": "learningPath",
          "name": "KI-Champions"
        },
        {
          "kind": "mentoring"
        }
      ],
      "name": "Ayşe Günther",
      "next": {
        "id": 3,
        "name": "KI-Experte",
        "position": 3
      },
      "percent": 22,
      "personnelNumber": "10125",
      "stage": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "stageSince": "2026-05-02",
      "total": 9
    },
    {
      "department": "IT",
      "departmentId": 6,
      "employeeId": 132,
      "met": 6,
      "missing": [
        {
          "code": "S4",
          "kind": "competency",
          "level": 1,
          "name": "Freigabe und menschliche Kontrolle",
          "required": 2
        },
        {
          "kind": "learningPath",
          "name": "KI-Champions"
        },
        {
          "kind": "mentoring"
        }
      ],
      "name": "Bernd Hofmann",
      "next": {
        "id": 3,
        "name": "KI-Experte",
        "position": 3
      },
      "percent": 66,
      "personnelNumber": "10132",
      "stage": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "stageSince": "2026-03-21",
      "total": 9
    },
    {
      "department": "IT",
      "departmentId": 6,
      "employeeId": 134,
      "met": 5,
      "missing": [
        {
          "code": "A2",
          "kind": "competency",
          "level": 2,
          "name": "Use-Case-Entwicklung",
          "required": 3
        },
        {
          "code": "S4",
          "kind": "competency",
          "level": null,
          "name": "Freigabe und menschliche Kontrolle",
          "required": 2
        },
        {
          "kind": "learningPath",
          "name": "KI-Champions"
        },
        {
          "kind": "mentoring"
        }
      ],
      "name": "Daniel Möller",
      "next": {
        "id": 3,
        "name": "KI-Experte",
        "position": 3
      },
      "percent": 55,
      "personnelNumber": "10134",
      "stage": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "stageSince": "2026-02-14",
      "total": 9
    },
    {
      "department": "IT",
      "departmentId": 6,
      "employeeId": 127,
      "met": 2,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": 1,
          "name": "Prompt Engineering",
          "required": 2
        },
        {
          "code": "G3",
          "kind": "competency",
          "level": null,
          "name": "Grenzen und Risiken",
          "required": 2
        },
        {
          "code": "A2",
          "kind": "competency",
          "level": 1,
          "name": "Use-Case-Entwicklung",
          "required": 2
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": 0,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 2
        },
        {
          "kind": "learningPath",
          "name": "Power-User"
        },
        {
          "kind": "pilotTeam"
        }
      ],
      "name": "Ines Braun",
      "next": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "percent": 25,
      "personnelNumber": "10127",
      "stage": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "stageSince": "2025-11-09",
      "total": 8
    },
    {
      "department": "IT",
      "departmentId": 6,
      "employeeId": 128,
      "met": 0,
      "missing": [],
      "name": "Jürgen Schulze",
      "next": null,
      "percent": null,
      "personnelNumber": "10128",
      "stage": {
        "id": 3,
        "name": "KI-Experte",
        "position": 3
      },
      "stageSince": "2026-10-03",
      "total": 0
    },
    {
      "department": "IT",
      "departmentId": 6,
      "employeeId": 137,
      "met": 4,
      "missing": [
        {
          "code": "A2",
          "kind": "competency",
          "level": 1,
          "name": "Use-Case-Entwicklung",
          "required": 3
        },
        {
          "code": "A4",
          "kind": "competency",
          "level": 1,
          "name": "Prozessoptimierung und Change Management",
          "required": 2
        },
        {
          "code": "S4",
          "kind": "competency",
          "level": null,
          "name": "Freigabe und menschliche Kontrolle",
          "required": 2
        },
        {
          "kind": "learningPath",
          "name": "KI-Champions"
        },
        {
          "kind": "mentoring"
        }
      ],
      "name": "Lena Lange",
      "next": {
        "id": 3,
        "name": "KI-Experte",
        "position": 3
      },
      "percent": 44,
      "personnelNumber": "10137",
      "stage": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "stageSince": "2026-04-11",
      "total": 9
    },
    {
      "department": "IT",
      "departmentId": 6,
      "employeeId": 140,
      "met": 2,
      "missing": [
        {
          "code": "G3",
          "kind": "competency",
          "level": 1,
          "name": "Grenzen und Risiken",
          "required": 2
        },
        {
          "code": "A2",
          "kind": "competency",
          "level": 1,
          "name": "Use-Case-Entwicklung",
          "required": 2
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": 1,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 2
        },
        {
          "index": null,
          "kind": "maturity",
          "required": 2.0
        },
        {
          "kind": "learningPath",
          "name": "Power-User"
        },
        {
          "kind": "pilotTeam"
        }
      ],
      "name": "Lukas Weber",
      "next": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "percent": 25,
      "personnelNumber": "10140",
      "stage": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "stageSince": "2025-12-23",
      "total": 8
    },
    {
      "department": "IT",
      "departmentId": 6,
      "employeeId": 130,
      "met": 3,
      "missing": [
        {
          "code": "A2",
          "kind": "competency",
          "level": 2,
          "name": "Use-Case-Entwicklung",
          "required": 3
        },
        {
          "code": "S4",
          "kind": "competency",
          "level": 1,
          "name": "Freigabe und menschliche Kontrolle",
          "required": 2
        },
        {
          "code": "D1",
          "kind": "competency",
          "level": 1,
          "name": "Datenqualität und Data Governance",
          "required": 2
        },
        {
          "index": null,
          "kind": "maturity",
          "required": 2.6
        },
        {
          "kind": "learningPath",
          "name": "KI-Champions"
        },
        {
          "kind": "mentoring"
        }
      ],
      "name": "Markus Fähnrich",
      "next": {
        "id": 3,
        "name": "KI-Experte",
        "position": 3
      },
      "percent": 33,
      "personnelNumber": "10130",
      "stage": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "stageSince": "2026-03-28",
      "total": 9
    },
    {
      "department": "IT",
      "departmentId": 6,
      "employeeId": 133,
      "met": 3,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": 2,
          "name": "Prompt Engineering",
          "required": 3
        },
        {
          "code": "A4",
          "kind": "competency",
          "level": null,
          "name": "Prozessoptimierung und Change Management",
          "required": 2
        },
        {
          "code": "S4",
          "kind": "competency",
          "level": 1,
          "name": "Freigabe und menschliche Kontrolle",
          "required": 2
        },
        {
          "index": 2.4,
          "kind": "maturity",
          "required": 2.6
        },
        {
          "kind": "learningPath",
          "name": "KI-Champions"
        },
        {
          "kind": "mentoring"
        }
      ],
      "name": "Marta Köhler",
      "next": {
        "id": 3,
        "name": "KI-Experte",
        "position": 3
      },
      "percent": 33,
      "personnelNumber": "10133",
      "stage": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "stageSince": "2026-02-21",
      "total": 9
    },
    {
      "department": "IT",
      "departmentId": 6,
      "employeeId": 131,
      "met": 4,
      "missing": [
        {
          "code": "G3",
          "kind": "competency",
          "level": 1,
          "name": "Grenzen und Risiken",
          "required": 2
        },
        {
          "code": "A2",
          "kind": "competency",
          "level": 1,
          "name": "Use-Case-Entwicklung",
          "required": 2
        },
        {
          "kind": "learningPath",
          "name": "Power-User"
        },
        {
          "kind": "pilotTeam"
        }
      ],
      "name": "Melanie Koch",
      "next": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "percent": 50,
      "personnelNumber": "10131",
      "stage": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "stageSince": "2025-10-12",
      "total": 8
    },
    {
      "department": "IT",
      "departmentId": 6,
      "employeeId": 136,
      "met": 1,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": null,
          "name": "Prompt Engineering",
          "required": 2
        },
        {
          "code": "G3",
          "kind": "competency",
          "level": null,
          "name": "Grenzen und Risiken",
          "required": 2
        },
        {
          "code": "A1",
          "kind": "competency",
          "level": 1,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 2
        },
        {
          "code": "A2",
          "kind": "competency",
          "level": null,
          "name": "Use-Case-Entwicklung",
          "required": 2
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": 1,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 2
        },
        {
          "kind": "learningPath",
          "name": "Power-User"
        },
        {
          "kind": "pilotTeam"
        }
      ],
      "name": "Michael Richter",
      "next": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "percent": 12,
      "personnelNumber": "10136",
      "stage": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "stageSince": "2025-12-22",
      "total": 8
    },
    {
      "department": "IT",
      "departmentId": 6,
      "employeeId": 129,
      "met": 2,
      "missing": [
        {
          "code": "G3",
          "kind": "competency",
          "level": null,
          "name": "Grenzen und Risiken",
          "required": 2
        },
        {
          "code": "A2",
          "kind": "competency",
          "level": null,
          "name": "Use-Case-Entwicklung",
          "required": 2
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": null,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 2
        },
        {
          "index": 1.8,
          "kind": "maturity",
          "required": 2.0
        },
        {
          "kind": "learningPath",
          "name": "Power-User"
        },
        {
          "kind": "pilotTeam"
        }
      ],
      "name": "Özlem Lang",
      "next": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "percent": 25,
      "personnelNumber": "10129",
      "stage": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "stageSince": "2025-11-02",
      "total": 8
    },
    {
      "department": "IT",
      "departmentId": 6,
      "employeeId": 126,
      "met": 4,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": 2,
          "name": "Prompt Engineering",
          "required": 3
        },
        {
          "code": "A2",
          "kind": "competency",
          "level": 2,
          "name": "Use-Case-Entwicklung",
          "required": 3
        },
        {
          "code": "S4",
          "kind": "competency",
          "level": 0,
          "name": "Freigabe und menschliche Kontrolle",
          "required": 2
        },
        {
          "kind": "learningPath",
          "name": "KI-Champions"
        },
        {
          "kind": "mentoring"
        }
      ],
      "name": "Sven Hoffmann",
      "next": {
        "id": 3,
        "name": "KI-Experte",
        "position": 3
      },
      "percent": 44,
      "personnelNumber": "10126",
      "stage": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "stageSince": "2026-02-28",
      "total": 9
    },
    {
      "department": "IT",
      "departmentId": 6,
      "employeeId": 139,
      "met": 5,
      "missing": [
        {
          "code": "S4",
          "kind": "competency",
          "level": null,
          "name": "Freigabe und menschliche Kontrolle",
          "required": 2
        },
        {
          "index": 2.4,
          "kind": "maturity",
          "required": 2.6
        },
        {
          "kind": "learningPath",
          "name": "KI-Champions"
        },
        {
          "kind": "mentoring"
        }
      ],
      "name": "Svenja Jung",
      "next": {
        "id": 3,
        "name": "KI-Experte",
        "position": 3
      },
      "percent": 55,
      "personnelNumber": "10139",
      "stage": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "stageSince": "2026-04-25",
      "total": 9
    },
    {
      "department": "IT",
      "departmentId": 6,
      "employeeId": 138,
      "met": 2,
      "missing": [
        {
          "code": "G2",
          "kind": "competency",
          "level": null,
          "name": "Prompt Engineering",
          "required": 2
        },
        {
          "code": "G3",
          "kind": "competency",
          "level": 1,
          "name": "Grenzen und Risiken",
          "required": 2
        },
        {
          "code": "A1",
          "kind": "competency",
          "level": 1,
          "name": "KI-Werkzeuge im Arbeitsalltag",
          "required": 2
        },
        {
          "code": "S1",
          "kind": "competency",
          "level": null,
          "name": "Datenschutz (DSGVO) bei KI-Nutzung",
          "required": 2
        },
        {
          "kind": "learningPath",
          "name": "Power-User"
        },
        {
          "kind": "pilotTeam"
        }
      ],
      "name": "Uwe König",
      "next": {
        "id": 2,
        "name": "KI-Spezialist",
        "position": 2
      },
      "percent": 25,
      "personnelNumber": "10138",
      "stage": {
        "id": 1,
        "name": "KI-Anwender",
        "position": 1
      },
      "stageSince": "2025-12-15",
      "total": 8
    }
  ],
  "stages": [
    {
      "id": 1,
      "name": "KI-Anwender",
      "position": 1,
      "requirements": [
        {
          "id": 1,
          "need": {
            "code": "G1",
            "competencyId": 1,
            "kind": "competency",
            "minLevel": 1,
            "name": "KI-Grundbegriffe"
          },
          "retired": false,
          "stageId": 1
        },
        {
          "id": 2,
          "need": {
            "code": "G2",
            "competencyId": 2,
            "kind": "competency",
            "minLevel": 1,
            "name": "Prompt Engineering"
          },
          "retired": false,
          "stageId": 1
        },
        {
          "id": 3,
          "need": {
            "code": "A1",
            "competencyId": 5,
            "kind": "competency",
            "minLevel": 1,
            "name": "KI-Werkzeuge im Arbeitsalltag"
          },
          "retired": false,
          "stageId": 1
        },
        {
          "id": 4,
          "need": {
            "code": "S1",
            "competencyId": 9,
            "kind": "competency",
            "minLevel": 1,
            "name": "Datenschutz (DSGVO) bei KI-Nutzung"
          },
          "retired": false,
          "stageId": 1
        },
        {
          "id": 5,
          "need": {
            "kind": "maturity",
            "minIndex": 1.2
          },
          "retired": false,
          "stageId": 1
        },
        {
          "id": 6,
          "need": {
            "kind": "learningPath",
            "name": "Basis-Nutzer",
            "pathId": 1
          },
          "retired": false,
          "stageId": 1
        }
      ],
      "responsibilities": "Grundkenntnisse und erste Use Cases: nutzt KI-Werkzeuge sicher im eigenen Arbeitsalltag, kennt Grenzen, Risiken und die Datenschutzregeln.",
      "salaryMax": 54000,
      "salaryMin": 42000
    },
    {
      "id": 2,
      "name": "KI-Spezialist",
      "position": 2,
      "requirements": [
        {
          "id": 7,
          "need": {
            "code": "G2",
            "competencyId": 2,
            "kind": "competency",
            "minLevel": 2,
            "name": "Prompt Engineering"
          },
          "retired": false,
          "stageId": 2
        },
        {
          "id": 8,
          "need": {
            "code": "G3",
            "competencyId": 3,
            "kind": "competency",
            "minLevel": 2,
            "name": "Grenzen und Risiken"
          },
          "retired": false,
          "stageId": 2
        },
        {
          "id": 9,
          "need": {
            "code": "A1",
            "competencyId": 5,
            "kind": "competency",
            "minLevel": 2,
            "name": "KI-Werkzeuge im Arbeitsalltag"
          },
          "retired": false,
          "stageId": 2
        },
        {
          "id": 10,
          "need": {
            "code": "A2",
            "competencyId": 6,
            "kind": "competency",
            "minLevel": 2,
            "name": "Use-Case-Entwicklung"
          },
          "retired": false,
          "stageId": 2
        },
        {
          "id": 11,
          "need": {
            "code": "S1",
            "competencyId": 9,
            "kind": "competency",
            "minLevel": 2,
            "name": "Datenschutz (DSGVO) bei KI-Nutzung"
          },
          "retired": false,
          "stageId": 2
        },
        {
          "id": 12,
          "need": {
            "kind": "maturity",
            "minIndex": 2.0
          },
          "retired": false,
          "stageId": 2
        },
        {
          "id": 13,
          "need": {
            "kind": "learningPath",
            "name": "Power-User",
            "pathId": 2
          },
          "retired": false,
          "stageId": 2
        },
        {
          "id": 14,
          "need": {
            "kind": "pilotTeam"
          },
          "retired": false,
          "stageId": 2
        }
      ],
      "responsibilities": "Erweiterte Fähigkeiten und Mentoring-Rolle: entwickelt Use Cases im eigenen Bereich, arbeitet in Pilotteams mit und unterstützt Kolleginnen und Kollegen.",
      "salaryMax": 68000,
      "salaryMin": 52000
    },
    {
      "id": 3,
      "name": "KI-Experte",
      "position": 3,
      "requirements": [
        {
          "id": 15,
          "need": {
            "code": "G2",
            "competencyId": 2,
            "kind": "competency",
            "minLevel": 3,
            "name": "Prompt Engineering"
          },
          "retired": false,
          "stageId": 3
        },
        {
          "id": 16,
          "need": {
            "code": "A2",
            "competencyId": 6,
            "kind": "competency",
            "minLevel": 3,
            "name": "Use-Case-Entwicklung"
          },
          "retired": false,
          "stageId": 3
        },
        {
          "id": 17,
          "need": {
            "code": "A3",
            "competencyId": 7,
            "kind": "competency",
            "minLevel": 2,
            "name": "Tool-Integration und Automatisierung"
          },
          "retired": false,
          "stageId": 3
        },
        {
          "id": 18,
          "need": {
            "code": "A4",
            "competencyId": 8,
            "kind": "competency",
            "minLevel": 2,
            "name": "Prozessoptimierung und Change Management"
          },
          "retired": false,
          "stageId": 3
        },
        {
          "id": 19,
          "need": {
            "code": "S4",
            "competencyId": 12,
            "kind": "competency",
            "minLevel": 2,
            "name": "Freigabe und menschliche Kontrolle"
          },
          "retired": false,
          "stageId": 3
        },
        {
          "id": 20,
          "need": {
            "code": "D1",
            "competencyId": 13,
            "kind": "competency",
            "minLevel": 2,
            "name": "Datenqualität und Data Governance"
          },
          "retired": false,
          "stageId": 3
        },
        {
          "id": 21,
          "need": {
            "kind": "maturity",
            "minIndex": 2.6
          },
          "retired": false,
          "stageId": 3
        },
        {
          "id": 22,
          "need": {
            "kind": "learningPath",
            "name": "KI-Champions",
            "pathId": 3
          },
          "retired": false,
          "stageId": 3
        },
        {
          "id": 23,
          "need": {
            "kind": "mentoring"
          },
          "retired": false,
          "stageId": 3
        }
      ],
      "responsibilities": "Strategische Verantwortung und Innovationsprojekte: gestaltet den KI-Einsatz im Unternehmen, leitet Innovationsprojekte und bildet andere aus.",
      "salaryMax": 88000,
      "salaryMin": 65000
    }
  ]
};

export const demoPersonGrowth: PersonGrowth = {
  "learning": {
    "completions": [
      {
        "assessmentId": null,
        "completedOn": "2026-11-14",
        "content": "Wie Sprachmodelle arbeiten, was sie können und was nicht.",
        "cost": 250.0,
        "employee": "Elif Schulze",
        "employeeId": 27,
        "format": "workshop",
        "hours": 4.0,
        "id": 22,
        "module": "Grundlagen generativer KI",
        "moduleId": 1,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "pending",
        "raise": {
          "code": "G1",
          "competencyId": 1,
          "level": 1
        }
      }
    ],
    "employeeId": 27,
    "enrolments": [
      {
        "employeeId": 27,
        "enrolledOn": "2026-10-17",
        "id": 14,
        "path": "Basis-Nutzer",
        "pathId": 1
      }
    ],
    "hours": 4.0
  },
  "maturity": [
    {
      "assessedOn": "2026-07-25",
      "autonomy": 1,
      "breadth": 1,
      "employeeId": 27,
      "id": 41,
      "index": 1.0,
      "innovation": 1,
      "note": "Ersteinschätzung",
      "sharing": 1,
      "tools": 1
    },
    {
      "assessedOn": "2026-10-25",
      "autonomy": 2,
      "breadth": 2,
      "employeeId": 27,
      "id": 42,
      "index": 1.8,
      "innovation": 2,
      "note": "Nach drei Monaten",
      "sharing": 1,
      "tools": 2
    }
  ],
  "mentoring": [
    {
      "checkins": 3,
      "endedOn": null,
      "id": 3,
      "lastCheckin": "2026-11-17",
      "mentee": "Elif Schulze",
      "menteeId": 27,
      "mentor": "Holger Köhler",
      "mentorId": 32,
      "startedOn": "2026-10-20",
      "topic": "Datenschutz im Alltag"
    }
  ],
  "readiness": {
    "department": "Vertrieb",
    "departmentId": 2,
    "employeeId": 27,
    "met": 2,
    "missing": [
      {
        "code": "G1",
        "kind": "competency",
        "level": 0,
        "name": "KI-Grundbegriffe",
        "required": 1
      },
      {
        "code": "A1",
        "kind": "competency",
        "level": 0,
        "name": "KI-Werkzeuge im Arbeitsalltag",
        "required": 1
      },
      {
        "code": "S1",
        "kind": "competency",
        "level": 0,
        "name": "Datenschutz (DSGVO) bei KI-Nutzung",
        "required": 1
      },
      {
        "kind": "learningPath",
        "name": "Basis-Nutzer"
      }
    ],
    "name": "Elif Schulze",
    "next": {
      "id": 1,
      "name": "KI-Anwender",
      "position": 1
    },
    "percent": 33,
    "personnelNumber": "10027",
    "stage": null,
    "stageSince": null,
    "total": 6
  },
  "stageHistory": [],
  "stages": [
    {
      "id": 1,
      "name": "KI-Anwender",
      "position": 1,
      "requirements": [
        {
          "id": 1,
          "need": {
            "code": "G1",
            "competencyId": 1,
            "kind": "competency",
            "minLevel": 1,
            "name": "KI-Grundbegriffe"
          },
          "retired": false,
          "stageId": 1
        },
        {
          "id": 2,
          "need": {
            "code": "G2",
            "competencyId": 2,
            "kind": "competency",
            "minLevel": 1,
            "name": "Prompt Engineering"
          },
          "retired": false,
          "stageId": 1
        },
        {
          "id": 3,
          "need": {
            "code": "A1",
            "competencyId": 5,
            "kind": "competency",
            "minLevel": 1,
            "name": "KI-Werkzeuge im Arbeitsalltag"
          },
          "retired": false,
          "stageId": 1
        },
        {
          "id": 4,
          "need": {
            "code": "S1",
            "competencyId": 9,
            "kind": "competency",
            "minLevel": 1,
            "name": "Datenschutz (DSGVO) bei KI-Nutzung"
          },
          "retired": false,
          "stageId": 1
        },
        {
          "id": 5,
          "need": {
            "kind": "maturity",
            "minIndex": 1.2
          },
          "retired": false,
          "stageId": 1
        },
        {
          "id": 6,
          "need": {
            "kind": "learningPath",
            "name": "Basis-Nutzer",
            "pathId": 1
          },
          "retired": false,
          "stageId": 1
        }
      ],
      "responsibilities": "Grundkenntnisse und erste Use Cases: nutzt KI-Werkzeuge sicher im eigenen Arbeitsalltag, kennt Grenzen, Risiken und die Datenschutzregeln.",
      "salaryMax": 54000,
      "salaryMin": 42000
    },
    {
      "id": 2,
      "name": "KI-Spezialist",
      "position": 2,
      "requirements": [
        {
          "id": 7,
          "need": {
            "code": "G2",
            "competencyId": 2,
            "kind": "competency",
            "minLevel": 2,
            "name": "Prompt Engineering"
          },
          "retired": false,
          "stageId": 2
        },
        {
          "id": 8,
          "need": {
            "code": "G3",
            "competencyId": 3,
            "kind": "competency",
            "minLevel": 2,
            "name": "Grenzen und Risiken"
          },
          "retired": false,
          "stageId": 2
        },
        {
          "id": 9,
          "need": {
            "code": "A1",
            "competencyId": 5,
            "kind": "competency",
            "minLevel": 2,
            "name": "KI-Werkzeuge im Arbeitsalltag"
          },
          "retired": false,
          "stageId": 2
        },
        {
          "id": 10,
          "need": {
            "code": "A2",
            "competencyId": 6,
            "kind": "competency",
            "minLevel": 2,
            "name": "Use-Case-Entwicklung"
          },
          "retired": false,
          "stageId": 2
        },
        {
          "id": 11,
          "need": {
            "code": "S1",
            "competencyId": 9,
            "kind": "competency",
            "minLevel": 2,
            "name": "Datenschutz (DSGVO) bei KI-Nutzung"
          },
          "retired": false,
          "stageId": 2
        },
        {
          "id": 12,
          "need": {
            "kind": "maturity",
            "minIndex": 2.0
          },
          "retired": false,
          "stageId": 2
        },
        {
          "id": 13,
          "need": {
            "kind": "learningPath",
            "name": "Power-User",
            "pathId": 2
          },
          "retired": false,
          "stageId": 2
        },
        {
          "id": 14,
          "need": {
            "kind": "pilotTeam"
          },
          "retired": false,
          "stageId": 2
        }
      ],
      "responsibilities": "Erweiterte Fähigkeiten und Mentoring-Rolle: entwickelt Use Cases im eigenen Bereich, arbeitet in Pilotteams mit und unterstützt Kolleginnen und Kollegen.",
      "salaryMax": 68000,
      "salaryMin": 52000
    },
    {
      "id": 3,
      "name": "KI-Experte",
      "position": 3,
      "requirements": [
        {
          "id": 15,
          "need": {
            "code": "G2",
            "competencyId": 2,
            "kind": "competency",
            "minLevel": 3,
            "name": "Prompt Engineering"
          },
          "retired": false,
          "stageId": 3
        },
        {
          "id": 16,
          "need": {
            "code": "A2",
            "competencyId": 6,
            "kind": "competency",
            "minLevel": 3,
            "name": "Use-Case-Entwicklung"
          },
          "retired": false,
          "stageId": 3
        },
        {
          "id": 17,
          "need": {
            "code": "A3",
            "competencyId": 7,
            "kind": "competency",
            "minLevel": 2,
            "name": "Tool-Integration und Automatisierung"
          },
          "retired": false,
          "stageId": 3
        },
        {
          "id": 18,
          "need": {
            "code": "A4",
            "competencyId": 8,
            "kind": "competency",
            "minLevel": 2,
            "name": "Prozessoptimierung und Change Management"
          },
          "retired": false,
          "stageId": 3
        },
        {
          "id": 19,
          "need": {
            "code": "S4",
            "competencyId": 12,
            "kind": "competency",
            "minLevel": 2,
            "name": "Freigabe und menschliche Kontrolle"
          },
          "retired": false,
          "stageId": 3
        },
        {
          "id": 20,
          "need": {
            "code": "D1",
            "competencyId": 13,
            "kind": "competency",
            "minLevel": 2,
            "name": "Datenqualität und Data Governance"
          },
          "retired": false,
          "stageId": 3
        },
        {
          "id": 21,
          "need": {
            "kind": "maturity",
            "minIndex": 2.6
          },
          "retired": false,
          "stageId": 3
        },
        {
          "id": 22,
          "need": {
            "kind": "learningPath",
            "name": "KI-Champions",
            "pathId": 3
          },
          "retired": false,
          "stageId": 3
        },
        {
          "id": 23,
          "need": {
            "kind": "mentoring"
          },
          "retired": false,
          "stageId": 3
        }
      ],
      "responsibilities": "Strategische Verantwortung und Innovationsprojekte: gestaltet den KI-Einsatz im Unternehmen, leitet Innovationsprojekte und bildet andere aus.",
      "salaryMax": 88000,
      "salaryMin": 65000
    }
  ]
};

export const demoHireOrUpskill: HireOrUpskill = {
  "roles": [
    {
      "candidates": [
        {
          "communication": 3,
          "coverage": 78,
          "department": "IT",
          "employeeId": 125,
          "fits": true,
          "gaps": [
            {
              "code": "G2",
              "competencyId": 2,
              "level": 1,
              "name": "Prompt Engineering",
              "required": 2
            },
            {
              "code": "A2",
              "competencyId": 6,
              "level": 2,
              "name": "Use-Case-Entwicklung",
              "required": 3
            },
            {
              "code": "S4",
              "competencyId": 12,
              "level": 1,
              "name": "Freigabe und menschliche Kontrolle",
              "required": 2
            }
          ],
          "name": "Ayşe Günther",
          "personnelNumber": "10125",
          "score": 85,
          "technicalInterest": 3
        },
        {
          "communication": 1,
          "coverage": 85,
          "department": "Konstruktion",
          "employeeId": 47,
          "fits": true,
          "gaps": [
            {
              "code": "A4",
              "competencyId": 8,
              "level": 1,
              "name": "Prozessoptimierung und Change Management",
              "required": 3
            }
          ],
          "name": "Matthias Kaiser",
          "personnelNumber": "10047",
          "score": 83,
          "technicalInterest": 3
        },
        {
          "communication": 2,
          "coverage": 78,
          "department": "IT",
          "employeeId": 139,
          "fits": true,
          "gaps": [
            {
              "code": "A4",
              "competencyId": 8,
              "level": 2,
              "name": "Prozessoptimierung und Change Management",
              "required": 3
            },
            {
              "code": "S4",
              "competencyId": 12,
              "level": null,
              "name": "Freigabe und menschliche Kontrolle",
              "required": 2
            }
          ],
          "name": "Svenja Jung",
          "personnelNumber": "10139",
          "score": 81,
          "technicalInterest": 3
        },
        {
          "communication": 0,
          "coverage": 85,
          "department": "IT",
          "employeeId": 128,
          "fits": true,
          "gaps": [
            {
              "code": "S4",
              "competencyId": 12,
              "level": 0,
              "name": "Freigabe und menschliche Kontrolle",
              "required": 2
            }
          ],
          "name": "Jürgen Schulze",
          "personnelNumber": "10128",
          "score": 80,
          "technicalInterest": 3
        },
        {
          "communication": 3,
          "coverage": 71,
          "department": "Konstruktion",
          "employeeId": 43,
          "fits": true,
          "gaps": [
            {
              "code": "G2",
              "competencyId": 2,
              "level": 1,
              "name": "Prompt Engineering",
              "required": 2
            },
            {
              "code": "G3",
              "competencyId": 3,
              "level": 1,
              "name": "Grenzen und Risiken",
              "required": 2
            },
            {
              "code": "A2",
              "competencyId": 6,
              "level": 1,
              "name": "Use-Case-Entwicklung",
              "required": 3
            }
          ],
          "name": "René Yılmaz",
          "personnelNumber": "10043",
          "score": 80,
          "technicalInterest": 3
        },
        {
          "communication": 1,
          "coverage": 85,
          "department": "IT",
          "employeeId": 132,
          "fits": true,
          "gaps": [
            {
              "code": "G3",
              "competencyId": 3,
              "level": 1,
              "name": "Grenzen und Risiken",
              "required": 2
            },
            {
              "code": "S4",
              "competencyId": 12,
              "level": 1,
              "name": "Freigabe und menschliche Kontrolle",
              "required": 2
            }
          ],
          "name": "Bernd Hofmann",
          "personnelNumber": "10132",
          "score": 76,
          "technicalInterest": 2
        },
        {
          "communication": 2,
          "coverage": 71,
          "department": "IT",
          "employeeId": 134,
          "fits": true,
          "gaps": [
            {
              "code": "A2",
              "competencyId": 6,
              "level": 2,
              "name": "Use-Case-Entwicklung",
              "required": 3
            },
            {
              "code": "A4",
              "competencyId": 8,
              "level": 2,
              "name": "Prozessoptimierung und Change Management",
              "required": 3
            },
            {
              "code": "S4",
              "competencyId": 12,
              "level": null,
              "name": "Freigabe und menschliche Kontrolle",
              "required": 2
            }
          ],
          "name": "Daniel Möller",
          "personnelNumber": "10134",
          "score": 76,
          "technicalInterest": 3
        },
        {
          "communication": 0,
          "coverage": 78,
          "department": "Konstruktion",
          "employeeId": 48,
          "fits": true,
          "gaps": [
            {
              "code": "A2",
              "competencyId": 6,
              "level": 2,
              "name": "Use-Case-Entwicklung",
              "required": 3
            },
            {
              "code": "A3",
              "competencyId": 7,
              "level": 1,
              "name": "Tool-Integration und Automatisierung",
              "required": 2
            },
            {
              "code": "A4",
              "competencyId": 8,
              "level": 2,
              "name": "Prozessoptimierung und Change Management",
              "required": 3
            }
          ],
          "name": "Jana Friedrich",
          "personnelNumber": "10048",
          "score": 75,
          "technicalInterest": 3
        },
        {
          "communication": 3,
          "coverage": 71,
          "department": "Qualität",
          "employeeId": 124,
          "fits": true,
          "gaps": [
            {
              "code": "A2",
              "competencyId": 6,
              "level": 2,
              "name": "Use-Case-Entwicklung",
              "required": 3
            },
            {
              "code": "A4",
              "competencyId": 8,
              "level": 0,
              "name": "Prozessoptimierung und Change Management",
              "required": 3
            }
          ],
          "name": "Melanie Fuchs",
          "personnelNumber": "10124",
          "score": 73,
          "technicalInterest": 2
        },
        {
          "communication": 1,
          "coverage": 78,
          "department": "IT",
          "employeeId": 135,
          "fits": true,
          "gaps": [
            {
              "code": "A2",
              "competencyId": 6,
              "level": 2,
              "name": "Use-Case-Entwicklung",
              "required": 3
            },
            {
              "code": "A3",
              "competencyId": 7,
              "level": null,
              "name": "Tool-Integration und Automatisierung",
              "required": 2
            }
          ],
          "name": "Anna Schneider",
          "personnelNumber": "10135",
          "score": 71,
          "technicalInterest": 2
        }
      ],
      "recommendation": "train",
      "role": "KI-Prozessmanager",
      "roleId": 1,
      "suggestedPath": {
        "id": 3,
        "name": "KI-Champions"
      }
    },
    {
      "candidates": [
        {
          "communication": 3,
          "coverage": 73,
          "department": "Konstruktion",
          "employeeId": 46,
          "fits": true,
          "gaps": [
            {
              "code": "G2",
              "competencyId": 2,
              "level": 2,
              "name": "Prompt Engineering",
              "required": 3
            },
            {
              "code": "A1",
              "competencyId": 5,
              "level": 0,
              "name": "KI-Werkzeuge im Arbeitsalltag",
              "required": 3
            }
          ],
          "name": "Franziska Meier",
          "personnelNumber": "10046",
          "score": 81,
          "technicalInterest": 3
        },
        {
          "communication": 3,
          "coverage": 73,
          "department": "Vertrieb",
          "employeeId": 26,
          "fits": true,
          "gaps": [
            {
              "code": "G3",
              "competencyId": 3,
              "level": 1,
              "name": "Grenzen und Risiken",
              "required": 3
            },
            {
              "code": "A1",
              "competencyId": 5,
              "level": 1,
              "name": "KI-Werkzeuge im Arbeitsalltag",
              "required": 3
            }
          ],
          "name": "Tobias Braun",
          "personnelNumber": "10026",
          "score": 81,
          "technicalInterest": 3
        },
        {
          "communication": 0,
          "coverage": 86,
          "department": "IT",
          "employeeId": 128,
          "fits": true,
          "gaps": [
            {
              "code": "S2",
              "competencyId": 10,
              "level": 0,
              "name": "Prompt-Injection und Cybersicherheit",
              "required": 2
            }
          ],
          "name": "Jürgen Schulze",
          "personnelNumber": "10128",
          "score": 80,
          "technicalInterest": 3
        },
        {
          "communication": 0,
          "coverage": 86,
          "department": "Qualität",
          "employeeId": 116,
          "fits": true,
          "gaps": [
            {
              "code": "A1",
              "competencyId": 5,
              "level": 1,
              "name": "KI-Werkzeuge im Arbeitsalltag",
              "required": 3
            }
          ],
          "name": "Nicole Meyer",
          "personnelNumber": "10116",
          "score": 80,
          "technicalInterest": 3
        },
        {
          "communication": 2,
          "coverage": 73,
          "department": "Konstruktion",
          "employeeId": 56,
          "fits": true,
          "gaps": [
            {
              "code": "G2",
              "competencyId": 2,
              "level": 1,
              "name": "Prompt Engineering",
              "required": 3
            },
            {
              "code": "S3",
              "competencyId": 11,
              "level": null,
              "name": "Bias erkennen und vermeiden",
              "required": 2
            }
          ],
          "name": "Ines Köhler",
          "personnelNumber": "10056",
          "score": 78,
          "technicalInterest": 3
        },
        {
          "communication": 2,
          "coverage": 73,
          "department": "Konstruktion",
          "employeeId": 42,
          "fits": true,
          "gaps": [
            {
              "code": "G2",
              "competencyId": 2,
              "level": 1,
              "name": "Prompt Engineering",
              "required": 3
            },
            {
              "code": "A1",
              "competencyId": 5,
              "level": 2,
              "name": "KI-Werkzeuge im Arbeitsalltag",
              "required": 3
            },
            {
              "code": "S3",
              "competencyId": 11,
              "level": 1,
              "name": "Bias erkennen und vermeiden",
              "required": 2
            }
          ],
          "name": "Marie Mayer",
          "personnelNumber": "10042",
          "score": 78,
          "technicalInterest": 3
        },
        {
          "communication": 3,
          "coverage": 66,
          "department": "IT",
          "employeeId": 125,
          "fits": true,
          "gaps": [
            {
              "code": "G2",
              "competencyId": 2,
              "level": 1,
              "name": "Prompt Engineering",
              "required": 3
            },
            {
              "code": "A1",
              "competencyId": 5,
              "level": 2,
              "name": "KI-Werkzeuge im Arbeitsalltag",
              "required": 3
            },
            {
              "code": "S2",
              "competencyId": 10,
              "level": 1,
              "name": "Prompt-Injection und Cybersicherheit",
              "required": 2
            },
            {
              "code": "S3",
              "competencyId": 11,
              "level": 1,
              "name": "Bias erkennen und vermeiden",
              "required": 2
            }
          ],
          "name": "Ayşe Günther",
          "personnelNumber": "10125",
          "score": 76,
          "technicalInterest": 3
        },
        {
          "communication": 1,
          "coverage": 73,
          "department": "Konstruktion",
          "employeeId": 47,
          "fits": true,
          "gaps": [
            {
              "code": "A1",
              "competencyId": 5,
              "level": null,
              "name": "KI-Werkzeuge im Arbeitsalltag",
              "required": 3
            },
            {
              "code": "S2",
              "competencyId": 10,
              "level": 1,
              "name": "Prompt-Injection und Cybersicherheit",
              "required": 2
            }
          ],
          "name": "Matthias Kaiser",
          "personnelNumber": "10047",
          "score": 74,
          "technicalInterest": 3
        },
        {
          "communication": 2,
          "coverage": 66,
          "department": "Konstruktion",
          "employeeId": 52,
          "fits": true,
          "gaps": [
            {
              "code": "G2",
              "competencyId": 2,
              "level": 1,
              "name": "Prompt Engineering",
              "required": 3
            },
            {
              "code": "G3",
              "competencyId": 3,
              "level": 2,
              "name": "Grenzen und Risiken",
              "required": 3
            },
            {
              "code": "A1",
              "competencyId": 5,
              "level": 2,
              "name": "KI-Werkzeuge im Arbeitsalltag",
              "required": 3
            },
            {
              "code": "S2",
              "competencyId": 10,
              "level": 1,
              "name": "Prompt-Injection und Cybersicherheit",
              "required": 2
            }
          ],
          "name": "Nicole Peters",
          "personnelNumber": "10052",
          "score": 73,
          "technicalInterest": 3
        },
        {
          "communication": 2,
          "coverage": 66,
          "department": "IT",
          "employeeId": 139,
          "fits": true,
          "gaps": [
            {
              "code": "G1",
              "competencyId": 1,
              "level": 1,
              "name": "KI-Grundbegriffe",
              "required": 2
            },
            {
              "code": "G3",
              "competencyId": 3,
              "level": 2,
              "name": "Grenzen und Risiken",
              "required": 3
            },
            {
              "code": "S2",
              "competencyId": 10,
              "level": 1,
              "name": "Prompt-Injection und Cybersicherheit",
              "required": 2
            },
            {
              "code": "S3",
              "competencyId": 11,
              "level": 0,
              "name": "Bias erkennen und vermeiden",
              "required": 2
            }
          ],
          "name": "Svenja Jung",
          "personnelNumber": "10139",
          "score": 73,
          "technicalInterest": 3
        }
      ],
      "recommendation": "train",
      "role": "Prompt Engineer",
      "roleId": 2,
      "suggestedPath": {
        "id": 2,
        "name": "Power-User"
      }
    },
    {
      "candidates": [
        {
          "communication": 3,
          "coverage": 76,
          "department": "IT",
          "employeeId": 125,
          "fits": true,
          "gaps": [
            {
              "code": "G2",
              "competencyId": 2,
              "level": 1,
              "name": "Prompt Engineering",
              "required": 3
            },
            {
              "code": "G4",
              "competencyId": 4,
              "level": 2,
              "name": "EU AI Act und Risikoklassen",
              "required": 3
            },
            {
              "code": "S1",
              "competencyId": 9,
              "level": 2,
              "name": "Datenschutz (DSGVO) bei KI-Nutzung",
              "required": 3
            }
          ],
          "name": "Ayşe Günther",
          "personnelNumber": "10125",
          "score": 83,
          "technicalInterest": 3
        },
        {
          "communication": 1,
          "coverage": 82,
          "department": "Konstruktion",
          "employeeId": 47,
          "fits": true,
          "gaps": [
            {
              "code": "G4",
              "competencyId": 4,
              "level": 2,
              "name": "EU AI Act und Risikoklassen",
              "required": 3
            },
            {
              "code": "A1",
              "competencyId": 5,
              "level": null,
              "name": "KI-Werkzeuge im Arbeitsalltag",
              "required": 2
            }
          ],
          "name": "Matthias Kaiser",
          "personnelNumber": "10047",
          "score": 80,
          "technicalInterest": 3
        },
        {
          "communication": 2,
          "coverage": 76,
          "department": "Konstruktion",
          "employeeId": 56,
          "fits": true,
          "gaps": [
            {
              "code": "G2",
              "competencyId": 2,
              "level": 1,
              "name": "Prompt Engineering",
              "required": 3
            },
            {
              "code": "G4",
              "competencyId": 4,
              "level": 2,
              "name": "EU AI Act und Risikoklassen",
              "required": 3
            },
            {
              "code": "S1",
              "competencyId": 9,
              "level": 2,
              "name": "Datenschutz (DSGVO) bei KI-Nutzung",
              "required": 3
            }
          ],
          "name": "Ines Köhler",
          "personnelNumber": "10056",
          "score": 80,
          "technicalInterest": 3
        },
        {
          "communication": 2,
          "coverage": 76,
          "department": "Konstruktion",
          "employeeId": 42,
          "fits": true,
          "gaps": [
            {
              "code": "G2",
              "competencyId": 2,
              "level": 1,
              "name": "Prompt Engineering",
              "required": 3
            },
            {
              "code": "G4",
              "competencyId": 4,
              "level": 2,
              "name": "EU AI Act und Risikoklassen",
              "required": 3
            },
            {
              "code": "S1",
              "competencyId": 9,
              "level": 2,
              "name": "Datenschutz (DSGVO) bei KI-Nutzung",
              "required": 3
            }
          ],
          "name": "Marie Mayer",
          "personnelNumber": "10042",
          "score": 80,
          "technicalInterest": 3
        },
        {
          "communication": 0,
          "coverage": 82,
          "department": "Konstruktion",
          "employeeId": 48,
          "fits": true,
          "gaps": [
            {
              "code": "G3",
              "competencyId": 3,
              "level": 2,
              "name": "Grenzen und Risiken",
              "required": 3
            },
            {
              "code": "G4",
              "competencyId": 4,
              "level": 2,
              "name": "EU AI Act und Risikoklassen",
              "required": 3
            },
            {
              "code": "S1",
              "competencyId": 9,
              "level": 2,
              "name": "Datenschutz (DSGVO) bei KI-Nutzung",
              "required": 3
            }
          ],
          "name": "Jana Friedrich",
          "personnelNumber": "10048",
          "score": 77,
          "technicalInterest": 3
        },
        {
          "communication": 0,
          "coverage": 82,
          "department": "IT",
          "employeeId": 128,
          "fits": true,
          "gaps": [
            {
              "code": "G1",
              "competencyId": 1,
              "level": 2,
              "name": "KI-Grundbegriffe",
              "required": 3
            },
            {
              "code": "G4",
              "competencyId": 4,
              "level": 2,
              "name": "EU AI Act und Risikoklassen",
              "required": 3
            },
            {
              "code": "S1",
              "competencyId": 9,
              "level": 2,
              "name": "Datenschutz (DSGVO) bei KI-Nutzung",
              "required": 3
            }
          ],
          "name": "Jürgen Schulze",
          "personnelNumber": "10128",
          "score": 77,
          "technicalInterest": 3
        },
        {
          "communication": 2,
          "coverage": 64,
          "department": "IT",
          "employeeId": 134,
          "fits": true,
          "gaps": [
            {
              "code": "G1",
              "competencyId": 1,
              "level": 1,
              "name": "KI-Grundbegriffe",
              "required": 3
            },
            {
              "code": "G3",
              "competencyId": 3,
              "level": 2,
              "name": "Grenzen und Risiken",
              "required": 3
            },
            {
              "code": "G4",
              "competencyId": 4,
              "level": 2,
              "name": "EU AI Act und Risikoklassen",
              "required": 3
            },
            {
              "code": "A1",
              "competencyId": 5,
              "level": 1,
              "name": "KI-Werkzeuge im Arbeitsalltag",
              "required": 2
            },
            {
              "code": "S1",
              "competencyId": 9,
              "level": 2,
              "name": "Datenschutz (DSGVO) bei KI-Nutzung",
              "required": 3
            }
          ],
          "name": "Daniel Möller",
          "personnelNumber": "10134",
          "score": 71,
          "technicalInterest": 3
        },
        {
          "communication": 2,
          "coverage": 64,
          "department": "Konstruktion",
          "employeeId": 52,
          "fits": true,
          "gaps": [
            {
              "code": "G2",
              "competencyId": 2,
              "level": 1,
              "name": "Prompt Engineering",
              "required": 3
            },
            {
              "code": "G3",
              "competencyId": 3,
              "level": 2,
              "name": "Grenzen und Risiken",
              "required": 3
            },
            {
              "code": "G4",
              "competencyId": 4,
              "level": 2,
              "name": "EU AI Act und Risikoklassen",
              "required": 3
            },
            {
              "code": "S1",
              "competencyId": 9,
              "level": 1,
              "name": "Datenschutz (DSGVO) bei KI-Nutzung",
              "required": 3
            }
          ],
          "name": "Nicole Peters",
          "personnelNumber": "10052",
          "score": 71,
          "technicalInterest": 3
        },
        {
          "communication": 2,
          "coverage": 64,
          "department": "IT",
          "employeeId": 139,
          "fits": true,
          "gaps": [
            {
              "code": "G1",
              "competencyId": 1,
              "level": 1,
              "name": "KI-Grundbegriffe",
              "required": 3
            },
            {
              "code": "G3",
              "competencyId": 3,
              "level": 2,
              "name": "Grenzen und Risiken",
              "required": 3
            },
            {
              "code": "G4",
              "competencyId": 4,
              "level": 2,
              "name": "EU AI Act und Risikoklassen",
              "required": 3
            },
            {
              "code": "S1",
              "competencyId": 9,
              "level": 1,
              "name": "Datenschutz (DSGVO) bei KI-Nutzung",
              "required": 3
            }
          ],
          "name": "Svenja Jung",
          "personnelNumber": "10139",
          "score": 71,
          "technicalInterest": 3
        },
        {
          "communication": 3,
          "coverage": 76,
          "department": "IT",
          "employeeId": 137,
          "fits": true,
          "gaps": [
            {
              "code": "G3",
              "competencyId": 3,
              "level": 1,
              "name": "Grenzen und Risiken",
              "required": 3
            },
            {
              "code": "G4",
              "competencyId": 4,
              "level": 2,
              "name": "EU AI Act und Risikoklassen",
              "required": 3
            },
            {
              "code": "S1",
              "competencyId": 9,
              "level": 2,
              "name": "Datenschutz (DSGVO) bei KI-Nutzung",
              "required": 3
            }
          ],
          "name": "Lena Lange",
          "personnelNumber": "10137",
          "score": 70,
          "technicalInterest": 1
        }
      ],
      "recommendation": "train",
      "role": "KI-Trainer",
      "roleId": 3,
      "suggestedPath": null
    },
    {
      "candidates": [
        {
          "communication": 0,
          "coverage": 90,
          "department": "Qualität",
          "employeeId": 119,
          "fits": true,
          "gaps": [
            {
              "code": "S1",
              "competencyId": 9,
              "level": 2,
              "name": "Datenschutz (DSGVO) bei KI-Nutzung",
              "required": 3
            }
          ],
          "name": "Sven Huber",
          "personnelNumber": "10119",
          "score": 83,
          "technicalInterest": 3
        },
        {
          "communication": 2,
          "coverage": 80,
          "department": "IT",
          "employeeId": 139,
          "fits": true,
          "gaps": [
            {
              "code": "S1",
              "competencyId": 9,
              "level": 1,
              "name": "Datenschutz (DSGVO) bei KI-Nutzung",
              "required": 3
            }
          ],
          "name": "Svenja Jung",
          "personnelNumber": "10139",
          "score": 82,
          "technicalInterest": 3
        },
        {
          "communication": 3,
          "coverage": 70,
          "department": "Qualität",
          "employeeId": 112,
          "fits": true,
          "gaps": [
            {
              "code": "S1",
              "competencyId": 9,
              "level": 2,
              "name": "Datenschutz (DSGVO) bei KI-Nutzung",
              "required": 3
            },
            {
              "code": "D1",
              "competencyId": 13,
              "level": 2,
              "name": "Datenqualität und Data Governance",
              "required": 3
            },
            {
              "code": "D3",
              "competencyId": 15,
              "level": 1,
              "name": "Datenquellen und Schnittstellen",
              "required": 2
            }
          ],
          "name": "Jana Klein",
          "personnelNumber": "10112",
          "score": 79,
          "technicalInterest": 3
        },
        {
          "communication": 3,
          "coverage": 70,
          "department": "Qualität",
          "employeeId": 122,
          "fits": true,
          "gaps": [
            {
              "code": "S1",
              "competencyId": 9,
              "level": 2,
              "name": "Datenschutz (DSGVO) bei KI-Nutzung",
              "required": 3
            },
            {
              "code": "D1",
              "competencyId": 13,
              "level": 2,
              "name": "Datenqualität und Data Governance",
              "required": 3
            },
            {
              "code": "D2",
              "competencyId": 14,
              "level": 1,
              "name": "Datenanalyse",
              "required": 2
            }
          ],
          "name": "Özlem Schwarz",
          "personnelNumber": "10122",
          "score": 79,
          "technicalInterest": 3
        },
        {
          "communication": 0,
          "coverage": 80,
          "department": "IT",
          "employeeId": 128,
          "fits": true,
          "gaps": [
            {
              "code": "S1",
              "competencyId": 9,
              "level": 2,
              "name": "Datenschutz (DSGVO) bei KI-Nutzung",
              "required": 3
            },
            {
              "code": "D1",
              "competencyId": 13,
              "level": 2,
              "name": "Datenqualität und Data Governance",
              "required": 3
            }
          ],
          "name": "Jürgen Schulze",
          "personnelNumber": "10128",
          "score": 76,
          "technicalInterest": 3
        },
        {
          "communication": 3,
          "coverage": 60,
          "department": "IT",
          "employeeId": 125,
          "fits": true,
          "gaps": [
            {
              "code": "S1",
              "competencyId": 9,
              "level": 2,
              "name": "Datenschutz (DSGVO) bei KI-Nutzung",
              "required": 3
            },
            {
              "code": "D1",
              "competencyId": 13,
              "level": null,
              "name": "Datenqualität und Data Governance",
              "required": 3
            }
          ],
          "name": "Ayşe Günther",
          "personnelNumber": "10125",
          "score": 72,
          "technicalInterest": 3
        }
      ],
      "recommendation": "train",
      "role": "Data Steward",
      "roleId": 4,
      "suggestedPath": null
    },
    {
      "candidates": [
        {
          "communication": 3,
          "coverage": 92,
          "department": "IT",
          "employeeId": 125,
          "fits": true,
          "gaps": [
            {
              "code": "A2",
              "competencyId": 6,
              "level": 2,
              "name": "Use-Case-Entwicklung",
              "required": 3
            }
          ],
          "name": "Ayşe Günther",
          "personnelNumber": "10125",
          "score": 94,
          "technicalInterest": 3
        },
        {
          "communication": 0,
          "coverage": 100,
          "department": "IT",
          "employeeId": 128,
          "fits": true,
          "gaps": [],
          "name": "Jürgen Schulze",
          "personnelNumber": "10128",
          "score": 90,
          "technicalInterest": 3
        },
        {
          "communication": 2,
          "coverage": 84,
          "department": "IT",
          "employeeId": 139,
          "fits": true,
          "gaps": [
            {
              "code": "G1",
              "competencyId": 1,
              "level": 1,
              "name": "KI-Grundbegriffe",
              "required": 2
            },
            {
              "code": "S1",
              "competencyId": 9,
              "level": 1,
              "name": "Datenschutz (DSGVO) bei KI-Nutzung",
              "required": 2
            }
          ],
          "name": "Svenja Jung",
          "personnelNumber": "10139",
          "score": 85,
          "technicalInterest": 3
        },
        {
          "communication": 2,
          "coverage": 76,
          "department": "Konstruktion",
          "employeeId": 42,
          "fits": true,
          "gaps": [
            {
              "code": "A2",
              "competencyId": 6,
              "level": 2,
              "name": "Use-Case-Entwicklung",
              "required": 3
            },
            {
              "code": "D2",
              "competencyId": 14,
              "level": null,
              "name": "Datenanalyse",
              "required": 2
            }
          ],
          "name": "Marie Mayer",
          "personnelNumber": "10042",
          "score": 80,
          "technicalInterest": 3
        },
        {
          "communication": 3,
          "coverage": 69,
          "department": "Konstruktion",
          "employeeId": 43,
          "fits": true,
          "gaps": [
            {
              "code": "A2",
              "competencyId": 6,
              "level": 1,
              "name": "Use-Case-Entwicklung",
              "required": 3
            },
            {
              "code": "S1",
              "competencyId": 9,
              "level": null,
              "name": "Datenschutz (DSGVO) bei KI-Nutzung",
              "required": 2
            }
          ],
          "name": "René Yılmaz",
          "personnelNumber": "10043",
          "score": 78,
          "technicalInterest": 3
        },
        {
          "communication": 3,
          "coverage": 69,
          "department": "Qualität",
          "employeeId": 122,
          "fits": true,
          "gaps": [
            {
              "code": "A2",
              "competencyId": 6,
              "level": 2,
              "name": "Use-Case-Entwicklung",
              "required": 3
            },
            {
              "code": "A4",
              "competencyId": 8,
              "level": 0,
              "name": "Prozessoptimierung und Change Management",
              "required": 2
            },
            {
              "code": "D2",
              "competencyId": 14,
              "level": 1,
              "name": "Datenanalyse",
              "required": 2
            }
          ],
          "name": "Özlem Schwarz",
          "personnelNumber": "10122",
          "score": 78,
          "technicalInterest": 3
        },
        {
          "communication": 1,
          "coverage": 76,
          "department": "Produktion",
          "employeeId": 73,
          "fits": true,
          "gaps": [
            {
              "code": "G1",
              "competencyId": 1,
              "level": 1,
              "name": "KI-Grundbegriffe",
              "required": 2
            },
            {
              "code": "G4",
              "competencyId": 4,
              "level": 1,
              "name": "EU AI Act und Risikoklassen",
              "required": 2
            },
            {
              "code": "D2",
              "competencyId": 14,
              "level": 1,
              "name": "Datenanalyse",
              "required": 2
            }
          ],
          "name": "Lena Schulz",
          "personnelNumber": "10073",
          "score": 77,
          "technicalInterest": 3
        },
        {
          "communication": 1,
          "coverage": 76,
          "department": "Konstruktion",
          "employeeId": 47,
          "fits": true,
          "gaps": [
            {
              "code": "A4",
              "competencyId": 8,
              "level": 1,
              "name": "Prozessoptimierung und Change Management",
              "required": 2
            },
            {
              "code": "D2",
              "competencyId": 14,
              "level": null,
              "name": "Datenanalyse",
              "required": 2
            }
          ],
          "name": "Matthias Kaiser",
          "personnelNumber": "10047",
          "score": 77,
          "technicalInterest": 3
        },
        {
          "communication": 1,
          "coverage": 84,
          "department": "IT",
          "employeeId": 130,
          "fits": true,
          "gaps": [
            {
              "code": "G4",
              "competencyId": 4,
              "level": 1,
              "name": "EU AI Act und Risikoklassen",
              "required": 2
            },
            {
              "code": "A2",
              "competencyId": 6,
              "level": 2,
              "name": "Use-Case-Entwicklung",
              "required": 3
            }
          ],
          "name": "Markus Fähnrich",
          "personnelNumber": "10130",
          "score": 75,
          "technicalInterest": 2
        },
        {
          "communication": 2,
          "coverage": 69,
          "department": "IT",
          "employeeId": 134,
          "fits": true,
          "gaps": [
            {
              "code": "G1",
              "competencyId": 1,
              "level": 1,
              "name": "KI-Grundbegriffe",
              "required": 2
            },
            {
              "code": "A2",
              "competencyId": 6,
              "level": 2,
              "name": "Use-Case-Entwicklung",
              "required": 3
            },
            {
              "code": "D2",
              "competencyId": 14,
              "level": null,
              "name": "Datenanalyse",
              "required": 2
            }
          ],
          "name": "Daniel Möller",
          "personnelNumber": "10134",
          "score": 75,
          "technicalInterest": 3
        }
      ],
      "recommendation": "train",
      "role": "KI-Consultant",
      "roleId": 5,
      "suggestedPath": null
    },
    {
      "candidates": [
        {
          "communication": 0,
          "coverage": 100,
          "department": "IT",
          "employeeId": 128,
          "fits": true,
          "gaps": [],
          "name": "Jürgen Schulze",
          "personnelNumber": "10128",
          "score": 90,
          "technicalInterest": 3
        },
        {
          "communication": 2,
          "coverage": 75,
          "department": "IT",
          "employeeId": 134,
          "fits": true,
          "gaps": [
            {
              "code": "A1",
              "competencyId": 5,
              "level": 1,
              "name": "KI-Werkzeuge im Arbeitsalltag",
              "required": 3
            },
            {
              "code": "S3",
              "competencyId": 11,
              "level": 1,
              "name": "Bias erkennen und vermeiden",
              "required": 2
            }
          ],
          "name": "Daniel Möller",
          "personnelNumber": "10134",
          "score": 79,
          "technicalInterest": 3
        },
        {
          "communication": 2,
          "coverage": 75,
          "department": "IT",
          "employeeId": 139,
          "fits": true,
          "gaps": [
            {
              "code": "S1",
              "competencyId": 9,
              "level": 1,
              "name": "Datenschutz (DSGVO) bei KI-Nutzung",
              "required": 2
            },
            {
              "code": "S3",
              "competencyId": 11,
              "level": 0,
              "name": "Bias erkennen und vermeiden",
              "required": 2
            }
          ],
          "name": "Svenja Jung",
          "personnelNumber": "10139",
          "score": 79,
          "technicalInterest": 3
        },
        {
          "communication": 0,
          "coverage": 83,
          "department": "Konstruktion",
          "employeeId": 48,
          "fits": true,
          "gaps": [
            {
              "code": "A1",
              "competencyId": 5,
              "level": 2,
              "name": "KI-Werkzeuge im Arbeitsalltag",
              "required": 3
            },
            {
              "code": "S3",
              "competencyId": 11,
              "level": 1,
              "name": "Bias erkennen und vermeiden",
              "required": 2
            }
          ],
          "name": "Jana Friedrich",
          "personnelNumber": "10048",
          "score": 78,
          "technicalInterest": 3
        },
        {
          "communication": 3,
          "coverage": 66,
          "department": "IT",
          "employeeId": 125,
          "fits": true,
          "gaps": [
            {
              "code": "G2",
              "competencyId": 2,
              "level": 1,
              "name": "Prompt Engineering",
              "required": 3
            },
            {
              "code": "A1",
              "competencyId": 5,
              "level": 2,
              "name": "KI-Werkzeuge im Arbeitsalltag",
              "required": 3
            },
            {
              "code": "S3",
              "competencyId": 11,
              "level": 1,
              "name": "Bias erkennen und vermeiden",
              "required": 2
            }
          ],
          "name": "Ayşe Günther",
          "personnelNumber": "10125",
          "score": 76,
          "technicalInterest": 3
        },
        {
          "communication": 3,
          "coverage": 66,
          "department": "Vertrieb",
          "employeeId": 26,
          "fits": true,
          "gaps": [
            {
              "code": "G3",
              "competencyId": 3,
              "level": 1,
              "name": "Grenzen und Risiken",
              "required": 2
            },
            {
              "code": "A1",
              "competencyId": 5,
              "level": 1,
              "name": "KI-Werkzeuge im Arbeitsalltag",
              "required": 3
            },
            {
              "code": "S1",
              "competencyId": 9,
              "level": 1,
              "name": "Datenschutz (DSGVO) bei KI-Nutzung",
              "required": 2
            }
          ],
          "name": "Tobias Braun",
          "personnelNumber": "10026",
          "score": 76,
          "technicalInterest": 3
        },
        {
          "communication": 1,
          "coverage": 75,
          "department": "Konstruktion",
          "employeeId": 47,
          "fits": true,
          "gaps": [
            {
              "code": "A1",
              "competencyId": 5,
              "level": null,
              "name": "KI-Werkzeuge im Arbeitsalltag",
              "required": 3
            }
          ],
          "name": "Matthias Kaiser",
          "personnelNumber": "10047",
          "score": 75,
          "technicalInterest": 3
        },
        {
          "communication": 2,
          "coverage": 66,
          "department": "Konstruktion",
          "employeeId": 56,
          "fits": true,
          "gaps": [
            {
              "code": "G2",
              "competencyId": 2,
              "level": 1,
              "name": "Prompt Engineering",
              "required": 3
            },
            {
              "code": "S3",
              "competencyId": 11,
              "level": null,
              "name": "Bias erkennen und vermeiden",
              "required": 2
            }
          ],
          "name": "Ines Köhler",
          "personnelNumber": "10056",
          "score": 73,
          "technicalInterest": 3
        },
        {
          "communication": 2,
          "coverage": 66,
          "department": "Konstruktion",
          "employeeId": 42,
          "fits": true,
          "gaps": [
            {
              "code": "G2",
              "competencyId": 2,
              "level": 1,
              "name": "Prompt Engineering",
              "required": 3
            },
            {
              "code": "A1",
              "competencyId": 5,
              "level": 2,
              "name": "KI-Werkzeuge im Arbeitsalltag",
              "required": 3
            },
            {
              "code": "S3",
              "competencyId": 11,
              "level": 1,
              "name": "Bias erkennen und vermeiden",
              "required": 2
            }
          ],
          "name": "Marie Mayer",
          "personnelNumber": "10042",
          "score": 73,
          "technicalInterest": 3
        },
        {
          "communication": 2,
          "coverage": 66,
          "department": "Konstruktion",
          "employeeId": 52,
          "fits": true,
          "gaps": [
            {
              "code": "G2",
              "competencyId": 2,
              "level": 1,
              "name": "Prompt Engineering",
              "required": 3
            },
            {
              "code": "A1",
              "competencyId": 5,
              "level": 2,
              "name": "KI-Werkzeuge im Arbeitsalltag",
              "required": 3
            },
            {
              "code": "S1",
              "competencyId": 9,
              "level": 1,
              "name": "Datenschutz (DSGVO) bei KI-Nutzung",
              "required": 2
            }
          ],
          "name": "Nicole Peters",
          "personnelNumber": "10052",
          "score": 73,
          "technicalInterest": 3
        }
      ],
      "recommendation": "train",
      "role": "Social-Media-KI-Manager",
      "roleId": 6,
      "suggestedPath": null
    },
    {
      "candidates": [
        {
          "communication": 3,
          "coverage": 90,
          "department": "IT",
          "employeeId": 125,
          "fits": true,
          "gaps": [
            {
              "code": "G2",
              "competencyId": 2,
              "level": 1,
              "name": "Prompt Engineering",
              "required": 2
            }
          ],
          "name": "Ayşe Günther",
          "personnelNumber": "10125",
          "score": 93,
          "technicalInterest": 3
        },
        {
          "communication": 0,
          "coverage": 100,
          "department": "IT",
          "employeeId": 128,
          "fits": true,
          "gaps": [],
          "name": "Jürgen Schulze",
          "personnelNumber": "10128",
          "score": 90,
          "technicalInterest": 3
        },
        {
          "communication": 0,
          "coverage": 100,
          "department": "Qualität",
          "employeeId": 119,
          "fits": true,
          "gaps": [],
          "name": "Sven Huber",
          "personnelNumber": "10119",
          "score": 90,
          "technicalInterest": 3
        },
        {
          "communication": 2,
          "coverage": 90,
          "department": "Konstruktion",
          "employeeId": 56,
          "fits": true,
          "gaps": [
            {
              "code": "G2",
              "competencyId": 2,
              "level": 1,
              "name": "Prompt Engineering",
              "required": 2
            }
          ],
          "name": "Ines Köhler",
          "personnelNumber": "10056",
          "score": 89,
          "technicalInterest": 3
        },
        {
          "communication": 2,
          "coverage": 90,
          "department": "IT",
          "employeeId": 139,
          "fits": true,
          "gaps": [
            {
              "code": "S1",
              "competencyId": 9,
              "level": 1,
              "name": "Datenschutz (DSGVO) bei KI-Nutzung",
              "required": 2
            }
          ],
          "name": "Svenja Jung",
          "personnelNumber": "10139",
          "score": 89,
          "technicalInterest": 3
        },
        {
          "communication": 3,
          "coverage": 80,
          "department": "Qualität",
          "employeeId": 122,
          "fits": true,
          "gaps": [
            {
              "code": "G2",
              "competencyId": 2,
              "level": 0,
              "name": "Prompt Engineering",
              "required": 2
            }
          ],
          "name": "Özlem Schwarz",
          "personnelNumber": "10122",
          "score": 86,
          "technicalInterest": 3
        },
        {
          "communication": 2,
          "coverage": 80,
          "department": "IT",
          "employeeId": 134,
          "fits": true,
          "gaps": [
            {
              "code": "A1",
              "competencyId": 5,
              "level": 1,
              "name": "KI-Werkzeuge im Arbeitsalltag",
              "required": 2
            },
            {
              "code": "D3",
              "competencyId": 15,
              "level": 1,
              "name": "Datenquellen und Schnittstellen",
              "required": 2
            }
          ],
          "name": "Daniel Möller",
          "personnelNumber": "10134",
          "score": 82,
          "technicalInterest": 3
        },
        {
          "communication": 2,
          "coverage": 80,
          "department": "Konstruktion",
          "employeeId": 52,
          "fits": true,
          "gaps": [
            {
              "code": "G2",
              "competencyId": 2,
              "level": 1,
              "name": "Prompt Engineering",
              "required": 2
            },
            {
              "code": "S1",
              "competencyId": 9,
              "level": 1,
              "name": "Datenschutz (DSGVO) bei KI-Nutzung",
              "required": 2
            }
          ],
          "name": "Nicole Peters",
          "personnelNumber": "10052",
          "score": 82,
          "technicalInterest": 3
        },
        {
          "communication": 1,
          "coverage": 90,
          "department": "IT",
          "employeeId": 130,
          "fits": true,
          "gaps": [
            {
              "code": "D3",
              "competencyId": 15,
              "level": 1,
              "name": "Datenquellen und Schnittstellen",
              "required": 2
            }
          ],
          "name": "Markus Fähnrich",
          "personnelNumber": "10130",
          "score": 79,
          "technicalInterest": 2
        },
        {
          "communication": 1,
          "coverage": 80,
          "department": "Konstruktion",
          "employeeId": 47,
          "fits": true,
          "gaps": [
            {
              "code": "A1",
              "competencyId": 5,
              "level": null,
              "name": "KI-Werkzeuge im Arbeitsalltag",
              "required": 2
            }
          ],
          "name": "Matthias Kaiser",
          "personnelNumber": "10047",
          "score": 79,
          "technicalInterest": 3
        }
      ],
      "recommendation": "train",
      "role": "Lead-Generator",
      "roleId": 7,
      "suggestedPath": null
    },
    {
      "candidates": [
        {
          "communication": 3,
          "coverage": 90,
          "department": "IT",
          "employeeId": 125,
          "fits": true,
          "gaps": [
            {
              "code": "G2",
              "competencyId": 2,
              "level": 1,
              "name": "Prompt Engineering",
              "required": 2
            }
          ],
          "name": "Ayşe Günther",
          "personnelNumber": "10125",
          "score": 93,
          "technicalInterest": 3
        },
        {
          "communication": 0,
          "coverage": 100,
          "department": "IT",
          "employeeId": 128,
          "fits": true,
          "gaps": [],
          "name": "Jürgen Schulze",
          "personnelNumber": "10128",
          "score": 90,
          "technicalInterest": 3
        },
        {
          "communication": 2,
          "coverage": 90,
          "department": "Konstruktion",
          "employeeId": 56,
          "fits": true,
          "gaps": [
            {
              "code": "G2",
              "competencyId": 2,
              "level": 1,
              "name": "Prompt Engineering",
              "required": 2
            }
          ],
          "name": "Ines Köhler",
          "personnelNumber": "10056",
          "score": 89,
          "technicalInterest": 3
        },
        {
          "communication": 2,
          "coverage": 90,
          "department": "Konstruktion",
          "employeeId": 42,
          "fits": true,
          "gaps": [
            {
              "code": "G2",
              "competencyId": 2,
              "level": 1,
              "name": "Prompt Engineering",
              "required": 2
            }
          ],
          "name": "Marie Mayer",
          "personnelNumber": "10042",
          "score": 89,
          "technicalInterest": 3
        },
        {
          "communication": 2,
          "coverage": 90,
          "department": "IT",
          "employeeId": 139,
          "fits": true,
          "gaps": [
            {
              "code": "S1",
              "competencyId": 9,
              "level": 1,
              "name": "Datenschutz (DSGVO) bei KI-Nutzung",
              "required": 2
            }
          ],
          "name": "Svenja Jung",
          "personnelNumber": "10139",
          "score": 89,
          "technicalInterest": 3
        },
        {
          "communication": 2,
          "coverage": 80,
          "department": "IT",
          "employeeId": 134,
          "fits": true,
          "gaps": [
            {
              "code": "A1",
              "competencyId": 5,
              "level": 1,
              "name": "KI-Werkzeuge im Arbeitsalltag",
              "required": 2
            },
            {
              "code": "D3",
              "competencyId": 15,
              "level": 1,
              "name": "Datenquellen und Schnittstellen",
              "required": 2
            }
          ],
          "name": "Daniel Möller",
          "personnelNumber": "10134",
          "score": 82,
          "technicalInterest": 3
        },
        {
          "communication": 2,
          "coverage": 80,
          "department": "Konstruktion",
          "employeeId": 52,
          "fits": true,
          "gaps": [
            {
              "code": "G2",
              "competencyId": 2,
              "level": 1,
              "name": "Prompt Engineering",
              "required": 2
            },
            {
              "code": "S1",
              "competencyId": 9,
              "level": 1,
              "name": "Datenschutz (DSGVO) bei KI-Nutzung",
              "required": 2
            }
          ],
          "name": "Nicole Peters",
          "personnelNumber": "10052",
          "score": 82,
          "technicalInterest": 3
        },
        {
          "communication": 1,
          "coverage": 80,
          "department": "Konstruktion",
          "employeeId": 47,
          "fits": true,
          "gaps": [
            {
              "code": "A1",
              "competencyId": 5,
              "level": null,
              "name": "KI-Werkzeuge im Arbeitsalltag",
              "required": 2
            }
          ],
          "name": "Matthias Kaiser",
          "personnelNumber": "10047",
          "score": 79,
          "technicalInterest": 3
        },
        {
          "communication": 3,
          "coverage": 80,
          "department": "Qualität",
          "employeeId": 124,
          "fits": true,
          "gaps": [
            {
              "code": "A1",
              "competencyId": 5,
              "level": 0,
              "name": "KI-Werkzeuge im Arbeitsalltag",
              "required": 2
            }
          ],
          "name": "Melanie Fuchs",
          "personnelNumber": "10124",
          "score": 79,
          "technicalInterest": 2
        },
        {
          "communication": 0,
          "coverage": 80,
          "department": "Konstruktion",
          "employeeId": 48,
          "fits": true,
          "gaps": [
            {
              "code": "D3",
              "competencyId": 15,
              "level": 0,
              "name": "Datenquellen und Schnittstellen",
              "required": 2
            }
          ],
          "name": "Jana Friedrich",
          "personnelNumber": "10048",
          "score": 76,
          "technicalInterest": 3
        }
      ],
      "recommendation": "train",
      "role": "Customer-Relations-Manager",
      "roleId": 8,
      "suggestedPath": null
    },
    {
      "candidates": [
        {
          "communication": 1,
          "coverage": 100,
          "department": "Konstruktion",
          "employeeId": 47,
          "fits": true,
          "gaps": [],
          "name": "Matthias Kaiser",
          "personnelNumber": "10047",
          "score": 93,
          "technicalInterest": 3
        },
        {
          "communication": 2,
          "coverage": 84,
          "department": "Konstruktion",
          "employeeId": 42,
          "fits": true,
          "gaps": [
            {
              "code": "S3",
              "competencyId": 11,
              "level": 1,
              "name": "Bias erkennen und vermeiden",
              "required": 3
            }
          ],
          "name": "Marie Mayer",
          "personnelNumber": "10042",
          "score": 85,
          "technicalInterest": 3
        },
        {
          "communication": 3,
          "coverage": 76,
          "department": "Qualität",
          "employeeId": 112,
          "fits": true,
          "gaps": [
            {
              "code": "G3",
              "competencyId": 3,
              "level": 1,
              "name": "Grenzen und Risiken",
              "required": 3
            },
            {
              "code": "G4",
              "competencyId": 4,
              "level": 1,
              "name": "EU AI Act und Risikoklassen",
              "required": 2
            }
          ],
          "name": "Jana Klein",
          "personnelNumber": "10112",
          "score": 83,
          "technicalInterest": 3
        },
        {
          "communication": 3,
          "coverage": 69,
          "department": "IT",
          "employeeId": 125,
          "fits": true,
          "gaps": [
            {
              "code": "S3",
              "competencyId": 11,
              "level": 1,
              "name": "Bias erkennen und vermeiden",
              "required": 3
            },
            {
              "code": "S4",
              "competencyId": 12,
              "level": 1,
              "name": "Freigabe und menschliche Kontrolle",
              "required": 3
            }
          ],
          "name": "Ayşe Günther",
          "personnelNumber": "10125",
          "score": 78,
          "technicalInterest": 3
        },
        {
          "communication": 0,
          "coverage": 76,
          "department": "Qualität",
          "employeeId": 116,
          "fits": true,
          "gaps": [
            {
              "code": "S1",
              "competencyId": 9,
              "level": null,
              "name": "Datenschutz (DSGVO) bei KI-Nutzung",
              "required": 2
            },
            {
              "code": "S4",
              "competencyId": 12,
              "level": 2,
              "name": "Freigabe und menschliche Kontrolle",
              "required": 3
            }
          ],
          "name": "Nicole Meyer",
          "personnelNumber": "10116",
          "score": 73,
          "technicalInterest": 3
        },
        {
          "communication": 3,
          "coverage": 61,
          "department": "Konstruktion",
          "employeeId": 46,
          "fits": true,
          "gaps": [
            {
              "code": "S1",
              "competencyId": 9,
              "level": null,
              "name": "Datenschutz (DSGVO) bei KI-Nutzung",
              "required": 2
            },
            {
              "code": "S4",
              "competencyId": 12,
              "level": null,
              "name": "Freigabe und menschliche Kontrolle",
              "required": 3
            }
          ],
          "name": "Franziska Meier",
          "personnelNumber": "10046",
          "score": 73,
          "technicalInterest": 3
        },
        {
          "communication": 3,
          "coverage": 61,
          "department": "Qualität",
          "employeeId": 122,
          "fits": true,
          "gaps": [
            {
              "code": "G3",
              "competencyId": 3,
              "level": 0,
              "name": "Grenzen und Risiken",
              "required": 3
            },
            {
              "code": "S4",
              "competencyId": 12,
              "level": 1,
              "name": "Freigabe und menschliche Kontrolle",
              "required": 3
            }
          ],
          "name": "Özlem Schwarz",
          "personnelNumber": "10122",
          "score": 73,
          "technicalInterest": 3
        },
        {
          "communication": 3,
          "coverage": 69,
          "department": "Qualität",
          "employeeId": 124,
          "fits": true,
          "gaps": [
            {
              "code": "G3",
              "competencyId": 3,
              "level": 2,
              "name": "Grenzen und Risiken",
              "required": 3
            },
            {
              "code": "G4",
              "competencyId": 4,
              "level": 0,
              "name": "EU AI Act und Risikoklassen",
              "required": 2
            },
            {
              "code": "S3",
              "competencyId": 11,
              "level": 2,
              "name": "Bias erkennen und vermeiden",
              "required": 3
            }
          ],
          "name": "Melanie Fuchs",
          "personnelNumber": "10124",
          "score": 71,
          "technicalInterest": 2
        },
        {
          "communication": 1,
          "coverage": 76,
          "department": "Qualität",
          "employeeId": 110,
          "fits": true,
          "gaps": [
            {
              "code": "G3",
              "competencyId": 3,
              "level": 1,
              "name": "Grenzen und Risiken",
              "required": 3
            },
            {
              "code": "S3",
              "competencyId": 11,
              "level": 2,
              "name": "Bias erkennen und vermeiden",
              "required": 3
            }
          ],
          "name": "Franziska Weiß",
          "personnelNumber": "10110",
          "score": 70,
          "technicalInterest": 2
        }
      ],
      "recommendation": "train",
      "role": "Kommunikations-Überwacher",
      "roleId": 9,
      "suggestedPath": null
    }
  ],
  "rule": {
    "communicationWeight": 10,
    "coverageWeight": 70,
    "interestWeight": 20,
    "threshold": 70
  }
};

export const demoMaturityOverview: MaturityOverview = {
  "company": {
    "activePeople": 140,
    "asOf": "2026-10-31",
    "figures": {
      "dimensions": [
        {
          "atLevel": [
            59,
            46,
            14
          ],
          "dimension": "tools",
          "mean": 1.6218487394957983
        },
        {
          "atLevel": [
            59,
            44,
            16
          ],
          "dimension": "breadth",
          "mean": 1.638655462184874
        },
        {
          "atLevel": [
            48,
            58,
            13
          ],
          "dimension": "autonomy",
          "mean": 1.7058823529411764
        },
        {
          "atLevel": [
            59,
            42,
            18
          ],
          "dimension": "innovation",
          "mean": 1.6554621848739495
        },
        {
          "atLevel": [
            65,
            40,
            14
          ],
          "dimension": "sharing",
          "mean": 1.5714285714285714
        }
      ],
      "index": 1.638655462184874
    },
    "peopleRated": 119,
    "scope": "company"
  },
  "departments": [
    {
      "activePeople": 18,
      "asOf": "2026-10-31",
      "figures": {
        "dimensions": [
          {
            "atLevel": [
              10,
              3,
              4
            ],
            "dimension": "tools",
            "mean": 1.6470588235294117
          },
          {
            "atLevel": [
              11,
              6,
              0
            ],
            "dimension": "breadth",
            "mean": 1.3529411764705883
          },
          {
            "atLevel": [
              10,
              7,
              0
            ],
            "dimension": "autonomy",
            "mean": 1.411764705882353
          },
          {
            "atLevel": [
              13,
              4,
              0
            ],
            "dimension": "innovation",
            "mean": 1.2352941176470589
          },
          {
            "atLevel": [
              11,
              5,
              1
            ],
            "dimension": "sharing",
            "mean": 1.411764705882353
          }
        ],
        "index": 1.411764705882353
      },
      "peopleRated": 17,
      "scope": {
        "department": 1
      }
    },
    {
      "activePeople": 23,
      "asOf": "2026-10-31",
      "figures": {
        "dimensions": [
          {
            "atLevel": [
              6,
              10,
              3
            ],
            "dimension": "tools",
            "mean": 1.8421052631578947
          },
          {
            "atLevel": [
              10,
              8,
              1
            ],
            "dimension": "breadth",
            "mean": 1.5263157894736843
          },
          {
            "atLevel": [
              6,
              10,
              3
            ],
            "dimension": "autonomy",
            "mean": 1.8421052631578947
          },
          {
            "atLevel": [
              11,
              5,
              3
            ],
            "dimension": "innovation",
            "mean": 1.5789473684210527
          },
          {
            "atLevel": [
              9,
              8,
              2
            ],
            "dimension": "sharing",
            "mean": 1.631578947368421
          }
        ],
        "index": 1.6842105263157894
      },
      "peopleRated": 19,
      "scope": {
        "department": 2
      }
    },
    {
      "activePeople": 19,
      "asOf": "2026-10-31",
      "figures": {
        "dimensions": [
          {
            "atLevel": [
              6,
              8,
              1
            ],
            "dimension": "tools",
            "mean": 1.6666666666666667
          },
          {
            "atLevel": [
              4,
              7,
              4
            ],
            "dimension": "breadth",
            "mean": 2.0
          },
          {
            "atLevel": [
              7,
              7,
              1
            ],
            "dimension": "autonomy",
            "mean": 1.6
          },
          {
            "atLevel": [
              7,
              7,
              1
            ],
            "dimension": "innovation",
            "mean": 1.6
          },
          {
            "atLevel": [
              6,
              8,
              1
            ],
            "dimension": "sharing",
            "mean": 1.6666666666666667
          }
        ],
        "index": 1.7066666666666666
      },
      "peopleRated": 15,
      "scope": {
        "department": 3
      }
    },
    {
      "activePeople": 48,
      "asOf": "2026-10-31",
      "figures": {
        "dimensions": [
          {
            "atLevel": [
              29,
              13,
              0
            ],
            "dimension": "tools",
            "mean": 1.3095238095238095
          },
          {
            "atLevel": [
              27,
              11,
              4
            ],
            "dimension": "breadth",
            "mean": 1.4523809523809523
          },
          {
            "atLevel": [
              20,
              20,
              2
            ],
            "dimension": "autonomy",
            "mean": 1.5714285714285714
          },
          {
            "atLevel": [
              21,
              19,
              2
            ],
            "dimension": "innovation",
            "mean": 1.5476190476190477
          },
          {
            "atLevel": [
              32,
              9,
              1
            ],
            "dimension": "sharing",
            "mean": 1.2619047619047619
          }
        ],
        "index": 1.4285714285714284
      },
      "peopleRated": 42,
      "scope": {
        "department": 4
      }
    },
    {
      "activePeople": 16,
      "asOf": "2026-10-31",
      "figures": {
        "dimensions": [
          {
            "atLevel": [
              5,
              6,
              2
            ],
            "dimension": "tools",
            "mean": 1.7692307692307692
          },
          {
            "atLevel": [
              6,
              6,
              1
            ],
            "dimension": "breadth",
            "mean": 1.6153846153846154
          },
          {
            "atLevel": [
              5,
              5,
              3
            ],
            "dimension": "autonomy",
            "mean": 1.8461538461538463
          },
          {
            "atLevel": [
              6,
              5,
              2
            ],
            "dimension": "innovation",
            "mean": 1.6923076923076923
          },
          {
            "atLevel": [
              5,
              7,
              1
            ],
            "dimension": "sharing",
            "mean": 1.6923076923076923
          }
        ],
        "index": 1.723076923076923
      },
      "peopleRated": 13,
      "scope": {
        "department": 5
      }
    },
    {
      "activePeople": 16,
      "asOf": "2026-10-31",
      "figures": {
        "dimensions": [
          {
            "atLevel": [
              3,
              6,
              4
            ],
            "dimension": "tools",
            "mean": 2.076923076923077
          },
          {
            "atLevel": [
              1,
              6,
              6
            ],
            "dimension": "breadth",
            "mean": 2.3846153846153846
          },
          {
            "atLevel": [
              0,
              9,
              4
            ],
            "dimension": "autonomy",
            "mean": 2.3076923076923075
          },
          {
            "atLevel": [
              1,
              2,
              10
            ],
            "dimension": "innovation",
            "mean": 2.6923076923076925
          },
          {
            "atLevel": [
              2,
              3,
              8
            ],
            "dimension": "sharing",
            "mean": 2.4615384615384617
          }
        ],
        "index": 2.3846153846153846
      },
      "peopleRated": 13,
      "scope": {
        "department": 6
      }
    }
  ],
  "minGroup": 5
};

export const demoComparison: Comparison = {
  "after": "2026-10-31",
  "before": "2026-08-31",
  "figures": {
    "dimensions": [
      {
        "delta": {
          "after": 1.6218487394957983,
          "before": 1.2436974789915967,
          "change": 0.37815126050420167
        },
        "dimension": "tools"
      },
      {
        "delta": {
          "after": 1.638655462184874,
          "before": 1.2436974789915967,
          "change": 0.39495798319327724
        },
        "dimension": "breadth"
      },
      {
        "delta": {
          "after": 1.7058823529411764,
          "before": 1.2521008403361344,
          "change": 0.45378151260504196
        },
        "dimension": "autonomy"
      },
      {
        "delta": {
          "after": 1.6554621848739495,
          "before": 1.3109243697478992,
          "change": 0.3445378151260503
        },
        "dimension": "innovation"
      },
      {
        "delta": {
          "after": 1.5714285714285714,
          "before": 1.2521008403361344,
          "change": 0.31932773109243695
        },
        "dimension": "sharing"
      }
    ],
    "index": {
      "after": 1.638655462184874,
      "before": 1.2605042016806722,
      "change": 0.37815126050420167
    }
  },
  "peopleCompared": 119,
  "scope": "company"
};

export const demoPaths: LearningPath[] = [
  {
    "cost": 490.0,
    "description": "Für alle Mitarbeitenden: KI im Arbeitsalltag sicher und nützlich einsetzen.",
    "hours": 13.0,
    "id": 1,
    "modules": [
      {
        "competencyCode": "G1",
        "competencyId": 1,
        "content": "Wie Sprachmodelle arbeiten, was sie können und was nicht.",
        "cost": 250.0,
        "format": "workshop",
        "hours": 4.0,
        "id": 1,
        "pathId": 1,
        "raisesTo": 1,
        "recurring": false,
        "retiredOn": null,
        "title": "Grundlagen generativer KI"
      },
      {
        "competencyCode": "G2",
        "competencyId": 2,
        "content": "Rollen, Beispiele und Struktur in Anfragen an eigenen Aufgaben üben.",
        "cost": 150.0,
        "format": "onlineCourse",
        "hours": 6.0,
        "id": 2,
        "pathId": 1,
        "raisesTo": 2,
        "recurring": false,
        "retiredOn": null,
        "title": "Prompt Engineering für den Arbeitsalltag"
      },
      {
        "competencyCode": "S1",
        "competencyId": 9,
        "content": "Welche Daten in KI-Werkzeuge dürfen und welche nicht (DSGVO).",
        "cost": 90.0,
        "format": "onlineCourse",
        "hours": 2.0,
        "id": 3,
        "pathId": 1,
        "raisesTo": 1,
        "recurring": false,
        "retiredOn": null,
        "title": "Datenschutz-Awareness"
      },
      {
        "competencyCode": null,
        "competencyId": null,
        "content": "Neue Werkzeuge, Regeln und Erfahrungen aus den Pilotprojekten.",
        "cost": 0.0,
        "format": "monthlyUpdate",
        "hours": 1.0,
        "id": 4,
        "pathId": 1,
        "raisesTo": null,
        "recurring": true,
        "retiredOn": null,
        "title": "Monatliches KI-Update"
      }
    ],
    "name": "Basis-Nutzer",
    "retiredOn": null,
    "role": null,
    "roleId": null
  },
  {
    "cost": 1150.0,
    "description": "Für regelmäßige Nutzerinnen und Nutzer, die Vorlagen und Abläufe für ihr Team bauen.",
    "hours": 34.0,
    "id": 2,
    "modules": [
      {
        "competencyCode": "G2",
        "competencyId": 2,
        "content": "Prompt-Ketten, Vorlagen für das Team, Ergebnisse systematisch prüfen.",
        "cost": 450.0,
        "format": "workshop",
        "hours": 8.0,
        "id": 5,
        "pathId": 2,
        "raisesTo": 3,
        "recurring": false,
        "retiredOn": null,
        "title": "Erweiterte Prompting-Techniken"
      },
      {
        "competencyCode": "A3",
        "competencyId": 7,
        "content": "Einen eigenen Ablauf mit No-/Low-Code-Werkzeugen bauen.",
        "cost": 300.0,
        "format": "learningByDoing",
        "hours": 16.0,
        "id": 6,
        "pathId": 2,
        "raisesTo": 2,
        "recurring": false,
        "retiredOn": null,
        "title": "Tool-Integration"
      },
      {
        "competencyCode": "A2",
        "competencyId": 6,
        "content": "Anwendungsfälle finden, nach Nutzen, Risiko und Messbarkeit bewerten.",
        "cost": 400.0,
        "format": "workshop",
        "hours": 8.0,
        "id": 7,
        "pathId": 2,
        "raisesTo": 2,
        "recurring": false,
        "retiredOn": null,
        "title": "Use-Case-Entwicklung"
      },
      {
        "competencyCode": "G3",
        "competencyId": 3,
        "content": "Eigene Ergebnisse mit einer Expertin auf Fehler und Bias prüfen.",
        "cost": 0.0,
        "format": "consultationHour",
        "hours": 2.0,
        "id": 8,
        "pathId": 2,
        "raisesTo": 2,
        "recurring": true,
        "retiredOn": null,
        "title": "KI-Sprechstunde"
      }
    ],
    "name": "Power-User",
    "retiredOn": null,
    "role": "Prompt Engineer",
    "roleId": 2
  },
  {
    "cost": 2100.0,
    "description": "Für die Treiber der KI-Einführung: umsetzen, Abläufe verbessern, Menschen mitnehmen.",
    "hours": 42.0,
    "id": 3,
    "modules": [
      {
        "competencyCode": "A3",
        "competencyId": 7,
        "content": "KI über Schnittstellen in Geschäftsprozesse und Systeme einbinden.",
        "cost": 900.0,
        "format": "onlineCourse",
        "hours": 20.0,
        "id": 9,
        "pathId": 3,
        "raisesTo": 3,
        "recurring": false,
        "retiredOn": null,
        "title": "Technische Umsetzung"
      },
      {
        "competencyCode": "A4",
        "competencyId": 8,
        "content": "Abläufe aufnehmen, mit KI verbessern und den Erfolg messen.",
        "cost": 700.0,
        "format": "workshop",
        "hours": 12.0,
        "id": 10,
        "pathId": 3,
        "raisesTo": 2,
        "recurring": false,
        "retiredOn": null,
        "title": "Prozessoptimierung"
      },
      {
        "competencyCode": "A4",
        "competencyId": 8,
        "content": "Veränderungen bereichsübergreifend führen, begleitet von einem Mentor.",
        "cost": 500.0,
        "format": "mentoring",
        "hours": 10.0,
        "id": 11,
        "pathId": 3,
        "raisesTo": 3,
        "recurring": false,
        "retiredOn": null,
        "title": "Change Management"
      }
    ],
    "name": "KI-Champions",
    "retiredOn": null,
    "role": "KI-Prozessmanager",
    "roleId": 1
  }
];

export const demoParticipants: Participant[] = [
  {
    "archivedOn": null,
    "completions": [
      {
        "assessmentId": 2296,
        "completedOn": "2026-09-06",
        "content": "Wie Sprachmodelle arbeiten, was sie können und was nicht.",
        "cost": 250.0,
        "employee": "Andreas Krause",
        "employeeId": 94,
        "format": "workshop",
        "hours": 4.0,
        "id": 41,
        "module": "Grundlagen generativer KI",
        "moduleId": 1,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "confirmed",
        "raise": {
          "code": "G1",
          "competencyId": 1,
          "level": 1
        }
      },
      {
        "assessmentId": 2297,
        "completedOn": "2026-10-01",
        "content": "Rollen, Beispiele und Struktur in Anfragen an eigenen Aufgaben üben.",
        "cost": 150.0,
        "employee": "Andreas Krause",
        "employeeId": 94,
        "format": "onlineCourse",
        "hours": 6.0,
        "id": 42,
        "module": "Prompt Engineering für den Arbeitsalltag",
        "moduleId": 2,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "confirmed",
        "raise": {
          "code": "G2",
          "competencyId": 2,
          "level": 2
        }
      }
    ],
    "department": "Produktion",
    "done": 2,
    "employeeId": 94,
    "enrolledOn": "2026-08-20",
    "enrolmentId": 33,
    "name": "Andreas Krause",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [
      {
        "assessmentId": 2284,
        "completedOn": "2026-07-10",
        "content": "Wie Sprachmodelle arbeiten, was sie können und was nicht.",
        "cost": 250.0,
        "employee": "Anja Huber",
        "employeeId": 18,
        "format": "workshop",
        "hours": 4.0,
        "id": 1,
        "module": "Grundlagen generativer KI",
        "moduleId": 1,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "confirmed",
        "raise": {
          "code": "G1",
          "competencyId": 1,
          "level": 1
        }
      },
      {
        "assessmentId": 2285,
        "completedOn": "2026-07-31",
        "content": "Rollen, Beispiele und Struktur in Anfragen an eigenen Aufgaben üben.",
        "cost": 150.0,
        "employee": "Anja Huber",
        "employeeId": 18,
        "format": "onlineCourse",
        "hours": 6.0,
        "id": 2,
        "module": "Prompt Engineering für den Arbeitsalltag",
        "moduleId": 2,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "confirmed",
        "raise": {
          "code": "G2",
          "competencyId": 2,
          "level": 2
        }
      }
    ],
    "department": "Geschäftsführung & Verwaltung",
    "done": 2,
    "employeeId": 18,
    "enrolledOn": "2026-06-13",
    "enrolmentId": 1,
    "name": "Anja Huber",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [],
    "department": "Produktion",
    "done": 0,
    "employeeId": 71,
    "enrolledOn": "2026-08-12",
    "enrolmentId": 34,
    "name": "Anna Kaiser",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [
      {
        "assessmentId": null,
        "completedOn": "2026-11-10",
        "content": "Wie Sprachmodelle arbeiten, was sie können und was nicht.",
        "cost": 250.0,
        "employee": "Ayşe Koch",
        "employeeId": 54,
        "format": "workshop",
        "hours": 4.0,
        "id": 36,
        "module": "Grundlagen generativer KI",
        "moduleId": 1,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "pending",
        "raise": {
          "code": "G1",
          "competencyId": 1,
          "level": 1
        }
      },
      {
        "assessmentId": null,
        "completedOn": "2026-11-21",
        "content": "Rollen, Beispiele und Struktur in Anfragen an eigenen Aufgaben üben.",
        "cost": 150.0,
        "employee": "Ayşe Koch",
        "employeeId": 54,
        "format": "onlineCourse",
        "hours": 6.0,
        "id": 37,
        "module": "Prompt Engineering für den Arbeitsalltag",
        "moduleId": 2,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "pending",
        "raise": {
          "code": "G2",
          "competencyId": 2,
          "level": 2
        }
      }
    ],
    "department": "Konstruktion",
    "done": 2,
    "employeeId": 54,
    "enrolledOn": "2026-10-24",
    "enrolmentId": 26,
    "name": "Ayşe Koch",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [
      {
        "assessmentId": 2298,
        "completedOn": "2026-10-15",
        "content": "Wie Sprachmodelle arbeiten, was sie können und was nicht.",
        "cost": 250.0,
        "employee": "Ayşe König",
        "employeeId": 61,
        "format": "workshop",
        "hours": 4.0,
        "id": 43,
        "module": "Grundlagen generativer KI",
        "moduleId": 1,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "confirmed",
        "raise": {
          "code": "G1",
          "competencyId": 1,
          "level": 1
        }
      },
      {
        "assessmentId": null,
        "completedOn": "2026-11-08",
        "content": "Rollen, Beispiele und Struktur in Anfragen an eigenen Aufgaben üben.",
        "cost": 150.0,
        "employee": "Ayşe König",
        "employeeId": 61,
        "format": "onlineCourse",
        "hours": 6.0,
        "id": 44,
        "module": "Prompt Engineering für den Arbeitsalltag",
        "moduleId": 2,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "pending",
        "raise": {
          "code": "G2",
          "competencyId": 2,
          "level": 2
        }
      }
    ],
    "department": "Produktion",
    "done": 2,
    "employeeId": 61,
    "enrolledOn": "2026-10-02",
    "enrolmentId": 35,
    "name": "Ayşe König",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [],
    "department": "IT",
    "done": 0,
    "employeeId": 132,
    "enrolledOn": "2026-10-27",
    "enrolmentId": 64,
    "name": "Bernd Hofmann",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [
      {
        "assessmentId": null,
        "completedOn": "2026-11-13",
        "content": "Wie Sprachmodelle arbeiten, was sie können und was nicht.",
        "cost": 250.0,
        "employee": "Bernd Wagner",
        "employeeId": 68,
        "format": "workshop",
        "hours": 4.0,
        "id": 45,
        "module": "Grundlagen generativer KI",
        "moduleId": 1,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "pending",
        "raise": {
          "code": "G1",
          "competencyId": 1,
          "level": 1
        }
      }
    ],
    "department": "Produktion",
    "done": 1,
    "employeeId": 68,
    "enrolledOn": "2026-10-18",
    "enrolmentId": 36,
    "name": "Bernd Wagner",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [
      {
        "assessmentId": null,
        "completedOn": "2026-08-09",
        "content": "Wie Sprachmodelle arbeiten, was sie können und was nicht.",
        "cost": 250.0,
        "employee": "Birgit Schröder",
        "employeeId": 16,
        "format": "workshop",
        "hours": 4.0,
        "id": 3,
        "module": "Grundlagen generativer KI",
        "moduleId": 1,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "none",
        "raise": null
      },
      {
        "assessmentId": null,
        "completedOn": "2026-09-07",
        "content": "Rollen, Beispiele und Struktur in Anfragen an eigenen Aufgaben üben.",
        "cost": 150.0,
        "employee": "Birgit Schröder",
        "employeeId": 16,
        "format": "onlineCourse",
        "hours": 6.0,
        "id": 4,
        "module": "Prompt Engineering für den Arbeitsalltag",
        "moduleId": 2,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "none",
        "raise": null
      },
      {
        "assessmentId": null,
        "completedOn": "2026-10-05",
        "content": "Welche Daten in KI-Werkzeuge dürfen und welche nicht (DSGVO).",
        "cost": 90.0,
        "employee": "Birgit Schröder",
        "employeeId": 16,
        "format": "onlineCourse",
        "hours": 2.0,
        "id": 5,
        "module": "Datenschutz-Awareness",
        "moduleId": 3,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "none",
        "raise": null
      },
      {
        "assessmentId": null,
        "completedOn": "2026-11-03",
        "content": "Neue Werkzeuge, Regeln und Erfahrungen aus den Pilotprojekten.",
        "cost": 0.0,
        "employee": "Birgit Schröder",
        "employeeId": 16,
        "format": "monthlyUpdate",
        "hours": 1.0,
        "id": 6,
        "module": "Monatliches KI-Update",
        "moduleId": 4,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "none",
        "raise": null
      }
    ],
    "department": "Geschäftsführung & Verwaltung",
    "done": 4,
    "employeeId": 16,
    "enrolledOn": "2026-07-12",
    "enrolmentId": 2,
    "name": "Birgit Schröder",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [
      {
        "assessmentId": 2299,
        "completedOn": "2026-07-07",
        "content": "Wie Sprachmodelle arbeiten, was sie können und was nicht.",
        "cost": 250.0,
        "employee": "Björn Çelik",
        "employeeId": 106,
        "format": "workshop",
        "hours": 4.0,
        "id": 46,
        "module": "Grundlagen generativer KI",
        "moduleId": 1,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "confirmed",
        "raise": {
          "code": "G1",
          "competencyId": 1,
          "level": 1
        }
      }
    ],
    "department": "Produktion",
    "done": 1,
    "employeeId": 106,
    "enrolledOn": "2026-06-19",
    "enrolmentId": 37,
    "name": "Björn Çelik",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [
      {
        "assessmentId": null,
        "completedOn": "2026-08-18",
        "content": "Wie Sprachmodelle arbeiten, was sie können und was nicht.",
        "cost": 250.0,
        "employee": "Björn Schulz",
        "employeeId": 49,
        "format": "workshop",
        "hours": 4.0,
        "id": 38,
        "module": "Grundlagen generativer KI",
        "moduleId": 1,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "none",
        "raise": null
      }
    ],
    "department": "Konstruktion",
    "done": 1,
    "employeeId": 49,
    "enrolledOn": "2026-08-01",
    "enrolmentId": 27,
    "name": "Björn Schulz",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [
      {
        "assessmentId": null,
        "completedOn": "2026-10-18",
        "content": "Wie Sprachmodelle arbeiten, was sie können und was nicht.",
        "cost": 250.0,
        "employee": "Daniel Möller",
        "employeeId": 134,
        "format": "workshop",
        "hours": 4.0,
        "id": 89,
        "module": "Grundlagen generativer KI",
        "moduleId": 1,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "none",
        "raise": null
      },
      {
        "assessmentId": null,
        "completedOn": "2026-11-16",
        "content": "Rollen, Beispiele und Struktur in Anfragen an eigenen Aufgaben üben.",
        "cost": 150.0,
        "employee": "Daniel Möller",
        "employeeId": 134,
        "format": "onlineCourse",
        "hours": 6.0,
        "id": 90,
        "module": "Prompt Engineering für den Arbeitsalltag",
        "moduleId": 2,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "none",
        "raise": null
      }
    ],
    "department": "IT",
    "done": 2,
    "employeeId": 134,
    "enrolledOn": "2026-10-08",
    "enrolmentId": 65,
    "name": "Daniel Möller",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [
      {
        "assessmentId": null,
        "completedOn": "2026-07-28",
        "content": "Wie Sprachmodelle arbeiten, was sie können und was nicht.",
        "cost": 250.0,
        "employee": "Elif Hahn",
        "employeeId": 91,
        "format": "workshop",
        "hours": 4.0,
        "id": 47,
        "module": "Grundlagen generativer KI",
        "moduleId": 1,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "rejected",
        "raise": {
          "code": "G1",
          "competencyId": 1,
          "level": 1
        }
      },
      {
        "assessmentId": 2300,
        "completedOn": "2026-08-09",
        "content": "Rollen, Beispiele und Struktur in Anfragen an eigenen Aufgaben üben.",
        "cost": 150.0,
        "employee": "Elif Hahn",
        "employeeId": 91,
        "format": "onlineCourse",
        "hours": 6.0,
        "id": 48,
        "module": "Prompt Engineering für den Arbeitsalltag",
        "moduleId": 2,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "confirmed",
        "raise": {
          "code": "G2",
          "competencyId": 2,
          "level": 2
        }
      },
      {
        "assessmentId": 2301,
        "completedOn": "2026-09-06",
        "content": "Welche Daten in KI-Werkzeuge dürfen und welche nicht (DSGVO).",
        "cost": 90.0,
        "employee": "Elif Hahn",
        "employeeId": 91,
        "format": "onlineCourse",
        "hours": 2.0,
        "id": 49,
        "module": "Datenschutz-Awareness",
        "moduleId": 3,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "confirmed",
        "raise": {
          "code": "S1",
          "competencyId": 9,
          "level": 1
        }
      }
    ],
    "department": "Produktion",
    "done": 3,
    "employeeId": 91,
    "enrolledOn": "2026-07-09",
    "enrolmentId": 38,
    "name": "Elif Hahn",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [
      {
        "assessmentId": null,
        "completedOn": "2026-11-14",
        "content": "Wie Sprachmodelle arbeiten, was sie können und was nicht.",
        "cost": 250.0,
        "employee": "Elif Schulze",
        "employeeId": 27,
        "format": "workshop",
        "hours": 4.0,
        "id": 22,
        "module": "Grundlagen generativer KI",
        "moduleId": 1,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "pending",
        "raise": {
          "code": "G1",
          "competencyId": 1,
          "level": 1
        }
      }
    ],
    "department": "Vertrieb",
    "done": 1,
    "employeeId": 27,
    "enrolledOn": "2026-10-17",
    "enrolmentId": 14,
    "name": "Elif Schulze",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [
      {
        "assessmentId": 2302,
        "completedOn": "2026-08-02",
        "content": "Wie Sprachmodelle arbeiten, was sie können und was nicht.",
        "cost": 250.0,
        "employee": "Frank Maier",
        "employeeId": 80,
        "format": "workshop",
        "hours": 4.0,
        "id": 50,
        "module": "Grundlagen generativer KI",
        "moduleId": 1,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "confirmed",
        "raise": {
          "code": "G1",
          "competencyId": 1,
          "level": 1
        }
      },
      {
        "assessmentId": 2303,
        "completedOn": "2026-08-27",
        "content": "Rollen, Beispiele und Struktur in Anfragen an eigenen Aufgaben üben.",
        "cost": 150.0,
        "employee": "Frank Maier",
        "employeeId": 80,
        "format": "onlineCourse",
        "hours": 6.0,
        "id": 51,
        "module": "Prompt Engineering für den Arbeitsalltag",
        "moduleId": 2,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "confirmed",
        "raise": {
          "code": "G2",
          "competencyId": 2,
          "level": 2
        }
      },
      {
        "assessmentId": 2304,
        "completedOn": "2026-09-06",
        "content": "Welche Daten in KI-Werkzeuge dürfen und welche nicht (DSGVO).",
        "cost": 90.0,
        "employee": "Frank Maier",
        "employeeId": 80,
        "format": "onlineCourse",
        "hours": 2.0,
        "id": 52,
        "module": "Datenschutz-Awareness",
        "moduleId": 3,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "confirmed",
        "raise": {
          "code": "S1",
          "competencyId": 9,
          "level": 1
        }
      },
      {
        "assessmentId": null,
        "completedOn": "2026-09-20",
        "content": "Neue Werkzeuge, Regeln und Erfahrungen aus den Pilotprojekten.",
        "cost": 0.0,
        "employee": "Frank Maier",
        "employeeId": 80,
        "format": "monthlyUpdate",
        "hours": 1.0,
        "id": 53,
        "module": "Monatliches KI-Update",
        "moduleId": 4,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "none",
        "raise": null
      }
    ],
    "department": "Produktion",
    "done": 4,
    "employeeId": 80,
    "enrolledOn": "2026-07-11",
    "enrolmentId": 39,
    "name": "Frank Maier",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [
      {
        "assessmentId": null,
        "completedOn": "2026-07-01",
        "content": "Wie Sprachmodelle arbeiten, was sie können und was nicht.",
        "cost": 250.0,
        "employee": "Frank Weiß",
        "employeeId": 9,
        "format": "workshop",
        "hours": 4.0,
        "id": 10,
        "module": "Grundlagen generativer KI",
        "moduleId": 1,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "none",
        "raise": null
      },
      {
        "assessmentId": 2288,
        "completedOn": "2026-07-30",
        "content": "Rollen, Beispiele und Struktur in Anfragen an eigenen Aufgaben üben.",
        "cost": 150.0,
        "employee": "Frank Weiß",
        "employeeId": 9,
        "format": "onlineCourse",
        "hours": 6.0,
        "id": 11,
        "module": "Prompt Engineering für den Arbeitsalltag",
        "moduleId": 2,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "confirmed",
        "raise": {
          "code": "G2",
          "competencyId": 2,
          "level": 2
        }
      }
    ],
    "department": "Geschäftsführung & Verwaltung",
    "done": 2,
    "employeeId": 9,
    "enrolledOn": "2026-06-02",
    "enrolmentId": 4,
    "name": "Frank Weiß",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [
      {
        "assessmentId": null,
        "completedOn": "2026-09-25",
        "content": "Wie Sprachmodelle arbeiten, was sie können und was nicht.",
        "cost": 250.0,
        "employee": "Franziska Braun",
        "employeeId": 103,
        "format": "workshop",
        "hours": 4.0,
        "id": 54,
        "module": "Grundlagen generativer KI",
        "moduleId": 1,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "none",
        "raise": null
      },
      {
        "assessmentId": 2305,
        "completedOn": "2026-10-12",
        "content": "Rollen, Beispiele und Struktur in Anfragen an eigenen Aufgaben üben.",
        "cost": 150.0,
        "employee": "Franziska Braun",
        "employeeId": 103,
        "format": "onlineCourse",
        "hours": 6.0,
        "id": 55,
        "module": "Prompt Engineering für den Arbeitsalltag",
        "moduleId": 2,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "confirmed",
        "raise": {
          "code": "G2",
          "competencyId": 2,
          "level": 2
        }
      },
      {
        "assessmentId": null,
        "completedOn": "2026-10-28",
        "content": "Welche Daten in KI-Werkzeuge dürfen und welche nicht (DSGVO).",
        "cost": 90.0,
        "employee": "Franziska Braun",
        "employeeId": 103,
        "format": "onlineCourse",
        "hours": 2.0,
        "id": 56,
        "module": "Datenschutz-Awareness",
        "moduleId": 3,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "rejected",
        "raise": {
          "code": "S1",
          "competencyId": 9,
          "level": 1
        }
      },
      {
        "assessmentId": null,
        "completedOn": "2026-11-18",
        "content": "Neue Werkzeuge, Regeln und Erfahrungen aus den Pilotprojekten.",
        "cost": 0.0,
        "employee": "Franziska Braun",
        "employeeId": 103,
        "format": "monthlyUpdate",
        "hours": 1.0,
        "id": 57,
        "module": "Monatliches KI-Update",
        "moduleId": 4,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "none",
        "raise": null
      }
    ],
    "department": "Produktion",
    "done": 4,
    "employeeId": 103,
    "enrolledOn": "2026-09-04",
    "enrolmentId": 40,
    "name": "Franziska Braun",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [
      {
        "assessmentId": 2291,
        "completedOn": "2026-06-26",
        "content": "Wie Sprachmodelle arbeiten, was sie können und was nicht.",
        "cost": 250.0,
        "employee": "Franziska Weber",
        "employeeId": 39,
        "format": "workshop",
        "hours": 4.0,
        "id": 23,
        "module": "Grundlagen generativer KI",
        "moduleId": 1,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "confirmed",
        "raise": {
          "code": "G1",
          "competencyId": 1,
          "level": 1
        }
      },
      {
        "assessmentId": 2292,
        "completedOn": "2026-07-10",
        "content": "Rollen, Beispiele und Struktur in Anfragen an eigenen Aufgaben üben.",
        "cost": 150.0,
        "employee": "Franziska Weber",
        "employeeId": 39,
        "format": "onlineCourse",
        "hours": 6.0,
        "id": 24,
        "module": "Prompt Engineering für den Arbeitsalltag",
        "moduleId": 2,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "confirmed",
        "raise": {
          "code": "G2",
          "competencyId": 2,
          "level": 2
        }
      },
      {
        "assessmentId": null,
        "completedOn": "2026-07-21",
        "content": "Welche Daten in KI-Werkzeuge dürfen und welche nicht (DSGVO).",
        "cost": 90.0,
        "employee": "Franziska Weber",
        "employeeId": 39,
        "format": "onlineCourse",
        "hours": 2.0,
        "id": 25,
        "module": "Datenschutz-Awareness",
        "moduleId": 3,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "rejected",
        "raise": {
          "code": "S1",
          "competencyId": 9,
          "level": 1
        }
      },
      {
        "assessmentId": null,
        "completedOn": "2026-08-12",
        "content": "Neue Werkzeuge, Regeln und Erfahrungen aus den Pilotprojekten.",
        "cost": 0.0,
        "employee": "Franziska Weber",
        "employeeId": 39,
        "format": "monthlyUpdate",
        "hours": 1.0,
        "id": 26,
        "module": "Monatliches KI-Update",
        "moduleId": 4,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "none",
        "raise": null
      }
    ],
    "department": "Vertrieb",
    "done": 4,
    "employeeId": 39,
    "enrolledOn": "2026-06-13",
    "enrolmentId": 15,
    "name": "Franziska Weber",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [
      {
        "assessmentId": 2306,
        "completedOn": "2026-08-19",
        "content": "Wie Sprachmodelle arbeiten, was sie können und was nicht.",
        "cost": 250.0,
        "employee": "Heike Becker",
        "employeeId": 97,
        "format": "workshop",
        "hours": 4.0,
        "id": 58,
        "module": "Grundlagen generativer KI",
        "moduleId": 1,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "confirmed",
        "raise": {
          "code": "G1",
          "competencyId": 1,
          "level": 1
        }
      },
      {
        "assessmentId": 2307,
        "completedOn": "2026-09-01",
        "content": "Rollen, Beispiele und Struktur in Anfragen an eigenen Aufgaben üben.",
        "cost": 150.0,
        "employee": "Heike Becker",
        "employeeId": 97,
        "format": "onlineCourse",
        "hours": 6.0,
        "id": 59,
        "module": "Prompt Engineering für den Arbeitsalltag",
        "moduleId": 2,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "confirmed",
        "raise": {
          "code": "G2",
          "competencyId": 2,
          "level": 2
        }
      },
      {
        "assessmentId": 2308,
        "completedOn": "2026-09-26",
        "content": "Welche Daten in KI-Werkzeuge dürfen und welche nicht (DSGVO).",
        "cost": 90.0,
        "employee": "Heike Becker",
        "employeeId": 97,
        "format": "onlineCourse",
        "hours": 2.0,
        "id": 60,
        "module": "Datenschutz-Awareness",
        "moduleId": 3,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "confirmed",
        "raise": {
          "code": "S1",
          "competencyId": 9,
          "level": 1
        }
      },
      {
        "assessmentId": null,
        "completedOn": "2026-10-18",
        "content": "Neue Werkzeuge, Regeln und Erfahrungen aus den Pilotprojekten.",
        "cost": 0.0,
        "employee": "Heike Becker",
        "employeeId": 97,
        "format": "monthlyUpdate",
        "hours": 1.0,
        "id": 61,
        "module": "Monatliches KI-Update",
        "moduleId": 4,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "none",
        "raise": null
      }
    ],
    "department": "Produktion",
    "done": 4,
    "employeeId": 97,
    "enrolledOn": "2026-07-31",
    "enrolmentId": 41,
    "name": "Heike Becker",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [],
    "department": "Vertrieb",
    "done": 0,
    "employeeId": 33,
    "enrolledOn": "2026-10-11",
    "enrolmentId": 16,
    "name": "Heike Möller",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [
      {
        "assessmentId": null,
        "completedOn": "2026-10-24",
        "content": "Wie Sprachmodelle arbeiten, was sie können und was nicht.",
        "cost": 250.0,
        "employee": "Holger Vogel",
        "employeeId": 96,
        "format": "workshop",
        "hours": 4.0,
        "id": 62,
        "module": "Grundlagen generativer KI",
        "moduleId": 1,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "rejected",
        "raise": {
          "code": "G1",
          "competencyId": 1,
          "level": 1
        }
      },
      {
        "assessmentId": null,
        "completedOn": "2026-11-19",
        "content": "Rollen, Beispiele und Struktur in Anfragen an eigenen Aufgaben üben.",
        "cost": 150.0,
        "employee": "Holger Vogel",
        "employeeId": 96,
        "format": "onlineCourse",
        "hours": 6.0,
        "id": 63,
        "module": "Prompt Engineering für den Arbeitsalltag",
        "moduleId": 2,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "pending",
        "raise": {
          "code": "G2",
          "competencyId": 2,
          "level": 2
        }
      }
    ],
    "department": "Produktion",
    "done": 2,
    "employeeId": 96,
    "enrolledOn": "2026-09-25",
    "enrolmentId": 42,
    "name": "Holger Vogel",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [
      {
        "assessmentId": 2322,
        "completedOn": "2026-07-03",
        "content": "Wie Sprachmodelle arbeiten, was sie können und was nicht.",
        "cost": 250.0,
        "employee": "Ines Braun",
        "employeeId": 127,
        "format": "workshop",
        "hours": 4.0,
        "id": 91,
        "module": "Grundlagen generativer KI",
        "moduleId": 1,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "confirmed",
        "raise": {
          "code": "G1",
          "competencyId": 1,
          "level": 1
        }
      }
    ],
    "department": "IT",
    "done": 1,
    "employeeId": 127,
    "enrolledOn": "2026-06-20",
    "enrolmentId": 66,
    "name": "Ines Braun",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [
      {
        "assessmentId": 2309,
        "completedOn": "2026-10-10",
        "content": "Wie Sprachmodelle arbeiten, was sie können und was nicht.",
        "cost": 250.0,
        "employee": "Jana Lang",
        "employeeId": 105,
        "format": "workshop",
        "hours": 4.0,
        "id": 64,
        "module": "Grundlagen generativer KI",
        "moduleId": 1,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "confirmed",
        "raise": {
          "code": "G1",
          "competencyId": 1,
          "level": 1
        }
      },
      {
        "assessmentId": null,
        "completedOn": "2026-11-05",
        "content": "Rollen, Beispiele und Struktur in Anfragen an eigenen Aufgaben üben.",
        "cost": 150.0,
        "employee": "Jana Lang",
        "employeeId": 105,
        "format": "onlineCourse",
        "hours": 6.0,
        "id": 65,
        "module": "Prompt Engineering für den Arbeitsalltag",
        "moduleId": 2,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "pending",
        "raise": {
          "code": "G2",
          "competencyId": 2,
          "level": 2
        }
      },
      {
        "assessmentId": null,
        "completedOn": "2026-11-19",
        "content": "Welche Daten in KI-Werkzeuge dürfen und welche nicht (DSGVO).",
        "cost": 90.0,
        "employee": "Jana Lang",
        "employeeId": 105,
        "format": "onlineCourse",
        "hours": 2.0,
        "id": 66,
        "module": "Datenschutz-Awareness",
        "moduleId": 3,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "none",
        "raise": null
      }
    ],
    "department": "Produktion",
    "done": 3,
    "employeeId": 105,
    "enrolledOn": "2026-09-18",
    "enrolmentId": 43,
    "name": "Jana Lang",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [
      {
        "assessmentId": 2293,
        "completedOn": "2026-10-13",
        "content": "Wie Sprachmodelle arbeiten, was sie können und was nicht.",
        "cost": 250.0,
        "employee": "Jana Werner",
        "employeeId": 41,
        "format": "workshop",
        "hours": 4.0,
        "id": 27,
        "module": "Grundlagen generativer KI",
        "moduleId": 1,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "confirmed",
        "raise": {
          "code": "G1",
          "competencyId": 1,
          "level": 1
        }
      }
    ],
    "department": "Vertrieb",
    "done": 1,
    "employeeId": 41,
    "enrolledOn": "2026-10-03",
    "enrolmentId": 17,
    "name": "Jana Werner",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [],
    "department": "Geschäftsführung & Verwaltung",
    "done": 0,
    "employeeId": 17,
    "enrolledOn": "2026-06-06",
    "enrolmentId": 5,
    "name": "Jörg Krause",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [],
    "department": "Vertrieb",
    "done": 0,
    "employeeId": 37,
    "enrolledOn": "2026-08-02",
    "enrolmentId": 18,
    "name": "Julia König",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [
      {
        "assessmentId": null,
        "completedOn": "2026-10-19",
        "content": "Wie Sprachmodelle arbeiten, was sie können und was nicht.",
        "cost": 250.0,
        "employee": "Jürgen Möller",
        "employeeId": 57,
        "format": "workshop",
        "hours": 4.0,
        "id": 39,
        "module": "Grundlagen generativer KI",
        "moduleId": 1,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "none",
        "raise": null
      },
      {
        "assessmentId": null,
        "completedOn": "2026-11-16",
        "content": "Rollen, Beispiele und Struktur in Anfragen an eigenen Aufgaben üben.",
        "cost": 150.0,
        "employee": "Jürgen Möller",
        "employeeId": 57,
        "format": "onlineCourse",
        "hours": 6.0,
        "id": 40,
        "module": "Prompt Engineering für den Arbeitsalltag",
        "moduleId": 2,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "pending",
        "raise": {
          "code": "G2",
          "competencyId": 2,
          "level": 2
        }
      }
    ],
    "department": "Konstruktion",
    "done": 2,
    "employeeId": 57,
    "enrolledOn": "2026-09-24",
    "enrolmentId": 29,
    "name": "Jürgen Möller",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [],
    "department": "Geschäftsführung & Verwaltung",
    "done": 0,
    "employeeId": 1,
    "enrolledOn": "2026-09-24",
    "enrolmentId": 6,
    "name": "Jürgen Müßig",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [
      {
        "assessmentId": 2294,
        "completedOn": "2026-08-21",
        "content": "Wie Sprachmodelle arbeiten, was sie können und was nicht.",
        "cost": 250.0,
        "employee": "Karl Schneider",
        "employeeId": 34,
        "format": "workshop",
        "hours": 4.0,
        "id": 28,
        "module": "Grundlagen generativer KI",
        "moduleId": 1,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "confirmed",
        "raise": {
          "code": "G1",
          "competencyId": 1,
          "level": 1
        }
      },
      {
        "assessmentId": null,
        "completedOn": "2026-09-12",
        "content": "Rollen, Beispiele und Struktur in Anfragen an eigenen Aufgaben üben.",
        "cost": 150.0,
        "employee": "Karl Schneider",
        "employeeId": 34,
        "format": "onlineCourse",
        "hours": 6.0,
        "id": 29,
        "module": "Prompt Engineering für den Arbeitsalltag",
        "moduleId": 2,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "rejected",
        "raise": {
          "code": "G2",
          "competencyId": 2,
          "level": 2
        }
      }
    ],
    "department": "Vertrieb",
    "done": 2,
    "employeeId": 34,
    "enrolledOn": "2026-08-07",
    "enrolmentId": 19,
    "name": "Karl Schneider",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [
      {
        "assessmentId": 2310,
        "completedOn": "2026-07-16",
        "content": "Wie Sprachmodelle arbeiten, was sie können und was nicht.",
        "cost": 250.0,
        "employee": "Karl Schwarz",
        "employeeId": 98,
        "format": "workshop",
        "hours": 4.0,
        "id": 67,
        "module": "Grundlagen generativer KI",
        "moduleId": 1,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "confirmed",
        "raise": {
          "code": "G1",
          "competencyId": 1,
          "level": 1
        }
      }
    ],
    "department": "Produktion",
    "done": 1,
    "employeeId": 98,
    "enrolledOn": "2026-06-19",
    "enrolmentId": 44,
    "name": "Karl Schwarz",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [],
    "department": "Geschäftsführung & Verwaltung",
    "done": 0,
    "employeeId": 8,
    "enrolledOn": "2026-09-09",
    "enrolmentId": 7,
    "name": "Katrin Herrmann",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [
      {
        "assessmentId": 2311,
        "completedOn": "2026-06-22",
        "content": "Wie Sprachmodelle arbeiten, was sie können und was nicht.",
        "cost": 250.0,
        "employee": "Katrin Krüger",
        "employeeId": 79,
        "format": "workshop",
        "hours": 4.0,
        "id": 68,
        "module": "Grundlagen generativer KI",
        "moduleId": 1,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "confirmed",
        "raise": {
          "code": "G1",
          "competencyId": 1,
          "level": 1
        }
      }
    ],
    "department": "Produktion",
    "done": 1,
    "employeeId": 79,
    "enrolledOn": "2026-06-07",
    "enrolmentId": 45,
    "name": "Katrin Krüger",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [],
    "department": "Vertrieb",
    "done": 0,
    "employeeId": 19,
    "enrolledOn": "2026-06-04",
    "enrolmentId": 20,
    "name": "Kerstin Vogel",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [
      {
        "assessmentId": null,
        "completedOn": "2026-10-24",
        "content": "Wie Sprachmodelle arbeiten, was sie können und was nicht.",
        "cost": 250.0,
        "employee": "Lena Schulz",
        "employeeId": 73,
        "format": "workshop",
        "hours": 4.0,
        "id": 69,
        "module": "Grundlagen generativer KI",
        "moduleId": 1,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "none",
        "raise": null
      }
    ],
    "department": "Produktion",
    "done": 1,
    "employeeId": 73,
    "enrolledOn": "2026-10-06",
    "enrolmentId": 46,
    "name": "Lena Schulz",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [
      {
        "assessmentId": 2312,
        "completedOn": "2026-09-06",
        "content": "Wie Sprachmodelle arbeiten, was sie können und was nicht.",
        "cost": 250.0,
        "employee": "Marie Lehmann",
        "employeeId": 99,
        "format": "workshop",
        "hours": 4.0,
        "id": 70,
        "module": "Grundlagen generativer KI",
        "moduleId": 1,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "confirmed",
        "raise": {
          "code": "G1",
          "competencyId": 1,
          "level": 1
        }
      },
      {
        "assessmentId": null,
        "completedOn": "2026-09-18",
        "content": "Rollen, Beispiele und Struktur in Anfragen an eigenen Aufgaben üben.",
        "cost": 150.0,
        "employee": "Marie Lehmann",
        "employeeId": 99,
        "format": "onlineCourse",
        "hours": 6.0,
        "id": 71,
        "module": "Prompt Engineering für den Arbeitsalltag",
        "moduleId": 2,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "rejected",
        "raise": {
          "code": "G2",
          "competencyId": 2,
          "level": 2
        }
      }
    ],
    "department": "Produktion",
    "done": 2,
    "employeeId": 99,
    "enrolledOn": "2026-08-19",
    "enrolmentId": 47,
    "name": "Marie Lehmann",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [
      {
        "assessmentId": null,
        "completedOn": "2026-09-16",
        "content": "Wie Sprachmodelle arbeiten, was sie können und was nicht.",
        "cost": 250.0,
        "employee": "Marie Richter",
        "employeeId": 35,
        "format": "workshop",
        "hours": 4.0,
        "id": 30,
        "module": "Grundlagen generativer KI",
        "moduleId": 1,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "none",
        "raise": null
      }
    ],
    "department": "Vertrieb",
    "done": 1,
    "employeeId": 35,
    "enrolledOn": "2026-08-29",
    "enrolmentId": 21,
    "name": "Marie Richter",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [],
    "department": "Qualität",
    "done": 0,
    "employeeId": 123,
    "enrolledOn": "2026-07-22",
    "enrolmentId": 59,
    "name": "Markus Lehmann",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [
      {
        "assessmentId": null,
        "completedOn": "2026-11-16",
        "content": "Wie Sprachmodelle arbeiten, was sie können und was nicht.",
        "cost": 250.0,
        "employee": "Matthias Wolf",
        "employeeId": 40,
        "format": "workshop",
        "hours": 4.0,
        "id": 31,
        "module": "Grundlagen generativer KI",
        "moduleId": 1,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "none",
        "raise": null
      }
    ],
    "department": "Vertrieb",
    "done": 1,
    "employeeId": 40,
    "enrolledOn": "2026-11-01",
    "enrolmentId": 22,
    "name": "Matthias Wolf",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [
      {
        "assessmentId": null,
        "completedOn": "2026-08-10",
        "content": "Wie Sprachmodelle arbeiten, was sie können und was nicht.",
        "cost": 250.0,
        "employee": "Melanie Fuchs",
        "employeeId": 124,
        "format": "workshop",
        "hours": 4.0,
        "id": 83,
        "module": "Grundlagen generativer KI",
        "moduleId": 1,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "rejected",
        "raise": {
          "code": "G1",
          "competencyId": 1,
          "level": 1
        }
      }
    ],
    "department": "Qualität",
    "done": 1,
    "employeeId": 124,
    "enrolledOn": "2026-07-17",
    "enrolmentId": 60,
    "name": "Melanie Fuchs",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [
      {
        "assessmentId": null,
        "completedOn": "2026-10-08",
        "content": "Wie Sprachmodelle arbeiten, was sie können und was nicht.",
        "cost": 250.0,
        "employee": "Michael Richter",
        "employeeId": 136,
        "format": "workshop",
        "hours": 4.0,
        "id": 93,
        "module": "Grundlagen generativer KI",
        "moduleId": 1,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "none",
        "raise": null
      },
      {
        "assessmentId": null,
        "completedOn": "2026-11-03",
        "content": "Rollen, Beispiele und Struktur in Anfragen an eigenen Aufgaben üben.",
        "cost": 150.0,
        "employee": "Michael Richter",
        "employeeId": 136,
        "format": "onlineCourse",
        "hours": 6.0,
        "id": 94,
        "module": "Prompt Engineering für den Arbeitsalltag",
        "moduleId": 2,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "pending",
        "raise": {
          "code": "G2",
          "competencyId": 2,
          "level": 2
        }
      }
    ],
    "department": "IT",
    "done": 2,
    "employeeId": 136,
    "enrolledOn": "2026-09-23",
    "enrolmentId": 68,
    "name": "Michael Richter",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [
      {
        "assessmentId": null,
        "completedOn": "2026-07-24",
        "content": "Wie Sprachmodelle arbeiten, was sie können und was nicht.",
        "cost": 250.0,
        "employee": "Niklas Hartmann",
        "employeeId": 7,
        "format": "workshop",
        "hours": 4.0,
        "id": 12,
        "module": "Grundlagen generativer KI",
        "moduleId": 1,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "none",
        "raise": null
      },
      {
        "assessmentId": 2289,
        "completedOn": "2026-08-21",
        "content": "Rollen, Beispiele und Struktur in Anfragen an eigenen Aufgaben üben.",
        "cost": 150.0,
        "employee": "Niklas Hartmann",
        "employeeId": 7,
        "format": "onlineCourse",
        "hours": 6.0,
        "id": 13,
        "module": "Prompt Engineering für den Arbeitsalltag",
        "moduleId": 2,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "confirmed",
        "raise": {
          "code": "G2",
          "competencyId": 2,
          "level": 2
        }
      },
      {
        "assessmentId": null,
        "completedOn": "2026-09-12",
        "content": "Welche Daten in KI-Werkzeuge dürfen und welche nicht (DSGVO).",
        "cost": 90.0,
        "employee": "Niklas Hartmann",
        "employeeId": 7,
        "format": "onlineCourse",
        "hours": 2.0,
        "id": 14,
        "module": "Datenschutz-Awareness",
        "moduleId": 3,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "none",
        "raise": null
      },
      {
        "assessmentId": null,
        "completedOn": "2026-10-09",
        "content": "Neue Werkzeuge, Regeln und Erfahrungen aus den Pilotprojekten.",
        "cost": 0.0,
        "employee": "Niklas Hartmann",
        "employeeId": 7,
        "format": "monthlyUpdate",
        "hours": 1.0,
        "id": 15,
        "module": "Monatliches KI-Update",
        "moduleId": 4,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "none",
        "raise": null
      }
    ],
    "department": "Geschäftsführung & Verwaltung",
    "done": 4,
    "employeeId": 7,
    "enrolledOn": "2026-07-03",
    "enrolmentId": 8,
    "name": "Niklas Hartmann",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [
      {
        "assessmentId": 2316,
        "completedOn": "2026-08-26",
        "content": "Wie Sprachmodelle arbeiten, was sie können und was nicht.",
        "cost": 250.0,
        "employee": "Niklas Schäfer",
        "employeeId": 78,
        "format": "workshop",
        "hours": 4.0,
        "id": 75,
        "module": "Grundlagen generativer KI",
        "moduleId": 1,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "confirmed",
        "raise": {
          "code": "G1",
          "competencyId": 1,
          "level": 1
        }
      },
      {
        "assessmentId": 2317,
        "completedOn": "2026-09-10",
        "content": "Rollen, Beispiele und Struktur in Anfragen an eigenen Aufgaben üben.",
        "cost": 150.0,
        "employee": "Niklas Schäfer",
        "employeeId": 78,
        "format": "onlineCourse",
        "hours": 6.0,
        "id": 76,
        "module": "Prompt Engineering für den Arbeitsalltag",
        "moduleId": 2,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "confirmed",
        "raise": {
          "code": "G2",
          "competencyId": 2,
          "level": 2
        }
      }
    ],
    "department": "Produktion",
    "done": 2,
    "employeeId": 78,
    "enrolledOn": "2026-08-03",
    "enrolmentId": 49,
    "name": "Niklas Schäfer",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [],
    "department": "Konstruktion",
    "done": 0,
    "employeeId": 58,
    "enrolledOn": "2026-10-18",
    "enrolmentId": 30,
    "name": "Özlem Schneider",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [
      {
        "assessmentId": null,
        "completedOn": "2026-08-11",
        "content": "Wie Sprachmodelle arbeiten, was sie können und was nicht.",
        "cost": 250.0,
        "employee": "Özlem Werner",
        "employeeId": 65,
        "format": "workshop",
        "hours": 4.0,
        "id": 77,
        "module": "Grundlagen generativer KI",
        "moduleId": 1,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "rejected",
        "raise": {
          "code": "G1",
          "competencyId": 1,
          "level": 1
        }
      },
      {
        "assessmentId": 2318,
        "completedOn": "2026-08-27",
        "content": "Rollen, Beispiele und Struktur in Anfragen an eigenen Aufgaben üben.",
        "cost": 150.0,
        "employee": "Özlem Werner",
        "employeeId": 65,
        "format": "onlineCourse",
        "hours": 6.0,
        "id": 78,
        "module": "Prompt Engineering für den Arbeitsalltag",
        "moduleId": 2,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "confirmed",
        "raise": {
          "code": "G2",
          "competencyId": 2,
          "level": 2
        }
      }
    ],
    "department": "Produktion",
    "done": 2,
    "employeeId": 65,
    "enrolledOn": "2026-07-19",
    "enrolmentId": 50,
    "name": "Özlem Werner",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [
      {
        "assessmentId": null,
        "completedOn": "2026-07-29",
        "content": "Wie Sprachmodelle arbeiten, was sie können und was nicht.",
        "cost": 250.0,
        "employee": "Petra Bauer",
        "employeeId": 6,
        "format": "workshop",
        "hours": 4.0,
        "id": 16,
        "module": "Grundlagen generativer KI",
        "moduleId": 1,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "none",
        "raise": null
      },
      {
        "assessmentId": 2290,
        "completedOn": "2026-08-18",
        "content": "Rollen, Beispiele und Struktur in Anfragen an eigenen Aufgaben üben.",
        "cost": 150.0,
        "employee": "Petra Bauer",
        "employeeId": 6,
        "format": "onlineCourse",
        "hours": 6.0,
        "id": 17,
        "module": "Prompt Engineering für den Arbeitsalltag",
        "moduleId": 2,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "confirmed",
        "raise": {
          "code": "G2",
          "competencyId": 2,
          "level": 2
        }
      },
      {
        "assessmentId": null,
        "completedOn": "2026-09-11",
        "content": "Welche Daten in KI-Werkzeuge dürfen und welche nicht (DSGVO).",
        "cost": 90.0,
        "employee": "Petra Bauer",
        "employeeId": 6,
        "format": "onlineCourse",
        "hours": 2.0,
        "id": 18,
        "module": "Datenschutz-Awareness",
        "moduleId": 3,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "none",
        "raise": null
      },
      {
        "assessmentId": null,
        "completedOn": "2026-10-07",
        "content": "Neue Werkzeuge, Regeln und Erfahrungen aus den Pilotprojekten.",
        "cost": 0.0,
        "employee": "Petra Bauer",
        "employeeId": 6,
        "format": "monthlyUpdate",
        "hours": 1.0,
        "id": 19,
        "module": "Monatliches KI-Update",
        "moduleId": 4,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "none",
        "raise": null
      }
    ],
    "department": "Geschäftsführung & Verwaltung",
    "done": 4,
    "employeeId": 6,
    "enrolledOn": "2026-07-19",
    "enrolmentId": 9,
    "name": "Petra Bauer",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [
      {
        "assessmentId": null,
        "completedOn": "2026-10-26",
        "content": "Wie Sprachmodelle arbeiten, was sie können und was nicht.",
        "cost": 250.0,
        "employee": "Ralf Schröder",
        "employeeId": 117,
        "format": "workshop",
        "hours": 4.0,
        "id": 84,
        "module": "Grundlagen generativer KI",
        "moduleId": 1,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "none",
        "raise": null
      }
    ],
    "department": "Qualität",
    "done": 1,
    "employeeId": 117,
    "enrolledOn": "2026-10-13",
    "enrolmentId": 61,
    "name": "Ralf Schröder",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [],
    "department": "Geschäftsführung & Verwaltung",
    "done": 0,
    "employeeId": 3,
    "enrolledOn": "2026-10-17",
    "enrolmentId": 10,
    "name": "René Çelik",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [],
    "department": "Produktion",
    "done": 0,
    "employeeId": 100,
    "enrolledOn": "2026-09-19",
    "enrolmentId": 51,
    "name": "René Fuchs",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [],
    "department": "Produktion",
    "done": 0,
    "employeeId": 93,
    "enrolledOn": "2026-06-22",
    "enrolmentId": 52,
    "name": "Sabine Schröder",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [],
    "department": "Vertrieb",
    "done": 0,
    "employeeId": 31,
    "enrolledOn": "2026-07-30",
    "enrolmentId": 24,
    "name": "Sandra Hofmann",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [],
    "department": "Produktion",
    "done": 0,
    "employeeId": 108,
    "enrolledOn": "2026-07-13",
    "enrolmentId": 54,
    "name": "Stefan Hartmann",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [],
    "department": "Konstruktion",
    "done": 0,
    "employeeId": 51,
    "enrolledOn": "2026-10-06",
    "enrolmentId": 31,
    "name": "Stefan Schmid",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [
      {
        "assessmentId": null,
        "completedOn": "2026-09-20",
        "content": "Wie Sprachmodelle arbeiten, was sie können und was nicht.",
        "cost": 250.0,
        "employee": "Sven Hoffmann",
        "employeeId": 126,
        "format": "workshop",
        "hours": 4.0,
        "id": 95,
        "module": "Grundlagen generativer KI",
        "moduleId": 1,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "none",
        "raise": null
      }
    ],
    "department": "IT",
    "done": 1,
    "employeeId": 126,
    "enrolledOn": "2026-08-28",
    "enrolmentId": 69,
    "name": "Sven Hoffmann",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [
      {
        "assessmentId": null,
        "completedOn": "2026-06-07",
        "content": "Wie Sprachmodelle arbeiten, was sie können und was nicht.",
        "cost": 250.0,
        "employee": "Sven Huber",
        "employeeId": 119,
        "format": "workshop",
        "hours": 4.0,
        "id": 85,
        "module": "Grundlagen generativer KI",
        "moduleId": 1,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "none",
        "raise": null
      },
      {
        "assessmentId": 2321,
        "completedOn": "2026-06-24",
        "content": "Rollen, Beispiele und Struktur in Anfragen an eigenen Aufgaben üben.",
        "cost": 150.0,
        "employee": "Sven Huber",
        "employeeId": 119,
        "format": "onlineCourse",
        "hours": 6.0,
        "id": 86,
        "module": "Prompt Engineering für den Arbeitsalltag",
        "moduleId": 2,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "confirmed",
        "raise": {
          "code": "G2",
          "competencyId": 2,
          "level": 2
        }
      },
      {
        "assessmentId": null,
        "completedOn": "2026-07-07",
        "content": "Welche Daten in KI-Werkzeuge dürfen und welche nicht (DSGVO).",
        "cost": 90.0,
        "employee": "Sven Huber",
        "employeeId": 119,
        "format": "onlineCourse",
        "hours": 2.0,
        "id": 87,
        "module": "Datenschutz-Awareness",
        "moduleId": 3,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "none",
        "raise": null
      },
      {
        "assessmentId": null,
        "completedOn": "2026-07-17",
        "content": "Neue Werkzeuge, Regeln und Erfahrungen aus den Pilotprojekten.",
        "cost": 0.0,
        "employee": "Sven Huber",
        "employeeId": 119,
        "format": "monthlyUpdate",
        "hours": 1.0,
        "id": 88,
        "module": "Monatliches KI-Update",
        "moduleId": 4,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "none",
        "raise": null
      }
    ],
    "department": "Qualität",
    "done": 4,
    "employeeId": 119,
    "enrolledOn": "2026-05-27",
    "enrolmentId": 62,
    "name": "Sven Huber",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [
      {
        "assessmentId": 2323,
        "completedOn": "2026-06-08",
        "content": "Wie Sprachmodelle arbeiten, was sie können und was nicht.",
        "cost": 250.0,
        "employee": "Svenja Jung",
        "employeeId": 139,
        "format": "workshop",
        "hours": 4.0,
        "id": 96,
        "module": "Grundlagen generativer KI",
        "moduleId": 1,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "confirmed",
        "raise": {
          "code": "G1",
          "competencyId": 1,
          "level": 1
        }
      },
      {
        "assessmentId": null,
        "completedOn": "2026-07-06",
        "content": "Rollen, Beispiele und Struktur in Anfragen an eigenen Aufgaben üben.",
        "cost": 150.0,
        "employee": "Svenja Jung",
        "employeeId": 139,
        "format": "onlineCourse",
        "hours": 6.0,
        "id": 97,
        "module": "Prompt Engineering für den Arbeitsalltag",
        "moduleId": 2,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "none",
        "raise": null
      },
      {
        "assessmentId": null,
        "completedOn": "2026-07-20",
        "content": "Welche Daten in KI-Werkzeuge dürfen und welche nicht (DSGVO).",
        "cost": 90.0,
        "employee": "Svenja Jung",
        "employeeId": 139,
        "format": "onlineCourse",
        "hours": 2.0,
        "id": 98,
        "module": "Datenschutz-Awareness",
        "moduleId": 3,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "none",
        "raise": null
      },
      {
        "assessmentId": null,
        "completedOn": "2026-08-01",
        "content": "Neue Werkzeuge, Regeln und Erfahrungen aus den Pilotprojekten.",
        "cost": 0.0,
        "employee": "Svenja Jung",
        "employeeId": 139,
        "format": "monthlyUpdate",
        "hours": 1.0,
        "id": 99,
        "module": "Monatliches KI-Update",
        "moduleId": 4,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "none",
        "raise": null
      }
    ],
    "department": "IT",
    "done": 4,
    "employeeId": 139,
    "enrolledOn": "2026-05-29",
    "enrolmentId": 70,
    "name": "Svenja Jung",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [
      {
        "assessmentId": null,
        "completedOn": "2026-07-16",
        "content": "Wie Sprachmodelle arbeiten, was sie können und was nicht.",
        "cost": 250.0,
        "employee": "Svenja Schmid",
        "employeeId": 75,
        "format": "workshop",
        "hours": 4.0,
        "id": 80,
        "module": "Grundlagen generativer KI",
        "moduleId": 1,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "none",
        "raise": null
      }
    ],
    "department": "Produktion",
    "done": 1,
    "employeeId": 75,
    "enrolledOn": "2026-07-05",
    "enrolmentId": 55,
    "name": "Svenja Schmid",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [],
    "department": "Geschäftsführung & Verwaltung",
    "done": 0,
    "employeeId": 4,
    "enrolledOn": "2026-08-04",
    "enrolmentId": 11,
    "name": "Svenja Scholz",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [
      {
        "assessmentId": null,
        "completedOn": "2026-08-10",
        "content": "Wie Sprachmodelle arbeiten, was sie können und was nicht.",
        "cost": 250.0,
        "employee": "Tobias Braun",
        "employeeId": 26,
        "format": "workshop",
        "hours": 4.0,
        "id": 32,
        "module": "Grundlagen generativer KI",
        "moduleId": 1,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "none",
        "raise": null
      },
      {
        "assessmentId": null,
        "completedOn": "2026-08-28",
        "content": "Rollen, Beispiele und Struktur in Anfragen an eigenen Aufgaben üben.",
        "cost": 150.0,
        "employee": "Tobias Braun",
        "employeeId": 26,
        "format": "onlineCourse",
        "hours": 6.0,
        "id": 33,
        "module": "Prompt Engineering für den Arbeitsalltag",
        "moduleId": 2,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "none",
        "raise": null
      },
      {
        "assessmentId": 2295,
        "completedOn": "2026-09-26",
        "content": "Welche Daten in KI-Werkzeuge dürfen und welche nicht (DSGVO).",
        "cost": 90.0,
        "employee": "Tobias Braun",
        "employeeId": 26,
        "format": "onlineCourse",
        "hours": 2.0,
        "id": 34,
        "module": "Datenschutz-Awareness",
        "moduleId": 3,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "confirmed",
        "raise": {
          "code": "S1",
          "competencyId": 9,
          "level": 1
        }
      },
      {
        "assessmentId": null,
        "completedOn": "2026-10-15",
        "content": "Neue Werkzeuge, Regeln und Erfahrungen aus den Pilotprojekten.",
        "cost": 0.0,
        "employee": "Tobias Braun",
        "employeeId": 26,
        "format": "monthlyUpdate",
        "hours": 1.0,
        "id": 35,
        "module": "Monatliches KI-Update",
        "moduleId": 4,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "none",
        "raise": null
      }
    ],
    "department": "Vertrieb",
    "done": 4,
    "employeeId": 26,
    "enrolledOn": "2026-07-17",
    "enrolmentId": 25,
    "name": "Tobias Braun",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [
      {
        "assessmentId": 2319,
        "completedOn": "2026-09-03",
        "content": "Wie Sprachmodelle arbeiten, was sie können und was nicht.",
        "cost": 250.0,
        "employee": "Tobias Walter",
        "employeeId": 90,
        "format": "workshop",
        "hours": 4.0,
        "id": 81,
        "module": "Grundlagen generativer KI",
        "moduleId": 1,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "confirmed",
        "raise": {
          "code": "G1",
          "competencyId": 1,
          "level": 1
        }
      }
    ],
    "department": "Produktion",
    "done": 1,
    "employeeId": 90,
    "enrolledOn": "2026-08-13",
    "enrolmentId": 56,
    "name": "Tobias Walter",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [
      {
        "assessmentId": 2320,
        "completedOn": "2026-09-28",
        "content": "Wie Sprachmodelle arbeiten, was sie können und was nicht.",
        "cost": 250.0,
        "employee": "Uwe Zimmermann",
        "employeeId": 74,
        "format": "workshop",
        "hours": 4.0,
        "id": 82,
        "module": "Grundlagen generativer KI",
        "moduleId": 1,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "confirmed",
        "raise": {
          "code": "G1",
          "competencyId": 1,
          "level": 1
        }
      }
    ],
    "department": "Produktion",
    "done": 1,
    "employeeId": 74,
    "enrolledOn": "2026-09-15",
    "enrolmentId": 57,
    "name": "Uwe Zimmermann",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [
      {
        "assessmentId": null,
        "completedOn": "2026-10-21",
        "content": "Wie Sprachmodelle arbeiten, was sie können und was nicht.",
        "cost": 250.0,
        "employee": "Wolfgang Walter",
        "employeeId": 13,
        "format": "workshop",
        "hours": 4.0,
        "id": 20,
        "module": "Grundlagen generativer KI",
        "moduleId": 1,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "none",
        "raise": null
      },
      {
        "assessmentId": null,
        "completedOn": "2026-11-15",
        "content": "Rollen, Beispiele und Struktur in Anfragen an eigenen Aufgaben üben.",
        "cost": 150.0,
        "employee": "Wolfgang Walter",
        "employeeId": 13,
        "format": "onlineCourse",
        "hours": 6.0,
        "id": 21,
        "module": "Prompt Engineering für den Arbeitsalltag",
        "moduleId": 2,
        "path": "Basis-Nutzer",
        "pathId": 1,
        "proposal": "pending",
        "raise": {
          "code": "G2",
          "competencyId": 2,
          "level": 2
        }
      }
    ],
    "department": "Geschäftsführung & Verwaltung",
    "done": 2,
    "employeeId": 13,
    "enrolledOn": "2026-09-25",
    "enrolmentId": 12,
    "name": "Wolfgang Walter",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [],
    "department": "Qualität",
    "done": 0,
    "employeeId": 114,
    "enrolledOn": "2026-08-12",
    "enrolmentId": 63,
    "name": "Zoë Walter",
    "total": 4
  },
  {
    "archivedOn": null,
    "completions": [],
    "department": "Konstruktion",
    "done": 0,
    "employeeId": 50,
    "enrolledOn": "2026-08-20",
    "enrolmentId": 32,
    "name": "Zoë Zimmermann",
    "total": 4
  }
];

export const demoProposals: Completion[] = [
  {
    "assessmentId": null,
    "completedOn": "2026-11-03",
    "content": "Rollen, Beispiele und Struktur in Anfragen an eigenen Aufgaben üben.",
    "cost": 150.0,
    "employee": "Michael Richter",
    "employeeId": 136,
    "format": "onlineCourse",
    "hours": 6.0,
    "id": 94,
    "module": "Prompt Engineering für den Arbeitsalltag",
    "moduleId": 2,
    "path": "Basis-Nutzer",
    "pathId": 1,
    "proposal": "pending",
    "raise": {
      "code": "G2",
      "competencyId": 2,
      "level": 2
    }
  },
  {
    "assessmentId": null,
    "completedOn": "2026-11-05",
    "content": "Rollen, Beispiele und Struktur in Anfragen an eigenen Aufgaben üben.",
    "cost": 150.0,
    "employee": "Jana Lang",
    "employeeId": 105,
    "format": "onlineCourse",
    "hours": 6.0,
    "id": 65,
    "module": "Prompt Engineering für den Arbeitsalltag",
    "moduleId": 2,
    "path": "Basis-Nutzer",
    "pathId": 1,
    "proposal": "pending",
    "raise": {
      "code": "G2",
      "competencyId": 2,
      "level": 2
    }
  },
  {
    "assessmentId": null,
    "completedOn": "2026-11-08",
    "content": "Veränderungen bereichsübergreifend führen, begleitet von einem Mentor.",
    "cost": 500.0,
    "employee": "Claudia Fischer",
    "employeeId": 10,
    "format": "mentoring",
    "hours": 10.0,
    "id": 9,
    "module": "Change Management",
    "moduleId": 11,
    "path": "KI-Champions",
    "pathId": 3,
    "proposal": "pending",
    "raise": {
      "code": "A4",
      "competencyId": 8,
      "level": 3
    }
  },
  {
    "assessmentId": null,
    "completedOn": "2026-11-08",
    "content": "Rollen, Beispiele und Struktur in Anfragen an eigenen Aufgaben üben.",
    "cost": 150.0,
    "employee": "Ayşe König",
    "employeeId": 61,
    "format": "onlineCourse",
    "hours": 6.0,
    "id": 44,
    "module": "Prompt Engineering für den Arbeitsalltag",
    "moduleId": 2,
    "path": "Basis-Nutzer",
    "pathId": 1,
    "proposal": "pending",
    "raise": {
      "code": "G2",
      "competencyId": 2,
      "level": 2
    }
  },
  {
    "assessmentId": null,
    "completedOn": "2026-11-10",
    "content": "Wie Sprachmodelle arbeiten, was sie können und was nicht.",
    "cost": 250.0,
    "employee": "Ayşe Koch",
    "employeeId": 54,
    "format": "workshop",
    "hours": 4.0,
    "id": 36,
    "module": "Grundlagen generativer KI",
    "moduleId": 1,
    "path": "Basis-Nutzer",
    "pathId": 1,
    "proposal": "pending",
    "raise": {
      "code": "G1",
      "competencyId": 1,
      "level": 1
    }
  },
  {
    "assessmentId": null,
    "completedOn": "2026-11-13",
    "content": "Wie Sprachmodelle arbeiten, was sie können und was nicht.",
    "cost": 250.0,
    "employee": "Bernd Wagner",
    "employeeId": 68,
    "format": "workshop",
    "hours": 4.0,
    "id": 45,
    "module": "Grundlagen generativer KI",
    "moduleId": 1,
    "path": "Basis-Nutzer",
    "pathId": 1,
    "proposal": "pending",
    "raise": {
      "code": "G1",
      "competencyId": 1,
      "level": 1
    }
  },
  {
    "assessmentId": null,
    "completedOn": "2026-11-14",
    "content": "Wie Sprachmodelle arbeiten, was sie können und was nicht.",
    "cost": 250.0,
    "employee": "Elif Schulze",
    "employeeId": 27,
    "format": "workshop",
    "hours": 4.0,
    "id": 22,
    "module": "Grundlagen generativer KI",
    "moduleId": 1,
    "path": "Basis-Nutzer",
    "pathId": 1,
    "proposal": "pending",
    "raise": {
      "code": "G1",
      "competencyId": 1,
      "level": 1
    }
  },
  {
    "assessmentId": null,
    "completedOn": "2026-11-15",
    "content": "Rollen, Beispiele und Struktur in Anfragen an eigenen Aufgaben üben.",
    "cost": 150.0,
    "employee": "Wolfgang Walter",
    "employeeId": 13,
    "format": "onlineCourse",
    "hours": 6.0,
    "id": 21,
    "module": "Prompt Engineering für den Arbeitsalltag",
    "moduleId": 2,
    "path": "Basis-Nutzer",
    "pathId": 1,
    "proposal": "pending",
    "raise": {
      "code": "G2",
      "competencyId": 2,
      "level": 2
    }
  },
  {
    "assessmentId": null,
    "completedOn": "2026-11-16",
    "content": "Rollen, Beispiele und Struktur in Anfragen an eigenen Aufgaben üben.",
    "cost": 150.0,
    "employee": "Jürgen Möller",
    "employeeId": 57,
    "format": "onlineCourse",
    "hours": 6.0,
    "id": 40,
    "module": "Prompt Engineering für den Arbeitsalltag",
    "moduleId": 2,
    "path": "Basis-Nutzer",
    "pathId": 1,
    "proposal": "pending",
    "raise": {
      "code": "G2",
      "competencyId": 2,
      "level": 2
    }
  },
  {
    "assessmentId": null,
    "completedOn": "2026-11-16",
    "content": "Prompt-Ketten, Vorlagen für das Team, Ergebnisse systematisch prüfen.",
    "cost": 450.0,
    "employee": "Sandra Huber",
    "employeeId": 95,
    "format": "workshop",
    "hours": 8.0,
    "id": 79,
    "module": "Erweiterte Prompting-Techniken",
    "moduleId": 5,
    "path": "Power-User",
    "pathId": 2,
    "proposal": "pending",
    "raise": {
      "code": "G2",
      "competencyId": 2,
      "level": 3
    }
  },
  {
    "assessmentId": null,
    "completedOn": "2026-11-19",
    "content": "Rollen, Beispiele und Struktur in Anfragen an eigenen Aufgaben üben.",
    "cost": 150.0,
    "employee": "Holger Vogel",
    "employeeId": 96,
    "format": "onlineCourse",
    "hours": 6.0,
    "id": 63,
    "module": "Prompt Engineering für den Arbeitsalltag",
    "moduleId": 2,
    "path": "Basis-Nutzer",
    "pathId": 1,
    "proposal": "pending",
    "raise": {
      "code": "G2",
      "competencyId": 2,
      "level": 2
    }
  },
  {
    "assessmentId": null,
    "completedOn": "2026-11-21",
    "content": "Rollen, Beispiele und Struktur in Anfragen an eigenen Aufgaben üben.",
    "cost": 150.0,
    "employee": "Ayşe Koch",
    "employeeId": 54,
    "format": "onlineCourse",
    "hours": 6.0,
    "id": 37,
    "module": "Prompt Engineering für den Arbeitsalltag",
    "moduleId": 2,
    "path": "Basis-Nutzer",
    "pathId": 1,
    "proposal": "pending",
    "raise": {
      "code": "G2",
      "competencyId": 2,
      "level": 2
    }
  }
];

export const demoPairs: Pair[] = [
  {
    "checkins": 3,
    "endedOn": null,
    "id": 3,
    "lastCheckin": "2026-11-17",
    "mentee": "Elif Schulze",
    "menteeId": 27,
    "mentor": "Holger Köhler",
    "mentorId": 32,
    "startedOn": "2026-10-20",
    "topic": "Datenschutz im Alltag"
  },
  {
    "checkins": 5,
    "endedOn": null,
    "id": 8,
    "lastCheckin": "2026-11-17",
    "mentee": "Sabine Fähnrich",
    "menteeId": 29,
    "mentor": "Wolfgang Becker",
    "mentorId": 20,
    "startedOn": "2026-09-29",
    "topic": "KI im Schichtbericht"
  },
  {
    "checkins": 6,
    "endedOn": null,
    "id": 6,
    "lastCheckin": "2026-11-10",
    "mentee": "Jana Werner",
    "menteeId": 41,
    "mentor": "Sandra Hofmann",
    "mentorId": 31,
    "startedOn": "2026-09-22",
    "topic": "Prüfberichte vorformulieren"
  },
  {
    "checkins": 10,
    "endedOn": null,
    "id": 5,
    "lastCheckin": "2026-11-21",
    "mentee": "Heike Möller",
    "menteeId": 33,
    "mentor": "Marie Richter",
    "mentorId": 35,
    "startedOn": "2026-08-29",
    "topic": "Texte für Kunden"
  },
  {
    "checkins": 11,
    "endedOn": null,
    "id": 4,
    "lastCheckin": "2026-11-16",
    "mentee": "Franziska Weber",
    "menteeId": 39,
    "mentor": "Jörg Günther",
    "mentorId": 24,
    "startedOn": "2026-08-24",
    "topic": "Auswertungen mit KI"
  },
  {
    "checkins": 10,
    "endedOn": null,
    "id": 7,
    "lastCheckin": "2026-11-19",
    "mentee": "Karl Schneider",
    "menteeId": 34,
    "mentor": "Tobias Braun",
    "mentorId": 26,
    "startedOn": "2026-08-20",
    "topic": "Prompts für Angebote"
  },
  {
    "checkins": 7,
    "endedOn": "2026-10-08",
    "id": 1,
    "lastCheckin": "2026-10-01",
    "mentee": "Anja Huber",
    "menteeId": 18,
    "mentor": "Kerstin Schmitt",
    "mentorId": 12,
    "startedOn": "2026-07-30",
    "topic": "Prompts für Angebote"
  },
  {
    "checkins": 8,
    "endedOn": "2026-09-05",
    "id": 2,
    "lastCheckin": "2026-09-05",
    "mentee": "Andreas Koch",
    "menteeId": 30,
    "mentor": "Birgit Fuchs",
    "mentorId": 23,
    "startedOn": "2026-06-27",
    "topic": "KI im Schichtbericht"
  }
];

export const demoCheckins: Checkin[] = [
  {
    "heldOn": "2026-11-17",
    "id": 18,
    "note": "Gemeinsam einen Prompt verbessert.",
    "pairId": 3
  },
  {
    "heldOn": "2026-11-10",
    "id": 17,
    "note": "Erste Aufgabe selbstständig mit KI erledigt.",
    "pairId": 3
  },
  {
    "heldOn": "2026-10-27",
    "id": 16,
    "note": "Erste Aufgabe selbstständig mit KI erledigt.",
    "pairId": 3
  }
];

export const demoKnowledgeTransfer: KnowledgeTransfer = {
  "activeMentees": 6,
  "activeMentors": 6,
  "activePairs": 6,
  "asOf": "2026-11-22",
  "checkinsLast30Days": 18
};
