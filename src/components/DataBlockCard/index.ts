export { DataBlockCard } from './DataBlockCard';
export {
  dataBlockCardPropDefs,
  cardSizes,
  headingLevels,
  type DataBlockCardProps,
  type DataBlockCardSize,
  type HeadingLevel,
} from './DataBlockCard.props';
