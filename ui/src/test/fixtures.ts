//! Realistic, typed example data for tests and the browser preview: a small company with the
//! AI-literacy framework, departments, employees and their matrix. Everything is data built
//! once; nothing here answers a request or applies a backend rule to one.
import type {
  Assessment,
  Assessor,
  BackupInfo,
  ColumnGroup,
  Company,
  Competency,
  Department,
  Employee,
  Framework,
  ImportPlan,
  Matrix,
  MatrixRow,
  Pillar,
  RecentFile,
  Role,
  Session,
} from '../bindings.gen';

export const DATABASE_PATH = '/home/nutzer/.local/share/de.talentwerk.app/talentwerk.sqlite';
export const TODAY = '2026-11-22';

export const company: Company = {
  name: 'Muster Metallbau GmbH',
  hourlyRate: 60,
  workingWeeks: 46,
  language: 'de',
  createdOn: TODAY,
  demo: false,
};

/** The demo company, as `openDemo` opens it in its own file (the core's demo bills 58 €/h). */
export const demoCompany: Company = { ...company, name: 'Muster Maschinenbau GmbH', hourlyRate: 58, demo: true };
export const DEMO_PATH = '/home/nutzer/.local/share/de.talentwerk.app/demo.db';

/** "Zuletzt geöffnet": two other company files, newest first. */
export const recentFiles: RecentFile[] = [
  { index: 0, fileName: 'Holding Nord.db', folder: '/home/nutzer/Dokumente/Talentwerk' },
  { index: 1, fileName: 'Beratung Kunde Süd.db', folder: '/media/usb-stick/Kunden' },
];

/** The session of `c` in the file at `path` (the file name is its last segment). */
export function session(c: Company | null = company, path = c?.demo ? DEMO_PATH : DATABASE_PATH, recent = recentFiles): Session {
  return { databasePath: path, fileName: path.split(/[\\/]/).pop() ?? path, company: c, recent };
}

/** The copies in the backup folder, newest first, one of each reason and one unreadable. */
export function backups(): BackupInfo[] {
  return [
    { fileName: 'talentwerk-2026-11-22T09-14-03-daily.db', createdAt: '2026-11-22T09:14:03', reason: 'daily', sizeBytes: 1_482_752, people: 60 },
    { fileName: 'talentwerk-2026-11-21T16-40-12-beforeImport.db', createdAt: '2026-11-21T16:40:12', reason: 'beforeImport', sizeBytes: 1_433_600, people: 58 },
    { fileName: 'talentwerk-2026-11-20T11-02-55-manual.db', createdAt: '2026-11-20T11:02:55', reason: 'manual', sizeBytes: 1_425_408, people: 58 },
    { fileName: 'talentwerk-2026-11-18T08-30-00-beforeRestore.db', createdAt: '2026-11-18T08:30:00', reason: 'beforeRestore', sizeBytes: 1_401_856, people: 57 },
    { fileName: 'talentwerk-2026-11-02T07-55-41-beforeMigration.db', createdAt: '2026-11-02T07:55:41', reason: 'beforeMigration', sizeBytes: 905_216, people: null },
  ];
}

const PILLARS: [string, [string, string][]][] = [
  ['Grundlagen', [['G1', 'KI-Grundbegriffe'], ['G2', 'Prompt Engineering'], ['G3', 'Grenzen und Risiken'], ['G4', 'EU AI Act und Risikoklassen']]],
  ['Anwendung', [['A1', 'KI-Werkzeuge im Arbeitsalltag'], ['A2', 'Use-Case-Entwicklung'], ['A3', 'Tool-Integration und Automatisierung'], ['A4', 'Prozessoptimierung und Change Management']]],
  ['Sicherheit', [['S1', 'Datenschutz (DSGVO) bei KI-Nutzung'], ['S2', 'Prompt-Injection und Cybersicherheit'], ['S3', 'Bias erkennen und vermeiden'], ['S4', 'Freigabe und menschliche Kontrolle']]],
  ['Datenkompetenz', [['D1', 'Datenqualität und Data Governance'], ['D2', 'Datenanalyse'], ['D3', 'Datenquellen und Schnittstellen'], ['D4', 'MLOps und kontinuierliche Optimierung']]],
];
const ROLES: [string, [string, number][]][] = [
  ['KI-Trainer', [['G1', 3], ['G2', 3], ['G3', 3], ['G4', 3], ['S1', 3]]],
  ['Data Steward', [['D1', 3], ['S1', 3], ['D3', 2]]],
  ['Prompt Engineer', [['G2', 3], ['A1', 3], ['S2', 2]]],
  ['KI-Prozessmanager', [['A2', 3], ['A4', 3], ['G3', 2]]],
];
const DEPARTMENTS = ['Vertrieb', 'Produktion', 'Qualität', 'IT', 'Verwaltung'];
const FIRST = ['Anna', 'Jonas', 'Lea', 'Paul', 'Mia', 'Felix', 'Emma', 'Lukas', 'Sophie', 'Ben', 'Marie', 'Jan', 'Hannah', 'Tim', 'Laura'];
const LAST = ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Koch', 'Richter', 'Klein', 'Wolf', 'Schröder'];

/** The four pillars, 16 competencies and four roles; `extra` adds competencies X1… round the pillars. */
export function framework(extra = 0): Framework {
  const pillars: Pillar[] = PILLARS.map(([name], p) => ({ id: p + 1, name, retiredOn: null }));
  const competencies: Competency[] = [];
  let nextId = 101;
  PILLARS.forEach(([, comps], p) => {
    const ownExtras = Array.from({ length: extra }, (_, i) => i).filter((i) => i % PILLARS.length === p);
    const entries = [...comps, ...ownExtras.map((i): [string, string] => [`X${i + 1}`, `Zusatzkompetenz ${i + 1}`])];
    for (const [code, name] of entries) {
      competencies.push({ id: nextId++, pillarId: p + 1, code, name, description: '', levelDescriptors: ['', '', ''], retiredOn: null });
    }
  });
  const roles: Role[] = ROLES.map(([name, targets], r) => ({
    id: 201 + r,
    name,
    description: '',
    targets: targets.map(([code, minLevel]) => ({ competencyId: competencies.find((c) => c.code === code)!.id, minLevel })),
    retiredOn: null,
  }));
  return { pillars, competencies, roles };
}

/** The five departments, with the active head count of `employees(n)`. */
export function departments(n = 12): Department[] {
  return DEPARTMENTS.map((name, d) => ({
    id: 301 + d,
    name,
    activeEmployees: Math.floor(n / DEPARTMENTS.length) + Number(d < n % DEPARTMENTS.length),
  }));
}

/** `n` active employees round the departments; every third has a role. */
export function employees(n = 12): Employee[] {
  const depts = departments(n);
  const roles = framework().roles;
  return Array.from({ length: n }, (_, i) => {
    const dept = depts[i % depts.length];
    const role = i % 3 === 0 ? roles[i % roles.length] : null;
    return {
      id: 1001 + i,
      personnelNumber: String(1000 + i),
      name: `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}${i >= 225 ? ` ${i}` : ''}`,
      departmentId: dept.id,
      department: dept.name,
      jobTitle: 'Sachbearbeitung',
      roleId: role?.id ?? null,
      role: role?.name ?? null,
      entryDate: '2019-04-01',
      pseudonym: `MA-${String(i + 1).padStart(3, '0')}`,
      technicalInterest: i % 4,
      communication: (i + 1) % 4,
      domainExpertise: (i + 2) % 4,
      aiUsage: 'occasional',
      aiUsageSince: '2026-01-15',
      archivedOn: null,
      version: 1,
    };
  });
}

/**
 * The matrix of `employees(n)` over `framework(extra)`: rows by department as the backend
 * orders them, levels from a fixed pseudo-random sequence (some not assessed yet).
 */
export function demoMatrix(n = 12, extra = 0): Matrix {
  const f = framework(extra);
  const groups = groupsOf(f);
  const cols = groups.flatMap((g) => g.competencies);
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const people = employees(n);
  const rows = departments(n).flatMap((d) =>
    people
      .filter((e) => e.departmentId === d.id)
      .map((e) => {
        const levels = cols.map(() => {
          const r = rnd();
          return r < 0.15 ? null : r < 0.4 ? 0 : r < 0.7 ? 1 : r < 0.93 ? 2 : 3;
        });
        const role = f.roles.find((r) => r.id === e.roleId);
        const targets = cols.map((c) => role?.targets.find((t) => t.competencyId === c.id)?.minLevel ?? null);
        return matrixRow(e, levels, targets);
      }),
  );
  return matrixOf(rows, groups);
}

export function groupsOf(f: Framework): ColumnGroup[] {
  return f.pillars.map((pillar) => ({ pillar, competencies: f.competencies.filter((c) => c.pillarId === pillar.id) }));
}

/** One employee's row; gaps are stated by the levels and targets given. */
export function matrixRow(e: Employee, levels: (number | null)[], targets: (number | null)[] = levels.map(() => null)): MatrixRow {
  return {
    employeeId: e.id,
    personnelNumber: e.personnelNumber,
    name: e.name,
    pseudonym: e.pseudonym,
    departmentId: e.departmentId,
    department: e.department,
    jobTitle: e.jobTitle,
    roleId: e.roleId,
    role: e.role,
    technicalInterest: e.technicalInterest,
    communication: e.communication,
    archived: e.archivedOn !== null,
    levels,
    targets,
    gaps: levels.map((l, i) => Math.max(0, (targets[i] ?? 0) - (l ?? 0))),
  };
}

/** A matrix of exactly these rows, with a coverage footer that agrees with them. */
export function matrixOf(rows: MatrixRow[], groups: ColumnGroup[] = groupsOf(framework())): Matrix {
  const cols = groups.flatMap((g) => g.competencies);
  const coverage = cols.map((c, i) => {
    const covered = rows.filter((r) => (r.levels[i] ?? 0) >= 2).length;
    const experts = rows.filter((r) => r.levels[i] === 3).length;
    return { competencyId: c.id, covered, experts, knowledgeIsland: experts <= 1 };
  });
  return { groups, rows, coverage };
}

/** The assessment a successful `setLevel` returns: same signature, so `setLevel: assessment` answers it. */
export function assessment(employeeId: number, competencyId: number, level: number, assessor: Assessor, note: string): Assessment {
  return { id: 5001, employeeId, competencyId, level, assessedOn: TODAY, assessor, note };
}

/** An import plan: one new person and one level change, no problems; override what a test needs. */
export function importPlan(overrides: Partial<ImportPlan> = {}): ImportPlan {
  return {
    rows: 2,
    newEmployees: [{ line: 3, personnelNumber: 'P-100', name: 'Neu, Nina' }],
    updatedEmployees: [],
    levelChanges: [{ line: 2, personnelNumber: 'P-001', code: 'G2', from: null, to: 3 }],
    newDepartments: [],
    newRoles: [],
    problems: [],
    warnings: [],
    ...overrides,
  };
}
