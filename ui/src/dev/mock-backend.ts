//! The browser-only preview's backend (`npm run dev:mock`): fixed demo data typed by the
//! bindings, so the screens can be looked at without the desktop shell. It answers every
//! command with the same demo data or an echo of what was sent; it applies no backend rule
//! (no filtering, sorting, validation, import planning or print layout), so the preview
//! shows the screens, not the app's behaviour. main.ts imports it only in mock mode.
import { mockIPC } from '@tauri-apps/api/mocks';
import type { AppError, Company, Language } from '../bindings.gen';
import { argsFrom, commandOf, respond, type Answers } from '../test/commands';
import {
  assessment,
  backups,
  company as ownCompany,
  DATABASE_PATH,
  DEMO_PATH,
  demoCompany,
  demoMatrix,
  departments,
  employees,
  framework,
  importPlan,
  session,
  TODAY,
} from '../test/fixtures';
import { demoDashboard, demoPilotPages, demoPilots, demoRoadmap } from '../test/pilot-fixtures';
import {
  demoCheckins,
  demoComparison,
  demoHireOrUpskill,
  demoLadder,
  demoMaturityOverview,
  demoPairs,
  demoParticipants,
  demoPaths,
  demoPersonGrowth,
  demoProposals,
} from '../test/growth-fixtures';

const DOCUMENTS = '/home/nutzer/Dokumente';

/** One blank landscape A4 page in the printout's place: the real layout comes from the core. */
const BLANK_PAGE =
  '<svg xmlns="http://www.w3.org/2000/svg" width="842pt" height="595pt" viewBox="0 0 842 595">' +
  '<rect width="842" height="595" fill="#fff"/><rect x="28" y="28" width="786" height="539" fill="none" stroke="#c7cdd4"/></svg>';

/**
 * Fixed answers over `n` employees and 16 + `extra` competencies. Which company is open is
 * the only thing it remembers: switching files shows the fixed companies in turn.
 */
export function previewAnswers(start: Company | null, n: number, extra: number): Required<Answers> {
  let company = start;
  /** The own file's company while the demo is open ("Demo verlassen" goes back to it). */
  let own = start?.demo ? null : start;
  let ownPath = DATABASE_PATH;
  let path = start?.demo ? DEMO_PATH : DATABASE_PATH;
  /** Opens `c` in the file `at` and answers with that session. */
  const open = (c: Company | null, at: string) => {
    company = c;
    path = at;
    if (!c?.demo) [own, ownPath] = [c, at];
    return session(c, at);
  };
  const people = employees(n);
  const matrix = demoMatrix(n, extra);
  const groups = matrix.groups;
  const withCompany = (name: string, language: Language) => (company = { ...ownCompany, name, language });
  const employeeById = (id: number) => people.find((e) => e.id === id) ?? people[0];
  const copies = backups();
  const pageOf = (id: number) => demoPilotPages.find((p) => p.pilot.id === id) ?? demoPilotPages[0];
  return {
    getSession: () => session(company, path),
    createCompany: (name, language) => withCompany(name, language),
    openDemo: (language) => open({ ...demoCompany, language }, DEMO_PATH),
    closeDemo: () => open(own, ownPath),
    createCompanyFile: (name, language) => open({ ...ownCompany, name, language }, `${DOCUMENTS}/${name}.db`),
    openCompanyFile: () => open(ownCompany, `${DOCUMENTS}/Muster Metallbau.db`),
    openRecentFile: (index) => open({ ...ownCompany, name: `Firma ${index + 1}` }, `${DOCUMENTS}/Firma ${index + 1}.db`),
    updateCompany: (settings) => (company = { ...ownCompany, ...settings, demo: company?.demo ?? false }),
    listBackups: copies,
    createBackup: copies[2],
    restoreBackup: null,
    restoreBackupFromFile: true,
    listDepartments: departments(n),
    createDepartment: (name) => ({ id: 399, name, activeEmployees: 0 }),
    renameDepartment: null,
    deleteDepartment: null,
    listEmployees: people,
    getEmployeeProfile: (id) => ({
      employee: employeeById(id),
      groups,
      row: matrix.rows.find((r) => r.employeeId === id) ?? matrix.rows[0],
      history: [],
    }),
    createEmployee: (input) => ({ ...people[0], ...input, id: 9999 }),
    updateEmployee: (id, version, input) => ({ ...employeeById(id), ...input, version: version + 1 }),
    archiveEmployee: (id) => ({ ...employeeById(id), archivedOn: TODAY }),
    restoreEmployee: (id) => ({ ...employeeById(id), archivedOn: null }),
    getFramework: framework(extra),
    createPillar: (name) => ({ id: 99, name, retiredOn: null }),
    renamePillar: (id, name) => ({ id, name, retiredOn: null }),
    deletePillar: 'retired',
    reactivatePillar: (id) => ({ id, name: 'Grundlagen', retiredOn: null }),
    createCompetency: (input) => ({ id: 999, ...input, retiredOn: null }),
    updateCompetency: (id, input) => ({ id, ...input, retiredOn: null }),
    deleteCompetency: 'retired',
    reactivateCompetency: (id) => ({ ...framework(extra).competencies[0], id }),
    createRole: (input) => ({ id: 299, ...input, retiredOn: null }),
    updateRole: (id, input) => ({ id, ...input, retiredOn: null }),
    deleteRole: 'deleted',
    reactivateRole: (id) => ({ ...framework(extra).roles[0], id }),
    getMatrix: matrix,
    setLevel: assessment,
    exportMatrix: (format) => `${DOCUMENTS}/Talentmatrix.${format}`,
    exportTemplate: `${DOCUMENTS}/Talentwerk-Importvorlage.xlsx`,
    pickImportFile: { handle: 1, fileName: 'Import Mitarbeitende.csv' },
    previewImport: importPlan(),
    applyImport: importPlan(),
    previewMatrixPrint: { pageCount: 1, pages: [BLANK_PAGE] },
    saveMatrixPdf: `${DOCUMENTS}/Talentmatrix-${TODAY}.pdf`,
    openLastPrintout: null,
    savePilotPdf: (id) => `${DOCUMENTS}/Pilotprojekt-${id}-Steckbrief-${TODAY}.pdf`,
    saveKpiPdf: (asOf) => `${DOCUMENTS}/KPI-Bericht-${asOf ?? TODAY}.pdf`,
    saveLadderPdf: `${DOCUMENTS}/KI-Laufbahn-${TODAY}.pdf`,
    saveDevelopmentPlanPdf: (id) => `${DOCUMENTS}/Entwicklungsplan-${id}-${TODAY}.pdf`,
    saveLiteracyRecord: (input) => `${DOCUMENTS}/KI-Kompetenz-Nachweis-${input.asOf}.${input.format}`,
    listPilots: demoPilots,
    getPilotPage: pageOf,
    addPilot: (input) => ({ ...demoPilots[0], ...input, id: 99, status: input.status, statusSince: input.on }),
    setPilotStatus: (id, status, on) => ({ pilot: { ...pageOf(id).pilot, status, statusSince: on }, warnings: [] }),
    setPilotScores: (id, benefit, risk, measurability) => ({ ...pageOf(id).pilot, benefit, risk, measurability }),
    setPlannedHours: (id, planned) => ({ ...pageOf(id).pilot, plannedHours: planned.hours }),
    recordMeasuredHours: (id, measured) => ({ ...pageOf(id).pilot, measuredHours: measured.hours }),
    addPilotCost: null,
    setPilotDetails: (id, input) => ({ ...pageOf(id).details, ...input }),
    setPilotLessons: (_id, lessons) => lessons,
    addPilotGoal: (_id, input) => ({ id: 999, ...input }),
    updatePilotGoal: (goalId, input) => ({ id: goalId, ...input }),
    removePilotGoal: null,
    addPilotMilestone: (_id, input) => ({ id: 999, ...input }),
    updatePilotMilestone: (milestoneId, input) => ({ id: milestoneId, ...input }),
    removePilotMilestone: null,
    setPilotTeam: null,
    setNeededCompetencies: null,
    proposeRiskClass: 'minimal',
    setRiskClass: (id, riskClass, justification) => ({ ...pageOf(id).compliance, riskClass, justification }),
    setPersonalData: (id, personalData, monitoringPossible) => ({ ...pageOf(id).compliance, personalData, monitoringPossible }),
    setWorksCouncilInformed: (id, on) => ({ ...pageOf(id).compliance, worksCouncilInformedOn: on }),
    getDashboard: demoDashboard,
    getRoadmap: demoRoadmap,
    tickRoadmapItem: demoRoadmap,
    setRoadmapStart: demoRoadmap,
    getLadder: demoLadder,
    createStage: (input) => ({ ...demoLadder.stages[0], ...input, id: 99, requirements: [] }),
    updateStage: (id, input) => ({ ...demoLadder.stages[0], ...input, id }),
    deleteStage: null,
    addStageRequirement: (stageId) => ({ ...demoLadder.stages[0].requirements[0], id: 999, stageId }),
    removeStageRequirement: null,
    setEmployeeStage: (employeeId) => demoLadder.people.find((p) => p.employeeId === employeeId) ?? demoLadder.people[0],
    getPersonGrowth: demoPersonGrowth,
    getHireOrUpskill: demoHireOrUpskill,
    recordMaturity: (input) => ({ ...input, id: 9999, index: 2, note: input.note }),
    getMaturityOverview: demoMaturityOverview,
    compareMaturity: demoComparison,
    listLearningPaths: demoPaths,
    createLearningPath: (name, roleId, description) => ({ ...demoPaths[0], id: 99, name, roleId, description, modules: [], hours: 0, cost: 0 }),
    retireLearningPath: (id) => ({ ...demoPaths[0], id, retiredOn: TODAY }),
    reactivateLearningPath: (id) => ({ ...demoPaths[0], id, retiredOn: null }),
    createLearningModule: (pathId) => ({ ...demoPaths[0].modules[0], id: 999, pathId }),
    updateLearningModule: (id) => ({ ...demoPaths[0].modules[0], id }),
    retireLearningModule: (id) => ({ ...demoPaths[0].modules[0], id, retiredOn: TODAY }),
    reactivateLearningModule: (id) => ({ ...demoPaths[0].modules[0], id, retiredOn: null }),
    listPathParticipants: demoParticipants,
    enrolEmployee: (employeeId, pathId, on) => ({ id: 999, employeeId, pathId, path: demoPaths[0].name, enrolledOn: on }),
    completeModule: demoProposals[0],
    listPendingProposals: demoProposals,
    confirmProposal: (id) => ({ ...demoProposals[0], id, proposal: 'confirmed' }),
    rejectProposal: (id) => ({ ...demoProposals[0], id, proposal: 'rejected' }),
    listMentoringPairs: demoPairs,
    createMentoringPair: demoPairs[0],
    endMentoringPair: (id, on) => ({ ...demoPairs[0], id, endedOn: on }),
    listCheckins: demoCheckins,
    addCheckin: (pairId, on, note) => ({ id: 999, pairId, heldOn: on, note }),
    setMenuLanguage: null,
    getAppInfo: () => ({ version: '0.1.0', tauriVersion: '2.12.5', sqliteVersion: '3.53.2', webviewVersion: null, os: 'linux', databasePath: path }),
  };
}

/**
 * Installs the preview backend. `?company=none` starts at first run, `?company=demo` in the
 * demo, `?n=5000&extra=84` makes a big matrix, `?lang=en`, `?delay=ms`, `?fail=set_level`
 * (that command fails), `?fatal=foreign|missing|newer|damaged` (the database cannot be used).
 */
export function installMockBackend(): void {
  const params = new URLSearchParams(location.search);
  const language: Language = params.get('lang') === 'en' ? 'en' : 'de';
  const which = params.get('company');
  const start = which === 'none' ? null : { ...(which === 'demo' ? demoCompany : ownCompany), language };
  const answers = previewAnswers(start, Number(params.get('n') ?? 60), Number(params.get('extra') ?? 0));
  const delay = Number(params.get('delay') ?? 120);
  const fatal = params.get('fatal');
  mockIPC(async (ipcName, payload) => {
    await new Promise((r) => setTimeout(r, delay));
    if (params.get('fail') === ipcName) {
      throw { kind: 'storage', message: 'disk I/O error (simulated)' } satisfies AppError;
    }
    if (fatal && ipcName === 'get_session') {
      throw { kind: 'unavailable', path: DATABASE_PATH, problem: fatal } as AppError;
    }
    const command = commandOf(ipcName);
    if (command === null) throw new Error(`preview backend: ${ipcName} is not a command in bindings.gen.ts`);
    return respond(answers[command], argsFrom(payload));
  });
}
