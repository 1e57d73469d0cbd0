/**
 * The security audit of the desktop app: Electronegativity over the main process's sources and
 * over the built app (`npm run build` first). Every finding above informational must be
 * justified in docs/security.md, in its table of findings; anything else fails the run.
 * `npm run audit:electron`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const electronVersion = (JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')) as { version: string })
  .version;
/** The justified findings: each row of the table names a check and where it is found. */
const justifications = [...readFileSync('docs/security.md', 'utf8').matchAll(/^\| `([A-Z_]+)` \| ([^|]+) \|/gmu)].map(
  ([, check = '', where = '']) => ({ check, where }),
);
/** A finding is justified only for its check in a place the table names (a file, or src-main for a finding with none). */
const isJustified = (finding: Finding) =>
  justifications.some(
    ({ check, where }) =>
      check === finding.check &&
      (finding.file.endsWith('N/A')
        ? where.includes(finding.file.split('/')[0] ?? '')
        : where.includes(finding.file.split('/').pop() ?? '')),
  );
const work = mkdtempSync(join(tmpdir(), 'electronegativity-'));

const SEVERITIES = new Set(['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL']);

interface Finding {
  readonly check: string;
  readonly severity: string;
  readonly file: string;
}

function audit(target: string): Finding[] {
  // The tool writes its report's header and rows in two writes that can overlap and garble it:
  // a report that does not read cleanly is written again.
  for (let attempt = 1; attempt <= 5; attempt++) {
    const findings = readReport(runTool(target, attempt));
    if (findings !== undefined) return findings;
  }
  throw new Error(`Electronegativity's report on ${target} was garbled five times running.`);
}

function runTool(target: string, attempt: number): string {
  const report = join(work, `${target.replaceAll('/', '-')}-${attempt}.csv`);
  // The tool looks up Electron's latest releases online and says so when it cannot: the version is given instead.
  const run = spawnSync(
    process.execPath,
    ['node_modules/@doyensec/electronegativity/dist/index.js', '-i', target, '-e', electronVersion, '-o', report, '-r'],
    { encoding: 'utf8', timeout: 300_000 },
  );
  if (run.status !== 0) throw new Error(`Electronegativity failed on ${target}:\n${run.stdout}\n${run.stderr}`);
  return report;
}

/** The findings in a report, or undefined when it does not read cleanly. */
function readReport(report: string): Finding[] | undefined {
  const [header, ...rows] = readFileSync(report, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
  if (header !== 'issue, severity, confidence, filename, location, sample, description, url') return undefined;
  const findings: Finding[] = [];
  for (const row of rows) {
    // issue, severity, confidence, filename, … : the first four never hold a comma.
    const [check = '', severity = '', , file = ''] = row.split(',').map((field) => field.replace(/^"|"$/gu, '').trim());
    if (!/^[A-Z_]+$/u.test(check) || !SEVERITIES.has(severity)) return undefined;
    findings.push({ check, severity, file });
  }
  return findings;
}

try {
  const findings = ['src-main', 'dist'].flatMap((target) =>
    audit(target).map((finding) => ({ ...finding, file: `${target}/${finding.file}` })),
  );
  const serious = findings.filter((finding) => finding.severity !== 'INFORMATIONAL');
  for (const finding of serious)
    console.log(
      `${isJustified(finding) ? 'justified' : 'NOT JUSTIFIED'}  ${finding.check} (${finding.severity}) in ${finding.file}`,
    );
  const unjustified = serious.filter((finding) => !isJustified(finding));
  if (unjustified.length > 0) {
    console.error(
      `\n${unjustified.length} finding(s) above informational are not justified in docs/security.md: fix them, or explain there why they do not apply.`,
    );
    process.exitCode = 1;
  } else {
    console.log(
      `\nElectronegativity (Electron ${electronVersion}): ${serious.length} finding(s) above informational, each justified in docs/security.md.`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
