import { DataBlockCard, DataChecksTable, SessionDecision } from '../../../src';
import { blockEntries, dataCheckRows, formatDate, type VerificationSession } from './sessions';

export function SessionDetail({ session }: { session: VerificationSession }) {
  const blocks = blockEntries(session.dataBlocks);
  const fraudChecks = dataCheckRows(session);
  return (
    <article aria-labelledby="session-heading" className="session">
      <p>
        <a href="#/">← All sessions</a>
      </p>
      <h1 id="session-heading">Session {session.id}</h1>
      <dl className="session__meta">
        <dt>Applicant</dt>
        <dd>{session.applicant ?? '—'}</dd>
        <dt>Flow</dt>
        <dd>{session.flow ?? '—'}</dd>
        <dt>Started</dt>
        <dd>{formatDate(session.createdAt)}</dd>
      </dl>

      <SessionDecision session={session} title="Decision" headingLevel={2} className="panel" />

      {fraudChecks.length > 0 ? (
        <section aria-labelledby="fraud-checks-heading" className="panel">
          <h2 id="fraud-checks-heading">Document fraud checks</h2>
          <DataChecksTable checks={fraudChecks} caption="Labels reported by the data checks" showFilter={false} />
        </section>
      ) : null}

      <section aria-labelledby="details-heading">
        <h2 id="details-heading">Check details</h2>
        {blocks.length === 0 ? (
          <p className="session__empty">No check has reported details for this session yet.</p>
        ) : (
          <div className="session__cards">
            {blocks.map(([name, block]) => (
              <DataBlockCard key={name} name={name} block={block} headingLevel={3} className="panel" />
            ))}
          </div>
        )}
      </section>
    </article>
  );
}
