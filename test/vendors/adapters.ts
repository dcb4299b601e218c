import * as vendors from '../../src/vendors';
import type { VendorDecision } from '../../src/vendors';

/** Every adapter by its export name, for tests that run all twelve. */
export const adapters: ReadonlyArray<readonly [string, (input: unknown) => VendorDecision]> = Object.entries(vendors)
  .filter(([name]) => name.startsWith('from'))
  .map(([name, adapter]) => [name, adapter as (input: unknown) => VendorDecision] as const);
