import type { Messages } from './messages';

/**
 * A complete German message set: pass it as the provider's `messages`. Numbers follow its
 * `language`, German, unless the provider sets a `locale` (e.g. "de-CH").
 */
export const germanMessages: Messages = Object.freeze({
  language: 'de',
  noVerdict: 'Kein Ergebnis',
  noScore: 'Kein Score',
  score: 'Score',
  noReasons: 'Keine Gründe angegeben',
  unspecifiedReason: 'Nicht näher bezeichneter Grund',
  showMore: '{count} weitere anzeigen',
  showFewer: 'Weniger anzeigen',
  checksCaption: 'Prüfungen der Entscheidung',
  check: 'Prüfung',
  decision: 'Entscheidung',
  reasons: 'Gründe',
  noChecks: 'Keine Prüfungen vorhanden',
  checkIndex: 'Prüfung {index}',
  noDecision: 'Noch keine Entscheidung',
  unavailable: 'Entscheidungsdaten nicht verfügbar',
  tonePositive: 'Bestanden',
  toneCaution: 'Prüfung nötig',
  toneCritical: 'Abgelehnt',
  toneNeutral: 'Nicht ausgeführt',
  toneUnknown: 'Unbekannt',
  filterLabel: 'Prüfungen nach Entscheidung anzeigen',
  filterAll: 'Alle',
  summary: Object.freeze({
    one: '{issues} von {total} Prüfung mit Auffälligkeiten',
    other: '{issues} von {total} Prüfungen mit Auffälligkeiten',
  }),
  summaryNoChecks: 'Keine Prüfungen gemeldet',
  moreChecks: Object.freeze({
    one: '{count} weitere Prüfung nicht angezeigt',
    other: '{count} weitere Prüfungen nicht angezeigt',
  }),
  moreReasons: Object.freeze({
    one: '{count} weiterer Grund nicht angezeigt',
    other: '{count} weitere Gründe nicht angezeigt',
  }),
  reasonCode: 'Grundcode {code}',
  learnMore: 'Mehr erfahren',
});
