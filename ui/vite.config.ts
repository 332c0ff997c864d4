/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

// Tauri expects a fixed port in dev and a relative, self-contained bundle in production.
export default defineConfig({
  plugins: [svelte(), svelteTesting()],
  clearScreen: false,
  base: './',
  // The user guide's text lives in ../docs (screens/help imports it with ?raw).
  server: { port: 5173, strictPort: true, fs: { allow: ['.', '../docs'] } },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1500 },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
    setupFiles: ['./src/test-setup.ts'],
  },
});
