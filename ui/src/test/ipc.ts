//! Per-test answers from the Rust backend, typed by the generated bindings. A test names the
//! commands it exercises (`getMatrix`, `setLevel`, … as in `commands` of bindings.gen.ts) and
//! what each answers; a command without an answer fails the test. This must never grow
//! backend rules (sorting, filtering, uniqueness, layouts): where a test needs a refusal, it
//! answers with that `AppError` itself.
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { onTestFinished } from 'vitest';
import type { AppError } from '../bindings.gen';
import { argsFrom, commandOf, respond, type Answers, type Args, type Call, type Command } from './commands';

export type { Answers, Args, Call, Command, Handler, Result } from './commands';

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
    return respond(given, args);
    // Events (the app menu's clicks) reach `listen` through `emit` from @tauri-apps/api/event.
  }, { shouldMockEvents: true });
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
