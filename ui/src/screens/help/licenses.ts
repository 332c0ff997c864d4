//! The third-party software in the app, from licenses.gen.json (written by
//! src-tauri/tests/third_party_licenses.rs). Loaded on demand: the list is not part of the
//! start bundle.

export type FontUsage = 'print' | 'screen';
export type FontEntry = { name: string; license: string; usage: FontUsage };
export type PackageEntry = { name: string; version: string; license: string };
export type Licences = { fonts: FontEntry[]; crates: PackageEntry[]; npm: PackageEntry[] };
export type Group = keyof Licences;
export const GROUPS: Group[] = ['fonts', 'crates', 'npm'];

export async function loadLicences(): Promise<Licences> {
  const module = await import('./licenses.gen.json');
  return module.default as Licences;
}

/** How many entries carry each licence expression, most used first. */
export function countByLicence(list: Licences): { license: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const group of GROUPS) {
    for (const entry of list[group]) counts.set(entry.license, (counts.get(entry.license) ?? 0) + 1);
  }
  return [...counts]
    .map(([license, count]) => ({ license, count }))
    .sort((a, b) => b.count - a.count || a.license.localeCompare(b.license));
}

/** Whether an entry's name or licence contains `query` (any case). */
export function matches(entry: { name: string; license: string }, query: string): boolean {
  const q = query.trim().toLowerCase();
  return q === '' || entry.name.toLowerCase().includes(q) || entry.license.toLowerCase().includes(q);
}
