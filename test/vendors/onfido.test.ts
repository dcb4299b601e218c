import { describe, expect, it } from 'vitest';
import { toneOf } from '../../src';
import { fromOnfido } from '../../src/vendors';
import {
  onfidoCautionDocumentReport,
  onfidoCheckCompletedWebhook,
  onfidoClearCheck,
  onfidoClearDocumentReport,
  onfidoConsiderCheckWithReports,
  onfidoFacialSimilarityReport,
  onfidoInProgressCheck,
  onfidoSuspectedDocumentReport,
  onfidoWorkflowRunReview,
} from '../../stories/fixtures/vendors/onfido';
import { expectSession, LANGUAGES, type Expected } from './render';

const verdictOf = (input: unknown) => fromOnfido(input).dataBlocks[0]?.verdict ?? null;
const codesOf = (input: unknown) =>
  fromOnfido(input)
    .dataBlocks.flatMap((block) => block.reasons ?? [])
    .map((r) => r.code);

describe('fromOnfido mapping', () => {
  it.each([
    ['report complete + clear', { name: 'document', status: 'complete', result: 'clear' }, 'clear', 'positive'],
    [
      'report consider + sub_result suspected',
      { name: 'document', status: 'complete', result: 'consider', sub_result: 'suspected' },
      'suspected',
      'critical',
    ],
    [
      'report consider + sub_result rejected',
      { name: 'document', status: 'complete', result: 'consider', sub_result: 'rejected' },
      'rejected',
      'critical',
    ],
    [
      'report consider + sub_result caution',
      { name: 'document', status: 'complete', result: 'consider', sub_result: 'caution' },
      'caution',
      'caution',
    ],
    [
      'report consider without sub_result',
      { name: 'facial_similarity_photo', status: 'complete', result: 'consider' },
      'consider',
      'caution',
    ],
    [
      'report result unidentified',
      { name: 'watchlist_standard', status: 'complete', result: 'unidentified' },
      'inconclusive',
      'caution',
    ],
    ['report complete without result', { name: 'document', status: 'complete', result: null }, 'pending', 'neutral'],
    ['report awaiting_approval', { name: 'document', status: 'awaiting_approval', result: null }, 'pending', 'neutral'],
    ['report paused', { name: 'document', status: 'paused', result: null }, 'on_hold', 'caution'],
    ['report cancelled', { name: 'document', status: 'cancelled', result: null }, 'cancelled', 'neutral'],
    ['check in_progress', { status: 'in_progress', result: null }, 'in_progress', 'neutral'],
    ['check awaiting_applicant', { status: 'awaiting_applicant', result: null }, 'pending', 'neutral'],
    ['check complete + consider', { status: 'complete', result: 'consider' }, 'consider', 'caution'],
    ['check withdrawn', { status: 'withdrawn', result: null }, 'withdrawn', 'neutral'],
    ['workflow run approved', { workflow_id: 'wf', status: 'approved' }, 'approved', 'positive'],
    ['workflow run declined', { workflow_id: 'wf', status: 'declined' }, 'declined', 'critical'],
    ['workflow run review', { workflow_id: 'wf', status: 'review' }, 'review', 'caution'],
    ['workflow run abandoned', { workflow_id: 'wf', status: 'abandoned' }, 'abandoned', 'neutral'],
    ['workflow run error', { workflow_id: 'wf', status: 'error' }, 'not_executed', 'neutral'],
    ['workflow run awaiting_input', { workflow_id: 'wf', status: 'awaiting_input' }, 'pending', 'neutral'],
  ])('%s → %s (%s)', (_name, input, verdict, tone) => {
    expect(verdictOf(input)).toBe(verdict);
    expect(toneOf(verdict)).toBe(tone);
  });

  it('keeps consider visible beside suspected, and the breakdown that raised it', () => {
    expect(codesOf(onfidoSuspectedDocumentReport)).toEqual(['consider', 'original_document_present']);
  });

  it('keeps consider and the expiry-date breakdown beside caution', () => {
    expect(codesOf(onfidoCautionDocumentReport)).toEqual(['consider', 'expiry_date']);
  });

  it('shows no status chip for a clear, complete report', () => {
    expect(codesOf(onfidoClearDocumentReport)).toEqual([]);
  });

  it('reads the 0–1 face-match score of a facial similarity report as a percentage (0.6512 → 65.12)', () => {
    expect(fromOnfido(onfidoFacialSimilarityReport).dataBlocks[0]?.score).toBe(65.12);
  });

  it('reads a check with its reports: the check block, then one block per report', () => {
    const { outcome, dataBlocks } = fromOnfido(onfidoConsiderCheckWithReports);
    expect(outcome).toBe('consider');
    expect(dataBlocks.map((block) => [block.name, block.verdict])).toEqual([
      ['check', 'consider'],
      ['document', 'suspected'],
    ]);
  });

  it('reads the check.completed webhook (status only) as neutral, with complete visible', () => {
    const { outcome } = fromOnfido(onfidoCheckCompletedWebhook);
    expect(outcome).toBe('pending');
    expect(codesOf(onfidoCheckCompletedWebhook)).toEqual(['complete']);
  });

  it('reads a list of reports ({ reports: [...] })', () => {
    const { dataBlocks } = fromOnfido({ reports: [onfidoClearDocumentReport, onfidoSuspectedDocumentReport] });
    expect(dataBlocks.map((block) => block.verdict)).toEqual(['clear', 'suspected']);
  });

  it('keeps the reasons of a workflow run as codes', () => {
    expect(codesOf(onfidoWorkflowRunReview)).toEqual(['document_report_consider']);
  });

  it('reads the clear check and the in-progress check', () => {
    expect(fromOnfido(onfidoClearCheck).outcome).toBe('clear');
    expect(fromOnfido(onfidoInProgressCheck).outcome).toBe('in_progress');
  });
});

const cases: [string, unknown, Expected][] = [
  [
    'a clear check (approved)',
    onfidoClearCheck,
    { outcome: 'positive', rows: { Check: 'positive' }, label: { English: 'Clear', German: 'Unauffällig' } },
  ],
  [
    'a consider check with a suspected document (rejected)',
    onfidoConsiderCheckWithReports,
    {
      outcome: 'caution',
      rows: { Document: 'critical', Check: 'caution' },
      words: ['consider', 'original_document_present'],
      label: { German: 'Prüfen' },
    },
  ],
  [
    'a caution document report (review)',
    { reports: [onfidoCautionDocumentReport] },
    { outcome: 'unknown', rows: { Document: 'caution' }, words: ['consider', 'expiry_date'] },
  ],
  [
    'the check.completed webhook (pending)',
    onfidoCheckCompletedWebhook,
    { outcome: 'neutral', rows: { Check: 'neutral' }, words: ['complete'], label: { German: 'Ausstehend' } },
  ],
  [
    'a facial similarity report (partial)',
    onfidoFacialSimilarityReport,
    { outcome: 'unknown', rows: { 'Facial similarity photo': 'positive' }, words: ['65.12%'] },
  ],
  [
    'a workflow run in review',
    onfidoWorkflowRunReview,
    { outcome: 'caution', rows: { 'Workflow run': 'caution' }, words: ['document_report_consider'] },
  ],
];

describe.each(LANGUAGES)('Onfido payloads in SessionDecision, in %s', (language) => {
  it.each(cases)('%s', (_name, payload, expected) => {
    const words =
      language === 'German' ? expected.words?.map((word) => word.replace('65.12%', '65,12 %')) : expected.words;
    expectSession(fromOnfido(payload), language, { ...expected, ...(words ? { words } : {}) });
  });
});
