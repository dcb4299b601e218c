import { act, render, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DataBlockCard,
  DataChecksTable,
  DecisionBadge,
  DecisionBlocksProvider,
  ReasonList,
  ScoreMeter,
  SessionDecision,
} from '../../src';

const PAYLOAD = [
  '<script>window.__dblkPwned = "script"</script>',
  '<img src=x onerror="window.__dblkPwned = \'img\'">',
  '"><svg onload="window.__dblkPwned = \'svg\'">',
  "' onmouseover='window.__dblkPwned = 1' x='",
  '<a href="javascript:window.__dblkPwned = 1">link</a>',
  '<iframe srcdoc="<script>parent.__dblkPwned = 1</script>"></iframe>',
  '<style>* { display: none }</style>',
  '<!-- --> &lt;b&gt; &amp; {{constructor.constructor("return 1")()}} ${1+1}',
].join(' ');

/** A harmless string of the same role: markup made from the payload would make the two trees differ. */
const PLAIN = 'plain words';

/** Every public component, with `text` in each verdict, code, details, name, outcome and catalog text. */
function everything(text: string): ReactElement {
  const reasons = [{ code: text, details: text }, { code: 'RC004', details: text }, { code: text }];
  const block = { verdict: text, score: 42, reasons, name: text };
  const catalog = { [text]: { title: text, description: text, tone: 'critical' as const } };
  return (
    <DecisionBlocksProvider catalog={catalog}>
      <DecisionBadge verdict={text} />
      <DecisionBadge block={block} label={text} tooltip={text} />
      <ScoreMeter block={block} label={text} />
      <ReasonList block={block} />
      <DataChecksTable checks={[block, { ...block, id: 2 }]} caption={text} />
      <DataChecksTable checks={{ [text]: block }} />
      <DataBlockCard block={block} />
      <DataBlockCard block={block} name={text} title={text} />
      <SessionDecision outcome={text} checks={{ [text]: block }} title={text} />
      <SessionDecision session={{ decisionOutcome: text, dataBlocks: [block] }} layout="cards" />
    </DecisionBlocksProvider>
  );
}

/**
 * Tag names and attribute names in document order: what markup the text could have created.
 * `<wbr>` is left out: code chips add one after each `_` or `-` of a code, payload or not.
 */
function shape(root: ParentNode): string[] {
  return [...root.querySelectorAll(':not(wbr)')].map(
    (element) => `${element.tagName.toLowerCase()}[${element.getAttributeNames().sort().join(' ')}]`,
  );
}

function expectNothingExecutable(root: ParentNode): void {
  expect(root.querySelectorAll('script, img, iframe, style, object, embed, link, meta, base, form')).toHaveLength(0);
  for (const element of root.querySelectorAll('*')) {
    for (const name of element.getAttributeNames()) {
      expect(name, element.outerHTML.slice(0, 80)).not.toMatch(/^on|^srcdoc$|^src$|^formaction$/i);
    }
  }
  for (const link of root.querySelectorAll('a')) expect(link.getAttribute('href')).not.toMatch(/^\s*javascript:/i);
  expect((window as { __dblkPwned?: unknown }).__dblkPwned).toBeUndefined();
}

afterEach(() => {
  delete (window as { __dblkPwned?: unknown }).__dblkPwned;
});

describe('HTML and script payloads render as inert text', () => {
  it('creates no element or attribute from payloads in verdicts, codes, details, names and catalog text', () => {
    const plain = render(everything(PLAIN));
    const expected = shape(plain.container);
    plain.unmount();

    const { container } = render(everything(PAYLOAD));
    expect(shape(container)).toEqual(expected);
    expectNothingExecutable(document.body);
    // The text is all there, as text: details are shown verbatim.
    expect(container.textContent).toContain(PAYLOAD);
    expect(screen.getAllByText(PAYLOAD).length).toBeGreaterThan(5);
  });

  it('keeps the payload inert inside an open tooltip', async () => {
    const plain = render(
      <DecisionBlocksProvider catalog={{ [PLAIN]: { title: PLAIN, description: PLAIN } }}>
        <ReasonList reasons={[{ code: PLAIN }]} />
      </DecisionBlocksProvider>,
    );
    act(() => screen.getByRole('button', { name: `Reason code ${PLAIN}` }).focus());
    const expected = shape((await screen.findByRole('tooltip')).parentElement!);
    plain.unmount();

    render(
      <DecisionBlocksProvider catalog={{ [PAYLOAD]: { title: PAYLOAD, description: PAYLOAD } }}>
        <ReasonList reasons={[{ code: PAYLOAD }]} />
      </DecisionBlocksProvider>,
    );
    act(() => screen.getByRole('button', { name: `Reason code ${PAYLOAD}` }).focus());
    const tooltip = await screen.findByRole('tooltip');
    expect(tooltip).toHaveTextContent(PAYLOAD, { normalizeWhitespace: false });
    expect(shape(tooltip.parentElement!)).toEqual(expected);
    expectNothingExecutable(document.body);
  });

  it('escapes the payload in server-rendered HTML', () => {
    const html = renderToString(everything(PAYLOAD));
    expect(html).toContain('&lt;script&gt;window.__dblkPwned');
    const parse = (markup: string) => new DOMParser().parseFromString(markup, 'text/html').body;
    const parsed = parse(html);
    expectNothingExecutable(parsed);
    expect(shape(parsed)).toEqual(shape(parse(renderToString(everything(PLAIN)))));
    expect(parsed.textContent).toContain(PAYLOAD);
  });
});

describe('docs links', () => {
  const unsafe: [string, unknown][] = [
    ['javascript:', 'javascript:window.__dblkPwned=1'],
    ['JavaScript: with upper case and leading spaces', '  JavaScript:window.__dblkPwned=1'],
    ['javascript: split by a tab and a newline', 'java\tscript:window.__dblk\nPwned=1'],
    ['javascript: after a control character', '\u0001javascript:window.__dblkPwned=1'],
    ['data: HTML', 'data:text/html,<script>window.__dblkPwned=1</script>'],
    ['data: base64', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['blob:', 'blob:https://example.com/uuid'],
    ['file:', 'file:///etc/passwd'],
    ['a relative path', '/docs'],
    ['a protocol-relative URL', '//evil.example.com'],
    ['an object with an href', { href: 'https://example.com', toString: () => 'https://example.com' }],
  ];

  const withDocs = (docsUrl: unknown) => (
    <DecisionBlocksProvider catalog={{ ACME_1: { title: 'Acme', docsUrl } } as never}>
      <ReasonList reasons={[{ code: 'ACME_1' }]} />
      <DataBlockCard block={{ verdict: 'failure', score: 10, reasons: [{ details: 'ACME_1' }] }} />
      <DataChecksTable checks={{ Device: { verdict: 'failure', reasons: [{ code: 'ACME_1' }] } }} />
      <SessionDecision outcome="rejected" checks={{ Device: { reasons: [{ code: 'ACME_1' }] } }} layout="cards" />
    </DecisionBlocksProvider>
  );

  it.each(unsafe)('never links %s', (_name, docsUrl) => {
    const { container } = render(withDocs(docsUrl));
    expect(screen.getAllByRole('button', { name: 'Reason code ACME_1' })).toHaveLength(4);
    expect(container.querySelectorAll('a, [href]')).toHaveLength(0);
    expect(renderToString(withDocs(docsUrl))).not.toMatch(/href=/);
  });

  it.each([
    ['http:', 'http://docs.example.com/acme', 'http://docs.example.com/acme'],
    ['https:', 'https://docs.example.com/acme', 'https://docs.example.com/acme'],
    [
      'https: with markup in the path',
      'https://docs.example.com/"><script>x</script>',
      'https://docs.example.com/%22%3E%3Cscript%3Ex%3C/script%3E',
    ],
  ])('links %s in every component that lists reasons', (_name, docsUrl, href) => {
    render(withDocs(docsUrl));
    const links = screen.getAllByRole('link', { name: 'Learn more ACME_1' });
    expect(links).toHaveLength(4);
    for (const link of links) expect(link).toHaveAttribute('href', href);
    expectNothingExecutable(document.body);
    expect(within(links[0]!.closest('li')!).getByRole('button', { name: 'Reason code ACME_1' })).toBeInTheDocument();
  });
});
