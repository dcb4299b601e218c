import type { ComponentPropsWithoutRef } from 'react';
import type { NamedDataBlock, Reason } from '../../model/types';
import { DEFAULT_VISIBLE_REASONS } from '../ReasonList/ReasonList.props';
import { meterDirections, type ScoreMeterThresholds } from '../ScoreMeter/ScoreMeter.props';
import { enumProp, nodeProp, numberProp, valueProp, type PropsOf } from '../internal/propDefs';
import { SIZES, type Size } from '../internal/vocabulary';

export const cardSizes = SIZES;
export type DataBlockCardSize = Size;

export const headingLevels = [2, 3, 4, 5, 6] as const;
export type HeadingLevel = (typeof headingLevels)[number];

export const dataBlockCardPropDefs = {
  block: valueProp<NamedDataBlock | null>(
    'NamedDataBlock',
    'The data block; a `name` on it becomes the heading when `title` is not given.',
    'json',
  ),
  verdict: valueProp<string | null>('string', 'The verdict; wins over `block.verdict`.', 'string'),
  score: valueProp<number | string | null>('number | string', 'The score; wins over `block.score`.', 'string'),
  reasons: valueProp<readonly Reason[] | null>('Reason[]', 'The reasons; win over `block.reasons`.', 'json'),
  title: nodeProp('Heading text; defaults to the humanized `name` (or `block.name`).'),
  name: valueProp<string | null>(
    'string',
    'Machine name of the block, e.g. "AuthenticationResult"; humanized for the heading.',
    'string',
  ),
  headingLevel: enumProp(headingLevels, 3, 'Level of the heading element.'),
  size: enumProp(cardSizes, 'md', 'Size of the card, its badge and meter.'),
  maxReasons: numberProp(DEFAULT_VISIBLE_REASONS, 'Reasons shown before the rest collapse behind "Show N more".'),
  direction: enumProp(meterDirections, 'higher-is-better', 'How the meter reads `thresholds`.'),
  thresholds: valueProp<ScoreMeterThresholds | null>(
    '{ caution?: number; critical?: number }',
    'Score limits that give the meter its tone.',
    'json',
  ),
} as const;

export interface DataBlockCardDeprecatedProps {
  /** @deprecated Renamed to `maxReasons`; removed in the next minor release. */
  reasonsMax?: number | undefined;
}

export type DataBlockCardOwnProps = PropsOf<typeof dataBlockCardPropDefs> & DataBlockCardDeprecatedProps;

export type DataBlockCardProps = DataBlockCardOwnProps &
  Omit<ComponentPropsWithoutRef<'section'>, keyof DataBlockCardOwnProps | 'children' | 'title'>;
