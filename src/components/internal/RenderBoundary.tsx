'use client';
import {
  Component,
  forwardRef,
  type ForwardRefExoticComponent,
  type PropsWithoutRef,
  type ReactNode,
  type RefAttributes,
} from 'react';
import { Unavailable } from './guard';
import type { Failure } from './report';

interface BoundaryState {
  caught: { error: unknown } | null;
  failure: Failure | null;
}

interface RenderBoundaryProps {
  componentName: string;
  children: ReactNode;
}

/**
 * Catches what the guard cannot, in the browser: a throw while React renders a child, such as a
 * host element passed as a label, or the tooltip's lazily loaded code.
 */
export class RenderBoundary extends Component<RenderBoundaryProps, BoundaryState> {
  override state: BoundaryState = { caught: null, failure: null };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { caught: { error } };
  }

  /** One failure object per caught error, so that it is reported once however often this renders. */
  static getDerivedStateFromProps(props: RenderBoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    if (!state.caught || state.failure?.error === state.caught.error) return null;
    return { failure: { error: state.caught.error, componentName: props.componentName } };
  }

  override render(): ReactNode {
    return this.state.failure ? <Unavailable failure={this.state.failure} /> : this.props.children;
  }
}

/** Wraps a public component in its own RenderBoundary, forwarding the ref to the inner root. */
export function contained<T, P extends object>(
  componentName: string,
  Inner: ForwardRefExoticComponent<PropsWithoutRef<P> & RefAttributes<T>>,
) {
  const Contained = forwardRef<T, P>((props, ref) => (
    <RenderBoundary componentName={componentName}>
      <Inner {...props} ref={ref} />
    </RenderBoundary>
  ));
  Contained.displayName = componentName;
  return Contained;
}
