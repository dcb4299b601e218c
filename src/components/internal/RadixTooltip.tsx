'use client';
import * as Tooltip from '@radix-ui/react-tooltip';
import { useEffect, useRef, useState, type ReactElement, type ReactNode } from 'react';
import { useSettings } from '../../provider/context';

export interface RadixTooltipProps {
  trigger: ReactElement;
  content: ReactNode;
  /**
   * Keyboard focus activated the tooltip: it opens at once, and focus goes back to the trigger,
   * which this tree replaced.
   */
  focused: boolean;
}

export default function RadixTooltip({ trigger, content, focused }: RadixTooltipProps) {
  const { tooltipContainer } = useSettings();
  const [open, setOpen] = useState(focused);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const shouldRefocus = useRef(focused);
  useEffect(() => {
    if (shouldRefocus.current) triggerRef.current?.focus();
  }, []);
  return (
    <Tooltip.Provider delayDuration={300} skipDelayDuration={300}>
      <Tooltip.Root open={open} onOpenChange={setOpen}>
        <Tooltip.Trigger asChild ref={triggerRef}>
          {trigger}
        </Tooltip.Trigger>
        <Tooltip.Portal container={tooltipContainer ?? undefined}>
          <Tooltip.Content className="dblk-tooltip" sideOffset={6} collisionPadding={8}>
            {content}
          </Tooltip.Content>
        </Tooltip.Portal>
      </Tooltip.Root>
    </Tooltip.Provider>
  );
}
