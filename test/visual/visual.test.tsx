import { cleanup, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import {
  DataBlockCard,
  DecisionBadge,
  DecisionBlocksProvider,
  ReasonList,
  ScoreMeter,
  SessionDecision,
  TONES,
} from '../../src';
import { arabicMessages } from '../../src/locales';
import '../../src/theme/index.css';
import '../../.storybook/preview.css';
import { failedBiometricAuthentication, untrustedDeviceSignals } from '../../stories/fixtures/seeds';
import { mixedSession, rejectedSession } from '../../stories/fixtures/sessions';

/**
 * Reference screenshots of the key states, in both themes, both directions and at a desktop and
 * a phone width. The references are committed under __screenshots__; after an intended visual
 * change, regenerate them all with `npm run test:visual:update` and review the diff.
 */

const verdictOfTone = {
  critical: 'failure',
  caution: 'manual_review',
  unknown: 'escalated',
  neutral: 'not_executed',
  positive: 'passed',
} as const;

const longCodes = [
  { code: 'DAILY_TRANSACTION_AMOUNT_EXCEEDS_CONFIGURED_LIMIT', details: 'The amount is over the daily limit.' },
  { code: 'RC004', details: 'Document expired.' },
  { code: 'SERVER_FACE_DOES_NOT_MATCH' },
];

const scenarios: Record<string, () => ReactNode> = {
  components: () => (
    <div className="dblk-sb-stack">
      <div className="dblk-sb-row">
        {TONES.map((tone) => (
          <DecisionBadge key={tone} verdict={verdictOfTone[tone]} />
        ))}
        <DecisionBadge verdict={null} />
      </div>
      <div className="dblk-sb-row">
        <ScoreMeter score={71.6} label="Match score" />
        <ScoreMeter score={null} />
      </div>
      <ReasonList reasons={longCodes} />
    </div>
  ),
  cards: () => (
    <div className="dblk-sb-cards">
      <DataBlockCard name="AuthenticationResult" block={failedBiometricAuthentication} />
      <DataBlockCard name="DeviceSignals" block={untrustedDeviceSignals} />
      <DataBlockCard name="ProofOfAddress" block={{}} />
    </div>
  ),
  'seed-session': () => <SessionDecision session={rejectedSession} title="Identity verification" />,
  'realistic-session': () => <SessionDecision session={mixedSession} title="Identity verification" />,
  'realistic-session-cards': () => <SessionDecision session={mixedSession} layout="cards" />,
};

const themes = ['light', 'dark'] as const;
const directions = ['ltr', 'rtl'] as const;
const widths = [1280, 390] as const;

function Frame({ theme, dir, children }: { theme: string; dir: string; children: ReactNode }) {
  const content =
    dir === 'rtl' ? <DecisionBlocksProvider messages={arabicMessages}>{children}</DecisionBlocksProvider> : children;
  return (
    <div
      className="dblk-sb-canvas"
      data-testid="frame"
      data-dblk-theme={theme}
      dir={dir}
      lang={dir === 'rtl' ? 'ar' : 'en'}
    >
      {content}
    </div>
  );
}

afterEach(() => cleanup());

describe.each(widths)('at %i px', (width) => {
  describe.each(directions)('%s', (dir) => {
    describe.each(themes)('%s theme', (theme) => {
      it.each(Object.keys(scenarios))('%s matches its reference', async (name) => {
        await page.viewport(width, 900);
        render(
          <Frame theme={theme} dir={dir}>
            {scenarios[name]!()}
          </Frame>,
        );
        await expect(page.getByTestId('frame')).toMatchScreenshot(`${name}-${theme}-${dir}-${width}`);
      });
    });
  });
});

/** Each word of the element's text on one line: a word whose ranges span two lines was split. */
function splitWords(element: Element): string[] {
  const split: string[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    for (const match of text.matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const lines = new Set(
        [...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)),
      );
      if (lines.size > 1) split.push(match[0]);
    }
  }
  return split;
}

describe.each(widths)('no word split across lines at %i px', (width) => {
  it.each(['seed-session', 'realistic-session', 'realistic-session-cards', 'cards'])('%s', async (name) => {
    await page.viewport(width, 900);
    render(
      <Frame theme="light" dir="ltr">
        {scenarios[name]!()}
      </Frame>,
    );
    const badges = [...document.querySelectorAll('.dblk-badge')];
    const labels = [
      ...screen.queryAllByRole('columnheader'),
      ...screen.queryAllByRole('rowheader'),
      ...screen.queryAllByRole('button'),
      ...screen.queryAllByRole('heading'),
    ];
    expect(badges.length).toBeGreaterThan(0);
    for (const element of [...badges, ...labels]) {
      expect(splitWords(element), element.textContent ?? '').toEqual([]);
    }
  });
});
