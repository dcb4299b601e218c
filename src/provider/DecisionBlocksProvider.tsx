'use client';
import { useMemo, type ReactNode } from 'react';
import type { Messages } from '../i18n/messages';
import { mergeCatalogs } from '../model/catalog';
import { copyOwnEntries, emptyRecord } from '../model/own';
import type { ReasonCatalog, VerdictTones } from '../model/types';
import { DecisionBlocksContext, type ContextSettings, type RenderErrorHandler } from './context';
import { useDecisionBlocks } from './useDecisionBlocks';

export interface DecisionBlocksProviderProps {
  /** Reason codes to add or override; merged over the default catalog (and any outer provider's). */
  catalog?: ReasonCatalog | null | undefined;
  /** Any subset of the English defaults; missing keys fall back to the outer provider or the defaults. */
  messages?: Partial<Messages> | null | undefined;
  /** BCP 47 locale for numbers and plural rules, e.g. "de" or "en-GB". */
  locale?: string | null | undefined;
  /** Extra verdict vocabulary, e.g. `{ soft_decline: 'caution' }`. */
  verdictTones?: VerdictTones | null | undefined;
  /** Where tooltips are portalled: for shadow roots and iframes. */
  tooltipContainer?: HTMLElement | null | undefined;
  /** Called when a component fails to render and shows its fallback instead. */
  onRenderError?: RenderErrorHandler | null | undefined;
  children?: ReactNode;
}

function layered<T>(outer: T, inner: unknown, accept?: (value: unknown) => boolean): T {
  const merged = emptyRecord<unknown>();
  copyOwnEntries(merged, outer);
  copyOwnEntries(merged, inner, accept);
  return merged as T;
}

const isMessage = (value: unknown) => typeof value === 'string' || (typeof value === 'object' && value !== null);

/** Optional settings for every decision-blocks component below it. Providers nest. */
export function DecisionBlocksProvider({
  catalog,
  messages,
  locale,
  verdictTones,
  tooltipContainer,
  onRenderError,
  children,
}: DecisionBlocksProviderProps) {
  const outer = useDecisionBlocks();
  const value = useMemo(
    (): ContextSettings => ({
      catalog: catalog ? mergeCatalogs(outer.catalog, catalog) : outer.catalog,
      messages: messages ? layered(outer.messages, messages, isMessage) : outer.messages,
      locale: typeof locale === 'string' && locale !== '' ? locale : outer.locale,
      verdictTones: verdictTones ? layered(outer.verdictTones, verdictTones) : outer.verdictTones,
      tooltipContainer: tooltipContainer ?? outer.tooltipContainer,
      onRenderError: onRenderError ?? outer.onRenderError,
    }),
    [outer, catalog, messages, locale, verdictTones, tooltipContainer, onRenderError],
  );
  return <DecisionBlocksContext.Provider value={value}>{children}</DecisionBlocksContext.Provider>;
}
