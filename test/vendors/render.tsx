import { render, screen, within } from '@testing-library/react';
import { expect } from 'vitest';
import { DecisionBlocksProvider, SessionDecision, type Tone } from '../../src';
import { germanMessages } from '../../src/locales';
import type { VendorDecision } from '../../src/vendors';

export type Language = 'English' | 'German';
export const LANGUAGES: readonly Language[] = ['English', 'German'];

export interface Expected {
  /** The tone of the session's outcome. */
  outcome: Tone;
  /** Check rows by their visible name, with the tone each must have. */
  rows?: Readonly<Record<string, Tone>>;
  /** The vendor's own words that must be visible somewhere (codes, labels, texts). */
  words?: readonly string[];
  /** The outcome badge's visible label, per language. */
  label?: Readonly<Partial<Record<Language, string>>>;
}

/**
 * Renders a vendor decision as SessionDecision (whose table is DataChecksTable) in the given
 * language and checks tones and words. test/setup.ts fails the test on any console.error.
 */
export function expectSession(decision: VendorDecision, language: Language, expected: Expected): void {
  const settings = language === 'German' ? { messages: germanMessages, locale: 'de' } : {};
  const { unmount } = render(
    <DecisionBlocksProvider {...settings}>
      <SessionDecision session={decision} title="Identity verification" />
    </DecisionBlocksProvider>,
  );
  const region = screen.getByRole('region', { name: 'Identity verification' });
  expect(region).toHaveAttribute('data-tone', expected.outcome);
  const label = expected.label?.[language];
  if (label !== undefined) expect(within(region).getAllByText(label, { exact: true }).length).toBeGreaterThan(0);
  for (const [name, tone] of Object.entries(expected.rows ?? {})) {
    const header = within(region).getByRole('rowheader', { name });
    expect(header.closest('tr'), name).toHaveAttribute('data-tone', tone);
  }
  for (const word of expected.words ?? []) {
    expect(within(region).getAllByText(word, { exact: false }).length, word).toBeGreaterThan(0);
  }
  unmount();
}
