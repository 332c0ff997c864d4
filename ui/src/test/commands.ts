//! The backend's commands as the generated bindings type them, and answers keyed by them.
//! Shared by the test stand-in (ipc.ts) and the browser preview (dev/mock-backend.ts); it
//! must not import vitest, and it never decides an answer itself.
import { commands } from '../bindings.gen';

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

/** The binding's name for an IPC command name: `set_level` → `setLevel`; null if there is none. */
export function commandOf(ipcName: string): Command | null {
  const name = ipcName.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
  return Object.hasOwn(commands, name) ? (name as Command) : null;
}

/**
 * The positional arguments of a call. The generated functions pass their parameters as
 * `{ a, b, c }` in parameter order, so the payload's values are the arguments in order
 * (test/ipc.test.ts checks this for every command).
 */
export function argsFrom(payload: unknown): unknown[] {
  return payload && typeof payload === 'object' ? Object.values(payload) : [];
}

/** The given answer for a call: the handler's result, or a copy of the fixed result. */
export async function respond(given: unknown, args: unknown[]): Promise<unknown> {
  return typeof given === 'function' ? await (given as (...a: unknown[]) => unknown)(...args) : structuredClone(given);
}
