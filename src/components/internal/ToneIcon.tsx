import type { Tone } from '../../model/types';

const PATHS: Readonly<Record<Tone, string>> = {
  positive:
    'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm3.3 5.2-4 4.5a.75.75 0 0 1-1.1 0l-1.8-2a.75.75 0 1 1 1.1-1l1.25 1.38 3.45-3.88a.75.75 0 1 1 1.1 1Z',
  caution:
    'M8.9 1.6a1 1 0 0 0-1.8 0L.6 13.4A1 1 0 0 0 1.5 15h13a1 1 0 0 0 .9-1.6L8.9 1.6ZM8 5a.75.75 0 0 1 .75.75v3.5a.75.75 0 0 1-1.5 0v-3.5A.75.75 0 0 1 8 5Zm0 6.25a.9.9 0 1 1 0 1.8.9.9 0 0 1 0-1.8Z',
  critical:
    'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm2.53 9.47a.75.75 0 1 1-1.06 1.06L8 10.06l-1.47 1.47a.75.75 0 1 1-1.06-1.06L6.94 9 5.47 7.53a.75.75 0 0 1 1.06-1.06L8 7.94l1.47-1.47a.75.75 0 1 1 1.06 1.06L9.06 9l1.47 1.47Z',
  neutral: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm3 7.75H5a.75.75 0 0 1 0-1.5h6a.75.75 0 0 1 0 1.5Z',
  unknown:
    'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm0 10.5a.9.9 0 1 1 0 1.8.9.9 0 0 1 0-1.8ZM8 4c1.4 0 2.5 1 2.5 2.3 0 1-.6 1.6-1.3 2-.4.3-.5.5-.5.9a.7.7 0 0 1-1.4 0c0-1 .5-1.5 1.1-1.9.4-.3.7-.5.7-1 0-.5-.5-.9-1.1-.9-.6 0-1 .3-1.2.8a.7.7 0 0 1-1.3-.5C5.9 4.6 6.8 4 8 4Z',
};

/** The tone's icon: decoration only, the text beside it carries the meaning. */
export function ToneIcon({ tone }: { tone: Tone }) {
  return (
    <svg className="dblk-icon" viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false">
      <path fill="currentColor" fillRule="evenodd" d={PATHS[tone]} />
    </svg>
  );
}
