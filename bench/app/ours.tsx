// The library, used the way a host would: raw data blocks in, components out.
import { DataBlockCard, DataChecksTable, DecisionBadge, ReasonList, ScoreMeter, SessionDecision } from '../../src';
import '../../src/theme/tokens.css';
import '../../src/theme/badge.css';
import '../../src/theme/card.css';
import '../../src/theme/checks.css';
import '../../src/theme/meter.css';
import '../../src/theme/reasons.css';
import '../../src/theme/session.css';
import '../../src/theme/icon.css';
import type { CardItem, CheckItem } from '../data';
import { startPage } from './page';
import { reactScenarios } from './react-variant';

function Cards({ items }: { items: readonly CardItem[] }) {
  return (
    <div>
      {items.map((item, index) => (
        <DataBlockCard key={index} block={item.block} name={item.name.raw} />
      ))}
    </div>
  );
}

const blocksOf = (items: readonly CheckItem[]) => items.map((item) => item.block);

startPage(
  reactScenarios({
    Badges: ({ items }) => (
      <div>
        {items.map((item, index) => (
          <DecisionBadge key={index} verdict={item.verdict.raw} />
        ))}
      </div>
    ),
    Meters: ({ items }) => (
      <div>
        {items.map((item, index) => (
          <ScoreMeter key={index} block={item.block} />
        ))}
      </div>
    ),
    Cards,
    // The workloads measure tables past the default row maximum of 1,000: every row is shown.
    Table: ({ items }) => <DataChecksTable checks={blocksOf(items)} maxRows={items.length} />,
    Reasons: ({ items }) => <ReasonList reasons={items} />,
    Session: ({ session }) => (
      <>
        <SessionDecision title={session.title} outcome={session.outcome.raw} checks={blocksOf(session.checks)} />
        <Cards items={session.cards} />
      </>
    ),
  }),
);
