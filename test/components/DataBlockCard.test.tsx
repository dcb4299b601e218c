import { render, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { DataBlockCard, DecisionBlocksProvider } from '../../src';
import { germanMessages } from '../../src/locales';
import { deepFreeze, failedBiometric, garbageValues, untrustedDevice } from '../helpers';

describe('DataBlockCard', () => {
  it('shows the failed biometric authentication seed: heading, badge, no meter, humanized reason', () => {
    render(<DataBlockCard block={failedBiometric} name="AuthenticationResult" />);
    const card = screen.getByRole('region', { name: 'Authentication result' });
    expect(within(card).getByRole('heading', { level: 3 })).toHaveTextContent('Authentication result');
    expect(card).toHaveAttribute('data-tone', 'critical');
    expect(within(card).getByText('Failure')).toBeInTheDocument();
    expect(within(card).queryByRole('meter')).toBeNull();
    expect(within(card).getAllByRole('listitem')).toHaveLength(1);
    expect(within(card).getByText('SERVER_FACE_DOES_NOT_MATCH')).toBeInTheDocument();
  });

  it('shows the untrusted device signals seed with a meter and both reasons', () => {
    render(<DataBlockCard block={{ ...untrustedDevice, name: 'DeviceSignals' }} />);
    const card = screen.getByRole('region', { name: 'Device signals' });
    expect(within(card).getByRole('meter')).toHaveAttribute('aria-valuenow', '28.3');
    expect(within(card).getAllByRole('listitem')).toHaveLength(2);
    expect(within(card).getByText('RC004')).toBeInTheDocument();
  });

  it('shows a meter for score 0', () => {
    render(<DataBlockCard block={{ verdict: 'passed', score: 0 }} title="Zero" />);
    expect(screen.getByRole('meter')).toHaveAttribute('aria-valuenow', '0');
  });

  it('shows heading, "No verdict" and "No reasons given" for an empty block', () => {
    render(<DataBlockCard block={{}} title="Empty" />);
    const card = screen.getByRole('region', { name: 'Empty' });
    expect(card).toHaveAttribute('data-empty');
    expect(within(card).getByText('No verdict')).toBeInTheDocument();
    expect(within(card).getByText('No reasons given')).toBeInTheDocument();
    expect(within(card).queryByRole('meter')).toBeNull();
  });

  it('falls back to the "Decision" heading without title or name', () => {
    render(<DataBlockCard block={{ verdict: 'ok' }} />);
    expect(screen.getByRole('heading', { name: 'Decision' })).toBeInTheDocument();
  });

  it('lets title win over name, and single fields win over the block', () => {
    render(
      <DataBlockCard
        block={untrustedDevice}
        name="DeviceSignals"
        title="Device"
        verdict="approved"
        score={90}
        reasons={[]}
      />,
    );
    const card = screen.getByRole('region', { name: 'Device' });
    expect(card).toHaveAttribute('data-tone', 'positive');
    expect(within(card).getByRole('meter')).toHaveAttribute('aria-valuenow', '90');
    expect(within(card).getByText('No reasons given')).toBeInTheDocument();
  });

  it.each([2, 3, 4, 5, 6] as const)('renders heading level %i', (level) => {
    render(<DataBlockCard block={{}} title="T" headingLevel={level} />);
    expect(screen.getByRole('heading', { level })).toHaveTextContent('T');
  });

  it('falls back to heading level 3 for an invalid level', () => {
    render(<DataBlockCard block={{}} title="T" headingLevel={9 as never} />);
    expect(screen.getByRole('heading', { level: 3 })).toBeInTheDocument();
  });

  it('leaves the default size (md) to the stylesheet: no data-size on the card or its parts', () => {
    render(<DataBlockCard block={{ verdict: 'ok', score: 40, reasons: [{ code: 'R1' }] }} title="T" size="md" />);
    const card = screen.getByRole('region');
    expect(card).not.toHaveAttribute('data-size');
    expect(card.querySelector('[data-size]')).toBeNull();
  });

  it.each(['sm', 'lg'] as const)('sets data-size %s on the card and its badge', (size) => {
    render(<DataBlockCard block={{ verdict: 'ok' }} title="T" size={size} />);
    const card = screen.getByRole('region');
    expect(card).toHaveAttribute('data-size', size);
    expect(card.querySelector('.dblk-badge')).toHaveAttribute('data-size', size);
  });

  it('passes thresholds and direction to the meter', () => {
    render(
      <DataBlockCard
        block={{ score: 80 }}
        title="Risk"
        direction="higher-is-riskier"
        thresholds={{ caution: 50, critical: 75 }}
      />,
    );
    expect(screen.getByRole('meter')).toHaveAttribute('data-tone', 'critical');
  });

  it('collapses reasons past reasonsMax', () => {
    const reasons = Array.from({ length: 5 }, (_, i) => ({ code: `C${i}` }));
    render(<DataBlockCard reasons={reasons} title="T" reasonsMax={2} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Show 3 more' })).toHaveAttribute('aria-expanded', 'false');
  });

  it('passes className (merged), style, ref and DOM attributes to the root', () => {
    const ref = createRef<HTMLElement>();
    render(<DataBlockCard block={{}} title="T" className="host" style={{ order: 2 }} ref={ref} data-x="1" />);
    const card = screen.getByRole('region');
    expect(card).toHaveClass('dblk-card', 'host');
    expect(card).toHaveAttribute('style', 'order: 2;');
    expect(card).toHaveAttribute('data-x', '1');
    expect(ref.current).toBe(card);
  });

  it('renders no style attribute unless one is passed', () => {
    const { container } = render(<DataBlockCard block={untrustedDevice} title="T" />);
    expect(container.querySelector('[style]')).toBeNull();
  });

  it('uses provider messages and locale (German)', () => {
    render(
      <DecisionBlocksProvider messages={germanMessages} locale="de">
        <DataBlockCard block={{ score: 28.3 }} />
      </DecisionBlocksProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Entscheidung' })).toBeInTheDocument();
    expect(screen.getByText('Kein Ergebnis')).toBeInTheDocument();
    expect(screen.getByRole('meter').getAttribute('aria-valuetext')?.replace(/\s/g, ' ')).toBe('28,3 %');
  });

  it('does not modify a frozen block', () => {
    expect(() => render(<DataBlockCard block={deepFreeze(structuredClone(untrustedDevice))} />)).not.toThrow();
  });

  describe.each(garbageValues)('with %s as input', (_name, value) => {
    it('renders a card for block, fields, title, name and headingLevel', () => {
      render(
        <DataBlockCard
          block={value as never}
          verdict={value as never}
          score={value as never}
          reasons={value as never}
          title={value as never}
          name={value as never}
          headingLevel={value as never}
          size={value as never}
        />,
      );
      expect(screen.getByRole('heading')).toBeInTheDocument();
    });
  });
});
