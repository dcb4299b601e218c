import { describe, expect, it } from 'vitest';
import { toneOf } from '../../src';
import { fromPersona } from '../../src/vendors';
import {
  personaApproved,
  personaCompletedEvent,
  personaCreated,
  personaDeclined,
  personaNeedsReview,
  personaRequiresRetry,
} from '../../stories/fixtures/vendors/persona';
import { expectSession, LANGUAGES, type Expected } from './render';

const inquiry = (status: string) => ({ data: { type: 'inquiry', attributes: { status } } });
const verification = (status: string) => ({ data: { type: 'verification/government-id', attributes: { status } } });

describe('fromPersona mapping', () => {
  it.each([
    ['inquiry created', inquiry('created'), 'created', 'neutral'],
    ['inquiry pending', inquiry('pending'), 'pending', 'neutral'],
    ['inquiry completed (passed every required verification)', inquiry('completed'), 'passed', 'positive'],
    ['inquiry failed', inquiry('failed'), 'failed', 'critical'],
    ['inquiry expired', inquiry('expired'), 'expired', 'neutral'],
    ['inquiry needs_review', inquiry('needs_review'), 'needs_review', 'caution'],
    ['inquiry approved', inquiry('approved'), 'approved', 'positive'],
    ['inquiry declined', inquiry('declined'), 'declined', 'critical'],
  ])('%s → %s (%s)', (_name, input, verdict, tone) => {
    expect(fromPersona(input).outcome).toBe(verdict);
    expect(toneOf(verdict)).toBe(tone);
  });

  it.each([
    ['verification initiated', verification('initiated'), 'in_progress', 'neutral'],
    ['verification submitted', verification('submitted'), 'processing', 'neutral'],
    ['verification passed', verification('passed'), 'passed', 'positive'],
    ['verification failed', verification('failed'), 'failed', 'critical'],
    ['verification requires_retry', verification('requires_retry'), 'requires_retry', 'caution'],
    ['verification canceled', verification('canceled'), 'canceled', 'neutral'],
    [
      'check passed',
      { name: 'id_aamva_database_lookup', status: 'passed', requirement: 'required' },
      'passed',
      'positive',
    ],
    [
      'check failed, required',
      { name: 'id_tamper_detection', status: 'failed', requirement: 'required' },
      'failed',
      'critical',
    ],
    [
      'check failed, not_required',
      { name: 'id_glare_detection', status: 'failed', requirement: 'not_required' },
      'warning',
      'caution',
    ],
    ['check not_applicable', { name: 'id_selfie_comparison', status: 'not_applicable' }, 'not_applicable', 'neutral'],
    [
      'report ready without a match',
      { type: 'report/watchlist', attributes: { status: 'ready', 'has-match': false } },
      'clear',
      'positive',
    ],
    [
      'report ready with a match',
      { type: 'report/watchlist', attributes: { status: 'ready', 'has-match': true } },
      'needs_review',
      'caution',
    ],
    ['report errored', { type: 'report/watchlist', attributes: { status: 'errored' } }, 'not_executed', 'neutral'],
  ])('%s → %s (%s)', (_name, input, verdict, tone) => {
    expect(fromPersona(input).dataBlocks[0]?.verdict).toBe(verdict);
    expect(toneOf(verdict)).toBe(tone);
  });

  it('keeps completed visible beside passed', () => {
    expect(fromPersona(inquiry('completed')).dataBlocks[0]?.reasons?.map((r) => r.code)).toEqual(['completed']);
  });

  it('reads the inquiry, its verifications and their checks as blocks', () => {
    expect(fromPersona(personaDeclined).dataBlocks.map((block) => block.name)).toEqual([
      'inquiry',
      'government-id',
      'id_tamper_detection',
      'id_aamva_database_lookup',
      'id_glare_detection',
    ]);
  });

  it('keeps check reasons as codes', () => {
    const tamper = fromPersona(personaDeclined).dataBlocks.find((block) => block.name === 'id_tamper_detection');
    expect(tamper?.reasons?.map((r) => r.code)).toEqual(['tampered']);
  });

  it('reads the inquiry inside a webhook event', () => {
    expect(fromPersona(personaCompletedEvent).outcome).toBe('passed');
  });
});

const cases: [string, unknown, Expected][] = [
  [
    'approved, with checks',
    personaApproved,
    {
      outcome: 'positive',
      rows: { 'ID AAMVA database lookup': 'positive', 'Government ID': 'positive' },
      label: { English: 'Approved', German: 'Genehmigt' },
    },
  ],
  [
    'declined for tampering',
    personaDeclined,
    {
      outcome: 'critical',
      rows: { 'ID tamper detection': 'critical', 'ID glare detection': 'caution' },
      words: ['tampered', 'not_required'],
      label: { German: 'Abgelehnt' },
    },
  ],
  [
    'needs review',
    personaNeedsReview,
    {
      outcome: 'caution',
      rows: { 'ID repeat detection': 'caution' },
      label: { English: 'Needs review', German: 'Prüfung nötig' },
    },
  ],
  [
    'pending, retry required',
    personaRequiresRetry,
    { outcome: 'neutral', rows: { 'Government ID': 'caution' }, label: { German: 'Ausstehend' } },
  ],
  [
    'created, nothing submitted (partial)',
    personaCreated,
    { outcome: 'neutral', label: { English: 'Created', German: 'Erstellt' } },
  ],
];

describe.each(LANGUAGES)('Persona payloads in SessionDecision, in %s', (language) => {
  it.each(cases)('%s', (_name, payload, expected) => expectSession(fromPersona(payload), language, expected));
});
