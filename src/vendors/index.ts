// Adapters from identity-verification vendors' payloads to the library's session shape. Each
// vendor is its own module, so a bundle keeps only the adapters it imports.
export type { VendorDecision } from './read';
export { fromAlloy, alloyCatalog } from './alloy';
export { fromComplyCube, complyCubeCatalog } from './complycube';
export { fromDidit, diditCatalog } from './didit';
export { fromIdnow, idnowCatalog } from './idnow';
export { fromIncode, incodeCatalog } from './incode';
export { fromJumio, jumioCatalog } from './jumio';
export { fromOnfido, onfidoCatalog } from './onfido';
export { fromPersona, personaCatalog } from './persona';
export { fromSocure, socureCatalog } from './socure';
export { fromStripeIdentity, stripeIdentityCatalog } from './stripe';
export { fromSumsub, sumsubCatalog } from './sumsub';
export { fromVeriff, veriffCatalog } from './veriff';
