'use client';
import {
  Component,
  forwardRef,
  type ErrorInfo,
  type ForwardRefExoticComponent,
  type PropsWithoutRef,
  type ReactNode,
  type RefAttributes,
} from 'react';
import { unavailable } from '../../i18n/english';
import { DecisionBlocksContext, type ContextSettings } from '../../provider/context';

interface RenderBoundaryProps {
  componentName: string;
  children: ReactNode;
}

/** Keeps one bad block from taking down the host page: shows a short note instead. */
export class RenderBoundary extends Component<RenderBoundaryProps, { failed: boolean }> {
  static override contextType = DecisionBlocksContext;
  declare context: ContextSettings;
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    try {
      this.context.onRenderError?.(error, {
        componentName: this.props.componentName,
        componentStack: info.componentStack ?? undefined,
      });
    } catch {
      // A failing error handler must not turn a contained error into an uncontained one.
    }
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <span className="dblk-unavailable" data-component={this.props.componentName}>
        {this.fallbackText()}
      </span>
    );
  }

  private fallbackText(): string {
    try {
      const text: unknown = this.context.messages.unavailable;
      if (typeof text === 'string' && text !== '') return text;
    } catch {
      // The host's messages may be what failed; the English default still explains the gap.
    }
    return unavailable;
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
