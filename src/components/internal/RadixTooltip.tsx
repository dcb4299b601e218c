'use client';
import * as Tooltip from '@radix-ui/react-tooltip';
import { useEffect, useRef, type ReactElement, type ReactNode } from 'react';

export interface RadixTooltipProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  trigger: ReactElement;
  content: ReactNode;
  container: HTMLElement | null | undefined;
  /** The trigger had keyboard focus before this tree replaced it: give focus back. */
  refocus: boolean;
}

export default function RadixTooltip({ open, onOpenChange, trigger, content, container, refocus }: RadixTooltipProps) {
  const triggerRef = useRef<HTMLButtonElement>(null);
  const shouldRefocus = useRef(refocus);
  useEffect(() => {
    if (shouldRefocus.current) triggerRef.current?.focus();
  }, []);
  return (
    <Tooltip.Provider delayDuration={300} skipDelayDuration={300}>
      <Tooltip.Root open={open} onOpenChange={onOpenChange}>
        <Tooltip.Trigger asChild ref={triggerRef}>
          {trigger}
        </Tooltip.Trigger>
        <Tooltip.Portal container={container ?? undefined}>
          <Tooltip.Content className="dblk-tooltip" sideOffset={6} collisionPadding={8}>
            {content}
          </Tooltip.Content>
        </Tooltip.Portal>
      </Tooltip.Root>
    </Tooltip.Provider>
  );
}
