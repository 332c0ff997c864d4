//! Per-test answers from the Rust backend, typed by the generated bindings. A test names the
//! commands it exercises (`getMatrix`, `setLevel`, … as in `commands` of bindings.gen.ts) and
//! what each answers; a command without an answer fails the test. This must never grow
//! backend rules (sorting, filtering, uniqueness, layouts): where a test needs a refusal, it
//! answers with that `AppError` itself.
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { onTestFinished } from 'vitest';
import { commands, type AppError } from '../bindings.gen';

type Commands = typeof commands;
/** A command as the UI calls it through the bindings (`setLevel`, not `set_level`). */
export type Command = keyof Commands;
/** A command's arguments, in the order of the generated function. */
export type Args<K extends Command> = Parameters<Commands[K]>;
/** What a command returns when it succeeds. */
export type Result<K extends Command> = Extract<Awaited<ReturnType<Commands[K]>>, { status: 'ok' }>['data'];
export type Handler<K extends Command> = (...args: Args<K>) => Result<K> | Promise<Result<K>>;
/** Per command: a fixed result, or a handler that may record, refuse or wait. */
export type Answers = { [K in Command]?: Result<K> | Handler<K> };
export type Call = { [K in Command]: { command: K; args: Args<K> } }[Command];

export type Backend = {
  /** Every command the UI sent, in order (also the ones without an answer). */
  readonly calls: Call[];
  /** The arguments of each call to `command`, in order. */
  argsOf<K extends Command>(command: K): Args<K>[];
  /** The names of the commands called, in order. */
  commandsCalled(): Command[];
};

/** A refusal from the backend: throw it from a handler (`() => refuse({ kind: 'noCompany' })`). */
export function refuse(error: AppError): never {
  throw error;
}

/** The binding's name for an IPC command name: `set_level` → `setLevel`. */
export function commandOf(ipcName: string): Command | null {
  const name = ipcName.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
  return Object.hasOwn(commands, name) ? (name as Command) : null;
}

/**
 * The positional arguments of a call. The generated functions pass their parameters as
 * `{ a, b, c }` in parameter order, so the payload's values are the arguments in order
 * (ipc.test.ts checks this for every command).
 */
export function argsFrom(payload: unknown): unknown[] {
  return payload && typeof payload === 'object' ? Object.values(payload) : [];
}

/**
 * Installs `answers` as the backend for the current test. A command without an answer
 * rejects, and the test fails when it finishes.
 */
export function answer(answers: Answers): Backend {
  const calls: Call[] = [];
  const unanswered: string[] = [];
  mockIPC(async (ipcName, payload) => {
    const command = commandOf(ipcName);
    const args = argsFrom(payload);
    if (command === null) {
      unanswered.push(`${ipcName} (not a command in bindings.gen.ts)`);
      throw new Error(`backend stand-in: ${ipcName} is not a command in bindings.gen.ts`);
    }
    calls.push({ command, args } as Call);
    const given = answers[command] as unknown;
    if (given === undefined) {
      unanswered.push(command);
      throw new Error(`backend stand-in: this test gives no answer for ${command}`);
    }
    return typeof given === 'function' ? await (given as (...a: unknown[]) => unknown)(...args) : structuredClone(given);
  });
  onTestFinished(() => {
    clearMocks();
    if (unanswered.length > 0) {
      throw new Error(`The UI called commands this test does not answer: ${[...new Set(unanswered)].join(', ')}`);
    }
  });
  return {
    calls,
    argsOf: <K extends Command>(command: K) =>
      calls.filter((c) => c.command === command).map((c) => c.args as Args<K>),
    commandsCalled: () => calls.map((c) => c.command),
  };
}
