// @vitest-environment node
import type { Page } from 'playwright';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DataBlockCard, DataChecksTable, DecisionBadge, DecisionBlocksProvider, SessionDecision } from '../../src';
import { arabicMessages, germanMessages } from '../../src/locales';
import { chromiumWithStylesheet, stylesheetText } from './chromium';

// What a screen reader is given for each badge: Chromium's own accessibility tree, read over the
// DevTools protocol, for server-rendered markup with the built stylesheet. Each badge sits in a
// button of its own only so that Chromium computes one name from its content.

const browser = chromiumWithStylesheet();

/** The accessible names Chromium computes for the buttons of the page, in order. */
async function buttonNames(
  body: string,
  css = stylesheetText(),
  media: Parameters<Page['emulateMedia']>[0] = {},
): Promise<string[]> {
  const page = await browser().newPage();
  try {
    await page.emulateMedia(media);
    await page.setContent(
      `<!doctype html><html lang="en"><head><style>${css}</style></head><body>${body}</body></html>`,
    );
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    return nodes
      .filter((node) => !node.ignored && node.role?.value === 'button')
      .map((node) => String(node.name?.value ?? ''));
  } finally {
    await page.close();
  }
}

const inButtons = (...badges: ReactElement[]) =>
  badges.map((badge) => `<button>${renderToString(badge)}</button>`).join('');

describe('tone words in Chromium’s accessibility tree', () => {
  it('reads the icon’s tone word before a badge’s text, and none when the text says the tone', async () => {
    const names = await buttonNames(
      inButtons(
        <DecisionBadge verdict="not_trusted" />,
        <DecisionBadge verdict="manual_review" />,
        <DecisionBadge verdict="approved" />,
        <DecisionBadge verdict="skipped" />,
        <DecisionBadge verdict="escalated" />,
        <DecisionBadge verdict="failed" />,
        <DecisionBadge />,
        <DecisionBadge verdict="rejected" label="Face mismatch" size="lg" variant="solid" />,
      ),
    );
    expect(names).toEqual([
      'Failed, Not trusted',
      'Needs review, Manual review',
      'Passed, Approved',
      'Not run, Skipped',
      'Unknown, Escalated',
      'Failed',
      'No verdict',
      'Failed, Face mismatch',
    ]);
  });

  it.each([
    ['forced-colors mode', { forcedColors: 'active' }],
    ['print', { media: 'print' }],
  ] as const)('reads the same names in %s, where the icon is a glyph', async (_, media) => {
    const body = inButtons(
      <DecisionBadge verdict="not_trusted" />,
      <DecisionBadge verdict="approved" />,
      <DecisionBadge verdict="failed" />,
      <DecisionBadge />,
    );
    expect(await buttonNames(body, undefined, media)).toEqual([
      'Failed, Not trusted',
      'Passed, Approved',
      'Failed',
      'No verdict',
    ]);
  });

  it('reads the tone words of other messages in the badge’s name', async () => {
    const names = await buttonNames(
      inButtons(
        <DecisionBlocksProvider messages={germanMessages}>
          <DecisionBadge verdict="not_trusted" />
        </DecisionBlocksProvider>,
        <DecisionBlocksProvider messages={arabicMessages}>
          <DecisionBadge verdict="approved" />
        </DecisionBlocksProvider>,
        <DecisionBlocksProvider messages={{ toneCritical: 'Blocked' }}>
          <DecisionBadge verdict="not_trusted" />
        </DecisionBlocksProvider>,
      ),
    );
    expect(names[0]).toBe('Abgelehnt, Nicht vertrauenswürdig');
    expect(names[1]).toMatch(new RegExp(`^${arabicMessages.tonePositive}, `));
    expect(names[2]).toBe('Blocked, Not trusted');
  });

  it('reads the tone word of the badges in cards, tables and sessions', async () => {
    const block = { verdict: 'not_trusted', score: null, reasons: [] };
    const html = [
      renderToString(<DataBlockCard block={block} title="Device" />),
      renderToString(<DataChecksTable checks={{ device: block }} />),
      renderToString(<SessionDecision session={{ outcome: 'rejected', dataBlocks: [] }} />),
    ];
    // One badge of each, taken out of its component and put in a button.
    const badges = html.map(
      (markup) => `<button>${/<span [^>]*class="dblk-badge[^]*?<\/span>/.exec(markup)?.[0]}</button>`,
    );
    expect(await buttonNames(badges.join(''))).toEqual([
      'Failed, Not trusted',
      'Failed, Not trusted',
      'Failed, Rejected',
    ]);
  });

  it('takes a badge’s direction from its text, not from a hidden tone word of another script', async () => {
    const page = await browser().newPage();
    try {
      const badges = renderToString(
        <DecisionBlocksProvider messages={arabicMessages}>
          <DecisionBadge verdict="escalated" />
          <DecisionBadge verdict="approved" />
        </DecisionBlocksProvider>,
      );
      const css = stylesheetText();
      await page.setContent(
        `<!doctype html><html lang="ar" dir="rtl"><head><style>${css}</style></head><body>${badges}</body></html>`,
      );
      const badgeStyles = await page.$$eval('.dblk-badge', (elements) =>
        elements.map((element) => {
          const style = getComputedStyle(element);
          // The icon shows in whichever padding is wide enough for it.
          return {
            direction: style.direction,
            iconAtRight: parseFloat(style.paddingRight) > parseFloat(style.paddingLeft),
          };
        }),
      );
      // "Escalated" is untranslated English: left to right, its icon before it, at the left; the
      // translated verdict is Arabic, its icon at the right.
      expect(badgeStyles).toEqual([
        { direction: 'ltr', iconAtRight: false },
        { direction: 'rtl', iconAtRight: true },
      ]);
    } finally {
      await page.close();
    }
  });

  it('reads the tone word without the stylesheet too: it is in the markup, not in the CSS', async () => {
    expect(await buttonNames(inButtons(<DecisionBadge verdict="not_trusted" />), '')).toEqual(['Failed, Not trusted']);
  });
});
