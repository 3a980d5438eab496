import '@testing-library/jest-dom/vitest';

import { cleanup } from '@testing-library/react';

import { server } from './server';

// jsdom lacks what Mantine measures layouts with.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});
window.HTMLElement.prototype.scrollIntoView = function scrollIntoView() {};
// The router restores scroll positions; jsdom does not scroll.
window.scrollTo = () => {};

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  sessionStorage.clear();
});
afterAll(() => server.close());

// jsdom has no object URLs; downloads create one for the saved file.
URL.createObjectURL ??= () => 'blob:genba-test';
URL.revokeObjectURL ??= () => {};
