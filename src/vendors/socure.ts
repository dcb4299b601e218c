// Socure ID+ (`/api/3.0/EmailAuthScore`): a `decision` (`{ value: accept | reject | review |
// refer | resubmit }`), modules with `reasonCodes` and 0–1 `score`s (fraud and synthetic as
// `scores: [{ name, score }]`), and Predictive DocV (`documentVerification` with its own
// `decision`). RiskOS evaluations send `decision` as a bare word.
// Sources: Socure documentation, "ID+ API reference: response", https://developer.socure.com/reference ;
// "Decision module", https://developer.socure.com/docs/idplus/modules/decision ;
// "Predictive DocV results", https://developer.socure.com/docs/predictive-docv
import type { NamedDataBlock, ReasonCatalog } from '../model/types';
import { adapter, fromFraction, get, isBag, items, keyOf, rawWords, reason, text, type Bag } from './read';

const SOURCE = 'socure';
const DOCS = 'https://developer.socure.com/docs/idplus/modules/decision';

const MODULES = [
  'fraud',
  'synthetic',
  'kyc',
  'emailRisk',
  'phoneRisk',
  'addressRisk',
  'alertList',
  'deviceRisk',
  'globalWatchlist',
  'watchlistStandard',
  'watchlistPlus',
  'watchlistPremier',
  'documentVerification',
] as const;

/**
 * Socure's decision words, with one vendor meaning: `refer` sends the consumer to a further
 * step (Predictive DocV, for instance), so a person or a flow still has to act: caution.
 */
function decisionVerdict(value: unknown): string | null {
  const key = keyOf(value);
  if (key === 'refer') return 'review';
  return key === '' ? null : key;
}

function moduleScore(module: Bag): number | null {
  const scores = items(get(module, 'scores'), 10);
  const first = scores.find((entry) => get(entry, 'score') !== undefined);
  return fromFraction(first === undefined ? get(module, 'score') : get(first, 'score'));
}

function moduleBlock(name: string, module: Bag): NamedDataBlock {
  const decision = get(module, 'decision');
  const raw = isBag(decision) ? get(decision, 'value') : undefined;
  const verdict = raw === undefined ? null : decisionVerdict(raw);
  const reasons = [
    ...rawWords(verdict, [raw], SOURCE),
    ...items(get(module, 'reasonCodes'), 60).map((code) => reason(text(code), null, SOURCE)),
  ];
  return { name, verdict, score: moduleScore(module), reasons };
}

/** Reads a Socure ID+ response, one of its modules, or a RiskOS evaluation with a `decision` word. */
export const fromSocure = adapter('Socure', (input) => {
  const decision = get(input, 'decision');
  const rawDecision = isBag(decision) ? get(decision, 'value') : decision;
  const outcome = decisionVerdict(rawDecision);
  const dataBlocks: NamedDataBlock[] = [];
  if (outcome !== null) {
    const model = isBag(decision) ? text(get(decision, 'modelName')) : null;
    dataBlocks.push({
      name: 'decision',
      verdict: outcome,
      reasons: [...rawWords(outcome, [rawDecision], SOURCE), ...(model === null ? [] : [reason(null, model)])],
    });
  }
  for (const name of MODULES) {
    const module = get(input, name);
    if (isBag(module)) dataBlocks.push(moduleBlock(name, module));
  }
  if (dataBlocks.length === 0 && (get(input, 'reasonCodes') !== undefined || get(input, 'score') !== undefined)) {
    dataBlocks.push(moduleBlock('module', input));
  }
  return { outcome, dataBlocks };
});

/** Socure's decision values, keyed `socure:<value>`, in our own words. */
export const socureCatalog: ReasonCatalog = Object.freeze({
  'socure:accept': {
    title: 'Accept',
    description: 'The decision logic accepts the consumer.',
    tone: 'positive',
    docsUrl: DOCS,
  },
  'socure:reject': {
    title: 'Reject',
    description: 'The decision logic rejects the consumer.',
    tone: 'critical',
    docsUrl: DOCS,
  },
  'socure:review': {
    title: 'Review',
    description: 'A person should review the consumer before deciding.',
    tone: 'caution',
    docsUrl: DOCS,
  },
  'socure:refer': {
    title: 'Refer',
    description: 'The consumer is referred to a further step, such as document verification, before a decision.',
    tone: 'caution',
    docsUrl: DOCS,
  },
  'socure:resubmit': {
    title: 'Resubmit',
    description: 'The consumer should submit the information or document again.',
    tone: 'caution',
    docsUrl: DOCS,
  },
});
