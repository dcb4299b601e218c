// Jumio KYX platform: a workflow execution's details hold an overall `decision` and, per
// capability (extraction, dataChecks, usability, imageChecks, liveness, similarity, …), a list
// of entries with their own `decision: { type, details: { label } }`.
// Sources: Jumio documentation, "Retrieval API: Workflow details" and "Capabilities" (Data
// Checks, Liveness, Usability, Image Checks, Similarity labels), https://docs.jumio.com/
import type { NamedDataBlock, ReasonCatalog, Tone } from '../model/types';
import { adapter, fields, fromPercent, get, isBag, isList, items, keyOf, lookup, rawWords, reason, text } from './read';

const DOCS = 'https://docs.jumio.com/';

// Decision types are the library's own vocabulary (PASSED, REJECTED, WARNING, NOT_EXECUTED).
// Workflow statuses are lifecycle states: none of them is a verdict.
const WORKFLOW_STATUS: Readonly<Record<string, string>> = {
  initiated: 'not_started',
  acquired: 'processing',
  processed: 'pending',
  session_expired: 'expired',
  token_expired: 'expired',
};

function readDecision(decision: unknown, source: string, name: string, id: string | null): NamedDataBlock {
  const verdict = text(get(decision, 'type'));
  const label = text(get(decision, 'details', 'label'));
  const risk = get(decision, 'risk', 'score');
  // -1 is Jumio's "no risk score".
  const score = risk === -1 || risk === '-1' ? null : fromPercent(risk);
  const reasons = label === null || keyOf(label) === keyOf(verdict) ? [] : [reason(label, null, source)];
  return { name, verdict, score, reasons, ...(id ? { id } : {}) };
}

function readCapability(name: string, raw: unknown): NamedDataBlock[] {
  const entries = isList(raw) ? items(raw) : [raw];
  const source = `jumio.${name}`;
  return entries.flatMap((entry, index): NamedDataBlock[] => {
    if (!isBag(entry) || !isBag(get(entry, 'decision'))) return [];
    const label = entries.length > 1 ? `${name} ${index + 1}` : name;
    return [readDecision(get(entry, 'decision'), source, label, text(get(entry, 'id')))];
  });
}

/**
 * Reads Jumio workflow details (`{ workflow, decision, capabilities }`), the capabilities
 * object, one capability entry (`{ decision: {...} }`), a decision object, or the callback
 * (`{ workflowExecution: { status } }`, a lifecycle state only).
 */
export const fromJumio = adapter('Jumio', (input) => {
  const capabilities = get(input, 'capabilities');
  const status = get(input, 'workflow', 'status') ?? get(input, 'workflowExecution', 'status');
  const decision = get(input, 'decision');
  const overall = isBag(decision) ? text(get(decision, 'type')) : null;
  const lifecycle = lookup(WORKFLOW_STATUS, status);

  if (isBag(capabilities) || lifecycle !== null || (overall !== null && get(input, 'workflow') !== undefined)) {
    const dataBlocks = fields(capabilities).flatMap(([name, raw]) => readCapability(name, raw));
    const outcome = overall ?? lifecycle;
    if (overall === null && lifecycle !== null) {
      dataBlocks.unshift({
        name: 'workflow',
        verdict: lifecycle,
        reasons: rawWords(lifecycle, [status], 'jumio.workflow'),
      });
    }
    return { outcome, dataBlocks };
  }
  if (text(get(input, 'type')) !== null) {
    const one = readDecision(input, 'jumio', 'decision', null);
    return { outcome: one.verdict ?? null, dataBlocks: [one] };
  }
  // One capability entry on its own, as the capability pages show them.
  if (isBag(decision)) {
    const one = readDecision(decision, 'jumio', text(get(input, 'name')) ?? 'capability', text(get(input, 'id')));
    return { outcome: null, dataBlocks: [one] };
  }
  // The capabilities object on its own: every key is a capability.
  const dataBlocks = fields(input).flatMap(([name, raw]) => readCapability(name, raw));
  return { outcome: null, dataBlocks };
});

function entry(tone: Tone, title: string, description: string) {
  const decisionType =
    tone === 'positive' ? 'PASSED' : tone === 'critical' ? 'REJECTED' : tone === 'caution' ? 'WARNING' : 'NOT_EXECUTED';
  return { title, description, tone, decisionType, docsUrl: DOCS } as const;
}

/**
 * Labels of Jumio's capabilities other than data checks (those are in the default catalog),
 * keyed by capability, described in our own words.
 */
export const jumioCatalog: ReasonCatalog = Object.freeze({
  'jumio.liveness:OK': entry('positive', 'Live person', 'The selfie was taken of a live person who was present.'),
  'jumio.liveness:BAD_QUALITY': entry(
    'caution',
    'Selfie quality too low',
    'The selfie could not be judged for liveness.',
  ),
  'jumio.liveness:LIVENESS_UNDETERMINED': entry(
    'caution',
    'Liveness undetermined',
    'Liveness could not be established either way.',
  ),
  'jumio.liveness:ID_USED_AS_SELFIE': entry(
    'critical',
    'ID used as selfie',
    'The selfie shows an identity document instead of a face.',
  ),
  'jumio.liveness:MULTIPLE_PEOPLE': entry('critical', 'Several people', 'More than one person appears in the selfie.'),
  'jumio.liveness:DIGITAL_COPY': entry(
    'critical',
    'Selfie from a screen',
    'The selfie was taken of a screen, not of a person.',
  ),
  'jumio.liveness:PHOTOCOPY': entry('critical', 'Selfie from a printout', 'The selfie was taken of a printed picture.'),
  'jumio.liveness:MANIPULATED': entry('critical', 'Manipulated selfie', 'The selfie shows signs of manipulation.'),
  'jumio.liveness:NO_FACE_PRESENT': entry('critical', 'No face', 'No face could be found in the selfie.'),
  'jumio.liveness:FACE_NOT_FULLY_VISIBLE': entry(
    'caution',
    'Face partly hidden',
    'The face is not fully visible in the selfie.',
  ),
  'jumio.liveness:AGE_DIFFERENCE': entry(
    'caution',
    'Age does not fit',
    'The estimated age of the face differs from the age on the document.',
  ),
  'jumio.similarity:MATCH': entry('positive', 'Faces match', 'The selfie and the document photo show the same person.'),
  'jumio.similarity:NO_MATCH': entry(
    'critical',
    'Faces differ',
    'The selfie and the document photo show different people.',
  ),
  'jumio.similarity:NOT_POSSIBLE': entry('neutral', 'Comparison not possible', 'The faces could not be compared.'),
  'jumio.usability:OK': entry('positive', 'Usable image', 'The image is good enough to be processed.'),
  'jumio.usability:BLURRED': entry('caution', 'Blurred image', 'The image is too blurred to be read.'),
  'jumio.usability:GLARE': entry('caution', 'Glare', 'Reflections hide part of the document.'),
  'jumio.usability:BAD_QUALITY': entry('caution', 'Poor image quality', 'The image quality is too low to process.'),
  'jumio.usability:MISSING_PAGE': entry(
    'caution',
    'Page missing',
    'A required page or side of the document is missing.',
  ),
  'jumio.usability:PART_OF_DOCUMENT_MISSING': entry(
    'caution',
    'Document cut off',
    'Part of the document is outside the image.',
  ),
  'jumio.usability:PART_OF_DOCUMENT_HIDDEN': entry('caution', 'Document covered', 'Part of the document is covered.'),
  'jumio.usability:DAMAGED_DOCUMENT': entry('caution', 'Damaged document', 'The document is damaged.'),
  'jumio.usability:NOT_A_DOCUMENT': entry(
    'critical',
    'Not a document',
    'The image does not show an identity document.',
  ),
  'jumio.usability:UNSUPPORTED_DOCUMENT_TYPE': entry(
    'caution',
    'Unsupported document',
    'This type of document is not supported.',
  ),
  'jumio.usability:BLACK_WHITE': entry(
    'caution',
    'Black-and-white image',
    'The image is black and white; colour is required.',
  ),
  'jumio.usability:PHOTOCOPY': entry('critical', 'Photocopy', 'The image shows a photocopy of the document.'),
  'jumio.usability:DIGITAL_COPY': entry('critical', 'Image of a screen', 'The image shows the document on a screen.'),
  'jumio.imageChecks:OK': entry('positive', 'Image genuine', 'The image shows no sign of manipulation.'),
  'jumio.imageChecks:MANIPULATED_DOCUMENT': entry(
    'critical',
    'Manipulated document',
    'The document image was altered.',
  ),
  'jumio.imageChecks:DIGITAL_COPY': entry(
    'critical',
    'Image of a screen',
    'The document was photographed from a screen.',
  ),
  'jumio.imageChecks:PHOTOCOPY': entry('critical', 'Photocopy', 'The document image is a photocopy.'),
  'jumio.imageChecks:DIFFERENT_PERSON': entry('critical', 'Different person', 'The images show more than one person.'),
  'jumio.imageChecks:REPEATED_FACE': entry(
    'caution',
    'Face seen before',
    'The face matches a face from an earlier transaction.',
  ),
  'jumio.extraction:OK': entry('positive', 'Data read', 'The data was read from the document.'),
});
