import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { clearMocks } from '@tauri-apps/api/mocks';
import App from '../App.svelte';
import { installMockBackend } from './mock-backend';

afterEach(() => {
  cleanup();
  clearMocks();
});

describe('the browser preview', () => {
  it('opens the company on the dashboard (it has use cases) and shows the matrix', async () => {
    installMockBackend();
    render(App);
    await waitFor(() => expect(screen.getAllByTestId('kpi-tile')).toHaveLength(10), { timeout: 3000 });
    expect(screen.getByTestId('company-name-header')).toHaveTextContent('Muster Metallbau GmbH');
    await fireEvent.click(screen.getByTestId('nav-matrix'));
    await waitFor(() => expect(screen.getByTestId('matrix-count')).toHaveTextContent('60 Mitarbeitende angezeigt'), { timeout: 3000 });
  });
});
