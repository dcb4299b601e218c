// IDnow flow sessions (IDnow Trust Platform): `decisionOutcome` on the session, and data blocks
// keyed by name from the datablocks endpoint. The block shape is the library's own (it was
// modelled on IDnow's), so blocks pass through; only the reading is made safe and bounded.
// Source: IDnow developer documentation, "Rejection reasons" (Understanding detailed decision
// information in data blocks), https://docs.idnow.io/ — the seed `data-blocks-rejection-reasons`.
import type { NamedDataBlock, Reason, ReasonCatalog } from '../model/types';
import { adapter, fields, fromPercent, get, isBag, isList, items, text, type Bag } from './read';

const SOURCE = 'idnow';
const DOCS = 'https://docs.idnow.io/';

function readReasons(raw: unknown): Reason[] | null {
  if (raw === undefined || raw === null) return null;
  const list = isList(raw) ? items(raw) : [raw];
  return list.flatMap((entry): Reason[] => {
    if (typeof entry === 'string' || typeof entry === 'number') return [{ code: null, details: text(entry) }];
    if (!isBag(entry)) return [];
    return [{ code: text(get(entry, 'code')), details: text(get(entry, 'details')), source: SOURCE }];
  });
}

function readBlock(raw: unknown, name: string | null, problems: string[]): NamedDataBlock | null {
  if (!isBag(raw)) {
    if (raw !== undefined && raw !== null) problems.push(`The data block "${name ?? '?'}" was not an object.`);
    return null;
  }
  const verdict = get(raw, 'verdict') ?? get(raw, 'result');
  const rawScore = get(raw, 'score');
  const score = fromPercent(rawScore);
  if (score === null && text(rawScore) !== null) problems.push(`The score of "${name ?? '?'}" was not a number.`);
  return {
    name: name ?? text(get(raw, 'name')),
    verdict: text(verdict),
    score,
    reasons: readReasons(get(raw, 'reasons') ?? get(raw, 'reason')),
  };
}

const BLOCK_FIELDS = ['verdict', 'result', 'score', 'reasons', 'reason'];

function looksLikeBlock(raw: Bag): boolean {
  return BLOCK_FIELDS.some((key) => get(raw, key) !== undefined);
}

function readBlocks(raw: unknown, problems: string[]): NamedDataBlock[] {
  if (isList(raw)) {
    return items(raw).flatMap(
      (entry, index) => readBlock(entry, text(get(entry, 'name')) ?? `Block ${index + 1}`, problems) ?? [],
    );
  }
  if (!isBag(raw)) return [];
  if (looksLikeBlock(raw))
    return [readBlock(raw, text(get(raw, 'name')) ?? 'Data block', problems)].flatMap((b) => b ?? []);
  return fields(raw).flatMap(([name, value]) => readBlock(value, name, problems) ?? []);
}

/**
 * Reads an IDnow flow session (`{ decisionOutcome, dataBlocks }`), the datablocks response
 * (`{ AuthenticationResult: {...} }` or a list), or one data block. The verdicts IDnow sends
 * (`failure`, `not_trusted`, `success`) are vendor-neutral words, so they are kept as sent.
 */
export const fromIdnow = adapter('IDnow', (input, problems) => {
  const outcome = text(get(input, 'decisionOutcome')) ?? text(get(input, 'outcome'));
  const rawBlocks = get(input, 'dataBlocks') ?? get(input, 'datablocks') ?? get(input, 'blocks');
  if (rawBlocks !== undefined || get(input, 'decisionOutcome') !== undefined) {
    return { outcome, dataBlocks: readBlocks(rawBlocks, problems) };
  }
  return { outcome, dataBlocks: readBlocks(input, problems) };
});

/** The reason codes and detail tokens IDnow documents in data blocks, described in our words. */
export const idnowCatalog: ReasonCatalog = Object.freeze({
  'idnow:RC004': {
    title: 'IP and phone country differ',
    description: 'The country of the IP address is not the country of the phone number.',
    tone: 'critical',
    docsUrl: DOCS,
  },
  'idnow:RE011': {
    title: 'Email in many data breaches',
    description: 'The email address appears in far more data breaches than usual, a sign of a shared address.',
    tone: 'critical',
    docsUrl: DOCS,
  },
  'idnow:SERVER_FACE_DOES_NOT_MATCH': {
    title: 'Face does not match',
    description: 'The face captured during biometric authentication does not match the enrolled face.',
    tone: 'critical',
    docsUrl: DOCS,
  },
});
