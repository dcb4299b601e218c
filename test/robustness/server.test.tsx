// @vitest-environment node
// React runs no error boundaries on the server: every case here once made renderToString throw
// for the whole page, or renderToPipeableStream call onShellError. Each must now render the host
// page, with the fallback note (or nothing amiss) where the bad value is, and report it.
import { Writable } from 'node:stream';
import type { ReactElement } from 'react';
import { renderToPipeableStream, renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import {
  DataBlockCard,
  DataChecksTable,
  DecisionBadge,
  DecisionBlocksProvider,
  ReasonList,
  SessionDecision,
  type RenderErrorHandler,
} from '../../src';
import { untrustedDevice } from '../helpers';
import { ownKeysThrowing, revokedProxy, throwingTitleCatalog } from './hostile';

const checks = { DeviceSignals: untrustedDevice, Document: { verdict: 'passed' } };

function page(onRenderError: RenderErrorHandler, providerProps: object, children: ReactElement) {
  return (
    <main>
      <h1>Host page</h1>
      <DecisionBlocksProvider onRenderError={onRenderError} {...providerProps}>
        {children}
      </DecisionBlocksProvider>
      <p>Host footer</p>
    </main>
  );
}

/** Streams a tree the way a Node server does, resolving with the HTML or rejecting on a shell error. */
function stream(element: ReactElement): Promise<string> {
  return new Promise((resolve, reject) => {
    let html = '';
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        html += chunk.toString();
        done();
      },
    });
    sink.on('finish', () => resolve(html));
    const { pipe } = renderToPipeableStream(element, {
      onAllReady: () => pipe(sink),
      onShellError: reject,
      onError: reject,
    });
  });
}

const renderers: [string, (element: ReactElement) => Promise<string>][] = [
  ['renderToString', (element) => Promise.resolve(renderToString(element))],
  ['renderToPipeableStream', stream],
];

const failingCases: [string, ReactElement, string][] = [
  ['ReasonList', <ReasonList block={untrustedDevice} />, 'ReasonList'],
  ['DataChecksTable', <DataChecksTable checks={checks} />, 'ReasonList'],
  ['DataBlockCard', <DataBlockCard block={untrustedDevice} name="DeviceSignals" />, 'ReasonList'],
  ['SessionDecision (table)', <SessionDecision outcome="rejected" checks={checks} />, 'ReasonList'],
  ['SessionDecision (cards)', <SessionDecision outcome="rejected" checks={checks} layout="cards" />, 'ReasonList'],
];

describe.each(renderers)('server rendering with %s', (_renderer, renderPage) => {
  describe('a catalog entry whose title getter throws', () => {
    it.each(failingCases)('is contained in %s and reported', async (_name, element, componentName) => {
      const onRenderError = vi.fn();
      const html = await renderPage(page(onRenderError, { catalog: throwingTitleCatalog() }, element));
      expect(html).toContain('Host page');
      expect(html).toContain('Host footer');
      expect(html).toContain('Decision data unavailable');
      expect(html).toContain(`data-component="${componentName}"`);
      expect(onRenderError).toHaveBeenCalledWith(expect.any(Error), expect.objectContaining({ componentName }));
      expect((onRenderError.mock.calls[0]?.[0] as Error).message).toBe('catalog getter');
    });
  });

  it('messages: { summary: { other: 5 } } leaves the English summary in force and is reported', async () => {
    const onRenderError = vi.fn();
    const html = await renderPage(
      page(
        onRenderError,
        { messages: { summary: { other: 5 } } },
        <SessionDecision outcome="rejected" checks={checks} />,
      ),
    );
    expect(html).toContain('1 of 2 checks raised issues');
    expect(html).not.toContain('Decision data unavailable');
    expect(onRenderError).toHaveBeenCalledWith(
      expect.any(TypeError),
      expect.objectContaining({ componentName: 'DecisionBlocksProvider' }),
    );
  });

  it.each([
    ['DecisionBadge label', <DecisionBadge verdict="failure" label={revokedProxy()} />, 'Failure'],
    ['DataChecksTable sort', <DataChecksTable checks={checks} sort={revokedProxy() as never} />, 'Device signals'],
  ])('a revoked Proxy as %s is ignored', async (_name, element, text) => {
    const onRenderError = vi.fn();
    const html = await renderPage(page(onRenderError, {}, element));
    expect(html).toContain(text);
    expect(html).not.toContain('Decision data unavailable');
    expect(onRenderError).not.toHaveBeenCalled();
  });

  describe.each([
    ['a revoked Proxy', revokedProxy],
    ['a Proxy whose ownKeys throws', ownKeysThrowing],
  ])('%s as a provider setting', (_name, hostile) => {
    it.each(['catalog', 'messages', 'verdictTones'])(
      'as %s is left out and reported; the host page renders',
      async (setting) => {
        const onRenderError = vi.fn();
        const html = await renderPage(
          page(onRenderError, { [setting]: hostile() }, <SessionDecision outcome="rejected" checks={checks} />),
        );
        expect(html).toContain('Host page');
        expect(html).toContain('1 of 2 checks raised issues');
        expect(html).not.toContain('Decision data unavailable');
        expect(onRenderError).toHaveBeenCalledTimes(1);
        expect(onRenderError).toHaveBeenCalledWith(
          expect.any(TypeError),
          expect.objectContaining({ componentName: 'DecisionBlocksProvider' }),
        );
      },
    );
  });
});
