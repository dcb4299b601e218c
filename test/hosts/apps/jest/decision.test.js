// A Jest 30 suite as a CommonJS host writes it: require(), jsdom, Testing Library.
const { createElement: h } = require('react');
const { render, screen, fireEvent } = require('@testing-library/react');
require('decision-blocks/styles.css');
const { DecisionBadge, ScoreMeter, ReasonList, SessionDecision } = require('decision-blocks');

test('a badge shows the humanized verdict and its tone', () => {
  render(h(DecisionBadge, { verdict: 'NOT_TRUSTED' }));
  const badge = screen.getByText('Not trusted').closest('[data-tone]');
  expect(badge.getAttribute('data-tone')).toBe('critical');
});

test('a score is a meter with a formatted value', () => {
  render(h(ScoreMeter, { score: 28.3 }));
  const meter = screen.getByRole('meter', { name: 'Score' });
  expect(meter.getAttribute('aria-valuenow')).toBe('28.3');
  expect(meter.getAttribute('aria-valuetext')).toBe('28.3%');
});

test('a long reason list expands', () => {
  const reasons = Array.from({ length: 12 }, (_, index) => ({ code: `R${index}`, details: `Reason ${index}` }));
  render(h(ReasonList, { reasons }));
  expect(screen.getAllByRole('listitem')).toHaveLength(10);
  fireEvent.click(screen.getByRole('button', { name: 'Show 2 more' }));
  expect(screen.getAllByRole('listitem')).toHaveLength(12);
});

test('a session shows its outcome and a table of checks', () => {
  render(
    h(SessionDecision, {
      session: {
        decisionOutcome: 'rejected',
        dataBlocks: {
          AuthenticationResult: {
            verdict: 'failure',
            score: '',
            reasons: [{ code: '', details: 'SERVER_FACE_DOES_NOT_MATCH' }],
          },
        },
      },
    }),
  );
  expect(screen.getByRole('table')).toBeTruthy();
  expect(screen.getByRole('rowheader', { name: 'Authentication result' })).toBeTruthy();
});
