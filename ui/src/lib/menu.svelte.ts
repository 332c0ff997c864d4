//! The app menu (src-tauri/src/menu.rs) as the UI sees it: a click arrives as a `menu-action`
//! event. What a screen carries out (print, import, export, backup, a new file, the matrix's
//! undo) waits here as a request until that screen takes it, so a screen that is still
//! loading takes it once it is ready. Nothing here decides what an action does.
import { events, type MenuAction } from '../bindings.gen';

export type { MenuAction };

type Request = { action: MenuAction; seq: number };

const pending = $state<{ request: Request | null }>({ request: null });
let seq = 0;

/** Leaves `action` for the screen that carries it out. */
export function request(action: MenuAction): void {
  pending.request = { action, seq: ++seq };
}

/** Drops a request nobody took (the user went elsewhere). */
export function dropRequest(): void {
  pending.request = null;
}

/**
 * The waiting request if it is one of `actions`, taken so it runs once. Reading it in an
 * `$effect` re-runs the effect when a new request arrives.
 */
export function take(...actions: MenuAction[]): MenuAction | null {
  const waiting = pending.request;
  if (waiting === null || !actions.includes(waiting.action)) return null;
  pending.request = null;
  return waiting.action;
}

/**
 * Calls `handler` for every menu click until the returned function is called. Outside the
 * app (the browser preview) no click ever arrives.
 */
export function listenToMenu(handler: (action: MenuAction) => void): () => void {
  let stop: (() => void) | null = null;
  let stopped = false;
  events.menuAction
    .listen((event) => handler(event.payload))
    .then(
      (unlisten) => {
        if (stopped) unlisten();
        else stop = unlisten;
      },
      () => {},
    );
  return () => {
    stopped = true;
    stop?.();
  };
}

/** A text field, text area or editable element: the web view's own undo applies there. */
export function editsText(element: Element | null): boolean {
  if (element instanceof HTMLTextAreaElement) return true;
  if (element instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color'].includes(element.type);
  }
  return element instanceof HTMLElement && element.isContentEditable;
}
