'use client';
import { useContext } from 'react';
import { defaultMessages } from '../i18n/messages';
import { defaultCatalog } from '../model/catalog';
import { DecisionBlocksContext, defaultContextSettings, type DecisionBlocksSettings } from './context';

const defaultSettings: DecisionBlocksSettings = Object.freeze({
  ...defaultContextSettings,
  catalog: defaultCatalog,
  messages: defaultMessages,
});

/** The settings in force here: the nearest provider's, or the defaults without one. */
export function useDecisionBlocks(): DecisionBlocksSettings {
  const settings = useContext(DecisionBlocksContext);
  // Only the context's default leaves out the catalog and messages: every provider sets both.
  return settings === defaultContextSettings ? defaultSettings : (settings as DecisionBlocksSettings);
}
