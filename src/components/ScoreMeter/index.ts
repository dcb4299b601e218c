export { ScoreMeter } from './ScoreMeter';
export {
  scoreMeterPropDefs,
  meterDirections,
  meterSizes,
  type ScoreMeterDirection,
  type ScoreMeterFormat,
  type ScoreMeterProps,
  type ScoreMeterSize,
  type ScoreMeterThresholds,
} from './ScoreMeter.props';
