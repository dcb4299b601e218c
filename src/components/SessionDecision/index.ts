export { SessionDecision } from './SessionDecision';
export {
  sessionLayouts,
  type SessionDecisionProps,
  type SessionLayout,
  type SessionLike,
} from './SessionDecision.props';
