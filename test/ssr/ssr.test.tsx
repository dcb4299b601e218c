// @vitest-environment node
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  DataBlockCard,
  DataChecksTable,
  DecisionBadge,
  DecisionBlocksProvider,
  ReasonList,
  ScoreMeter,
  SessionDecision,
} from '../../src';
import { germanMessages } from '../../src/locales';
import { failedBiometric, untrustedDevice } from '../helpers';

const checks = { AuthenticationResult: failedBiometric, DeviceSignals: untrustedDevice };

const cases: [string, ReactElement, string][] = [
  ['DecisionBadge', <DecisionBadge block={untrustedDevice} tooltip="More" />, 'Not trusted'],
  ['ScoreMeter', <ScoreMeter block={untrustedDevice} />, 'role="meter"'],
  ['ReasonList', <ReasonList block={untrustedDevice} />, 'RC004'],
  ['DataChecksTable', <DataChecksTable checks={checks} />, '<table'],
  ['DataBlockCard', <DataBlockCard block={failedBiometric} name="AuthenticationResult" />, 'Authentication result'],
  ['SessionDecision', <SessionDecision outcome="rejected" checks={checks} />, '2 of 2 checks raised issues'],
];

describe('server rendering in plain Node', () => {
  it('has no DOM globals here', () => {
    expect(typeof document).toBe('undefined');
    expect(typeof window).toBe('undefined');
  });

  it.each(cases)('renders %s to a string without style attributes', (_name, element, expected) => {
    const html = renderToString(element);
    expect(html).toContain(expected);
    expect(html).not.toMatch(/\sstyle="/);
  });

  it('renders every component inside a provider with German messages', () => {
    const html = renderToString(
      <DecisionBlocksProvider messages={germanMessages} locale="de">
        <SessionDecision checks={checks} layout="cards" />
      </DecisionBlocksProvider>,
    );
    expect(html).toContain('Noch keine Entscheidung');
    expect(html).toContain('28,3');
  });
});
