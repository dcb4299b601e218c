import { describe, expect, it } from 'vitest';
import { raisesIssue, severityRank, toneOf, TONES } from '../../src';

describe('toneOf', () => {
  it.each(['NOT_TRUSTED', 'not-trusted', 'Not trusted', 'not_trusted', '  NotTrusted  ', 'not.trusted'])(
    'reads the spelling %j as critical',
    (spelling) => {
      expect(toneOf(spelling)).toBe('critical');
    },
  );

  it.each([
    [
      'positive',
      [
        'success',
        'succeeded',
        'passed',
        'PASSED',
        'pass',
        'ok',
        'approved',
        'accepted',
        'trusted',
        'clear',
        'verified',
        'match',
        'green',
        'genuine',
      ],
    ],
    [
      'caution',
      [
        'warning',
        'WARNING',
        'review',
        'manual_review',
        'Manual review',
        'consider',
        'caution',
        'resubmission_requested',
        'retry',
        'attention',
        'inconclusive',
        'partial_match',
        'medium_risk',
      ],
    ],
    [
      'critical',
      [
        'failure',
        'failed',
        'fail',
        'rejected',
        'REJECTED',
        'declined',
        'denied',
        'not_trusted',
        'untrusted',
        'fraud',
        'suspected',
        'high_risk',
        'red',
        'mismatch',
        'no_match',
        'blocked',
      ],
    ],
    [
      'neutral',
      [
        'not_executed',
        'NOT_EXECUTED',
        'skipped',
        'pending',
        'processing',
        'in_progress',
        'in-progress',
        'not_applicable',
        'cancelled',
        'canceled',
        'abandoned',
        'expired',
        'withdrawn',
        'queued',
      ],
    ],
  ] as const)('maps the built-in %s vocabulary', (tone, spellings) => {
    for (const spelling of spellings) expect(toneOf(spelling), spelling).toBe(tone);
  });

  it.each([
    ['accept', 'positive'],
    ['ACCEPT', 'positive'],
    ['resubmit', 'caution'],
    ['needs_review', 'caution'],
    ['Needs review', 'caution'],
    ['in_review', 'caution'],
    ['In Review', 'caution'],
    ['on_hold', 'caution'],
    ['onHold', 'caution'],
    ['requires_retry', 'caution'],
    ['warn', 'caution'],
    ['WARN', 'caution'],
    ['reject', 'critical'],
    ['unverified', 'critical'],
    ['not_started', 'neutral'],
    ['Not Started', 'neutral'],
    ['created', 'neutral'],
  ] as const)('maps the vendor-neutral word %j to %s', (spelling, tone) => {
    expect(toneOf(spelling)).toBe(tone);
  });

  it.each(['completed', 'refer', 'requires_input', 'submitted', '9102', 'complete'])(
    'leaves the vendor-dependent word %j to the adapters (unknown)',
    (spelling) => {
      expect(toneOf(spelling)).toBe('unknown');
    },
  );

  it.each([
    ['an unknown verdict', 'maybe_later'],
    ['an empty string', ''],
    ['a blank string', '   '],
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['an object', { verdict: 'passed' }],
    ['an array', ['passed']],
    ['a boolean', true],
    ['"__proto__"', '__proto__'],
    ['"constructor"', 'constructor'],
    ['"toString"', 'toString'],
  ])('returns unknown for %s', (_name, verdict) => {
    expect(toneOf(verdict)).toBe('unknown');
  });

  it('lets host overrides add and replace vocabulary, in any spelling', () => {
    const overrides = { 'Needs-Second-Look': 'caution', PASSED: 'neutral' } as const;
    expect(toneOf('NEEDS_SECOND_LOOK', overrides)).toBe('caution');
    expect(toneOf('passed', overrides)).toBe('neutral');
    expect(toneOf('failure', overrides)).toBe('critical');
  });

  it('ignores override values that are not tones', () => {
    expect(toneOf('passed', { passed: 'purple' } as never)).toBe('positive');
    expect(toneOf('odd', { odd: 7 } as never)).toBe('unknown');
  });

  it('ignores overrides that are not objects', () => {
    expect(toneOf('passed', 'nope' as never)).toBe('positive');
    expect(toneOf('passed', null)).toBe('positive');
  });

  it('does not read inherited keys from an overrides object', () => {
    const overrides = Object.create({ mystery: 'critical' }) as Record<string, 'critical'>;
    expect(toneOf('mystery', overrides)).toBe('unknown');
  });
});

describe('severityRank and raisesIssue', () => {
  it('orders tones critical, caution, unknown, neutral, positive', () => {
    const sorted = [...TONES].sort((a, b) => severityRank(a) - severityRank(b));
    expect(sorted).toEqual(['critical', 'caution', 'unknown', 'neutral', 'positive']);
  });

  it('counts critical and caution as issues, nothing else', () => {
    expect(TONES.filter(raisesIssue)).toEqual(['critical', 'caution']);
  });
});
