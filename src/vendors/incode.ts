// Incode Omni: fetch scores (GET /omni/get/score) gives per module (`idValidation`,
// `liveness`, `faceRecognition`, …) an `overall: { value, status }` and lists of tests
// (`{ key, value, status }`), plus the session's own `overall`. Webhooks carry
// `onboardingStatus` only.
// Sources: Incode developer documentation, "Fetch Score Data", https://developer.incode.com/docs/fetch-scores ;
// "API Integration", https://docs.incode.com/docs/omni-api/integration-guide
import type { NamedDataBlock, Reason, ReasonCatalog } from '../model/types';
import {
  adapter,
  fields,
  fromPercent,
  get,
  isBag,
  isList,
  items,
  keyOf,
  lookup,
  rawWords,
  reason,
  text,
  type Bag,
} from './read';

const SOURCE = 'incode';
const DOCS = 'https://developer.incode.com/docs/fetch-scores';

// OK, WARN and FAIL are Incode's traffic light. MANUAL_OK and MANUAL_FAIL are the same after a
// person reviewed the session.
const STATUS: Readonly<Record<string, string>> = {
  ok: 'ok',
  warn: 'warn',
  fail: 'fail',
  manual_ok: 'approved',
  manual_fail: 'rejected',
};

// Webhook states: the scores are fetched separately once the onboarding has finished.
const ONBOARDING: Readonly<Record<string, string>> = {
  onboarding_finished: 'pending',
  manual_review_approved: 'approved',
  manual_review_rejected: 'rejected',
};

function testReasons(module: Bag): Reason[] {
  const reasons: Reason[] = [];
  for (const [group, value] of fields(module, 40)) {
    if (group === 'overall') continue;
    const tests = isList(value)
      ? items(value, 60)
      : isBag(value) && get(value, 'status') !== undefined
        ? [{ key: group, ...pick(value) }]
        : [];
    for (const test of tests) {
      const status = keyOf(get(test, 'status'));
      if (status === '' || status === 'ok') continue;
      const key = text(get(test, 'key')) ?? group;
      const shown = text(get(test, 'status'));
      const value = text(get(test, 'value'));
      reasons.push(reason(key, value !== null && value !== shown ? `${shown} (${value})` : shown, SOURCE));
    }
  }
  return reasons;
}

function pick(value: Bag): Bag {
  return { status: get(value, 'status'), value: get(value, 'value') };
}

function moduleBlock(name: string, module: Bag): NamedDataBlock {
  const status = get(module, 'overall', 'status');
  const verdict = lookup(STATUS, status) ?? text(status);
  return {
    name,
    verdict,
    score: fromPercent(get(module, 'overall', 'value')),
    reasons: [...rawWords(verdict, [status], SOURCE), ...testReasons(module)],
  };
}

/** Reads Incode's fetch-scores response, one of its modules, or a webhook with `onboardingStatus`. */
export const fromIncode = adapter('Incode', (input) => {
  const onboarding = get(input, 'onboardingStatus');
  if (onboarding !== undefined && get(input, 'overall') === undefined) {
    const verdict = lookup(ONBOARDING, onboarding) ?? 'in_progress';
    return {
      outcome: verdict,
      dataBlocks: [{ name: 'onboarding', verdict, reasons: rawWords(verdict, [onboarding], SOURCE) }],
    };
  }
  const overallStatus = get(input, 'overall', 'status');
  const outcome = lookup(STATUS, overallStatus) ?? text(overallStatus);
  const dataBlocks = fields(input, 60).flatMap(([name, module]) =>
    name !== 'overall' && isBag(module) && isBag(get(module, 'overall')) ? [moduleBlock(name, module)] : [],
  );
  return { outcome, dataBlocks };
});

/** Incode's status words, keyed `incode:<STATUS>`, in our own words. */
export const incodeCatalog: ReasonCatalog = Object.freeze({
  'incode:WARN': {
    title: 'Warning',
    description: 'The test passed with doubts; look at it before deciding.',
    tone: 'caution',
    docsUrl: DOCS,
  },
  'incode:FAIL': { title: 'Failed', description: 'The test failed.', tone: 'critical', docsUrl: DOCS },
  'incode:MANUAL_OK': {
    title: 'Approved on review',
    description: 'A reviewer approved the result.',
    tone: 'positive',
    docsUrl: DOCS,
  },
  'incode:MANUAL_FAIL': {
    title: 'Rejected on review',
    description: 'A reviewer rejected the result.',
    tone: 'critical',
    docsUrl: DOCS,
  },
  'incode:ONBOARDING_FINISHED': {
    title: 'Onboarding finished',
    description: 'The session is complete; its scores can now be fetched.',
    tone: 'neutral',
    docsUrl: DOCS,
  },
});
