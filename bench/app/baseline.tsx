// The React lower bound: the library's markup written as plain React elements, fed display
// values computed before the timed region (no normalization, no catalog, no providers, no error
// boundaries, no tooltip triggers). Only what a hand-written React screen would do in render
// stays in render: formatting numbers with a cached Intl formatter and slicing lists.
import { memo, useId } from 'react';
import {
  TONE_ORDER,
  TONE_WORDS,
  type BadgeItem,
  type CardItem,
  type CheckItem,
  type MeterItem,
  type ReasonItem,
  type ToneName,
  type VerdictEntry,
} from '../data';
import { formatInteger, formatPercent } from './formats';
import { SORT_ICON_PATHS, TONE_ICON_PATHS } from './icons';

function Icon({ tone }: { tone: ToneName }) {
  return (
    <svg className="dblk-icon" viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false">
      <path fill="currentColor" fillRule="evenodd" d={TONE_ICON_PATHS[tone]} />
    </svg>
  );
}

function Badge({ verdict }: { verdict: VerdictEntry }) {
  const word = TONE_WORDS[verdict.tone];
  return (
    <span className="dblk-badge" data-tone={verdict.tone} data-size="md" data-variant="subtle">
      <Icon tone={verdict.tone} />
      <span className="dblk-badge__label">{verdict.label}</span>
      {verdict.label.toLowerCase() === word.toLowerCase() ? null : (
        <span className="dblk-visually-hidden"> ({word})</span>
      )}
    </span>
  );
}

function Meter({ score, tone, className }: { score: number | null; tone: ToneName; className?: string }) {
  const id = useId();
  const classes = className ? `dblk-meter ${className}` : 'dblk-meter';
  if (score === null) {
    return (
      <div className={classes} data-tone="neutral" data-size="md" data-empty="">
        <span className="dblk-meter__label">Score</span> <span className="dblk-meter__value">No score</span>
      </div>
    );
  }
  const clamped = Math.min(100, Math.max(0, score));
  const text = formatPercent(score);
  return (
    <div
      aria-labelledby={id}
      className={classes}
      role="meter"
      aria-valuenow={clamped}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuetext={text}
      data-tone={tone}
      data-size="md"
    >
      <span className="dblk-meter__label" id={id}>
        Score
      </span>{' '}
      <span className="dblk-meter__value">{text}</span>
      <svg
        className="dblk-meter__bar"
        viewBox="0 0 100 1"
        preserveAspectRatio="none"
        width="100%"
        height="6"
        aria-hidden="true"
        focusable="false"
      >
        <rect className="dblk-meter__track" width={100} height="1" fill="currentColor" fillOpacity="0.2" />
        <rect className="dblk-meter__fill" width={clamped} height="1" fill="currentColor" />
      </svg>
    </div>
  );
}

function Reason({ item }: { item: ReasonItem }) {
  const { code, tone } = item.code;
  return (
    <li className="dblk-reason" data-tone={tone ?? undefined}>
      {tone === null ? (
        <code className="dblk-code">{code}</code>
      ) : (
        <button type="button" className="dblk-code" aria-label={`Reason code ${code}`}>
          <code>{code}</code>
        </button>
      )}
      <span className="dblk-reason__text">{item.raw.details}</span>
    </li>
  );
}

function Reasons({ reasons, max, className }: { reasons: readonly ReasonItem[]; max: number; className?: string }) {
  const id = useId();
  if (reasons.length === 0) {
    return (
      <p className={className ? `dblk-reasons-empty ${className}` : 'dblk-reasons-empty'} data-size="md" data-empty="">
        No reasons given
      </p>
    );
  }
  const hidden = Math.max(0, reasons.length - max);
  return (
    <>
      <ul id={id} className={className ? `dblk-reasons ${className}` : 'dblk-reasons'} role="list" data-size="md">
        {(hidden === 0 ? reasons : reasons.slice(0, max)).map((item, index) => (
          <Reason key={index} item={item} />
        ))}
      </ul>
      {hidden === 0 ? null : (
        <button
          type="button"
          className="dblk-button dblk-reasons-more"
          aria-expanded={false}
          aria-controls={id}
          data-size="md"
        >
          {`Show ${formatInteger(hidden)} more`}
        </button>
      )}
    </>
  );
}

function Card({ item }: { item: CardItem }) {
  const id = useId();
  return (
    <section className="dblk-card" aria-labelledby={id} data-tone={item.verdict.tone} data-size="md">
      <div className="dblk-card__header">
        <h3 id={id} className="dblk-card__title">
          {item.name.label}
        </h3>
        <Badge verdict={item.verdict} />
      </div>
      {item.score === null ? null : <Meter score={item.score} tone={item.verdict.tone} className="dblk-card__meter" />}
      <Reasons reasons={item.reasons} max={10} className="dblk-card__reasons" />
    </section>
  );
}

function SortHeader({ label, sorted }: { label: string; sorted: boolean }) {
  return (
    <th scope="col" className="dblk-checks__header" aria-sort={sorted ? 'ascending' : undefined}>
      <button type="button" className="dblk-checks__sort">
        {label}
        <svg
          className="dblk-icon dblk-checks__sort-icon"
          viewBox="0 0 16 16"
          width="1em"
          height="1em"
          aria-hidden="true"
          focusable="false"
        >
          <path fill="currentColor" d={sorted ? SORT_ICON_PATHS.ascending : SORT_ICON_PATHS.none} />
        </svg>
      </button>
    </th>
  );
}

/** Memoized on the item, as a plain React table of thousands of rows would be. */
const Row = memo(function Row({ item }: { item: CheckItem }) {
  return (
    <tr className="dblk-checks__row" data-tone={item.verdict.tone}>
      <th scope="row" className="dblk-checks__name">
        {item.label}
      </th>
      <td className="dblk-checks__cell">
        <Badge verdict={item.verdict} />
      </td>
      <td className="dblk-checks__cell dblk-checks__score" data-empty={item.score === null ? '' : undefined}>
        {item.score === null ? <span className="dblk-checks__muted">No score</span> : formatPercent(item.score)}
      </td>
      <td className="dblk-checks__cell">
        <Reasons reasons={item.reasons} max={3} />
      </td>
    </tr>
  );
});

export interface TableView {
  rows: readonly CheckItem[];
  counts: Readonly<Record<ToneName, number>>;
}

function Table({ view }: { view: TableView }) {
  const tableId = useId();
  return (
    <div className="dblk-checks-wrapper" data-size="md">
      <div role="group" aria-label="Show checks by decision" className="dblk-checks__filter">
        <button type="button" className="dblk-checks__filter-option" aria-pressed={true} aria-controls={tableId}>
          All
        </button>
        {TONE_ORDER.filter((tone) => view.counts[tone] > 0).map((tone) => (
          <button
            key={tone}
            type="button"
            className="dblk-checks__filter-option"
            data-tone={tone}
            aria-pressed={false}
            aria-controls={tableId}
          >
            <Icon tone={tone} />
            <span>{TONE_WORDS[tone]}</span>{' '}
            <span className="dblk-checks__count">{formatInteger(view.counts[tone])}</span>
          </button>
        ))}
      </div>
      <table className="dblk-checks" id={tableId}>
        <caption className="dblk-checks__caption">Decision checks</caption>
        <thead>
          <tr>
            <SortHeader label="Check" sorted={false} />
            <SortHeader label="Decision" sorted={true} />
            <SortHeader label="Score" sorted={false} />
            <th scope="col" className="dblk-checks__header">
              Reasons
            </th>
          </tr>
        </thead>
        <tbody>
          {view.rows.map((item) => (
            <Row key={item.block.id} item={item} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function BaselineBadges({ items }: { items: readonly BadgeItem[] }) {
  return (
    <div className="bench">
      {items.map((item, index) => (
        <Badge key={index} verdict={item.verdict} />
      ))}
    </div>
  );
}

export function BaselineMeters({ items }: { items: readonly MeterItem[] }) {
  return (
    <div className="bench">
      {items.map((item, index) => (
        <Meter key={index} score={item.score} tone={item.verdict.tone} />
      ))}
    </div>
  );
}

export function BaselineCards({ items }: { items: readonly CardItem[] }) {
  return (
    <div className="bench">
      {items.map((item, index) => (
        <Card key={index} item={item} />
      ))}
    </div>
  );
}

export function BaselineTable({ view }: { view: TableView }) {
  return (
    <div className="bench">
      <Table view={view} />
    </div>
  );
}

export function BaselineReasons({ items }: { items: readonly ReasonItem[] }) {
  return (
    <div className="bench">
      <Reasons reasons={items} max={10} />
    </div>
  );
}
