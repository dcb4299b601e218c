// The library, used the way a host would: raw data blocks in, components out.
import { DataBlockCard, DataChecksTable, DecisionBadge, ReasonList, ScoreMeter } from '../../src';
import type { BadgeItem, CardItem, CheckBlock, MeterItem, ReasonItem } from '../data';

export function OurBadges({ items }: { items: readonly BadgeItem[] }) {
  return (
    <div className="bench">
      {items.map((item, index) => (
        <DecisionBadge key={index} verdict={item.verdict.raw} />
      ))}
    </div>
  );
}

export function OurMeters({ items }: { items: readonly MeterItem[] }) {
  return (
    <div className="bench">
      {items.map((item, index) => (
        <ScoreMeter key={index} block={item.block} />
      ))}
    </div>
  );
}

export function OurCards({ items }: { items: readonly CardItem[] }) {
  return (
    <div className="bench">
      {items.map((item, index) => (
        <DataBlockCard key={index} block={item.block} name={item.name.raw} />
      ))}
    </div>
  );
}

export function OurTable({ checks }: { checks: readonly CheckBlock[] }) {
  return (
    <div className="bench">
      {/* The workloads measure tables past the default row maximum of 1,000: every row is shown. */}
      <DataChecksTable checks={checks} maxRows={checks.length} />
    </div>
  );
}

export function OurReasons({ reasons }: { reasons: readonly ReasonItem['raw'][] }) {
  return (
    <div className="bench">
      <ReasonList reasons={reasons} />
    </div>
  );
}
