// Checks the runtime dependencies for known vulnerabilities with `npm audit --omit=dev`.
// Fails (exit 1) when npm reports vulnerabilities or cannot audit this project; when the
// registry's audit endpoint cannot be reached it says so plainly and exits 0, so a registry
// outage or a mirror without the audit API never passes for a clean audit in silence.
//
//   node .ci/audit.mjs                        runs npm audit
//   node .ci/audit.mjs report.json [status]   reads a saved `npm audit --json` report and npm's exit status
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const SEVERITIES = ['low', 'moderate', 'high', 'critical'];
const NETWORK_CODES =
  /^(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ESOCKETTIMEDOUT|EHOSTUNREACH|ENETUNREACH|EPROTO|ECONNABORTED|FETCH_ERROR|E\d{3})$/;

function unreachable(why) {
  return {
    outcome: 'unreachable',
    lines: [
      `npm audit could not run (${why}).`,
      'The runtime dependencies were NOT checked for known vulnerabilities; continuing without the audit.',
    ],
  };
}

function parse(text) {
  try {
    const value = JSON.parse(text);
    return typeof value === 'object' && value !== null ? value : null;
  } catch {
    return null;
  }
}

/**
 * What a `npm audit --json` report means: `clean`, `vulnerable`, `unreachable` (the endpoint
 * did not answer with a report) or `failed` (npm could not audit, e.g. no lockfile).
 */
export function classify(reportText, status) {
  const report = parse(reportText);
  if (report === null) return unreachable(`npm exited with status ${status} and printed no report`);
  const counts = report.metadata?.vulnerabilities;
  if (typeof counts === 'object' && counts !== null) {
    const found = SEVERITIES.reduce((sum, severity) => sum + (Number(counts[severity]) || 0), 0);
    const production = report.metadata.dependencies?.prod;
    if (found === 0) {
      return {
        outcome: 'clean',
        lines: [
          `npm audit: no known vulnerabilities in the runtime dependencies${production ? ` (${production} packages)` : ''}.`,
        ],
      };
    }
    const details = Object.entries(report.vulnerabilities ?? {}).map(([name, entry]) => {
      const titles = (entry.via ?? []).filter((via) => typeof via === 'object').map((via) => `${via.title} ${via.url}`);
      return `  ${name} (${entry.severity}): ${titles.join('; ') || `via ${(entry.via ?? []).join(', ')}`}`;
    });
    const summary = SEVERITIES.filter((severity) => counts[severity] > 0)
      .map((severity) => `${counts[severity]} ${severity}`)
      .join(', ');
    return {
      outcome: 'vulnerable',
      lines: [`npm audit found known vulnerabilities in the runtime dependencies: ${summary}.`, ...details],
    };
  }
  const error = typeof report.error === 'object' && report.error !== null ? report.error : {};
  const reason = [report.message, error.summary, error.code].find((part) => typeof part === 'string' && part !== '');
  const answeredHttpError = typeof report.statusCode === 'number' || /^E\d{3}$/.test(String(error.code ?? ''));
  // npm reports a failed request to the endpoint as a bare message, e.g. "request to
  // https://…/-/npm/v1/security/advisories/bulk failed, reason: connect ECONNREFUSED …".
  const requestFailed = /audit endpoint|\/-\/npm\/v1\/security\//i.test(reason ?? '');
  if (answeredHttpError || NETWORK_CODES.test(String(error.code ?? '')) || requestFailed) {
    return unreachable(`the registry's audit endpoint gave no report: ${reason ?? 'no reason given'}`);
  }
  return {
    outcome: 'failed',
    lines: [`npm audit failed: ${reason ?? `exit status ${status}, report without results`}.`],
  };
}

function runNpmAudit() {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['audit', '--omit=dev', '--audit-level=low', '--json'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) return { text: '', status: `not started (${result.error.message})` };
  return { text: result.stdout, status: result.status };
}

function main() {
  const [reportPath, status] = process.argv.slice(2);
  const { text, status: exitStatus } = reportPath
    ? { text: readFileSync(reportPath, 'utf8'), status: Number(status ?? 0) }
    : runNpmAudit();
  const { outcome, lines } = classify(text, exitStatus);
  for (const line of lines) console.log(line);
  process.exitCode = outcome === 'vulnerable' || outcome === 'failed' ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
