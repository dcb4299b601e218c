import { DecisionBadge, defaultMessages } from '../../../src';
import { sessionHref } from './router';
import { blockCount, formatDate, type VerificationSession } from './sessions';

export function SessionList({ sessions }: { sessions: readonly VerificationSession[] }) {
  return (
    <section aria-labelledby="sessions-heading">
      <h1 id="sessions-heading">Verification sessions</h1>
      <div className="sessions-scroll" role="region" aria-labelledby="sessions-heading" tabIndex={0}>
        <table className="sessions">
          <caption>{sessions.length} sessions today</caption>
          <thead>
            <tr>
              <th scope="col">Session</th>
              <th scope="col">Applicant</th>
              <th scope="col">Flow</th>
              <th scope="col">Started</th>
              <th scope="col">Outcome</th>
              <th scope="col">Checks</th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((session) => (
              <tr key={session.id}>
                <th scope="row">
                  <a href={sessionHref(session.id)}>{session.id}</a>
                </th>
                <td>{session.applicant ?? '—'}</td>
                <td>{session.flow ?? '—'}</td>
                <td>{formatDate(session.createdAt)}</td>
                <td>
                  {/* The wording of SessionDecision on the session's page, so list and page agree. */}
                  <DecisionBadge
                    verdict={session.decisionOutcome}
                    label={session.decisionOutcome ? undefined : defaultMessages.noDecision}
                  />
                </td>
                <td>{blockCount(session)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
