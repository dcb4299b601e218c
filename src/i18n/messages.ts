import * as english from './english';

export type { PluralMessage } from './english';

type English = typeof english;

/** Each message's type widened from its English literal, so any translation fits. */
type MessageType<T> = T extends string ? string : T;

/** Every text the components show: the shape of `english.ts`, the one source of the messages. */
export type Messages = { -readonly [K in Exclude<keyof English, 'language'>]: MessageType<English[K]> } & {
  /** See `english.language`; optional in a host's set. */
  language?: string;
};

/** The messages whose value is a set of plural forms rather than one text. */
export const PLURAL_MESSAGES = ['summary', 'moreChecks', 'moreReasons'] as const satisfies readonly (keyof Messages)[];

export const defaultMessages: Messages = Object.freeze({ ...english });

/**
 * The one look-up: the host's text for `key`, else the English one. Components read messages
 * only through this, so a partial set from a provider or an element attribute is always complete.
 */
export function message<K extends keyof Messages>(messages: Partial<Messages>, key: K): Messages[K] {
  return messages[key] ?? (english[key as keyof English] as Messages[K]);
}
