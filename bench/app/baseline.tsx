// Hand-written React: the screens as a console developer writes them without the library. A
// badge is one span with a class and the text, a meter a number beside a native <progress>, a
// table plain rows of text cells in the order the data came, reasons a list with a "Show more"
// button. No normalization, catalog, tooltips or memoization: fed display values, as in ../data.
import { useState } from 'react';
import type { BadgeItem, CardItem, CheckItem, MeterItem, ReasonItem, SessionItem, VerdictEntry } from '../data';
import { scoreText } from '../expected';
import { startPage } from './page';
import './plain.css';
import { reactScenarios } from './react-variant';

function Badge({ verdict }: { verdict: VerdictEntry }) {
  return <span className={`badge ${verdict.tone}`}>{verdict.label}</span>;
}

function Meter({ score }: { score: number | null }) {
  if (score === null) return <div className="meter muted">No score</div>;
  return (
    <div className="meter">
      <span>{score}%</span>
      <progress max={100} value={score} />
    </div>
  );
}

function Reasons({ reasons, max }: { reasons: readonly ReasonItem[]; max: number }) {
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? reasons : reasons.slice(0, max);
  const hidden = reasons.length - shown.length;
  return (
    <>
      <ul className="reasons">
        {shown.map((reason, index) => (
          <li key={index}>
            <code>{reason.code}</code> {reason.details}
          </li>
        ))}
      </ul>
      {hidden > 0 && (
        <button type="button" onClick={() => setExpanded(true)}>
          Show {hidden.toLocaleString()} more
        </button>
      )}
    </>
  );
}

function Card({ item }: { item: CardItem }) {
  return (
    <section className="card">
      <div className="card-header">
        <h3>{item.name.label}</h3>
        <Badge verdict={item.verdict} />
      </div>
      <Meter score={item.score} />
      <Reasons reasons={item.reasons} max={10} />
    </section>
  );
}

function Table({ items }: { items: readonly CheckItem[] }) {
  return (
    <table className="checks">
      <thead>
        <tr>
          <th>Check</th>
          <th>Decision</th>
          <th>Score</th>
          <th>Reasons</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.block.id}>
            <td>{item.label}</td>
            <td>
              <Badge verdict={item.verdict} />
            </td>
            <td>{scoreText(item.score)}</td>
            <td>
              <Reasons reasons={item.reasons} max={3} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Cards({ items }: { items: readonly CardItem[] }) {
  return (
    <div className="cards">
      {items.map((item, index) => (
        <Card key={index} item={item} />
      ))}
    </div>
  );
}

startPage(
  reactScenarios({
    Badges: ({ items }: { items: readonly BadgeItem[] }) => (
      <div>
        {items.map((item, index) => (
          <Badge key={index} verdict={item.verdict} />
        ))}
      </div>
    ),
    Meters: ({ items }: { items: readonly MeterItem[] }) => (
      <div>
        {items.map((item, index) => (
          <Meter key={index} score={item.score} />
        ))}
      </div>
    ),
    Cards,
    Table,
    Reasons: ({ items }) => <Reasons reasons={items} max={10} />,
    Session: ({ session }: { session: SessionItem }) => (
      <main>
        <header className="session-header">
          <h2>{session.title}</h2>
          <Badge verdict={session.outcome} />
        </header>
        <Table items={session.checks} />
        <Cards items={session.cards} />
      </main>
    ),
  }),
);
