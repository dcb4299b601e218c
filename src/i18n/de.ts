import type { Messages } from './messages';

/** A complete German message set: pass it as the provider's `messages` (with `locale="de"`). */
export const germanMessages: Messages = Object.freeze({
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
  reasonCode: 'Grundcode {code}',
  learnMore: 'Mehr erfahren',
});
