/**
 * Acronyms that vendors also write in lower case (`id_aamva_database_lookup`): they are put back
 * in capitals whatever the input's case. Only words that cannot be ordinary English words belong
 * here ("us" and "it" could be either, so they are not listed).
 */
const ACRONYMS = /* @__PURE__ */ new Set(
  'AAMVA AML API BVN CPF DOB EIN HRZ IBAN ID IP ITIN KBA KYB KYC MRZ NFC OCR OFAC OK PEP PII SIM SSN TIN URL VPN'.split(
    ' ',
  ),
);

const HAS_LOWER = /[a-z]/;
const ALL_CAPITALS = /^[A-Z][A-Z0-9]+$/;

const WORD_BOUNDARY = /[\s_\-.:/]+/;

function words(token: string): string[] {
  // The second pattern uses a lookahead, not `([A-Z]+)([A-Z][a-z])`: that one backtracks
  // quadratically on long runs of capitals (a 50,000-letter verdict took seconds).
  return token
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z])(?=[A-Z][a-z])/g, '$1 ')
    .split(WORD_BOUNDARY)
    .filter((word) => word.length > 0);
}

/**
 * Keeps the results for short tokens: the same few verdicts repeat across thousands of rows.
 * Bounded in count and token length, so odd input cannot make it grow.
 */
function remembered(compute: (token: string) => string): (token: string) => string {
  const results = new Map<string, string>();
  return (token) => {
    if (token.length > 64) return compute(token);
    let result = results.get(token);
    if (result === undefined) {
      result = compute(token);
      if (results.size >= 1000) results.clear();
      results.set(token, result);
    }
    return result;
  };
}

// A word in capitals keeps them when the rest of the token is not in capitals ("Check MRZ data",
// "LookupAAMVA"): its writer meant an acronym. In a token written all in capitals (`NOT_TRUSTED`)
// capitals say nothing, so only the known acronyms keep them.
const humanizeText = /* @__PURE__ */ remembered((token) => {
  const mixedCase = HAS_LOWER.test(token);
  return words(token)
    .map((word, index) => {
      const upper = word.toUpperCase();
      if (ACRONYMS.has(upper) || (mixedCase && ALL_CAPITALS.test(word))) return upper;
      const lower = word.toLowerCase();
      return index === 0 ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
    })
    .join(' ');
});

/**
 * Turns a machine token into text for people: `NOT_TRUSTED` → "Not trusted",
 * `AuthenticationResult` → "Authentication result", `MRZ_CHECKSUM` → "MRZ checksum".
 * Numbers become their digits; anything else that is not a string becomes "".
 */
export function humanize(token: unknown): string {
  if (typeof token === 'number' || typeof token === 'bigint') return String(token);
  if (typeof token !== 'string') return '';
  return humanizeText(token);
}

const UPPER_SNAKE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
const LOWER_SNAKE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/;

/** True for enum-like tokens such as `SERVER_FACE_DOES_NOT_MATCH` that deserve humanizing. */
export function isEnumToken(text: unknown): text is string {
  return typeof text === 'string' && (UPPER_SNAKE.test(text) || LOWER_SNAKE.test(text));
}

const keyOf = /* @__PURE__ */ remembered((token) =>
  words(token.trim())
    .map((word) => word.toLowerCase())
    .join('_'),
);

/** Case- and separator-insensitive key: `NOT_TRUSTED`, `not-trusted`, `Not trusted` → `not_trusted`. */
export function vocabularyKey(token: string): string {
  return keyOf(token);
}
