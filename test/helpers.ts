import { vi } from 'vitest';

/** Lets the current test log console.error (e.g. React reporting an error a boundary caught). */
export function allowConsoleErrors(): void {
  const state = (globalThis as { __dblkConsoleErrors?: { allowed: boolean } }).__dblkConsoleErrors;
  if (state) state.allowed = true;
}

/** The console.error calls made so far in this test, as text. */
export function consoleErrors(): string[] {
  const spy = vi.mocked(console.error);
  return spy.mock.calls.map((call) => call.map(String).join(' '));
}

/** A deeply frozen copy, to prove components never mutate their input. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** The two examples of the data-block seed, verbatim. */
export const failedBiometric = {
  verdict: 'failure',
  score: '',
  reasons: [{ code: '', details: 'SERVER_FACE_DOES_NOT_MATCH' }],
};

export const untrustedDevice = {
  verdict: 'not_trusted',
  score: 28.3,
  reasons: [
    {
      code: 'RC004',
      details: 'The country associated to the ip address does not match with the country of the phone number',
    },
    {
      code: 'RE011',
      details: 'This email address is present in much more data breach than usual, indicating a shared email',
    },
  ],
};

/** Values of the wrong type that API drift or JS callers may pass anywhere. */
export const garbageValues: ReadonlyArray<readonly [string, unknown]> = [
  ['null', null],
  ['undefined', undefined],
  ['a number', 42],
  ['NaN', Number.NaN],
  ['a boolean', true],
  ['a string', 'garbage'],
  ['an empty object', {}],
  ['an array of junk', [null, 1, 'x', {}]],
  ['a nested object', { deep: { deeper: [1, { x: 2 }] } }],
  ['a function', () => 'x'],
  ['a symbol', Symbol('x')],
];

/**
 * What a screen reader reads for a badge: its name when it is an image named with its tone word
 * ("Failed, Not trusted"), else its text (with a visually hidden tone word where the text is a
 * host's element).
 */
export function spokenBadge(element: Element): string {
  return element.getAttribute('role') === 'img'
    ? (element.getAttribute('aria-label') ?? '')
    : (element.textContent ?? '');
}
