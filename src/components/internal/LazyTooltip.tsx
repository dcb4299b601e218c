'use client';
import { lazy, Suspense, useState, type ReactElement, type ReactNode } from 'react';

const RadixTooltip = lazy(() => import('./RadixTooltip'));

export interface TooltipTriggerProps {
  onPointerEnter: (event: { timeStamp: number }) => void;
  onFocus: () => void;
}

export interface LazyTooltipProps {
  content: ReactNode;
  /** Renders the focusable trigger; spread the given props onto it. */
  children: (props: TooltipTriggerProps) => ReactElement;
}

/** How the trigger was first used, and when (for the hover delay). */
export type TooltipActivation = { kind: 'pointer'; at: number } | { kind: 'focus' };

/**
 * A tooltip whose machinery (Radix Tooltip, its provider and positioning code) is loaded and
 * mounted only when its trigger is first hovered or focused, so long lists stay cheap.
 */
export function LazyTooltip({ content, children }: LazyTooltipProps) {
  // The only state a trigger carries until it is first used; Radix and its own state come later.
  const [activation, setActivation] = useState<TooltipActivation | null>(null);

  const trigger = children({
    // An event's timeStamp is on the performance.now() clock.
    onPointerEnter: (event) => {
      if (activation === null) setActivation({ kind: 'pointer', at: event.timeStamp });
    },
    onFocus: () => {
      if (activation === null) setActivation({ kind: 'focus' });
    },
  });
  if (activation === null) return trigger;
  return activatedTooltip(trigger, content, activation);
}

/**
 * A trigger once it has been used: Radix Tooltip, loaded on first use, around it. For lists that
 * track their triggers' first use themselves (one listener for all their reason codes).
 */
export function activatedTooltip(
  trigger: ReactElement,
  content: ReactNode,
  activation: TooltipActivation,
  key?: string,
) {
  return (
    <Suspense key={key} fallback={trigger}>
      <RadixTooltip trigger={trigger} content={content} activation={activation} />
    </Suspense>
  );
}
