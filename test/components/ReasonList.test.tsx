import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DecisionBlocksProvider, ReasonList, type Reason } from '../../src';
import { germanMessages } from '../../src/locales';
import { deepFreeze, failedBiometric, garbageValues, untrustedDevice } from '../helpers';

function items(): HTMLElement[] {
  return within(screen.getByRole('list')).queryAllByRole('listitem');
}

function onlyItem(): HTMLElement {
  const [item, ...others] = items();
  if (!item || others.length > 0) throw new Error(`expected one list item, got ${items().length}`);
  return item;
}

function numbered(count: number): Reason[] {
  return Array.from({ length: count }, (_, index) => ({ code: `C${index + 1}`, details: `Reason ${index + 1}` }));
}

const docsCatalog = (docsUrl: unknown) => ({
  ACME_42: { title: 'Acme velocity rule', description: 'Too many attempts.', tone: 'caution', docsUrl },
});

describe('ReasonList', () => {
  describe('seed examples', () => {
    it('lists the untrusted device reasons with code chips that explain themselves', () => {
      render(<ReasonList block={untrustedDevice} />);
      const [first, second] = items();
      expect(items()).toHaveLength(2);
      expect(within(first!).getByRole('button', { name: 'Reason code RC004' })).toHaveTextContent('RC004');
      expect(first).toHaveTextContent(
        'RC004The country associated to the ip address does not match with the country of the phone number',
      );
      expect(first).toHaveAttribute('data-tone', 'critical');
      expect(within(second!).getByRole('button', { name: 'Reason code RE011' })).toBeInTheDocument();
      expect(second).toHaveTextContent('indicating a shared email');
    });

    it('shows the failed biometric token as a chip and its catalog title as text', () => {
      render(<ReasonList block={failedBiometric} />);
      const item = onlyItem();
      const chip = within(item).getByRole('button', { name: 'Reason code SERVER_FACE_DOES_NOT_MATCH' });
      expect(chip.querySelector('code')).toHaveTextContent('SERVER_FACE_DOES_NOT_MATCH');
      expect(item).toHaveTextContent(/^SERVER_FACE_DOES_NOT_MATCHFace does not match$/);
      expect(item).toHaveAttribute('data-tone', 'critical');
    });

    it('does not modify frozen reasons', () => {
      const block = deepFreeze(structuredClone(untrustedDevice));
      render(<ReasonList block={block} max={1} />);
      expect(items()).toHaveLength(1);
      expect(block).toEqual(untrustedDevice);
    });
  });

  describe('reason content', () => {
    it('shows an unknown code as plain code, without button or tooltip', () => {
      render(<ReasonList reasons={[{ code: 'RX999', details: 'Host specific rule' }]} />);
      const item = onlyItem();
      expect(within(item).queryByRole('button')).toBeNull();
      expect(item.querySelector('code')).toHaveTextContent('RX999');
      expect(item).toHaveTextContent('RX999Host specific rule');
      expect(item).not.toHaveAttribute('data-tone');
    });

    it('shows no chip for an empty code', () => {
      render(<ReasonList reasons={[{ code: '', details: 'The face does not match' }]} />);
      expect(onlyItem().querySelector('code')).toBeNull();
      expect(onlyItem()).toHaveTextContent(/^The face does not match$/);
    });

    it('shows no chip for a whitespace-only code', () => {
      render(<ReasonList reasons={[{ code: '   ', details: 'Text' }]} />);
      expect(onlyItem().querySelector('code')).toBeNull();
    });

    it('shows the catalog description when details are empty', () => {
      render(<ReasonList reasons={[{ code: 'HIGH_FRAUD_RISK', details: '' }]} />);
      expect(onlyItem()).toHaveTextContent('HIGH_FRAUD_RISKThe analysis found a high likelihood of fraud.');
    });

    it('shows the catalog description when details are missing', () => {
      render(<ReasonList reasons={[{ code: 'MRZ_CHECKSUM' }]} />);
      expect(onlyItem()).toHaveTextContent('A check digit in the machine-readable zone does not match');
    });

    it('shows the catalog title when the entry has no description', () => {
      render(
        <DecisionBlocksProvider catalog={{ ACME_1: { title: 'Acme rule one' } }}>
          <ReasonList reasons={[{ code: 'ACME_1' }]} />
        </DecisionBlocksProvider>,
      );
      expect(onlyItem()).toHaveTextContent(/^ACME_1Acme rule one$/);
    });

    it('humanizes an enum token in details that the catalog does not know, keeping the token as code', () => {
      render(<ReasonList reasons={[{ code: '', details: 'DOCUMENT_TOO_BLURRY' }]} />);
      const item = onlyItem();
      expect(within(item).queryByRole('button')).toBeNull();
      expect(item.querySelector('code')).toHaveTextContent('DOCUMENT_TOO_BLURRY');
      expect(item).toHaveTextContent(/^DOCUMENT_TOO_BLURRYDocument too blurry$/);
    });

    it('humanizes a lower-case enum token in details', () => {
      render(<ReasonList reasons={[{ details: 'ip_country_mismatch' }]} />);
      expect(onlyItem()).toHaveTextContent(/^ip_country_mismatchIP country mismatch$/);
    });

    it('keeps a code and a different enum token in details as two chips', () => {
      render(<ReasonList reasons={[{ code: 'RC004', details: 'MRZ_CHECKSUM' }]} />);
      const item = onlyItem();
      expect(
        within(item)
          .getAllByRole('button')
          .map((chip) => chip.textContent),
      ).toEqual(['RC004', 'MRZ_CHECKSUM']);
      expect(item).toHaveTextContent(/MRZ checksum invalid$/);
    });

    it('shows one chip when details repeat the code', () => {
      render(<ReasonList reasons={[{ code: 'HIGH_FRAUD_RISK', details: 'HIGH_FRAUD_RISK' }]} />);
      expect(within(onlyItem()).getAllByRole('button')).toHaveLength(1);
      expect(onlyItem()).toHaveTextContent(/^HIGH_FRAUD_RISKHigh fraud risk$/);
    });

    it('does not humanize ordinary sentences', () => {
      render(<ReasonList reasons={[{ details: 'Face mismatch, see SERVER_FACE_DOES_NOT_MATCH' }]} />);
      expect(onlyItem().querySelector('code')).toBeNull();
      expect(onlyItem()).toHaveTextContent('Face mismatch, see SERVER_FACE_DOES_NOT_MATCH');
    });

    it('humanizes an unknown enum-like code that has no details', () => {
      render(<ReasonList reasons={[{ code: 'NEW_LABEL_FROM_API' }]} />);
      expect(onlyItem()).toHaveTextContent(/^NEW_LABEL_FROM_APINew label from API$/);
    });

    it('shows an unknown opaque code alone when it has no details', () => {
      render(<ReasonList reasons={[{ code: 'RX12' }]} />);
      expect(onlyItem()).toHaveTextContent(/^RX12$/);
    });

    it('reads a numeric code as text', () => {
      render(<ReasonList reasons={[{ code: 42 as never, details: 'Numeric' }]} />);
      expect(onlyItem().querySelector('code')).toHaveTextContent('42');
    });

    it.each([
      ['an empty object', {}],
      ['an empty code and details', { code: '', details: '' }],
      ['null code and whitespace details', { code: null, details: '   ' }],
    ])('shows "Unspecified reason" for %s', (_name, reason) => {
      render(<ReasonList reasons={[reason]} />);
      expect(onlyItem()).toHaveTextContent(/^Unspecified reason$/);
      expect(onlyItem()).not.toHaveAttribute('data-tone');
    });

    it('reads plain strings as details', () => {
      render(<ReasonList reasons={['Proxy detected', 'VPN_DETECTED'] as never} />);
      expect(items().map((item) => item.textContent)).toEqual(['Proxy detected', 'VPN_DETECTEDVPN detected']);
    });

    it('renders repeated and empty codes as separate items', () => {
      render(
        <ReasonList
          reasons={[{ code: 'RC004' }, { code: 'RC004' }, { code: '', details: 'x' }, { code: '', details: 'x' }]}
        />,
      );
      expect(items()).toHaveLength(4);
    });

    it.each(['__proto__', 'constructor', 'toString'])('treats %s as an ordinary unknown code', (code) => {
      render(<ReasonList reasons={[{ code, details: 'Odd code' }]} />);
      expect(within(onlyItem()).queryByRole('button')).toBeNull();
      expect(onlyItem()).toHaveTextContent(`${code}Odd code`);
    });

    it('lets the reasons prop win over the block', () => {
      render(<ReasonList block={untrustedDevice} reasons={[{ code: 'OK' }]} />);
      expect(onlyItem()).toHaveTextContent('OK');
    });

    it('treats a reasons prop of null as "not provided", even over block reasons', () => {
      render(<ReasonList block={untrustedDevice} reasons={null} />);
      expect(screen.queryByRole('list')).toBeNull();
      expect(screen.getByText('No reasons given')).toBeInTheDocument();
    });
  });

  describe('line breaks inside codes', () => {
    it('breaks a code longer than 16 characters after each _ and -, keeping its text whole', () => {
      render(<ReasonList reasons={[{ code: 'DAILY_TRANSACTION-AMOUNT_EXCEEDED' }]} />);
      const code = onlyItem().querySelector('code')!;
      expect(code.querySelectorAll('wbr')).toHaveLength(3);
      expect(code.innerHTML).toBe('DAILY_<wbr>TRANSACTION-<wbr>AMOUNT_<wbr>EXCEEDED');
      expect(code.textContent).toBe('DAILY_TRANSACTION-AMOUNT_EXCEEDED');
    });

    it('breaks a 17-character code', () => {
      render(<ReasonList reasons={[{ code: 'SELFIE_MISMATCH_2' }]} />);
      expect(onlyItem().querySelectorAll('wbr')).toHaveLength(2);
    });

    it.each(['HIGH_FRAUD_RISK', 'SELFIE_MISMATCH', 'DOCUMENT_EXPIRED', 'a-b-c-d-e-f-g-h-'])(
      'keeps %j (at most 16 characters) as one word, with no break point',
      (code) => {
        render(<ReasonList reasons={[{ code }]} />);
        expect(onlyItem().querySelector('wbr')).toBeNull();
        expect(onlyItem().querySelector('code')!.innerHTML).toBe(code);
      },
    );

    it('breaks a long known code inside its tooltip button too', () => {
      render(<ReasonList reasons={[{ code: 'SERVER_FACE_DOES_NOT_MATCH' }]} />);
      const chip = screen.getByRole('button', { name: 'Reason code SERVER_FACE_DOES_NOT_MATCH' });
      expect(chip.querySelectorAll('wbr')).toHaveLength(4);
    });
  });

  describe('tones from the catalog', () => {
    it.each([
      ['positive', 'OK'],
      ['caution', 'DOCUMENT_EXPIRY_WITHIN_CONFIGURED_LIMIT'],
      ['critical', 'HIGH_FRAUD_RISK'],
      ['neutral', 'TECHNICAL_ERROR'],
    ])('sets data-tone %s for %s', (tone, code) => {
      render(<ReasonList reasons={[{ code }]} />);
      expect(onlyItem()).toHaveAttribute('data-tone', tone);
    });

    it('sets data-tone unknown from a host entry', () => {
      render(
        <DecisionBlocksProvider catalog={{ HOST_X: { title: 'Host X', tone: 'unknown' } }}>
          <ReasonList reasons={[{ code: 'HOST_X' }]} />
        </DecisionBlocksProvider>,
      );
      expect(onlyItem()).toHaveAttribute('data-tone', 'unknown');
    });

    it('derives the tone from the decision type when the entry has no tone', () => {
      render(
        <DecisionBlocksProvider catalog={{ HOST_Y: { title: 'Host Y', decisionType: 'WARNING' } }}>
          <ReasonList reasons={[{ code: 'HOST_Y' }]} />
        </DecisionBlocksProvider>,
      );
      expect(onlyItem()).toHaveAttribute('data-tone', 'caution');
    });

    it('sets no tone for a host entry with a tone outside the vocabulary', () => {
      render(
        <DecisionBlocksProvider catalog={{ HOST_Z: { title: 'Host Z', tone: 'purple' as never } }}>
          <ReasonList reasons={[{ code: 'HOST_Z' }]} />
        </DecisionBlocksProvider>,
      );
      expect(onlyItem()).not.toHaveAttribute('data-tone');
    });

    it('humanizes the code of a host entry whose title is not text', () => {
      render(
        <DecisionBlocksProvider catalog={{ HOST_W: { title: 42 as never } }}>
          <ReasonList reasons={[{ code: 'HOST_W' }]} />
        </DecisionBlocksProvider>,
      );
      expect(onlyItem()).toHaveTextContent(/^HOST_WHost w$/);
    });
  });

  describe('tooltips', () => {
    it('mounts the tooltip of the hovered code only; the other codes stay plain buttons', async () => {
      const user = userEvent.setup();
      render(<ReasonList reasons={[{ code: 'RC004' }, { code: 'MRZ_CHECKSUM' }, { code: 'HIGH_FRAUD_RISK' }]} />);
      const chips = screen.getAllByRole('button', { name: /^Reason code / });
      expect(chips).toHaveLength(3);
      expect(chips.some((chip) => chip.hasAttribute('data-state'))).toBe(false);
      await user.hover(chips[1]!);
      // Radix marks its trigger with data-state once it is mounted around the code (a new element).
      await expect
        .poll(() => screen.getByRole('button', { name: 'Reason code MRZ_CHECKSUM' }).getAttribute('data-state'))
        .not.toBeNull();
      const others = ['Reason code RC004', 'Reason code HIGH_FRAUD_RISK'].map((name) =>
        screen.getByRole('button', { name }),
      );
      expect(others.map((chip) => chip.hasAttribute('data-state'))).toEqual([false, false]);
    });

    it('still calls the host’s onFocus and onPointerOver on the list', async () => {
      const user = userEvent.setup();
      const calls: string[] = [];
      render(
        <ReasonList
          block={untrustedDevice}
          onFocus={() => calls.push('focus')}
          onPointerOver={() => calls.push('pointerover')}
        />,
      );
      await user.tab();
      expect(await screen.findByRole('tooltip')).toHaveTextContent('IP and phone country differ');
      await user.hover(screen.getByRole('button', { name: 'Reason code RC004' }));
      expect(calls).toContain('focus');
      expect(calls).toContain('pointerover');
    });

    it('keeps a used code’s tooltip when the list expands', async () => {
      const user = userEvent.setup();
      render(<ReasonList reasons={[{ code: 'RC004' }, { code: 'MRZ_CHECKSUM' }]} max={1} />);
      await user.tab();
      expect(await screen.findByRole('tooltip')).toHaveTextContent('IP and phone country differ');
      await user.click(screen.getByRole('button', { name: 'Show 1 more' }));
      expect(screen.getByRole('button', { name: 'Reason code RC004' })).toHaveAttribute('data-state');
      expect(screen.getByRole('button', { name: 'Reason code MRZ_CHECKSUM' })).not.toHaveAttribute('data-state');
    });

    it('opens the catalog entry on keyboard focus and keeps focus on the chip', async () => {
      const user = userEvent.setup();
      render(<ReasonList block={untrustedDevice} />);
      expect(screen.queryByRole('tooltip')).toBeNull();
      await user.tab();
      const tooltip = await screen.findByRole('tooltip');
      expect(tooltip).toHaveTextContent('IP and phone country differ');
      expect(tooltip).toHaveTextContent('The country of the IP address is not the country of the phone number.');
      const chip = screen.getByRole('button', { name: 'Reason code RC004' });
      expect(chip).toHaveFocus();
      expect(chip).toHaveAttribute('aria-describedby');
      await user.keyboard('{Escape}');
      expect(screen.queryByRole('tooltip')).toBeNull();
    });

    it('explains the seed token SERVER_FACE_DOES_NOT_MATCH from the default catalog', async () => {
      const user = userEvent.setup();
      render(<ReasonList block={failedBiometric} />);
      await user.tab();
      expect(await screen.findByRole('tooltip')).toHaveTextContent(
        'The face captured during authentication does not match the enrolled face.',
      );
      expect(screen.getByRole('button', { name: /SERVER_FACE_DOES_NOT_MATCH/ })).toHaveFocus();
    });

    it('shows a host catalog entry in the tooltip', async () => {
      const user = userEvent.setup();
      render(
        <DecisionBlocksProvider
          catalog={{
            ACME_42: { title: 'Acme velocity rule', description: 'Too many attempts in an hour.' },
            RC004: { title: 'Country mismatch (host wording)' },
          }}
        >
          <ReasonList reasons={[{ code: 'ACME_42', details: 'Velocity' }]} />
        </DecisionBlocksProvider>,
      );
      await user.tab();
      const tooltip = await screen.findByRole('tooltip');
      expect(tooltip).toHaveTextContent('Acme velocity rule');
      expect(tooltip).toHaveTextContent('Too many attempts in an hour.');
    });

    it('shows a host override of a default code in the tooltip', async () => {
      const user = userEvent.setup();
      render(
        <DecisionBlocksProvider catalog={{ RC004: { title: 'Country mismatch (host wording)' } }}>
          <ReasonList block={untrustedDevice} />
        </DecisionBlocksProvider>,
      );
      await user.tab();
      expect(await screen.findByRole('tooltip')).toHaveTextContent(/^Country mismatch \(host wording\)$/);
    });

    it('keeps unknown codes out of the tab order', async () => {
      const user = userEvent.setup();
      render(<ReasonList reasons={[{ code: 'RX1', details: 'a' }, { code: 'RC004' }]} />);
      await user.tab();
      expect(screen.getByRole('button', { name: 'Reason code RC004' })).toHaveFocus();
    });
  });

  describe('docs links', () => {
    it.each([
      ['an https URL', 'https://docs.example.com/acme-42'],
      ['an http URL', 'http://docs.example.com/acme-42'],
    ])('links %s from the list item, outside the tooltip', async (_name, url) => {
      const user = userEvent.setup();
      render(
        <DecisionBlocksProvider catalog={docsCatalog(url) as never}>
          <ReasonList reasons={[{ code: 'ACME_42', details: 'Velocity' }]} />
        </DecisionBlocksProvider>,
      );
      const link = within(onlyItem()).getByRole('link', { name: 'Learn more ACME_42' });
      expect(link).toHaveAttribute('href', url);
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      await user.tab();
      expect(await screen.findByRole('tooltip')).not.toContainElement(link);
      expect(within(screen.getByRole('tooltip')).queryByRole('link')).toBeNull();
      await user.tab();
      expect(link).toHaveFocus();
    });

    it('gives each link a distinct name', () => {
      render(
        <DecisionBlocksProvider
          catalog={{
            ACME_1: { title: 'One', docsUrl: 'https://example.com/1' },
            ACME_2: { title: 'Two', docsUrl: 'https://example.com/2' },
          }}
        >
          <ReasonList reasons={[{ code: 'ACME_1' }, { code: 'ACME_2' }]} />
        </DecisionBlocksProvider>,
      );
      expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual([
        'Learn more ACME_1',
        'Learn more ACME_2',
      ]);
    });

    it('links the docs of an enum token in details', () => {
      render(
        <DecisionBlocksProvider catalog={{ VPN_DETECTED: { title: 'VPN', docsUrl: 'https://example.com/vpn' } }}>
          <ReasonList reasons={[{ details: 'VPN_DETECTED' }]} />
        </DecisionBlocksProvider>,
      );
      expect(screen.getByRole('link', { name: 'Learn more VPN_DETECTED' })).toHaveAttribute(
        'href',
        'https://example.com/vpn',
      );
    });

    it.each([
      ['a javascript: URL', 'javascript:alert(1)'],
      ['a JavaScript: URL with odd case and spaces', '  JavaScript:alert(1)'],
      ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
      ['a relative URL', '/docs/acme-42'],
      ['a protocol-relative URL', '//evil.example.com/x'],
      ['a malformed URL', 'http://'],
      ['an ftp URL', 'ftp://example.com/file'],
      ['an empty string', ''],
      ['a number', 42],
      ['an object', { href: 'https://example.com' }],
    ])('renders no link for %s', (_name, url) => {
      render(
        <DecisionBlocksProvider catalog={docsCatalog(url) as never}>
          <ReasonList reasons={[{ code: 'ACME_42', details: 'Velocity' }]} />
        </DecisionBlocksProvider>,
      );
      expect(screen.queryByRole('link')).toBeNull();
      expect(within(onlyItem()).getByRole('button', { name: 'Reason code ACME_42' })).toBeInTheDocument();
    });
  });

  describe('max and "Show N more"', () => {
    it('shows 10 reasons by default and the rest behind a button', async () => {
      const user = userEvent.setup();
      render(<ReasonList reasons={numbered(12)} />);
      const list = screen.getByRole('list');
      expect(items()).toHaveLength(10);
      const toggle = screen.getByRole('button', { name: 'Show 2 more' });
      expect(toggle).toHaveAttribute('aria-expanded', 'false');
      expect(toggle).toHaveAttribute('aria-controls', list.id);
      expect(list.id).not.toBe('');

      await user.click(toggle);
      expect(items()).toHaveLength(12);
      expect(toggle).toHaveAttribute('aria-expanded', 'true');
      expect(toggle).toHaveTextContent('Show fewer');
      expect(toggle).toHaveFocus();

      await user.click(toggle);
      expect(items()).toHaveLength(10);
      expect(toggle).toHaveAccessibleName('Show 2 more');
    });

    it('toggles with the keyboard', async () => {
      const user = userEvent.setup();
      render(<ReasonList reasons={[{ details: 'a' }, { details: 'b' }, { details: 'c' }]} max={1} />);
      await user.tab();
      expect(screen.getByRole('button', { name: 'Show 2 more' })).toHaveFocus();
      await user.keyboard('{Enter}');
      expect(items()).toHaveLength(3);
    });

    it('respects max', () => {
      render(<ReasonList reasons={numbered(5)} max={3} />);
      expect(items().map((item) => item.textContent)).toEqual(['C1Reason 1', 'C2Reason 2', 'C3Reason 3']);
      expect(screen.getByRole('button', { name: 'Show 2 more' })).toBeInTheDocument();
    });

    it('shows no button when every reason fits', () => {
      render(<ReasonList reasons={numbered(3)} max={3} />);
      expect(items()).toHaveLength(3);
      expect(screen.queryByRole('button')).toBeNull();
    });

    it('rounds a fractional max down', () => {
      render(<ReasonList reasons={numbered(5)} max={2.7} />);
      expect(items()).toHaveLength(2);
    });

    it('never collapses with max Infinity', () => {
      render(<ReasonList reasons={numbered(15)} max={Number.POSITIVE_INFINITY} />);
      expect(items()).toHaveLength(15);
      expect(screen.queryByRole('button')).toBeNull();
    });

    it.each([
      ['0', 0],
      ['-3', -3],
      ['NaN', Number.NaN],
      ['"5"', '5'],
      ['null', null],
    ])('falls back to 10 for max %s', (_name, max) => {
      render(<ReasonList reasons={numbered(12)} max={max as never} />);
      expect(items()).toHaveLength(10);
    });

    it('gives a list without a toggle no generated id, and keeps a host id', () => {
      const { unmount } = render(<ReasonList reasons={numbered(3)} />);
      expect(screen.getByRole('list')).not.toHaveAttribute('id');
      unmount();
      render(<ReasonList reasons={numbered(3)} id="why" />);
      expect(screen.getByRole('list')).toHaveAttribute('id', 'why');
    });

    it('keeps the generated id while the list is expanded ("Show fewer" still controls it)', async () => {
      const user = userEvent.setup();
      render(<ReasonList reasons={numbered(12)} />);
      await user.click(screen.getByRole('button', { name: 'Show 2 more' }));
      const list = screen.getByRole('list');
      expect(list.id).not.toBe('');
      expect(screen.getByRole('button', { name: 'Show fewer' })).toHaveAttribute('aria-controls', list.id);
    });

    it('uses the host id for the list and aria-controls', () => {
      render(<ReasonList reasons={numbered(3)} max={1} id="why" />);
      expect(screen.getByRole('list')).toHaveAttribute('id', 'why');
      expect(screen.getByRole('button', { name: 'Show 2 more' })).toHaveAttribute('aria-controls', 'why');
    });

    it('renders only the visible slice of 10,000 reasons', () => {
      const { container } = render(<ReasonList reasons={numbered(10_000)} />);
      expect(container.querySelectorAll('li')).toHaveLength(10);
      expect(items().at(-1)).toHaveTextContent('C10Reason 10');
      expect(screen.getByRole('button', { name: 'Show 9,990 more' })).toHaveAttribute('aria-expanded', 'false');
    });

    it('formats the hidden count in the provider locale and messages', () => {
      render(
        <DecisionBlocksProvider locale="de" messages={{ showMore: '{count} more reasons' }}>
          <ReasonList reasons={numbered(1_250)} />
        </DecisionBlocksProvider>,
      );
      expect(screen.getByRole('button', { name: '1.240 more reasons' })).toBeInTheDocument();
    });
  });

  describe('empty', () => {
    it.each([
      ['no reasons prop', undefined],
      ['null reasons', null],
      ['an empty list', []],
      ['a list of nulls', [null, null]],
    ])('shows "No reasons given" as a paragraph, not a list, for %s', (_name, reasons) => {
      const { container } = render(<ReasonList reasons={reasons as never} />);
      expect(screen.queryByRole('list')).toBeNull();
      const empty = screen.getByText('No reasons given');
      expect(empty.tagName).toBe('P');
      expect(empty).toBe(container.firstElementChild);
      expect(empty).toHaveAttribute('data-empty');
    });

    it('shows "No reasons given" for a block without reasons', () => {
      render(<ReasonList block={{ verdict: 'failure' }} />);
      expect(screen.getByText('No reasons given')).toBeInTheDocument();
    });

    it('shows a custom emptyText', () => {
      render(<ReasonList reasons={[]} emptyText={<strong>Nothing flagged</strong>} />);
      expect(screen.getByText('Nothing flagged').tagName).toBe('STRONG');
      expect(screen.queryByText('No reasons given')).toBeNull();
    });

    it('renders nothing with emptyText null', () => {
      const { container } = render(<ReasonList reasons={[]} emptyText={null} />);
      expect(container).toBeEmptyDOMElement();
    });

    it('still lists reasons with emptyText null', () => {
      render(<ReasonList reasons={[{ code: 'OK' }]} emptyText={null} />);
      expect(items()).toHaveLength(1);
    });

    it('passes className, ref, size and DOM attributes to the empty paragraph', () => {
      const ref = createRef<HTMLElement>();
      render(<ReasonList className="host" ref={ref} size="sm" data-testid="empty" />);
      const empty = screen.getByTestId('empty');
      expect(empty).toHaveClass('dblk-reasons-empty', 'host');
      expect(empty).toHaveAttribute('data-size', 'sm');
      expect(ref.current).toBe(empty);
    });
  });

  describe('root element', () => {
    it('leaves the default size (md) to the stylesheet: no data-size on the list or its button', () => {
      render(<ReasonList reasons={numbered(2)} max={1} size="md" />);
      expect(screen.getByRole('list')).not.toHaveAttribute('data-size');
      expect(screen.getByRole('button', { name: 'Show 1 more' })).not.toHaveAttribute('data-size');
    });

    it.each(['sm', 'lg'] as const)('sets data-size %s', (size) => {
      render(<ReasonList reasons={numbered(2)} max={1} size={size} />);
      expect(screen.getByRole('list')).toHaveAttribute('data-size', size);
      expect(screen.getByRole('button', { name: 'Show 1 more' })).toHaveAttribute('data-size', size);
    });

    it('falls back to md for a size outside the vocabulary', () => {
      render(<ReasonList reasons={numbered(1)} size={'huge' as never} />);
      expect(screen.getByRole('list')).not.toHaveAttribute('data-size');
    });

    it('passes className (merged), style, ref and DOM attributes to the list', () => {
      const ref = createRef<HTMLElement>();
      render(
        <ReasonList
          reasons={numbered(1)}
          className="host"
          style={{ marginBlockEnd: 4 }}
          ref={ref}
          aria-label="Why it failed"
        />,
      );
      const list = screen.getByRole('list', { name: 'Why it failed' });
      expect(list.tagName).toBe('UL');
      expect(list).toHaveClass('dblk-reasons', 'host');
      expect(list.getAttribute('style')).toContain('margin-block-end');
      expect(ref.current).toBe(list);
    });

    it('renders no style attribute unless one is passed', () => {
      const { container } = render(
        <DecisionBlocksProvider catalog={docsCatalog('https://example.com') as never}>
          <ReasonList reasons={[...numbered(12), { code: 'ACME_42' }, { code: 'RC004' }]} />
          <ReasonList reasons={[]} />
        </DecisionBlocksProvider>,
      );
      expect(container.querySelector('[style]')).toBeNull();
    });
  });

  describe('messages', () => {
    it('takes its texts from the provider', () => {
      render(
        <DecisionBlocksProvider
          messages={{ unspecifiedReason: 'No detail', reasonCode: 'Code {code}', showMore: 'Plus {count}' }}
        >
          <ReasonList reasons={[{}, { code: 'RC004' }, {}]} max={2} />
        </DecisionBlocksProvider>,
      );
      expect(items()[0]).toHaveTextContent('No detail');
      expect(screen.getByRole('button', { name: 'Code RC004' })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Plus 1' })).toBeInTheDocument();
    });

    it('renders the German message set', async () => {
      const user = userEvent.setup();
      render(
        <DecisionBlocksProvider
          messages={germanMessages}
          locale="de"
          catalog={docsCatalog('https://example.com/acme') as never}
        >
          <ReasonList reasons={[{}, { code: 'RC004' }, { code: 'ACME_42' }, { code: 'X' }]} max={3} />
          <ReasonList reasons={[]} />
        </DecisionBlocksProvider>,
      );
      expect(items()[0]).toHaveTextContent('Nicht näher bezeichneter Grund');
      expect(screen.getByRole('button', { name: 'Grundcode RC004' })).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'Mehr erfahren ACME_42' })).toBeInTheDocument();
      expect(screen.getByText('Keine Gründe angegeben')).toBeInTheDocument();
      const toggle = screen.getByRole('button', { name: '1 weitere anzeigen' });
      await user.click(toggle);
      expect(toggle).toHaveTextContent('Weniger anzeigen');
    });
  });

  it('renders on the server without inline styles', () => {
    const html = renderToString(<ReasonList block={untrustedDevice} max={1} />);
    expect(html).toContain('RC004');
    expect(html).toContain('aria-expanded="false"');
    expect(html).not.toContain('style=');
  });

  describe.each(garbageValues)('with %s as input', (_name, value) => {
    it('renders a list or the empty text as reasons and as block', () => {
      const { container } = render(
        <>
          <ReasonList reasons={value as never} />
          <ReasonList block={value as never} />
        </>,
      );
      const roots = Array.from(container.children);
      expect(roots).toHaveLength(2);
      for (const element of roots) {
        const isList = element.tagName === 'UL' && element.querySelectorAll('li').length > 0;
        const isEmpty = element.tagName === 'P' && element.textContent === 'No reasons given';
        expect(isList || isEmpty).toBe(true);
      }
      expect(roots[1]).toHaveTextContent('No reasons given');
    });

    it('falls back to the defaults as max, size and emptyText', () => {
      const { container } = render(
        <>
          <ReasonList reasons={numbered(12)} max={value as never} size={value as never} />
          <ReasonList reasons={[]} emptyText={value as never} />
        </>,
      );
      const expectedVisible = typeof value === 'number' && value >= 1 ? Math.min(12, value) : 10;
      expect(items()).toHaveLength(expectedVisible);
      expect(screen.getByRole('list')).not.toHaveAttribute('data-size');
      const empty = container.querySelector('p');
      if (value === null) expect(empty).toBeNull();
      else expect(empty?.textContent).toBe(renderedText(value) || 'No reasons given');
    });

    it('ignores it as a host catalog entry and as a docs URL', () => {
      render(
        <DecisionBlocksProvider catalog={{ HOST_BAD: value as never, ...docsCatalog(value) } as never}>
          <ReasonList reasons={[{ code: 'HOST_BAD', details: 'Bad entry' }, { code: 'ACME_42' }]} />
        </DecisionBlocksProvider>,
      );
      expect(items()).toHaveLength(2);
      expect(items()[0]).toHaveTextContent('HOST_BADBad entry');
      expect(screen.queryByRole('link')).toBeNull();
    });
  });
});

/** The text React shows for a node prop once unrenderable parts are dropped. */
function renderedText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (Array.isArray(value)) return value.map(renderedText).join('');
  return '';
}

describe('ReasonList catalog scope', () => {
  it('describes OK of a Jumio data check with the data-checks text', () => {
    render(<ReasonList reasons={[{ code: 'OK', source: 'jumio.dataChecks' }]} />);
    expect(items()[0]).toHaveTextContent('no sign of fraud');
    expect(screen.getByRole('button', { name: 'Reason code OK' })).toBeInTheDocument();
  });

  it('does not describe OK of a liveness check with the data-checks text', () => {
    render(<ReasonList reasons={[{ code: 'OK', source: 'jumio.liveness' }]} />);
    expect(items()[0]).toHaveTextContent('OK');
    expect(items()[0]).not.toHaveTextContent('fraud');
    expect(screen.queryByRole('button', { name: 'Reason code OK' })).toBeNull();
  });

  it('uses a catalog entry keyed for the source (jumio.liveness:OK)', () => {
    render(
      <DecisionBlocksProvider
        catalog={{ 'jumio.liveness:OK': { title: 'Live person', description: 'A live person.' } }}
      >
        <ReasonList reasons={[{ code: 'OK', source: 'jumio.liveness' }]} />
      </DecisionBlocksProvider>,
    );
    expect(items()[0]).toHaveTextContent('A live person.');
  });
});

describe('ReasonList text from data', () => {
  it('lets a long code break only after _ or -, keeping its text intact', () => {
    render(<ReasonList reasons={[{ code: 'DAILY_CONFIGURED-LIMIT', details: 'Over the limit.' }]} />);
    const code = screen.getByText(
      (_, element) => element?.tagName === 'CODE' && element.textContent === 'DAILY_CONFIGURED-LIMIT',
    );
    expect([...code.childNodes].map((node) => (node.nodeName === 'WBR' ? '|' : node.textContent)).join('')).toBe(
      'DAILY_|CONFIGURED-|LIMIT',
    );
  });

  it('leaves the direction of details and codes to the stylesheet: no dir attribute on a chip or a text', () => {
    const { container } = render(
      <ReasonList
        reasons={[
          { code: 'RC004', details: 'Document expired.' },
          { code: 'رمز', details: 'انتهت صلاحية الوثيقة' },
        ]}
      />,
    );
    // Each is isolated by `unicode-bidi: plaintext` (reasons.css), checked in Chromium in
    // test/browser/reason-direction.test.tsx.
    expect(screen.getByText('Document expired.')).toHaveClass('dblk-reason__text');
    expect(screen.getByText('انتهت صلاحية الوثيقة')).toHaveClass('dblk-reason__text');
    expect(screen.getByRole('button', { name: 'Reason code RC004' })).toHaveClass('dblk-code');
    expect(screen.getByText('رمز')).toHaveClass('dblk-code');
    expect(container.querySelectorAll('[dir]')).toHaveLength(0);
  });
});
