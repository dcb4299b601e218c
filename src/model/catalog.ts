import { copyOwnEntries, emptyRecord } from './own';
import { hasOwn, isRecord } from './read';
import type { CatalogEntry, DecisionType, ReasonCatalog, Tone } from './types';

const TONE_OF_DECISION: Readonly<Record<DecisionType, Tone>> = {
  PASSED: 'positive',
  WARNING: 'caution',
  REJECTED: 'critical',
  NOT_EXECUTED: 'neutral',
};

/** The tone a data-check decision type stands for. */
export function toneOfDecisionType(type: DecisionType): Tone {
  return TONE_OF_DECISION[type];
}

/** The data-check labels of the seed are those of Jumio's data-checks capability. */
const DATA_CHECKS_SOURCE = 'jumio.dataChecks';

function label(decisionType: DecisionType, title: string, description: string): CatalogEntry {
  return { title, description, decisionType, tone: TONE_OF_DECISION[decisionType], source: DATA_CHECKS_SOURCE };
}

function code(tone: Tone, title: string, description: string): CatalogEntry {
  return { title, description, tone };
}

/**
 * Reason codes and data-check labels the library knows. Hosts merge their own entries over
 * these with `mergeCatalogs` (or the provider's `catalog`).
 */
export const defaultCatalog: ReasonCatalog = Object.freeze({
  // Data-check decision labels.
  PRECONDITION_NOT_FULFILLED: label(
    'NOT_EXECUTED',
    'Precondition not fulfilled',
    'The check could not run because data it depends on, from another capability, was missing.',
  ),
  TECHNICAL_ERROR: label('NOT_EXECUTED', 'Technical error', 'An error stopped the check before it could finish.'),
  OK: label('PASSED', 'No fraud found', 'The data read from the ID image showed no sign of fraud.'),
  DOCUMENT_EXPIRY_WITHIN_CONFIGURED_LIMIT: label(
    'WARNING',
    'Document expires soon',
    'The document expires within the limit configured for this flow.',
  ),
  HIGH_FRAUD_RISK: label('REJECTED', 'High fraud risk', 'The analysis found a high likelihood of fraud.'),
  NFC_CERTIFICATE: label(
    'REJECTED',
    'NFC chip data mismatch',
    'Data read from the passport chip over NFC differs from the data read optically from the document. Only applies to NFC reads on a mobile device.',
  ),
  MISMATCHING_DATAPOINTS: label(
    'REJECTED',
    'Mismatching data points',
    'A value that appears more than once on the document differs between its occurrences, for example the barcode and the printed text.',
  ),
  MRZ_CHECKSUM: label(
    'REJECTED',
    'MRZ checksum invalid',
    'A check digit in the machine-readable zone does not match the data it protects.',
  ),
  MISMATCHING_DATA_REPEATED_FACE: label(
    'REJECTED',
    'Known face, different data',
    'The ID or selfie matches one seen before, but the personal data attached to it is different.',
  ),
  MISMATCH_HRZ_MRZ_DATA: label(
    'REJECTED',
    'HRZ and MRZ disagree',
    'The human-readable zone and the machine-readable zone of the ID contain different data.',
  ),
  CUSTOMER_FEEDBACK: label(
    'REJECTED',
    'Matches reported fraud',
    'The ID data matches an earlier transaction that was reported as fraud through transaction feedback.',
  ),
  ID_DATA_MISMATCH: label(
    'REJECTED',
    'ID data mismatch',
    'Two occurrences of the same data field on the ID differ significantly.',
  ),
  LOOKUPS_MEDIUM_RISK_IP_ADDRESS: label(
    'WARNING',
    'Many attempts from one IP address',
    'An unusual number of transactions came from the same IP address.',
  ),
  LOOKUPS_MEDIUM_RISK_DEVICE: label(
    'WARNING',
    'Many attempts from one device',
    'An unusual number of transactions came from the same device.',
  ),
  LOOKUPS_HIGH_RISK_SAME_DATA: label(
    'REJECTED',
    'Matches a rejected ID',
    'The ID document matches at least one transaction that was rejected before.',
  ),
  LOOKUPS_HIGH_RISK_SAME_FACE_MISMATCHING_DATA: label(
    'REJECTED',
    'Known face with other data',
    'The ID or selfie matches one uploaded before, but with different personal data.',
  ),
  LOOKUPS_HIGH_RISK_DEVICE: label(
    'REJECTED',
    'Device linked to rejections',
    'The device matches one or more transactions that were rejected before.',
  ),
  LOOKUPS_HIGH_RISK_IP_ADDRESS: label(
    'REJECTED',
    'IP address linked to rejections',
    'The IP address matches one or more transactions that were rejected before.',
  ),
  ID_DATA_MISMATCH_LOW_CONFIDENCE: label(
    'WARNING',
    'Possible ID data mismatch',
    'Two occurrences of a data field on the document probably differ; confidence is low.',
  ),
  ID_DATA_INVALID: label(
    'WARNING',
    'ID data invalid',
    'Data on the ID failed validation of its length, format or characters.',
  ),
  UNREADABLE_DATASOURCE: label(
    'WARNING',
    'Unreadable data source',
    'The machine-readable zone or barcode could not be read.',
  ),
  LOOKUPS_MEDIUM_RISK_SAME_DOCUMENT_NUMBER: label(
    'WARNING',
    'Document number seen with other names',
    'The document number matches an earlier transaction whose first name, last name and date of birth differ.',
  ),
  // Reason codes and detail tokens seen in data blocks.
  RC004: code(
    'critical',
    'IP and phone country differ',
    'The country of the IP address is not the country of the phone number.',
  ),
  RE011: code(
    'critical',
    'Email in many data breaches',
    'The email address appears in far more data breaches than usual, which suggests a shared or traded address.',
  ),
  SERVER_FACE_DOES_NOT_MATCH: code(
    'critical',
    'Face does not match',
    'The face captured during authentication does not match the enrolled face.',
  ),
} satisfies Record<string, CatalogEntry>);

function ownEntry(catalog: ReasonCatalog, key: string): CatalogEntry | null {
  if (!hasOwn(catalog, key)) return null;
  // Read directly: an entry whose getter throws is host configuration gone wrong, which the
  // component that looks it up reports, instead of passing silently as an unknown code.
  const entry: unknown = catalog[key];
  return isRecord(entry) ? (entry as unknown as CatalogEntry) : null;
}

function byCode(catalog: ReasonCatalog, code: string, prefix: string): CatalogEntry | null {
  return ownEntry(catalog, prefix + code) ?? ownEntry(catalog, prefix + code.trim().toUpperCase());
}

/**
 * The catalog entry for a reason code, by own keys only (`__proto__` or `toString` are
 * ordinary unknown codes). Tries the exact code, then its trimmed upper-case form. With a
 * `source` (where the reason comes from, e.g. `jumio.liveness`), the entry keyed
 * `source:CODE` comes first, and an entry scoped to another source is not used: `OK` of a
 * liveness check is not described as a data check.
 */
export function lookupReason(
  code: unknown,
  catalog: ReasonCatalog | null | undefined = defaultCatalog,
  source?: string | null,
): CatalogEntry | null {
  if (typeof code !== 'string' && typeof code !== 'number') return null;
  if (typeof catalog !== 'object' || catalog === null) return null;
  const exact = String(code);
  const scoped = typeof source === 'string' && source !== '' ? source : null;
  if (scoped !== null) {
    const entry = byCode(catalog, exact, `${scoped}:`);
    if (entry) return entry;
  }
  const entry = byCode(catalog, exact, '');
  if (!entry || scoped === null) return entry;
  const entrySource: unknown = entry.source;
  return typeof entrySource === 'string' && entrySource !== '' && entrySource !== scoped ? null : entry;
}

/** Merges catalogs left to right; later entries replace earlier ones for the same code. */
export function mergeCatalogs(...catalogs: readonly (ReasonCatalog | null | undefined)[]): ReasonCatalog {
  const merged = emptyRecord<CatalogEntry>();
  for (const catalog of catalogs) copyOwnEntries(merged, catalog);
  return merged;
}
