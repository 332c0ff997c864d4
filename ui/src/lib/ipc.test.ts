import { afterEach, describe, expect, it } from 'vitest';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import type { AppError, Field, Problem } from '../bindings.gen';
import { api, errorMessage, fieldError, IpcError, toAppError } from './ipc';
import { setLocale } from './i18n/index.svelte';

afterEach(() => {
  clearMocks();
  setLocale('de');
});

const inv = (field: Field, problem: Problem): AppError => ({ kind: 'invalid', field, problem });

describe('errorMessage', () => {
  it('translates every AppError kind', () => {
    expect(errorMessage({ kind: 'notFound', entity: 'employee', id: '7' })).toBe(
      'Die Person (Nr. 7) wurde nicht gefunden. Möglicherweise wurde sie inzwischen gelöscht.',
    );
    expect(errorMessage({ kind: 'companyExists' })).toBe('Diese Datei enthält bereits ein Unternehmen.');
    expect(errorMessage({ kind: 'noCompany' })).toBe('In dieser Datei ist noch kein Unternehmen angelegt.');
    expect(errorMessage({ kind: 'unavailable', path: '/x/a.sqlite', problem: 'missing' })).toBe('Die Datenbankdatei wurde nicht gefunden.');
    expect(errorMessage({ kind: 'unavailable', path: '/x/a.sqlite', problem: 'foreign' })).toContain('keine Talentwerk-Datenbank');
    expect(errorMessage({ kind: 'unavailable', path: '/x/a.sqlite', problem: 'newer' })).toContain('neueren');
    expect(errorMessage({ kind: 'storage', message: 'disk I/O error' })).toBe(
      'Die Daten konnten nicht gelesen oder gespeichert werden. Es wurde nichts verändert.',
    );
  });

  it('translates the file, concurrency and backup errors', () => {
    expect(errorMessage({ kind: 'fileInUse' })).toBe(
      'Die Datei wird gerade von einem anderen Programm bearbeitet (einem zweiten Talentwerk-Fenster oder talentwerk-cli). Bitte versuchen Sie es gleich noch einmal.',
    );
    expect(errorMessage({ kind: 'stale', entity: 'employee' })).toBe('Die Person wurde inzwischen geändert — bitte neu laden.');
    expect(errorMessage({ kind: 'ownDatabase' })).toBe('Das ist die geöffnete Datenbank selbst. Bitte wählen Sie eine andere Datei.');
    expect(errorMessage({ kind: 'fileAccess', path: 'E:\\Sicherung.db', message: 'Permission denied' })).toContain('„E:\\Sicherung.db“');
    expect(errorMessage({ kind: 'fileChanged' })).toContain('seit der Vorschau geändert');
    expect(errorMessage({ kind: 'unavailable', path: '/x/a.db', problem: 'damaged' })).toContain('beschädigt');
    expect(errorMessage({ kind: 'notFound', entity: 'backup', id: 'x.db' })).toContain('Die Sicherung');
    setLocale('en');
    expect(errorMessage({ kind: 'stale', entity: 'employee' })).toBe('The employee has changed in the meantime — please reload.');
    expect(errorMessage({ kind: 'fileInUse' })).toContain('second Talentwerk window');
  });

  it('translates every validation problem, with field-specific wording where it helps', () => {
    expect(errorMessage(inv('name', { problem: 'empty' }))).toBe('Bitte geben Sie einen Namen ein.');
    expect(errorMessage(inv('jobTitle', { problem: 'empty' }))).toBe('Bitte füllen Sie „Funktion“ aus.');
    expect(errorMessage(inv('name', { problem: 'tooLong', max: 120 }))).toBe('Höchstens 120 Zeichen.');
    expect(errorMessage(inv('level', { problem: 'outOfRange', min: 0, max: 3 }))).toBe('Stufe muss zwischen 0 und 3 liegen.');
    expect(errorMessage(inv('technicalInterest', { problem: 'outOfRange', min: 0, max: 3 }))).toBe(
      'Der Wert muss zwischen 0 und 3 liegen.',
    );
    expect(errorMessage(inv('entryDate', { problem: 'notADate' }))).toBe('Bitte geben Sie ein gültiges Datum ein.');
    expect(errorMessage(inv('department', { problem: 'unknown' }))).toBe('Bitte wählen Sie eine Abteilung.');
    expect(errorMessage(inv('competency', { problem: 'unknown' }))).toContain('„Kompetenz“');
    expect(errorMessage(inv('competencyCode', { problem: 'notAllowed' }))).toContain('Leerzeichen');
    expect(errorMessage(inv('personnelNumber', { problem: 'taken' }))).toBe('Die Personalnummer ist bereits vergeben.');
    expect(errorMessage(inv('pillar', { problem: 'inUse' }))).toContain('enthält noch Kompetenzen');
  });

  it('speaks English when the locale is English', () => {
    setLocale('en');
    expect(errorMessage(inv('personnelNumber', { problem: 'taken' }))).toBe('This personnel number is already taken.');
    expect(errorMessage({ kind: 'noCompany' })).toBe('No company has been created in this file yet.');
  });

  it('has a message for every field and problem combination', () => {
    const fields: Field[] = [
      'companyName', 'hourlyRate', 'workingWeeks', 'language', 'departmentName', 'personnelNumber', 'name',
      'jobTitle', 'department', 'role', 'entryDate', 'technicalInterest', 'communication', 'domainExpertise',
      'aiUsage', 'pillarName', 'pillar', 'competencyCode', 'competencyName', 'description', 'levelDescriptor',
      'roleName', 'competency', 'level', 'date', 'assessor', 'note',
    ];
    const problems: Problem[] = [
      { problem: 'empty' }, { problem: 'tooLong', max: 5 }, { problem: 'outOfRange', min: 1, max: 2 },
      { problem: 'notADate' }, { problem: 'unknown' }, { problem: 'notAllowed' }, { problem: 'taken' }, { problem: 'inUse' },
    ];
    for (const locale of ['de', 'en'] as const) {
      setLocale(locale);
      for (const f of fields)
        for (const p of problems) {
          const text = errorMessage(inv(f, p));
          expect(text, `${f}/${p.problem}`).not.toMatch(/\{|\}|error\.|field\./);
        }
    }
  });
});

describe('fieldError and the api wrapper', () => {
  it('finds the message for the field the error is about only', () => {
    const e = inv('personnelNumber', { problem: 'taken' });
    expect(fieldError(e, 'personnelNumber')).toBe('Die Personalnummer ist bereits vergeben.');
    expect(fieldError(e, 'name')).toBeNull();
    expect(fieldError({ kind: 'noCompany' }, 'name')).toBeNull();
    expect(fieldError(null, 'name')).toBeNull();
  });

  it('unwraps ok results and throws IpcError for error results', async () => {
    mockIPC((cmd, args) => {
      if (cmd === 'get_session') return { databasePath: '/tmp/x.sqlite', company: null };
      if (cmd === 'create_department') throw inv('departmentName', { problem: 'empty' });
      throw new Error(`unexpected ${cmd} ${JSON.stringify(args)}`);
    });
    await expect(api.getSession()).resolves.toEqual({ databasePath: '/tmp/x.sqlite', company: null });
    const failure = await api.createDepartment('').catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(IpcError);
    expect(toAppError(failure)).toEqual(inv('departmentName', { problem: 'empty' }));
    expect(toAppError(new Error('boom'))).toEqual({ kind: 'storage', message: 'boom' });
  });
});

describe('malformed errors', () => {
  it('turns a plain string rejection (argument deserialization) into a storage error', async () => {
    mockIPC(() => {
      throw 'invalid args `settings` for command `update_company`';
    });
    const failure = await api.getSession().catch((e: unknown) => e);
    expect(toAppError(failure)).toEqual({
      kind: 'storage',
      message: 'invalid args `settings` for command `update_company`',
    });
  });
});
