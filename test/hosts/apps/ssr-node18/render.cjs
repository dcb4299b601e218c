// Server rendering from the CommonJS build on the oldest Node the package claims (engines).
const { createElement: h } = require('react');
const { renderToString } = require('react-dom/server');
const { DecisionBadge } = require('decision-blocks');

const html = renderToString(h(DecisionBadge, { verdict: 'PASSED' }));
if (!html.includes('data-tone="positive"')) throw new Error(`server markup lacks the tone: ${html}`);
console.log(`CJS server rendering works on Node ${process.version}`);
