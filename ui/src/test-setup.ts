import '@testing-library/jest-dom/vitest';

// jsdom has no layout: give bind:clientHeight/clientWidth a ResizeObserver that does nothing.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;
