import { lookupReason, type DataBlock, type DataBlockCollection, type NamedDataBlock, type Reason } from '../../../src';
import fixtures from '../fixtures/sessions.json';

/** A verification session as the console's backend returns it; anything but `id` may be missing. */
export interface VerificationSession {
  id: string;
  applicant?: string | null;
  flow?: string | null;
  createdAt?: string | null;
  decisionOutcome?: string | null;
  dataBlocks?: DataBlockCollection | null;
}

// The fixtures stand in for an API response, so they are typed as loosely as one.
export const sessions: readonly VerificationSession[] = fixtures as unknown as VerificationSession[];

export function findSession(id: string): VerificationSession | undefined {
  return sessions.find((session) => session.id === id);
}

/** The session's blocks as [name, block] pairs, whether the API sent a record or a list. */
export function blockEntries(collection: DataBlockCollection | null | undefined): [string, DataBlock | null][] {
  if (!collection) return [];
  if (Array.isArray(collection)) {
    return (collection as readonly NamedDataBlock[]).map((block, index) => [
      block?.name ?? `Check ${index + 1}`,
      block,
    ]);
  }
  return Object.entries(collection as Record<string, DataBlock | null>);
}

export function blockCount(session: VerificationSession): number {
  return blockEntries(session.dataBlocks).length;
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

export function formatDate(value: string | null | undefined): string {
  const date = value ? new Date(value) : null;
  return date && !Number.isNaN(date.getTime()) ? `${dateFormat.format(date)} UTC` : '—';
}

/**
 * The document fraud checks behind a session's DataChecks block: one row per decision label it
 * reported (MRZ_CHECKSUM, OK, …), with the label's decision type from the catalog as the verdict.
 */
export function dataCheckRows(session: VerificationSession): NamedDataBlock[] {
  const entry = blockEntries(session.dataBlocks).find(([name]) => name === 'DataChecks');
  const reasons = entry?.[1]?.reasons;
  if (!Array.isArray(reasons)) return [];
  return (reasons as readonly Reason[]).flatMap((reason): NamedDataBlock[] => {
    const label = typeof reason?.code === 'string' ? reason.code : '';
    if (label === '') return [];
    return [{ name: label, verdict: lookupReason(label)?.decisionType ?? null, reasons: [{ code: label }] }];
  });
}
