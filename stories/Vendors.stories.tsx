import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { DecisionBlocksProvider, mergeCatalogs, SessionDecision } from '../src';
import {
  alloyCatalog,
  complyCubeCatalog,
  diditCatalog,
  fromAlloy,
  fromComplyCube,
  fromDidit,
  fromIdnow,
  fromIncode,
  fromJumio,
  fromOnfido,
  fromPersona,
  fromSocure,
  fromStripeIdentity,
  fromSumsub,
  fromVeriff,
  idnowCatalog,
  incodeCatalog,
  jumioCatalog,
  onfidoCatalog,
  personaCatalog,
  socureCatalog,
  stripeIdentityCatalog,
  sumsubCatalog,
  veriffCatalog,
  type VendorDecision,
} from '../src/vendors';
import * as alloy from './fixtures/vendors/alloy';
import * as complycube from './fixtures/vendors/complycube';
import * as didit from './fixtures/vendors/didit';
import * as idnow from './fixtures/vendors/idnow';
import * as incode from './fixtures/vendors/incode';
import * as jumio from './fixtures/vendors/jumio';
import * as onfido from './fixtures/vendors/onfido';
import * as persona from './fixtures/vendors/persona';
import * as socure from './fixtures/vendors/socure';
import * as stripe from './fixtures/vendors/stripe';
import * as sumsub from './fixtures/vendors/sumsub';
import * as veriff from './fixtures/vendors/veriff';

/** What a host passes once to show vendor codes with their descriptions. */
const vendorCatalog = mergeCatalogs(
  alloyCatalog,
  complyCubeCatalog,
  diditCatalog,
  idnowCatalog,
  incodeCatalog,
  jumioCatalog,
  onfidoCatalog,
  personaCatalog,
  socureCatalog,
  stripeIdentityCatalog,
  sumsubCatalog,
  veriffCatalog,
);

interface VendorPayloadsProps {
  vendor: string;
  adapter: (payload: unknown) => VendorDecision;
  /** Documented payloads by the state they show, in the order designers read them. */
  payloads: ReadonlyArray<readonly [string, unknown]>;
}

/** One vendor's documented payloads, each through its adapter into a SessionDecision. */
function VendorPayloads({ vendor, adapter, payloads }: VendorPayloadsProps) {
  return (
    <DecisionBlocksProvider catalog={vendorCatalog}>
      {payloads.map(([state, payload]) => (
        <SessionDecision key={state} session={adapter(payload)} title={`${vendor}: ${state}`} />
      ))}
    </DecisionBlocksProvider>
  );
}

const meta = {
  title: 'Vendors',
  component: VendorPayloads,
  parameters: { layout: 'padded' },
} satisfies Meta<typeof VendorPayloads>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Tones of the outcome badges, in the order of the payloads. */
async function expectOutcomeTones(canvasElement: HTMLElement, tones: readonly string[]) {
  const regions = within(canvasElement).getAllByRole('region');
  await expect(regions.map((region) => region.getAttribute('data-tone'))).toEqual(tones);
}

export const Idnow: Story = {
  name: 'IDnow flow sessions',
  args: {
    vendor: 'IDnow',
    adapter: fromIdnow,
    payloads: [
      ['approved', idnow.idnowApproved],
      ['rejected on the biometric step', idnow.idnowRejected],
      ['in review, untrusted device', idnow.idnowReview],
      ['no decision yet', idnow.idnowPending],
      ['verdict only, no score or reasons', idnow.idnowPartial],
    ],
  },
  play: ({ canvasElement }) =>
    expectOutcomeTones(canvasElement, ['positive', 'critical', 'caution', 'unknown', 'positive']),
};

export const Jumio: Story = {
  name: 'Jumio workflows',
  args: {
    vendor: 'Jumio',
    adapter: fromJumio,
    payloads: [
      ['passed', jumio.jumioPassed],
      ['rejected, manipulated document', jumio.jumioRejected],
      ['warning, document expires soon', jumio.jumioWarning],
      ['acquired, processing', jumio.jumioCallbackAcquired],
      ['data check not executed', jumio.jumioPartial],
    ],
  },
  play: ({ canvasElement }) =>
    expectOutcomeTones(canvasElement, ['positive', 'critical', 'caution', 'neutral', 'neutral']),
};

export const Onfido: Story = {
  name: 'Onfido checks and reports',
  args: {
    vendor: 'Onfido',
    adapter: fromOnfido,
    payloads: [
      ['clear check', onfido.onfidoClearCheck],
      ['consider, suspected document', onfido.onfidoConsiderCheckWithReports],
      ['workflow run in review', onfido.onfidoWorkflowRunReview],
      ['check complete, result to fetch', onfido.onfidoCheckCompletedWebhook],
      [
        'reports only, one with caution',
        { reports: [onfido.onfidoCautionDocumentReport, onfido.onfidoFacialSimilarityReport] },
      ],
    ],
  },
  play: ({ canvasElement }) =>
    expectOutcomeTones(canvasElement, ['positive', 'caution', 'caution', 'neutral', 'unknown']),
};

export const Veriff: Story = {
  name: 'Veriff decisions',
  args: {
    vendor: 'Veriff',
    adapter: fromVeriff,
    payloads: [
      ['approved', veriff.veriffApproved],
      ['declined, suspected tampering', veriff.veriffDeclined],
      ['resubmission requested', veriff.veriffResubmission],
      ['submitted, awaiting a decision', veriff.veriffSubmittedEvent],
      ['no decision yet', veriff.veriffNoDecisionYet],
    ],
  },
  play: ({ canvasElement }) =>
    expectOutcomeTones(canvasElement, ['positive', 'critical', 'caution', 'neutral', 'neutral']),
};

export const Sumsub: Story = {
  name: 'Sumsub reviews',
  args: {
    vendor: 'Sumsub',
    adapter: fromSumsub,
    payloads: [
      ['approved (GREEN)', sumsub.sumsubApproved],
      ['rejected for good (RED, FINAL)', sumsub.sumsubFinal],
      ['asked to resubmit (RED, RETRY)', sumsub.sumsubRetry],
      ['pending', sumsub.sumsubPending],
      ['steps, one to resubmit', sumsub.sumsubSteps],
    ],
  },
  play: ({ canvasElement }) =>
    expectOutcomeTones(canvasElement, ['positive', 'critical', 'caution', 'neutral', 'unknown']),
};

export const Persona: Story = {
  name: 'Persona inquiries',
  args: {
    vendor: 'Persona',
    adapter: fromPersona,
    payloads: [
      ['approved', persona.personaApproved],
      ['declined, tampered ID', persona.personaDeclined],
      ['needs review', persona.personaNeedsReview],
      ['pending, retry required', persona.personaRequiresRetry],
      ['created, nothing submitted', persona.personaCreated],
    ],
  },
  play: ({ canvasElement }) =>
    expectOutcomeTones(canvasElement, ['positive', 'critical', 'caution', 'neutral', 'neutral']),
};

export const StripeIdentity: Story = {
  name: 'Stripe Identity sessions',
  args: {
    vendor: 'Stripe Identity',
    adapter: fromStripeIdentity,
    payloads: [
      ['verified', stripe.stripeVerified],
      ['report unverified', stripe.stripeUnverifiedReport],
      ['failed attempt, user may retry', stripe.stripeFailedAttempt],
      ['processing', stripe.stripeProcessing],
      ['new session, nothing submitted', stripe.stripeNewSession],
    ],
  },
  play: ({ canvasElement }) =>
    expectOutcomeTones(canvasElement, ['positive', 'unknown', 'caution', 'neutral', 'neutral']),
};

export const Socure: Story = {
  name: 'Socure ID+ decisions',
  args: {
    vendor: 'Socure',
    adapter: fromSocure,
    payloads: [
      ['accepted', socure.socureAccept],
      ['rejected, high fraud score', socure.socureReject],
      ['referred for review', socure.socureRefer],
      ['document to resubmit', socure.socureDocvResubmit],
      ['modules only, no decision', socure.socureModulesOnly],
    ],
  },
  play: ({ canvasElement }) =>
    expectOutcomeTones(canvasElement, ['positive', 'critical', 'caution', 'unknown', 'unknown']),
};

export const Alloy: Story = {
  name: 'Alloy evaluations',
  args: {
    vendor: 'Alloy',
    adapter: fromAlloy,
    payloads: [
      ['approved', alloy.alloyApproved],
      ['denied', alloy.alloyDenied],
      ['manual review', alloy.alloyManualReview],
      ['journey running', alloy.alloyJourneyRunning],
      ['an outcome the customer defined', alloy.alloyCustomOutcome],
    ],
  },
  play: ({ canvasElement }) =>
    expectOutcomeTones(canvasElement, ['positive', 'critical', 'caution', 'neutral', 'unknown']),
};

export const ComplyCube: Story = {
  name: 'ComplyCube checks',
  args: {
    vendor: 'ComplyCube',
    adapter: fromComplyCube,
    payloads: [
      ['clear document check', complycube.complyCubeClearDocument],
      ['rejected, tampering detected', complycube.complyCubeRejectedDocument],
      ['attention, expiry date', complycube.complyCubeAttentionDocument],
      ['pending identity check', complycube.complyCubePending],
      ['webhook without a result', complycube.complyCubeWebhook],
    ],
  },
  play: ({ canvasElement }) =>
    expectOutcomeTones(canvasElement, ['positive', 'critical', 'caution', 'neutral', 'positive']),
};

export const Didit: Story = {
  name: 'Didit sessions',
  args: {
    vendor: 'Didit',
    adapter: fromDidit,
    payloads: [
      ['approved', didit.diditApproved],
      ['declined, document expired', didit.diditDeclined],
      ['in review, low liveness score', didit.diditInReview],
      ['in progress', didit.diditInProgressWebhook],
      ['resubmitted, a step not finished', didit.diditResubmitted],
    ],
  },
  play: ({ canvasElement }) =>
    expectOutcomeTones(canvasElement, ['positive', 'critical', 'caution', 'neutral', 'caution']),
};

export const Incode: Story = {
  name: 'Incode scores',
  args: {
    vendor: 'Incode',
    adapter: fromIncode,
    payloads: [
      ['all OK', incode.incodeOk],
      ['failed ID validation', incode.incodeFail],
      ['warning on light balance', incode.incodeWarn],
      ['onboarding finished, scores to fetch', incode.incodeOnboardingFinished],
      ['module without its overall', incode.incodePartial],
    ],
  },
  play: ({ canvasElement }) =>
    expectOutcomeTones(canvasElement, ['positive', 'critical', 'caution', 'neutral', 'unknown']),
};
