import { within } from '@testing-library/dom';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DataBlockCardElement,
  DecisionBadgeElement,
  decisionElements,
  defineDecisionElements,
  elementStyles,
  germanMessages,
  type DecisionElementTag,
} from '../../src/elements';
import { failedBiometric, untrustedDevice } from '../helpers';

// Elements render outside React's act(); this keeps React from asking for it in a test runner.
const setActEnvironment = (value: boolean) => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = value;
};

/** Lets the queued microtask render (and any effects) run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const checks = { AuthenticationResult: failedBiometric, DeviceSignals: untrustedDevice };

let host: HTMLElement;

async function mount<T extends DecisionElementTag>(
  tag: T,
  attributes: Record<string, string> = {},
): Promise<HTMLElementTagNameMap[T]> {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  host.append(element);
  await settle();
  return element;
}

/** Queries inside the element's shadow root (through the element React renders into there). */
function shadow(element: Element) {
  const mountPoint = element.shadowRoot?.querySelector<HTMLElement>('.dblk-element-mount');
  if (!mountPoint) throw new Error(`<${element.localName}> has no shadow root to render into`);
  return within(mountPoint);
}

beforeAll(() => {
  setActEnvironment(false);
  defineDecisionElements();
});

beforeEach(() => {
  setActEnvironment(false);
  host = document.createElement('div');
  document.body.append(host);
});

afterEach(async () => {
  host.remove();
  await settle();
});

describe('defineDecisionElements', () => {
  it('registers all six tags', () => {
    expect(Object.keys(decisionElements)).toEqual([
      'decision-badge',
      'score-meter',
      'reason-list',
      'data-block-card',
      'data-checks-table',
      'session-decision',
    ]);
    for (const [tag, element] of Object.entries(decisionElements)) {
      expect(customElements.get(tag), tag).toBe(element);
    }
  });

  it('can be called again without throwing and keeps the first definitions', () => {
    expect(defineDecisionElements()).toBe(true);
    expect(defineDecisionElements()).toBe(true);
    expect(customElements.get('decision-badge')).toBe(DecisionBadgeElement);
  });

  it('leaves a tag that another script defined first alone', () => {
    const define = vi.fn();
    const registry = {
      get: (tag: string) => (tag === 'score-meter' ? class extends HTMLElement {} : undefined),
      define,
    } as unknown as CustomElementRegistry;
    expect(defineDecisionElements(registry)).toBe(true);
    expect(define).toHaveBeenCalledTimes(5);
    expect(define.mock.calls.map(([tag]) => tag)).not.toContain('score-meter');
  });
});

describe('<decision-badge>', () => {
  it('renders the verdict inside an open shadow root', async () => {
    const element = await mount('decision-badge', { verdict: 'not_trusted' });
    expect(element.shadowRoot?.mode).toBe('open');
    expect(shadow(element).getByText('Not trusted')).toBeInTheDocument();
    expect(element.shadowRoot?.querySelector('[data-tone]')).toHaveAttribute('data-tone', 'critical');
    expect(element.childNodes).toHaveLength(0);
  });

  it('re-renders when an attribute changes', async () => {
    const element = await mount('decision-badge', { verdict: 'not_trusted' });
    element.setAttribute('verdict', 'approved');
    await settle();
    expect(shadow(element).getByText('Approved')).toBeInTheDocument();
    expect(element.shadowRoot?.querySelector('[data-tone]')).toHaveAttribute('data-tone', 'positive');
  });

  it('shows "No verdict" once the verdict attribute is removed', async () => {
    const element = await mount('decision-badge', { verdict: 'failure' });
    element.removeAttribute('verdict');
    await settle();
    expect(shadow(element).getByText('No verdict')).toBeInTheDocument();
  });

  it('re-renders when a property is set, with the last write winning over the attribute', async () => {
    const element = await mount('decision-badge', { verdict: 'failure' });
    element.verdict = 'manual_review';
    await settle();
    expect(shadow(element).getByText('Manual review')).toBeInTheDocument();
    expect(element.verdict).toBe('manual_review');
    element.setAttribute('verdict', 'passed');
    await settle();
    expect(shadow(element).getByText('Passed')).toBeInTheDocument();
  });

  it('takes a block as a JSON attribute and as an object property', async () => {
    const element = await mount('decision-badge', { block: JSON.stringify(untrustedDevice) });
    expect(shadow(element).getByText('Not trusted')).toBeInTheDocument();
    expect(element.block).toEqual(untrustedDevice);
    element.block = failedBiometric;
    await settle();
    expect(shadow(element).getByText('Failure')).toBeInTheDocument();
  });

  it('maps label, tone, size and variant attributes to props', async () => {
    const element = await mount('decision-badge', {
      verdict: 'failure',
      label: 'Face mismatch',
      tone: 'caution',
      size: 'lg',
      variant: 'solid',
    });
    const badge = element.shadowRoot?.querySelector('[data-tone]');
    expect(shadow(element).getByText('Face mismatch')).toBeInTheDocument();
    expect(badge).toHaveAttribute('data-tone', 'caution');
    expect(badge).toHaveAttribute('data-size', 'lg');
    expect(badge).toHaveAttribute('data-variant', 'solid');
  });

  it('makes the badge focusable when it has a tooltip', async () => {
    const element = await mount('decision-badge', { verdict: 'failure', tooltip: 'The selfie did not match' });
    expect(element.shadowRoot?.querySelector('[data-tone]')).toHaveAttribute('tabindex', '0');
  });

  it('applies messages and verdict-tones given as JSON attributes', async () => {
    const element = await mount('decision-badge', {
      messages: JSON.stringify({ noVerdict: 'Kein Urteil' }),
    });
    expect(shadow(element).getByText('Kein Urteil')).toBeInTheDocument();
    element.setAttribute('verdict', 'soft_decline');
    element.setAttribute('verdict-tones', JSON.stringify({ soft_decline: 'caution' }));
    await settle();
    expect(element.shadowRoot?.querySelector('[data-tone]')).toHaveAttribute('data-tone', 'caution');
  });

  it('renders elements written as HTML', async () => {
    host.innerHTML = '<p>Outcome: <decision-badge verdict="rejected"></decision-badge></p>';
    await settle();
    const element = host.querySelector('decision-badge');
    expect(element).toBeInstanceOf(DecisionBadgeElement);
    expect(shadow(element as Element).getByText('Rejected')).toBeInTheDocument();
  });
});

describe('<score-meter>', () => {
  it('formats the score in the locale attribute and follows its changes', async () => {
    const element = await mount('score-meter', { score: '28.3', locale: 'de' });
    expect(shadow(element).getByRole('meter')).toHaveAttribute('aria-valuetext', '28,3\u00a0%');
    element.setAttribute('locale', 'en');
    await settle();
    expect(shadow(element).getByRole('meter')).toHaveAttribute('aria-valuetext', '28.3%');
  });

  it('reads min, max and thresholds from attributes', async () => {
    const element = await mount('score-meter', {
      score: '8',
      min: '0',
      max: '10',
      direction: 'higher-is-riskier',
      thresholds: JSON.stringify({ caution: 5, critical: 7 }),
    });
    const meter = shadow(element).getByRole('meter');
    expect(meter).toHaveAttribute('aria-valuemax', '10');
    expect(element.shadowRoot?.querySelector('[data-tone]')).toHaveAttribute('data-tone', 'critical');
  });

  it('ignores a max attribute that is not a number', async () => {
    const element = await mount('score-meter', { score: '50', max: 'lots' });
    expect(element.max).toBeUndefined();
    expect(shadow(element).getByRole('meter')).toHaveAttribute('aria-valuemax', '100');
  });

  it('accepts a number through the score property', async () => {
    const element = await mount('score-meter');
    expect(shadow(element).getByText('No score')).toBeInTheDocument();
    element.score = 0;
    await settle();
    expect(shadow(element).getByRole('meter')).toHaveAttribute('aria-valuenow', '0');
  });
});

describe('<reason-list>', () => {
  it('lists reasons from a JSON attribute', async () => {
    const element = await mount('reason-list', { reasons: JSON.stringify(untrustedDevice.reasons) });
    expect(shadow(element).getAllByRole('listitem')).toHaveLength(2);
    expect(shadow(element).getByText('RC004')).toBeInTheDocument();
  });

  it('collapses past the max attribute', async () => {
    const element = await mount('reason-list', { reasons: JSON.stringify(untrustedDevice.reasons), max: '1' });
    expect(shadow(element).getAllByRole('listitem')).toHaveLength(1);
    expect(shadow(element).getByRole('button', { name: 'Show 1 more' })).toBeInTheDocument();
  });

  it('shows the empty-text attribute when there are no reasons', async () => {
    const element = await mount('reason-list', { reasons: '[]', 'empty-text': 'Nothing flagged' });
    expect(shadow(element).getByText('Nothing flagged')).toBeInTheDocument();
  });
});

describe('<data-block-card>', () => {
  it('names the card after the name attribute and shows the block', async () => {
    const element = await mount('data-block-card', { name: 'DeviceSignals', block: JSON.stringify(untrustedDevice) });
    expect(shadow(element).getByRole('region', { name: 'Device signals' })).toBeInTheDocument();
    expect(shadow(element).getByRole('meter')).toHaveAttribute('aria-valuenow', '28.3');
  });

  it('takes the same prop names as the component: title, heading-level and max-reasons', async () => {
    const element = await mount('data-block-card', {
      block: JSON.stringify({ ...failedBiometric, reasons: [{ details: 'One' }, { details: 'Two' }] }),
      title: 'Face match',
      'heading-level': '4',
      'max-reasons': '1',
    });
    expect(shadow(element).getByRole('heading', { level: 4, name: 'Face match' })).toBeInTheDocument();
    expect(shadow(element).getByRole('button', { name: 'Show 1 more' })).toHaveAttribute('aria-expanded', 'false');
  });

  it('still reads the heading and reasons-max attributes of the previous release', async () => {
    const element = await mount('data-block-card', {
      block: JSON.stringify({ ...failedBiometric, reasons: [{ details: 'One' }, { details: 'Two' }] }),
      heading: 'Face match',
      'reasons-max': '1',
    });
    expect(shadow(element).getByRole('heading', { name: 'Face match' })).toBeInTheDocument();
    expect(shadow(element).getByRole('button', { name: 'Show 1 more' })).toBeInTheDocument();
  });

  it('lets single-field attributes win over the block', async () => {
    const element = await mount('data-block-card', {
      block: JSON.stringify(untrustedDevice),
      verdict: 'approved',
      score: '91',
      reasons: '[]',
    });
    expect(shadow(element).getByText('Approved')).toBeInTheDocument();
    expect(shadow(element).getByRole('meter')).toHaveAttribute('aria-valuenow', '91');
    expect(shadow(element).getByText('No reasons given')).toBeInTheDocument();
  });
});

describe('<data-checks-table>', () => {
  it('shows one row per check', async () => {
    const element = await mount('data-checks-table', { checks: JSON.stringify(checks) });
    expect(shadow(element).getByRole('table')).toBeInTheDocument();
    expect(shadow(element).getByRole('rowheader', { name: 'Authentication result' })).toBeInTheDocument();
    expect(shadow(element).getByRole('rowheader', { name: 'Device signals' })).toBeInTheDocument();
  });

  it('hides the filter with show-filter="false" and shows the caption attribute', async () => {
    const element = await mount('data-checks-table', {
      checks: JSON.stringify(checks),
      caption: 'Session checks',
    });
    expect(shadow(element).getByRole('group', { name: 'Show checks by decision' })).toBeInTheDocument();
    element.setAttribute('show-filter', 'false');
    await settle();
    expect(shadow(element).queryByRole('group', { name: 'Show checks by decision' })).toBeNull();
    expect(shadow(element).getByRole('table', { name: 'Session checks' })).toBeInTheDocument();
  });
});

describe('<session-decision>', () => {
  it('shows the outcome and summary of a session given as JSON', async () => {
    const element = await mount('session-decision', {
      session: JSON.stringify({ decisionOutcome: 'rejected', dataBlocks: checks }),
    });
    expect(shadow(element).getByText('Rejected')).toBeInTheDocument();
    expect(shadow(element).getByText('2 of 2 checks raised issues')).toBeInTheDocument();
  });

  it('renders German messages set through the messages property', async () => {
    const element = await mount('session-decision', { layout: 'cards', locale: 'de' });
    element.messages = germanMessages;
    element.checks = checks;
    await settle();
    expect(shadow(element).getByText('Noch keine Entscheidung')).toBeInTheDocument();
    expect(shadow(element).getByRole('meter')).toHaveAttribute('aria-valuetext', '28,3\u00a0%');
  });
});

describe('malformed JSON attributes', () => {
  const cases: [DecisionElementTag, string, string][] = [
    ['decision-badge', 'block', 'No verdict'],
    ['score-meter', 'block', 'No score'],
    ['reason-list', 'reasons', 'No reasons given'],
    ['reason-list', 'block', 'No reasons given'],
    ['data-block-card', 'block', 'No verdict'],
    ['data-block-card', 'reasons', 'No reasons given'],
    ['data-checks-table', 'checks', 'No checks to show'],
    ['session-decision', 'session', 'No decision yet'],
    ['session-decision', 'checks', 'No checks were reported'],
  ];

  it.each(cases)('<%s %s="{not json"> shows its empty state and warns', async (tag, attribute, emptyText) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await mount(tag, { [attribute]: '{not json' });
    expect(shadow(element).getByText(emptyText)).toBeInTheDocument();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain(`<${tag}>: the "${attribute}" attribute is not valid JSON`);
  });

  it('replaces good data with the empty state when the attribute turns malformed', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await mount('reason-list', { reasons: JSON.stringify(untrustedDevice.reasons) });
    expect(() => element.setAttribute('reasons', '[{"code": "RC004",')).not.toThrow();
    await settle();
    expect(shadow(element).getByText('No reasons given')).toBeInTheDocument();
    expect(warn).toHaveBeenCalledOnce();
  });

  it.each(['messages', 'catalog', 'verdict-tones'])('ignores a malformed %s attribute', async (attribute) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await mount('decision-badge', { verdict: 'failure', [attribute]: 'nope' });
    expect(shadow(element).getByText('Failure')).toBeInTheDocument();
    expect(warn).toHaveBeenCalledOnce();
  });

  it('treats an empty JSON attribute as no data, without a warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await mount('data-checks-table', { checks: '' });
    expect(shadow(element).getByText('No checks to show')).toBeInTheDocument();
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('lifecycle', () => {
  it('unmounts its React tree when removed and renders again when added back', async () => {
    const element = await mount('decision-badge', { verdict: 'failure' });
    const mountPoint = element.shadowRoot?.querySelector('.dblk-element-mount');
    expect(mountPoint?.childElementCount).toBe(1);
    element.remove();
    await settle();
    expect(mountPoint?.childElementCount).toBe(0);
    host.append(element);
    await settle();
    expect(shadow(element).getByText('Failure')).toBeInTheDocument();
  });

  it('keeps its tree when moved within the page in one task', async () => {
    const element = await mount('decision-badge', { verdict: 'failure' });
    const badge = element.shadowRoot?.querySelector('[data-tone]');
    const other = document.createElement('section');
    host.append(other);
    other.append(element);
    await settle();
    expect(element.shadowRoot?.querySelector('[data-tone]')).toBe(badge);
  });

  it('renders after the task that changed it, so intermediate values never show', async () => {
    const element = await mount('decision-badge', { verdict: 'failure' });
    const records: MutationRecord[] = [];
    const mutations = new MutationObserver((batch) => records.push(...batch));
    mutations.observe(element.shadowRoot as ShadowRoot, { subtree: true, attributeFilter: ['data-tone'] });
    // Rendered one by one, the tone would go critical → positive → critical.
    element.setAttribute('verdict', 'passed');
    element.setAttribute('verdict', 'rejected');
    element.setAttribute('label', 'Final');
    await settle();
    records.push(...mutations.takeRecords());
    mutations.disconnect();
    expect(shadow(element).getByText('Final')).toBeInTheDocument();
    expect(element.shadowRoot?.querySelector('[data-tone]')).toHaveAttribute('data-tone', 'critical');
    expect(records).toHaveLength(0);
  });

  it('keeps a property set before the element was defined', async () => {
    class LateBadge extends DecisionBadgeElement {}
    const element = document.createElement('late-decision-badge') as DecisionBadgeElement;
    element.verdict = 'declined';
    host.append(element);
    customElements.define('late-decision-badge', LateBadge);
    await settle();
    expect(element).toBeInstanceOf(LateBadge);
    expect(shadow(element).getByText('Declined')).toBeInTheDocument();
  });

  it('lets a subclass under another tag reuse the element', async () => {
    class BrandedCard extends DataBlockCardElement {}
    customElements.define('branded-block-card', BrandedCard);
    const element = document.createElement('branded-block-card') as DataBlockCardElement;
    element.block = { ...failedBiometric, name: 'AuthenticationResult' };
    host.append(element);
    await settle();
    expect(shadow(element).getByRole('region', { name: 'Authentication result' })).toBeInTheDocument();
  });
});

describe('the element stylesheet', () => {
  it('holds the whole library stylesheet, tokens first, without comments', () => {
    expect(elementStyles.startsWith('@layer decision-blocks{')).toBe(true);
    const order = ['--_dblk-font-family', ':where(.dblk-badge)', ':where(.dblk-card', ':where(.dblk-checks'];
    const positions = order.map((marker) => elementStyles.indexOf(marker));
    for (const position of positions) expect(position).toBeGreaterThan(-1);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(elementStyles).not.toContain('/*');
  });

  it('styles the host element: inline for the badge, block otherwise, and the element theme attribute', () => {
    expect(elementStyles).toMatch(/:host\{[^}]*display: ?block[;}]/);
    expect(elementStyles).toMatch(/:host\(decision-badge\)\{display: ?inline;?\}/);
    expect(elementStyles).toMatch(/:host\(\[data-dblk-theme=['"]?dark['"]?\]\)\{color-scheme: ?dark;?\}/);
  });

  it('adopts one shared constructed stylesheet and adds no <style> element', async () => {
    const first = await mount('decision-badge', { verdict: 'failure' });
    const second = await mount('session-decision');
    const sheets = first.shadowRoot?.adoptedStyleSheets ?? [];
    expect(sheets).toHaveLength(1);
    expect(sheets[0]).toBeInstanceOf(CSSStyleSheet);
    expect(second.shadowRoot?.adoptedStyleSheets[0]).toBe(sheets[0]);
    expect(first.shadowRoot?.querySelector('style')).toBeNull();
    expect(second.shadowRoot?.querySelector('style, link')).toBeNull();
  });

  it('re-adopts the stylesheet when moved into an iframe document', async () => {
    const meter = await mount('score-meter', { score: '28.3' });
    const iframe = document.createElement('iframe');
    host.append(iframe);
    const frameDocument = iframe.contentDocument!;
    const FrameSheet = (frameDocument.defaultView as Window & typeof globalThis).CSSStyleSheet;
    frameDocument.body.append(meter);
    await settle();
    const [sheet] = meter.shadowRoot?.adoptedStyleSheets ?? [];
    // A sheet made by the iframe's window: a shadow root may only adopt sheets of its own document.
    expect(sheet).toBeInstanceOf(FrameSheet);
    expect(sheet).not.toBeInstanceOf(CSSStyleSheet);
    expect([...sheet!.cssRules].map((rule) => rule.cssText).join('')).toContain('--dblk-radius');
    host.append(meter);
    await settle();
    expect(meter.shadowRoot?.adoptedStyleSheets[0]).toBeInstanceOf(CSSStyleSheet);
    expect(shadow(meter).getByRole('meter')).toHaveAttribute('aria-valuenow', '28.3');
  });
});
