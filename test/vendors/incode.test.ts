import { describe, expect, it } from 'vitest';
import { toneOf } from '../../src';
import { fromIncode } from '../../src/vendors';
import {
  incodeFail,
  incodeOk,
  incodeOnboardingFinished,
  incodePartial,
  incodeWarn,
} from '../../stories/fixtures/vendors/incode';
import { expectSession, LANGUAGES, type Expected } from './render';

describe('fromIncode mapping', () => {
  it.each([
    ['overall.status OK', incodeOk, 'ok', 'positive'],
    ['overall.status WARN', incodeWarn, 'warn', 'caution'],
    ['overall.status FAIL', incodeFail, 'fail', 'critical'],
    ['overall.status MANUAL_OK', { overall: { value: '80', status: 'MANUAL_OK' } }, 'approved', 'positive'],
    ['overall.status MANUAL_FAIL', { overall: { value: '10', status: 'MANUAL_FAIL' } }, 'rejected', 'critical'],
    ['onboardingStatus ONBOARDING_FINISHED (scores to fetch)', incodeOnboardingFinished, 'pending', 'neutral'],
    [
      'onboardingStatus ID_VALIDATION_FINISHED',
      { onboardingStatus: 'ID_VALIDATION_FINISHED' },
      'in_progress',
      'neutral',
    ],
    ['onboardingStatus MANUAL_REVIEW_APPROVED', { onboardingStatus: 'MANUAL_REVIEW_APPROVED' }, 'approved', 'positive'],
    ['onboardingStatus MANUAL_REVIEW_REJECTED', { onboardingStatus: 'MANUAL_REVIEW_REJECTED' }, 'rejected', 'critical'],
  ])('%s → %s (%s)', (_name, input, verdict, tone) => {
    expect(fromIncode(input).outcome).toBe(verdict);
    expect(toneOf(verdict)).toBe(tone);
  });

  it('reads each module as a block with its overall value as score ("100.0" → 100)', () => {
    expect(fromIncode(incodeOk).dataBlocks.map((block) => [block.name, block.verdict, block.score])).toEqual([
      ['idValidation', 'ok', 100],
      ['liveness', 'ok', 95.2],
      ['faceRecognition', 'ok', 91],
    ]);
  });

  it('lists the tests that were not OK, key as code, status and value as text', () => {
    expect(fromIncode(incodeFail).dataBlocks[0]?.reasons).toEqual([
      { code: 'tamperCheck', details: 'FAIL', source: 'incode' },
      { code: 'documentExpired', details: 'FAIL (0)', source: 'incode' },
    ]);
  });

  it('keeps an unknown status as sent (UNKNOWN → tone unknown), with no score for an empty value', () => {
    expect(fromIncode(incodePartial).dataBlocks[0]).toMatchObject({ verdict: 'UNKNOWN', score: null });
  });
});

const cases: [string, unknown, Expected][] = [
  [
    'all OK',
    incodeOk,
    {
      outcome: 'positive',
      rows: { 'ID validation': 'positive', Liveness: 'positive' },
      label: { English: 'OK', German: 'OK' },
    },
  ],
  [
    'failed ID validation',
    incodeFail,
    {
      outcome: 'critical',
      rows: { 'ID validation': 'critical' },
      words: ['tamperCheck', 'documentExpired'],
      label: { English: 'Fail', German: 'Fehlgeschlagen' },
    },
  ],
  [
    'warning on light balance',
    incodeWarn,
    {
      outcome: 'caution',
      rows: { 'ID validation': 'caution' },
      words: ['balancedLightFront'],
      label: { English: 'Warn', German: 'Warnung' },
    },
  ],
  [
    'onboarding finished (pending)',
    incodeOnboardingFinished,
    { outcome: 'neutral', words: ['ONBOARDING_FINISHED'], label: { German: 'Ausstehend' } },
  ],
  ['a module without its overall yet (partial)', incodePartial, { outcome: 'unknown', rows: { Liveness: 'unknown' } }],
];

describe.each(LANGUAGES)('Incode payloads in SessionDecision, in %s', (language) => {
  it.each(cases)('%s', (_name, payload, expected) => expectSession(fromIncode(payload), language, expected));
});
