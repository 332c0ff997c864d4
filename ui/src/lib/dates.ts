//! Today's date as the UI proposes it in date fields (the local calendar day, ISO). The
//! backend never takes "today" from here for its own rules: it has its own clock.

/** The local calendar day of `now` as `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
