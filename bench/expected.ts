// What every variant must show for a workload, as texts and how often each occurs. The variants'
// markup differs on purpose, so the check is on what a reader sees: an element whose own text
// (its direct text nodes, trimmed) is the expected text. A variant that renders nothing, too
// little or too much (say, all 10,000 reasons instead of 10) fails it.
import {
  badgeData,
  cardData,
  changeOneVerdict,
  changeVerdicts,
  checkData,
  meterData,
  reasonData,
  sessionData,
  type CardItem,
  type CheckItem,
} from './data';
import type { WorkloadId } from './workloads';

export interface Expectation {
  /** Where to count: the whole page root, or only table bodies (away from filters and headers). */
  scope: 'root' | 'tbody';
  /** Each text and how many elements must carry it as their own text. */
  texts: Map<string, number>;
  /** For table bodies: how many data rows the table holds (a windowed table mounts only some). */
  rows?: number;
}

/** How a score reads in every variant: the number with up to two decimals, then a percent sign. */
export function scoreText(score: number | null): string {
  return score === null ? 'No score' : `${score}%`;
}

/** The label of the button that reveals the reasons a list leaves out. */
export function showMoreText(hidden: number): string {
  return `Show ${hidden.toLocaleString('en-US')} more`;
}

function tally(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) counts.set(text, (counts.get(text) ?? 0) + 1);
  return counts;
}

function rowTexts(items: readonly CheckItem[]): string[] {
  return items.flatMap((item) => [item.label, item.verdict.label, scoreText(item.score)]);
}

function cardTexts(items: readonly CardItem[]): string[] {
  return items.flatMap((item) => [
    item.name.label,
    item.verdict.label,
    scoreText(item.score),
    ...item.reasons.map((reason) => reason.details),
  ]);
}

export function expectations(workload: WorkloadId, size: number, seed: number): Expectation[] {
  switch (workload) {
    case 'W1':
      return [{ scope: 'root', texts: tally(badgeData(size, seed).map((item) => item.verdict.label)) }];
    case 'W2':
      return [{ scope: 'root', texts: tally(meterData(size, seed).map((item) => scoreText(item.score))) }];
    case 'W3':
      return [{ scope: 'root', texts: tally(cardTexts(cardData(size, seed))) }];
    case 'W4':
      return [{ scope: 'tbody', texts: tally(rowTexts(checkData(size, seed))), rows: size }];
    case 'W5':
      return [{ scope: 'tbody', texts: tally(rowTexts(changeVerdicts(checkData(size, seed), seed))), rows: size }];
    case 'W8':
      return [{ scope: 'tbody', texts: tally(rowTexts(changeOneVerdict(checkData(size, seed), seed))), rows: size }];
    case 'W6': {
      const reasons = reasonData(size, seed);
      const shown = reasons.slice(0, 10).map((reason) => reason.details);
      return [{ scope: 'root', texts: tally([...shown, showMoreText(reasons.length - shown.length)]) }];
    }
    case 'W7': {
      const session = sessionData(size, seed);
      return [
        { scope: 'tbody', texts: tally(rowTexts(session.checks)) },
        { scope: 'root', texts: tally([session.title, ...session.cards.map((card) => card.name.label)]) },
      ];
    }
  }
}
