import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/svelte';
import EmployeeDetail from './EmployeeDetail.svelte';
import { answer } from '../../test/ipc';
import { employees, framework, groupsOf, matrixRow } from '../../test/fixtures';
import { demoPersonGrowth } from '../../test/growth-fixtures';

afterEach(() => cleanup());

describe('EmployeeDetail', () => {
  it('still lists a retired competency with its level, marked "stillgelegt"', async () => {
    const f = framework();
    const retired = { ...f, competencies: f.competencies.map((c) => (c.code === 'D4' ? { ...c, retiredOn: '2026-11-02' } : c)) };
    const employee = employees(1)[0];
    const levels = retired.competencies.map((c) => (c.code === 'D4' ? 3 : 1));
    answer({ getEmployeeProfile: { employee, groups: groupsOf(retired), row: matrixRow(employee, levels), history: [] }, getPersonGrowth: demoPersonGrowth });
    render(EmployeeDetail, { id: employee.id, onback: vi.fn(), onedit: vi.fn(), onarchive: vi.fn(), onrestore: vi.fn() });
    await waitFor(() => expect(screen.getAllByTestId('profile-competency')).toHaveLength(16));
    const row = (code: string) => screen.getAllByTestId('profile-competency').find((r) => r.dataset.competencyCode === code)!;
    expect(within(row('D4')).getByTestId('profile-retired')).toHaveTextContent('stillgelegt');
    expect(row('D4')).toHaveTextContent('3');
    expect(within(row('D3')).queryByTestId('profile-retired')).toBeNull();
  });
});
