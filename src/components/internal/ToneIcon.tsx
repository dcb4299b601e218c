import type { ReactElement } from 'react';
import type { Tone } from '../../model/types';

// Straight-edged glyphs cut out of one shared circle: short paths, and the repeated circle
// compresses to almost nothing.
const PATHS: Readonly<Record<Tone, string>> = {
  positive: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1ZM4.3 8.2l1.1-1.1L7 8.7l3.6-3.6 1.1 1.1L7 10.9Z',
  caution: 'M8 1.2 15.3 14.5H.7ZM7.25 5.5h1.5v4.25h-1.5Zm0 5.25h1.5v1.5h-1.5Z',
  critical:
    'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1ZM5 6.1 6.1 5 8 6.9 9.9 5 11 6.1 9.1 8 11 9.9 9.9 11 8 9.1 6.1 11 5 9.9 6.9 8Z',
  neutral: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1ZM4.5 7.25h7v1.5h-7Z',
  unknown:
    'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1ZM7.25 10.75h1.5v1.5h-1.5Zm0-1.5V8.5C7.25 7.3 9 7.1 9 6.2 9 5.7 8.6 5.3 8 5.3s-1 .4-1 1H5.5C5.5 4.9 6.6 3.8 8 3.8s2.5 1 2.5 2.4c0 1.6-1.75 1.9-1.75 2.5v.55Z',
};

const icons = new Map<Tone, ReactElement>();

/**
 * The tone's icon: decoration only, the text beside it carries the meaning. One element per
 * tone, made once and shared: a list of thousands of badges allocates no icons, and React skips
 * an unchanged icon on update because it is the same element.
 */
export function toneIcon(tone: Tone): ReactElement {
  let icon = icons.get(tone);
  if (!icon) {
    icon = (
      <svg className="dblk-icon" viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false">
        <path fill="currentColor" fillRule="evenodd" d={PATHS[tone]} />
      </svg>
    );
    icons.set(tone, icon);
  }
  return icon;
}
