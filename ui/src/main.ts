import '@fontsource/inter/400.css';
import '@fontsource/inter/500.css';
import '@fontsource/inter/600.css';
import './app.css';
import { mount } from 'svelte';
import App from './App.svelte';

async function start() {
  // A browser-only preview with a fake backend (npm run dev -- --mode mock); `npm run build`
  // (mode production) drops this branch and the mock module entirely.
  if (import.meta.env.MODE === 'mock') {
    const { installMockBackend } = await import('./dev/mock-backend');
    installMockBackend();
  }
  mount(App, { target: document.getElementById('app')! });
}

void start();
