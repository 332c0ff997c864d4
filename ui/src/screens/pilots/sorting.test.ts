import { describe, expect, it } from 'vitest';
import { sortPilots, toggled } from './sorting';
import { demoPilots } from '../../test/pilot-fixtures';

const label = (p: { department: string | null }) => p.department ?? 'Unternehmensweit';

describe('sortPilots', () => {
  it('keeps the backend order without a sort', () => {
    expect(sortPilots(demoPilots, null, label, 'de-DE')).toEqual(demoPilots);
  });

  it('sorts statuses in stage order and areas by their shown name', () => {
    const byStatus = sortPilots(demoPilots, { key: 'status', direction: 'asc' }, label, 'de-DE');
    expect(byStatus.map((p) => p.status)).toEqual(['idea', 'evaluation', 'running', 'running', 'running', 'stopped']);
    const companyWide = { ...demoPilots[0], id: 99, department: null, departmentId: null };
    const byArea = sortPilots([companyWide, ...demoPilots], { key: 'department', direction: 'asc' }, label, 'de-DE');
    expect(byArea.map(label)).toEqual([
      'Geschäftsführung & Verwaltung',
      'Geschäftsführung & Verwaltung',
      'Produktion',
      'Qualität',
      'Unternehmensweit',
      'Vertrieb',
      'Vertrieb',
    ]);
  });

  it('puts use cases without a measurement last in both directions', () => {
    for (const direction of ['asc', 'desc'] as const) {
      const sorted = sortPilots(demoPilots, { key: 'measuredHours', direction }, label, 'de-DE');
      expect(sorted.slice(-3).map((p) => p.measuredHours)).toEqual([null, null, null]);
    }
  });

  it('starts numbers highest first and text A–Z, and turns round on the second click', () => {
    expect(toggled(null, 'priority')).toEqual({ key: 'priority', direction: 'desc' });
    expect(toggled(null, 'title')).toEqual({ key: 'title', direction: 'asc' });
    expect(toggled({ key: 'title', direction: 'asc' }, 'title')).toEqual({ key: 'title', direction: 'desc' });
  });
});
