export { DataBlockCard } from './DataBlockCard';
export {
  cardSizes,
  headingLevels,
  type DataBlockCardProps,
  type DataBlockCardSize,
  type HeadingLevel,
} from './DataBlockCard.props';
