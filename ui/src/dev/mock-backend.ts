//! An in-memory stand-in for the Rust backend, for component tests and the browser-only
//! preview (`npm run dev -- --mode mock`). It speaks the same command names and shapes as the
//! generated bindings, with just enough validation to exercise the UI's error paths.
//! It must never be bundled into the app: main.ts imports it only in dev mock mode.
import { mockIPC } from '@tauri-apps/api/mocks';
import type {
  AppError,
  Assessment,
  Company,
  Competency,
  CompetencyInput,
  Department,
  Employee,
  EmployeeInput,
  ImportPlan,
  Matrix,
  MatrixFilter,
  MatrixRow,
  Pillar,
  PrintOptions,
  PrintPreview,
  Role,
  RoleInput,
} from '../bindings.gen';

type Args = Record<string, unknown>;

export type MockState = {
  databasePath: string;
  company: Company | null;
  pillars: Pillar[];
  competencies: Competency[];
  roles: Role[];
  departments: { id: number; name: string }[];
  employees: Employee[];
  assessments: Assessment[];
  nextId: number;
};

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

function invalid(field: string, problem: Record<string, unknown>): AppError {
  return { kind: 'invalid', field, problem } as AppError;
}

function requireText(field: string, value: unknown, max = 120): string {
  const s = String(value ?? '').trim();
  if (s === '') throw invalid(field, { problem: 'empty' });
  if (s.length > max) throw invalid(field, { problem: 'tooLong', max });
  return s;
}

export function emptyState(): MockState {
  return {
    databasePath: '/home/nutzer/.local/share/de.talentwerk.app/talentwerk.sqlite',
    company: null,
    pillars: [],
    competencies: [],
    roles: [],
    departments: [],
    employees: [],
    assessments: [],
    nextId: 1,
  };
}

function seedFramework(s: MockState): void {
  for (const [name, comps] of PILLARS) {
    const pillar = { id: s.nextId++, name };
    s.pillars.push(pillar);
    for (const [code, cname] of comps) {
      s.competencies.push({
        id: s.nextId++,
        pillarId: pillar.id,
        code,
        name: cname,
        description: '',
        levelDescriptors: ['', '', ''],
      });
    }
  }
  for (const [name, targets] of ROLES) {
    s.roles.push({
      id: s.nextId++,
      name,
      description: '',
      targets: targets.map(([code, minLevel]) => ({
        competencyId: s.competencies.find((c) => c.code === code)!.id,
        minLevel,
      })),
    });
  }
}

/** A company with `employees` people and pseudo-random levels (deterministic). */
export function demoState(employees = 40, extraCompetencies = 0): MockState {
  const s = emptyState();
  s.company = { name: 'Muster Metallbau GmbH', hourlyRate: 60, workingWeeks: 46, language: 'de', createdOn: '2026-11-22' };
  seedFramework(s);
  for (let i = 0; i < extraCompetencies; i++) {
    const pillar = s.pillars[i % s.pillars.length];
    s.competencies.push({
      id: s.nextId++,
      pillarId: pillar.id,
      code: `X${i + 1}`,
      name: `Zusatzkompetenz ${i + 1}`,
      description: '',
      levelDescriptors: ['', '', ''],
    });
  }
  s.competencies.sort((a, b) => s.pillars.findIndex((p) => p.id === a.pillarId) - s.pillars.findIndex((p) => p.id === b.pillarId));
  for (const name of DEPARTMENTS) s.departments.push({ id: s.nextId++, name });
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let i = 0; i < employees; i++) {
    const dept = s.departments[i % s.departments.length];
    const role = i % 3 === 0 ? s.roles[i % s.roles.length] : null;
    const e: Employee = {
      id: s.nextId++,
      personnelNumber: String(1000 + i),
      name: `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}${i >= 225 ? ` ${i}` : ''}`,
      departmentId: dept.id,
      department: dept.name,
      jobTitle: 'Sachbearbeitung',
      roleId: role?.id ?? null,
      role: role?.name ?? null,
      entryDate: '2019-04-01',
      pseudonym: `MA-${String(i + 1).padStart(3, '0')}`,
      technicalInterest: Math.floor(rnd() * 4),
      communication: Math.floor(rnd() * 4),
      domainExpertise: Math.floor(rnd() * 4),
      aiUsage: 'occasional',
      aiUsageSince: '2026-01-15',
      archivedOn: null,
    };
    s.employees.push(e);
    for (const c of s.competencies) {
      const r = rnd();
      if (r < 0.15) continue;
      s.assessments.push({
        id: s.nextId++,
        employeeId: e.id,
        competencyId: c.id,
        level: r < 0.4 ? 0 : r < 0.7 ? 1 : r < 0.93 ? 2 : 3,
        assessedOn: '2026-10-01',
        assessor: 'manager',
        note: '',
      });
    }
  }
  return s;
}

const SVG_TEXT = {
  de: {
    title: 'Talentmatrix', confidential: 'Vertraulich – Personaldaten', asOf: 'Stand', page: 'Seite', all: 'Alle Mitarbeitenden',
    name: 'Name', pseudonym: 'Pseudonym', role: 'KI-Rolle', levels: ['keine', 'Grundkenntnisse', 'selbstständig', 'Experte'],
  },
  en: {
    title: 'Talent matrix', confidential: 'Confidential – personal data', asOf: 'As of', page: 'Page', all: 'All employees',
    name: 'Name', pseudonym: 'Pseudonym', role: 'AI role', levels: ['none', 'basic', 'independent', 'expert'],
  },
};
/** The level shades of the printout: fill and ink per level 0–3. */
const SHADES: [string, string][] = [['#eef2f6', '#1d2430'], ['#bfd0e0', '#1d2430'], ['#5f86aa', '#ffffff'], ['#1f3f5e', '#ffffff']];

const xml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/**
 * A stand-in for the backend's printout: the matrix for `o` cut into landscape pages of
 * rows and column bands, drawn as plain SVG (the real one comes from the PDF layout).
 */
export function mockPrintout(s: MockState, o: PrintOptions, language: 'de' | 'en', today: string): PrintPreview {
  const text = SVG_TEXT[language];
  const m = buildMatrix(s, { ...o, search: null });
  const cols = m.groups.flatMap((g) => g.competencies.map((c) => ({ ...c, pillar: g.pillar.name })));
  const [width, height] = o.paper === 'a3' ? [1191, 842] : [842, 595];
  const margin = 28;
  const nameW = o.paper === 'a3' ? 170 : 140;
  const roleW = o.paper === 'a3' ? 110 : 90;
  const room = width - 2 * margin - nameW - roleW;
  const perBand = Math.max(1, Math.floor(room / 20));
  // Few columns get wider cells, so the table spans the page like the real layout.
  const cellW = Math.min(44, room / Math.min(perBand, Math.max(1, cols.length)));
  const rowH = 13;
  const top = 86;
  const perPage = Math.max(1, Math.floor((height - top - 70) / rowH));
  type Heading = { kind: 'department'; name: string; count: number };
  const lines: (Heading | { kind: 'row'; row: MatrixRow })[] = [];
  let heading: Heading | null = null;
  for (const row of m.rows) {
    if (!heading || heading.name !== row.department) {
      heading = { kind: 'department', name: row.department, count: 0 };
      lines.push(heading);
    }
    heading.count += 1;
    lines.push({ kind: 'row', row });
  }
  const bands = Math.max(1, Math.ceil(cols.length / perBand));
  const rowPages = Math.max(1, Math.ceil(lines.length / perPage));
  const pageCount = bands * rowPages;
  const department = s.departments.find((d) => d.id === o.departmentId)?.name;
  const selection = [department ?? text.all, s.pillars.find((p) => p.id === o.pillarId)?.name, s.roles.find((r) => r.id === o.roleId)?.name]
    .filter(Boolean)
    .join(' · ');

  const page = (index: number): string => {
    const band = index % bands;
    const slice = lines.slice(Math.floor(index / bands) * perPage, (Math.floor(index / bands) + 1) * perPage);
    const bandCols = cols.slice(band * perBand, (band + 1) * perBand);
    const x0 = margin + nameW + roleW;
    const out: string[] = [
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}pt" height="${height}pt" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans, Inter, sans-serif">`,
      `<rect width="${width}" height="${height}" fill="#fff"/>`,
      `<text x="${margin}" y="${margin + 12}" font-size="13" font-weight="bold" fill="#1f2933">${xml(`${text.title} · ${s.company?.name ?? ''}`)}</text>`,
      `<text x="${width - margin}" y="${margin + 12}" font-size="9" font-weight="bold" text-anchor="end" fill="#1f2933">${xml(text.confidential)}</text>`,
      `<text x="${margin}" y="${margin + 27}" font-size="8" fill="#52606d">${xml(`${text.asOf} ${today} · ${selection}`)}</text>`,
    ];
    let x = x0;
    for (const c of bandCols) {
      const first = bandCols.find((b) => b.pillar === c.pillar) === c;
      if (first) {
        const span = bandCols.filter((b) => b.pillar === c.pillar).length * cellW;
        out.push(`<rect x="${x}" y="${top - 28}" width="${span - 1}" height="13" fill="#e4e7eb"/>`);
        out.push(`<text x="${x + span / 2}" y="${top - 18}" font-size="7" font-weight="bold" text-anchor="middle" fill="#1f2933">${xml(c.pillar)}</text>`);
      }
      out.push(`<rect x="${x}" y="${top - 14}" width="${cellW - 1}" height="13" fill="#e4e7eb"/>`);
      out.push(`<text x="${x + cellW / 2}" y="${top - 4.5}" font-size="7" font-weight="bold" text-anchor="middle" fill="#1f2933">${xml(c.code)}</text>`);
      x += cellW;
    }
    out.push(`<text x="${margin + 3}" y="${top - 4.5}" font-size="7.5" font-weight="bold" fill="#1f2933">${xml(o.pseudonymize ? text.pseudonym : text.name)}</text>`);
    out.push(`<text x="${margin + nameW + 3}" y="${top - 4.5}" font-size="7.5" font-weight="bold" fill="#1f2933">${xml(text.role)}</text>`);
    let y = top;
    for (const line of slice) {
      if (line.kind === 'department') {
        out.push(`<rect x="${margin}" y="${y}" width="${x - margin}" height="${rowH}" fill="#f0f2f4"/>`);
        out.push(`<text x="${margin + 3}" y="${y + 9.5}" font-size="7.5" font-weight="bold" fill="#1f2933">${xml(`${line.name} · ${line.count}`)}</text>`);
      } else {
        const r = line.row;
        out.push(`<text x="${margin + 3}" y="${y + 9.5}" font-size="7.5" fill="${r.archived ? '#52606d' : '#1f2933'}">${xml(o.pseudonymize ? r.pseudonym : r.name)}</text>`);
        out.push(`<text x="${margin + nameW + 3}" y="${y + 9.5}" font-size="7" fill="#52606d">${xml(r.role ?? '–')}</text>`);
        bandCols.forEach((_, k) => {
          const level = r.levels[band * perBand + k];
          const cx = x0 + k * cellW;
          if (level === null || level === undefined) {
            out.push(`<text x="${cx + cellW / 2}" y="${y + 9.5}" font-size="7" text-anchor="middle" fill="#52606d">–</text>`);
            return;
          }
          const [fill, ink] = SHADES[level];
          out.push(`<rect x="${cx}" y="${y}" width="${cellW - 1}" height="${rowH}" fill="${fill}"/>`);
          out.push(`<text x="${cx + cellW / 2}" y="${y + 9.5}" font-size="7" text-anchor="middle" font-weight="${level >= 2 ? 'bold' : 'normal'}" fill="${ink}">${level}</text>`);
        });
      }
      out.push(`<line x1="${margin}" x2="${x}" y1="${y + rowH}" y2="${y + rowH}" stroke="#c7cdd4" stroke-width="0.4"/>`);
      y += rowH;
    }
    const legendY = height - margin;
    SHADES.forEach(([fill, ink], level) => {
      const lx = margin + level * 90;
      out.push(`<rect x="${lx}" y="${legendY - 9}" width="12" height="10" fill="${fill}"/>`);
      out.push(`<text x="${lx + 6}" y="${legendY - 1.5}" font-size="7" text-anchor="middle" font-weight="bold" fill="${ink}">${level}</text>`);
      out.push(`<text x="${lx + 16}" y="${legendY - 1.5}" font-size="7" fill="#52606d">${xml(text.levels[level])}</text>`);
    });
    out.push(`<text x="${width - margin}" y="${legendY}" font-size="8" text-anchor="end" fill="#1f2933">${xml(`${text.page} ${index + 1} / ${pageCount}`)}</text>`);
    out.push('</svg>');
    return out.join('');
  };

  return { pageCount, pages: Array.from({ length: Math.min(3, pageCount) }, (_, i) => page(i)) };
}

function currentLevels(s: MockState): Map<string, number> {
  const map = new Map<string, { level: number; on: string; id: number }>();
  for (const a of s.assessments) {
    const key = `${a.employeeId}:${a.competencyId}`;
    const cur = map.get(key);
    if (!cur || a.assessedOn > cur.on || (a.assessedOn === cur.on && a.id > cur.id)) {
      map.set(key, { level: a.level, on: a.assessedOn, id: a.id });
    }
  }
  return new Map([...map].map(([k, v]) => [k, v.level]));
}

export function buildMatrix(s: MockState, f: MatrixFilter, only?: number): Matrix {
  const groups = s.pillars
    .filter((p) => f.pillarId === null || f.pillarId === p.id)
    .map((pillar) => ({ pillar, competencies: s.competencies.filter((c) => c.pillarId === pillar.id) }));
  const cols = groups.flatMap((g) => g.competencies);
  const levels = currentLevels(s);
  const needle = f.search?.trim().toLowerCase() ?? '';
  const deptOrder = (id: number) => s.departments.findIndex((d) => d.id === id);
  const rows: MatrixRow[] = s.employees
    .filter(
      (e) =>
        (only === undefined || e.id === only) &&
        (f.includeArchived || e.archivedOn === null) &&
        (f.departmentId === null || e.departmentId === f.departmentId) &&
        (f.roleId === null || e.roleId === f.roleId) &&
        (needle === '' || [e.name, e.personnelNumber, e.jobTitle, e.pseudonym].some((v) => v.toLowerCase().includes(needle))),
    )
    .sort((a, b) => deptOrder(a.departmentId) - deptOrder(b.departmentId) || a.name.localeCompare(b.name) || a.id - b.id)
    .map((e) => {
      const role = s.roles.find((r) => r.id === e.roleId);
      const lv = cols.map((c) => levels.get(`${e.id}:${c.id}`) ?? null);
      const targets = cols.map((c) => role?.targets.find((x) => x.competencyId === c.id)?.minLevel ?? null);
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
        levels: lv,
        targets,
        gaps: lv.map((l, i) => Math.max(0, (targets[i] ?? 0) - (l ?? 0))),
      };
    });
  const coverage = cols.map((c, i) => {
    const covered = rows.filter((r) => (r.levels[i] ?? 0) >= 2).length;
    const experts = rows.filter((r) => (r.levels[i] ?? 0) >= 3).length;
    return { competencyId: c.id, covered, experts, knowledgeIsland: experts <= 1 };
  });
  return { groups, rows, coverage };
}

function employeeFrom(s: MockState, input: EmployeeInput, id: number, base?: Employee): Employee {
  const personnelNumber = requireText('personnelNumber', input.personnelNumber, 32);
  const name = requireText('name', input.name);
  const dept = s.departments.find((d) => d.id === input.departmentId);
  if (!dept) throw invalid('department', { problem: 'unknown' });
  if (s.employees.some((e) => e.personnelNumber === personnelNumber && e.id !== id)) {
    throw invalid('personnelNumber', { problem: 'taken' });
  }
  const role = input.roleId === null ? null : s.roles.find((r) => r.id === input.roleId);
  if (role === undefined) throw invalid('role', { problem: 'unknown' });
  return {
    id,
    personnelNumber,
    name,
    departmentId: dept.id,
    department: dept.name,
    jobTitle: input.jobTitle.trim(),
    roleId: role?.id ?? null,
    role: role?.name ?? null,
    entryDate: input.entryDate,
    pseudonym: base?.pseudonym ?? `MA-${String(s.employees.length + 1).padStart(3, '0')}`,
    technicalInterest: input.technicalInterest,
    communication: input.communication,
    domainExpertise: input.domainExpertise,
    aiUsage: input.aiUsage ?? base?.aiUsage ?? null,
    aiUsageSince: base?.aiUsageSince ?? null,
    archivedOn: base?.archivedOn ?? null,
  };
}

/** A command handler over `state`; throws AppError values like the real backend. */
export function createHandler(s: MockState) {
  const today = '2026-11-22';
  /** What "Im PDF-Betrachter öffnen" may open, like the real backend: only the last save. */
  let lastPrintout: string | null = null;
  const needCompany = () => {
    if (!s.company) throw { kind: 'noCompany' } satisfies AppError;
  };
  const findEmployee = (id: number) => {
    const e = s.employees.find((x) => x.id === id);
    if (!e) throw { kind: 'notFound', entity: 'employee', id: String(id) } satisfies AppError;
    return e;
  };
  const competencyFrom = (input: CompetencyInput, id: number): Competency => {
    const code = requireText('competencyCode', input.code, 12);
    if (/[\s;,]/.test(code)) throw invalid('competencyCode', { problem: 'notAllowed' });
    if (s.competencies.some((c) => c.code === code && c.id !== id)) throw invalid('competencyCode', { problem: 'taken' });
    const name = requireText('competencyName', input.name);
    if (!s.pillars.some((p) => p.id === input.pillarId)) throw invalid('pillar', { problem: 'unknown' });
    return { id, pillarId: input.pillarId, code, name, description: input.description, levelDescriptors: input.levelDescriptors };
  };
  const roleFrom = (input: RoleInput, id: number): Role => {
    const name = requireText('roleName', input.name);
    if (s.roles.some((r) => r.name === name && r.id !== id)) throw invalid('roleName', { problem: 'taken' });
    return { id, name, description: input.description, targets: input.targets.filter((x) => x.minLevel > 0) };
  };
  const departments = (): Department[] =>
    s.departments.map((d) => ({
      ...d,
      activeEmployees: s.employees.filter((e) => e.departmentId === d.id && !e.archivedOn).length,
    }));

  // A fixed example import: three level changes, one unknown department (a problem unless
  // missing ones may be created) and an ignored column.
  const importPlan = (createMissing: boolean): ImportPlan => {
    const levelChanges = s.employees.slice(0, 3).map((e, i) => ({
      line: i + 2,
      personnelNumber: e.personnelNumber,
      code: s.competencies[i % s.competencies.length]?.code ?? 'G1',
      from: i === 0 ? null : 1,
      to: 2 + (i % 2),
    }));
    const missing = s.departments.some((d) => d.name === 'Einkauf') ? [] : ['Einkauf'];
    return {
      rows: 3,
      newEmployees: [],
      updatedEmployees: s.employees.slice(0, 3).map((e, i) => ({ line: i + 2, personnelNumber: e.personnelNumber, name: e.name })),
      levelChanges,
      newDepartments: createMissing ? missing : [],
      newRoles: [],
      problems: createMissing ? [] : missing.map((name) => ({ line: 4, column: 'Abteilung', kind: { kind: 'unknownDepartment', name } })),
      warnings: [{ line: 1, column: 'Bemerkung', kind: { kind: 'unknownColumn', name: 'Bemerkung' } }],
    };
  };

  return (cmd: string, args: Args = {}): unknown => {
    switch (cmd) {
      case 'get_session':
        return { databasePath: s.databasePath, company: s.company };
      case 'create_company': {
        if (s.company) throw { kind: 'companyExists' } satisfies AppError;
        const name = requireText('companyName', args.name);
        s.company = { name, hourlyRate: 60, workingWeeks: 46, language: args.language as 'de', createdOn: today };
        seedFramework(s);
        return s.company;
      }
      case 'load_demo': {
        if (s.company) throw { kind: 'companyExists' } satisfies AppError;
        Object.assign(s, demoState(), { databasePath: s.databasePath });
        s.company!.language = args.language as 'de';
        return s.company;
      }
      case 'update_company': {
        needCompany();
        const set = args.settings as Company;
        const name = requireText('companyName', set.name);
        const rate = set.hourlyRate ?? Number.NaN;
        if (!Number.isFinite(rate) || rate < 0 || rate > 10000)
          throw invalid('hourlyRate', { problem: 'outOfRange', min: 0, max: 10000 });
        if (set.workingWeeks < 1 || set.workingWeeks > 53) throw invalid('workingWeeks', { problem: 'outOfRange', min: 1, max: 53 });
        s.company = { ...s.company!, ...set, name };
        return s.company;
      }
      case 'list_departments':
        return departments();
      case 'create_department': {
        const name = requireText('departmentName', args.name);
        if (s.departments.some((d) => d.name === name)) throw invalid('departmentName', { problem: 'taken' });
        const d = { id: s.nextId++, name };
        s.departments.push(d);
        return { ...d, activeEmployees: 0 };
      }
      case 'rename_department': {
        const name = requireText('departmentName', args.name);
        const d = s.departments.find((x) => x.id === args.id);
        if (!d) throw { kind: 'notFound', entity: 'department', id: String(args.id) } satisfies AppError;
        if (s.departments.some((x) => x.name === name && x.id !== d.id)) throw invalid('departmentName', { problem: 'taken' });
        d.name = name;
        for (const e of s.employees) if (e.departmentId === d.id) e.department = name;
        return null;
      }
      case 'delete_department': {
        // Leavers count too: their history still points at the department.
        if (s.employees.some((e) => e.departmentId === args.id)) throw invalid('department', { problem: 'inUse' });
        s.departments = s.departments.filter((d) => d.id !== args.id);
        return null;
      }
      case 'list_employees':
        return s.employees
          .filter((e) => args.includeArchived || !e.archivedOn)
          .sort((a, b) => a.name.localeCompare(b.name));
      case 'get_employee_profile': {
        const employee = findEmployee(args.id as number);
        const m = buildMatrix(s, { departmentId: null, roleId: null, pillarId: null, search: null, includeArchived: true }, employee.id);
        return {
          employee,
          groups: m.groups,
          row: m.rows[0],
          history: s.assessments
            .filter((a) => a.employeeId === employee.id)
            .sort((a, b) => a.competencyId - b.competencyId || b.assessedOn.localeCompare(a.assessedOn) || b.id - a.id),
        };
      }
      case 'create_employee': {
        const e = employeeFrom(s, args.input as EmployeeInput, s.nextId);
        s.nextId++;
        s.employees.push(e);
        return e;
      }
      case 'update_employee': {
        const base = findEmployee(args.id as number);
        const e = employeeFrom(s, args.input as EmployeeInput, base.id, base);
        s.employees = s.employees.map((x) => (x.id === e.id ? e : x));
        return e;
      }
      case 'archive_employee': {
        const e = findEmployee(args.id as number);
        e.archivedOn ??= today;
        return e;
      }
      case 'restore_employee': {
        const e = findEmployee(args.id as number);
        e.archivedOn = null;
        return e;
      }
      case 'get_framework':
        return { pillars: s.pillars, competencies: s.competencies, roles: s.roles };
      case 'create_pillar': {
        const name = requireText('pillarName', args.name);
        if (s.pillars.some((p) => p.name === name)) throw invalid('pillarName', { problem: 'taken' });
        const p = { id: s.nextId++, name };
        s.pillars.push(p);
        return p;
      }
      case 'rename_pillar': {
        const name = requireText('pillarName', args.name);
        const p = s.pillars.find((x) => x.id === args.id);
        if (!p) throw { kind: 'notFound', entity: 'pillar', id: String(args.id) } satisfies AppError;
        p.name = name;
        return p;
      }
      case 'delete_pillar': {
        if (s.competencies.some((c) => c.pillarId === args.id)) throw invalid('pillar', { problem: 'inUse' });
        s.pillars = s.pillars.filter((p) => p.id !== args.id);
        return null;
      }
      case 'create_competency': {
        const c = competencyFrom(args.input as CompetencyInput, s.nextId);
        s.nextId++;
        s.competencies.push(c);
        return c;
      }
      case 'update_competency': {
        const c = competencyFrom(args.input as CompetencyInput, args.id as number);
        s.competencies = s.competencies.map((x) => (x.id === c.id ? c : x));
        return c;
      }
      case 'delete_competency':
        s.competencies = s.competencies.filter((c) => c.id !== args.id);
        s.assessments = s.assessments.filter((a) => a.competencyId !== args.id);
        return null;
      case 'create_role': {
        const r = roleFrom(args.input as RoleInput, s.nextId);
        s.nextId++;
        s.roles.push(r);
        return r;
      }
      case 'update_role': {
        const r = roleFrom(args.input as RoleInput, args.id as number);
        s.roles = s.roles.map((x) => (x.id === r.id ? r : x));
        return r;
      }
      case 'delete_role':
        s.roles = s.roles.filter((r) => r.id !== args.id);
        return null;
      case 'get_matrix':
        needCompany();
        return buildMatrix(s, args.filter as MatrixFilter);
      case 'set_level': {
        const level = args.level as number;
        if (!Number.isInteger(level) || level < 0 || level > 3) throw invalid('level', { problem: 'outOfRange', min: 0, max: 3 });
        findEmployee(args.employeeId as number);
        const a: Assessment = {
          id: s.nextId++,
          employeeId: args.employeeId as number,
          competencyId: args.competencyId as number,
          level,
          assessedOn: today,
          assessor: args.assessor as 'manager',
          note: args.note as string,
        };
        s.assessments.push(a);
        return a;
      }
      case 'export_matrix':
        needCompany();
        return `/home/nutzer/Dokumente/Talentmatrix.${args.format as string}`;
      case 'export_template':
        needCompany();
        return '/home/nutzer/Dokumente/Talentwerk-Importvorlage.xlsx';
      case 'preview_matrix_print': {
        needCompany();
        const language = args.language as 'de' | 'en';
        return mockPrintout(s, args.options as PrintOptions, language, language === 'de' ? '22.11.2026' : '22/11/2026');
      }
      case 'save_matrix_pdf':
        needCompany();
        lastPrintout = args.language === 'en' ? `/home/nutzer/Dokumente/Talent-matrix-${today}.pdf` : `/home/nutzer/Dokumente/Talentmatrix-${today}.pdf`;
        return lastPrintout;
      case 'open_last_printout':
        if (!lastPrintout) throw { kind: 'storage', message: 'no printout has been saved in this session' } satisfies AppError;
        return null;
      case 'pick_import_file':
        return '/home/nutzer/Dokumente/Import Mitarbeitende.csv';
      case 'preview_import':
        needCompany();
        return importPlan(args.createMissing === true);
      case 'apply_import': {
        needCompany();
        const plan = importPlan(args.createMissing === true);
        if (plan.problems.length > 0) return plan;
        for (const change of plan.levelChanges) {
          const e = s.employees.find((x) => x.personnelNumber === change.personnelNumber);
          const c = s.competencies.find((x) => x.code === change.code);
          if (!e || !c) continue;
          s.assessments.push({
            id: s.nextId++,
            employeeId: e.id,
            competencyId: c.id,
            level: change.to,
            assessedOn: today,
            assessor: 'import',
            note: '',
          });
        }
        for (const name of plan.newDepartments) s.departments.push({ id: s.nextId++, name });
        return plan;
      }
      default:
        throw { kind: 'storage', message: `mock backend: unknown command ${cmd}` } satisfies AppError;
    }
  };
}

/** Dev preview: `?company=none` starts at first run, `?n=5000&extra=84` makes a big matrix. */
export function installMockBackend(): void {
  const params = new URLSearchParams(location.search);
  const state =
    params.get('company') === 'none'
      ? emptyState()
      : demoState(Number(params.get('n') ?? 60), Number(params.get('extra') ?? 0));
  if (params.get('lang') === 'en' && state.company) state.company.language = 'en';
  const handler = createHandler(state);
  const delay = Number(params.get('delay') ?? 120);
  mockIPC(async (cmd, args) => {
    await new Promise((r) => setTimeout(r, cmd === 'load_demo' ? 900 : delay));
    if (params.get('fail') === cmd) {
      throw { kind: 'storage', message: 'disk I/O error (simulated)' } satisfies AppError;
    }
    if (params.get('fatal') && cmd === 'get_session') {
      throw { kind: 'unavailable', path: state.databasePath, problem: params.get('fatal') } as AppError;
    }
    return handler(cmd, args as Args);
  });
}
