'use client';
import { createContext, useContext } from 'react';
import type { Messages } from '../i18n/messages';
import type { ReasonCatalog, VerdictTones } from '../model/types';

export interface RenderErrorInfo {
  /** The public component whose render failed, e.g. "DataChecksTable". */
  componentName: string;
  componentStack?: string | undefined;
}

export type RenderErrorHandler = (error: unknown, info: RenderErrorInfo) => void;

/** What every component reads: the provider's values merged over the defaults. */
export interface DecisionBlocksSettings {
  catalog: ReasonCatalog;
  messages: Messages;
  locale: string | undefined;
  verdictTones: VerdictTones | undefined;
  tooltipContainer: HTMLElement | null | undefined;
  onRenderError: RenderErrorHandler | undefined;
}

/**
 * What the context carries. Without a provider, `catalog` is null and `messages` empty, meaning
 * "the defaults": each component falls back to the default catalog and to the English text of
 * each message it shows, so a page with just badges or meters downloads neither the catalog nor
 * every message (`useDecisionBlocks` fills both in). Every provider sets both in full.
 */
export interface ContextSettings extends Omit<DecisionBlocksSettings, 'catalog' | 'messages'> {
  catalog: ReasonCatalog | null;
  messages: Partial<Messages>;
}

export const defaultContextSettings: ContextSettings = Object.freeze({
  catalog: null,
  messages: Object.freeze({}),
  locale: undefined,
  verdictTones: undefined,
  tooltipContainer: undefined,
  onRenderError: undefined,
});

export const DecisionBlocksContext = createContext<ContextSettings>(defaultContextSettings);
DecisionBlocksContext.displayName = 'DecisionBlocksContext';

/** The settings in force here, for components (see `ContextSettings` for the defaults). */
export function useSettings(): ContextSettings {
  return useContext(DecisionBlocksContext);
}
