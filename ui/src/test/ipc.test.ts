import { afterEach, describe, expect, it } from 'vitest';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { commands } from '../bindings.gen';
import { api, IpcError, toAppError } from '../lib/ipc';
import { assessment } from './fixtures';
import { answer, refuse } from './ipc';
import { argsFrom, commandOf, type Answers, type Command } from './commands';

afterEach(() => clearMocks());

describe('the bindings as the stand-in reads them', () => {
  it('maps every IPC name back to its command and the payload to the arguments in order', async () => {
    const seen: { ipcName: string; payload: unknown }[] = [];
    mockIPC((ipcName, payload) => {
      seen.push({ ipcName, payload });
      return null;
    });
    const names = Object.keys(commands) as Command[];
    expect(names.length).toBeGreaterThan(30);
    for (const name of names) {
      const fn = commands[name] as (...a: unknown[]) => Promise<unknown>;
      const sentinels = Array.from({ length: fn.length }, (_, i) => `${name}#${i}`);
      await fn(...sentinels);
      const { ipcName, payload } = seen.at(-1)!;
      expect(commandOf(ipcName), `${ipcName} must map back to ${name}`).toBe(name);
      expect(argsFrom(payload), `${name} must pass its arguments in parameter order`).toEqual(sentinels);
    }
  });

  it('knows no command that the bindings do not have', () => {
    expect(commandOf('set_level')).toBe('setLevel');
    expect(commandOf('set_levels')).toBeNull();
    expect(commandOf('__proto__')).toBeNull();
  });
});

describe('answer', () => {
  it('answers with fixed results and handlers, and records the calls', async () => {
    const backend = answer({
      getSession: { databasePath: '/tmp/a.sqlite', fileName: 'a.sqlite', company: null, recent: [] },
      renameDepartment: () => null,
    });
    await expect(api.getSession()).resolves.toEqual({ databasePath: '/tmp/a.sqlite', fileName: 'a.sqlite', company: null, recent: [] });
    await api.renameDepartment(4, 'Einkauf');
    expect(backend.commandsCalled()).toEqual(['getSession', 'renameDepartment']);
    expect(backend.argsOf('renameDepartment')).toEqual([[4, 'Einkauf']]);
  });

  it('passes a refusal to the UI as the typed AppError', async () => {
    answer({ createDepartment: () => refuse({ kind: 'invalid', field: 'departmentName', problem: { problem: 'taken' } }) });
    const failure = await api.createDepartment('Vertrieb').catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(IpcError);
    expect(toAppError(failure)).toEqual({ kind: 'invalid', field: 'departmentName', problem: { problem: 'taken' } });
  });

  it('hands each call its own copy of a fixed result', async () => {
    const company = { name: 'Muster GmbH', hourlyRate: 60, workingWeeks: 46, language: 'de' as const, createdOn: '2024-01-15', demo: false };
    answer({ getSession: { databasePath: '/tmp/a.sqlite', fileName: 'a.sqlite', company, recent: [] } });
    const first = await api.getSession();
    first.company!.name = 'changed';
    expect((await api.getSession()).company!.name).toBe('Muster GmbH');
  });

  it.fails('fails the test when the UI calls a command the test does not answer', async () => {
    answer({});
    await api.listDepartments().catch(() => {});
  });

  it('turns a misspelt command, a wrong result or wrong argument types into type errors', () => {
    const typed = (answers: Answers) => answers;
    // @ts-expect-error: no such command in the bindings
    typed({ getMatrixes: null });
    // @ts-expect-error: get_session answers a Session, not a Company
    typed({ getSession: { name: 'Muster GmbH' } });
    // @ts-expect-error: set_level's level is a number
    typed({ setLevel: (_employee: number, _competency: number, _level: string) => assessment(1, 2, 3, 'manager', '') });
    // @ts-expect-error: a refusal is an AppError
    typed({ deleteRole: () => refuse({ kind: 'taken' }) });
    expect(typed({})).toEqual({});
  });
});
