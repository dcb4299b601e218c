'use client';
import { createContext, useContext } from 'react';
import { defaultMessages, type Messages } from '../i18n/messages';
import { defaultCatalog } from '../model/catalog';
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

export const defaultSettings: DecisionBlocksSettings = Object.freeze({
  catalog: defaultCatalog,
  messages: defaultMessages,
  locale: undefined,
  verdictTones: undefined,
  tooltipContainer: undefined,
  onRenderError: undefined,
});

export const DecisionBlocksContext = createContext<DecisionBlocksSettings>(defaultSettings);
DecisionBlocksContext.displayName = 'DecisionBlocksContext';

/** The settings in force here: the nearest provider's, or the defaults without one. */
export function useDecisionBlocks(): DecisionBlocksSettings {
  return useContext(DecisionBlocksContext);
}
