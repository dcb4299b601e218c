import '@testing-library/jest-dom/vitest';
import { afterEach, beforeEach, vi } from 'vitest';

// Every component must render any input without console.error: a test fails when one is logged,
// unless it says up front that it expects one (see allowConsoleErrors in test/helpers.ts).
const logged: unknown[][] = [];
const state = { allowed: false };
(globalThis as { __dblkConsoleErrors?: typeof state }).__dblkConsoleErrors = state;

beforeEach(() => {
  logged.length = 0;
  state.allowed = false;
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    logged.push(args);
  });
});

afterEach(async () => {
  if (typeof document !== 'undefined') {
    const { cleanup } = await import('@testing-library/react');
    cleanup();
  }
  vi.restoreAllMocks();
  if (!state.allowed && logged.length > 0) {
    const first = logged[0]?.map((part) => (part instanceof Error ? part.message : String(part))).join(' ');
    throw new Error(`console.error was called ${logged.length} time(s); first: ${first}`);
  }
});

if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  // jsdom has no ResizeObserver; Radix measures the tooltip trigger with one.
  class ResizeObserverStub {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = ResizeObserverStub;
}
