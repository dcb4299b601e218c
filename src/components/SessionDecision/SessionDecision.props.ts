import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import type { DataBlockCollection } from '../../model/types';
import type { HeadingLevel } from '../DataBlockCard/DataBlockCard.props';

export const sessionLayouts = ['table', 'cards'] as const;
export type SessionLayout = (typeof sessionLayouts)[number];

/** A flow session as APIs return it; every field optional. */
export interface SessionLike {
  decisionOutcome?: string | null;
  outcome?: string | null;
  dataBlocks?: DataBlockCollection | null;
  datablocks?: DataBlockCollection | null;
  checks?: DataBlockCollection | null;
}

export interface SessionDecisionOwnProps {
  /** The session's overall outcome (`decisionOutcome`), e.g. "rejected"; wins over `session`. */
  outcome?: string | null | undefined;
  /** The session's data blocks, as an array or a record; wins over `session`. */
  checks?: DataBlockCollection | null | undefined;
  /** A whole session object: `decisionOutcome` and `dataBlocks` (or `datablocks`, `checks`) are read from it. */
  session?: SessionLike | null | undefined;
  /** Show the blocks as a table (default) or as cards. */
  layout?: SessionLayout | undefined;
  /** Optional heading above the outcome. */
  title?: ReactNode;
  /** Level of the heading; cards use the next level. Defaults to 2. */
  headingLevel?: HeadingLevel | undefined;
  /** The row maximum: blocks past it are counted, not read or shown; default 1,000 (`DEFAULT_MAX_ROWS`). */
  maxRows?: number | undefined;
}

export type SessionDecisionProps = SessionDecisionOwnProps &
  Omit<ComponentPropsWithoutRef<'section'>, keyof SessionDecisionOwnProps | 'children'>;
