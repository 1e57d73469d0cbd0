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

const electronVersion = (JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')) as { version: string }).version;
/** The justified findings: each row of the table names a check and where it is found. */
const justifications = [...readFileSync('docs/security.md', 'utf8').matchAll(/^\| `([A-Z_]+)` \| ([^|]+) \|/gmu)].map(([, check = '', where = '']) => ({ check, where }));
/** A finding is justified only for its check in a place the table names (a file, or src-main for a finding with none). */
const isJustified = (finding: Finding) =>
  justifications.some(({ check, where }) => check === finding.check && (finding.file.endsWith('N/A') ? where.includes(finding.file.split('/')[0] ?? '') : where.includes(finding.file.split('/').pop() ?? '')));
const work = mkdtempSync(join(tmpdir(), 'electronegativity-'));

interface Finding {
  readonly check: string;
  readonly severity: string;
  readonly file: string;
}

function audit(target: string): Finding[] {
  const report = join(work, `${target.replaceAll('/', '-')}.csv`);
  // The tool looks up Electron's latest releases online and says so when it cannot: the version is given instead.
  const run = spawnSync(process.execPath, ['node_modules/@doyensec/electronegativity/dist/index.js', '-i', target, '-e', electronVersion, '-o', report, '-r'], { encoding: 'utf8', timeout: 300_000 });
  if (run.status !== 0) throw new Error(`Electronegativity failed on ${target}:\n${run.stdout}\n${run.stderr}`);
  // issue, severity, confidence, filename, … : the first four never hold a comma.
  return readFileSync(report, 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [check = '', severity = '', , file = ''] = line.split(',').map((field) => field.replace(/^"|"$/gu, '').trim());
      return { check, severity, file };
    });
}

try {
  const findings = ['src-main', 'dist'].flatMap((target) => audit(target).map((finding) => ({ ...finding, file: `${target}/${finding.file}` })));
  const serious = findings.filter((finding) => finding.severity !== 'INFORMATIONAL');
  for (const finding of serious) console.log(`${isJustified(finding) ? 'justified' : 'NOT JUSTIFIED'}  ${finding.check} (${finding.severity}) in ${finding.file}`);
  const unjustified = serious.filter((finding) => !isJustified(finding));
  if (unjustified.length > 0) {
    console.error(`\n${unjustified.length} finding(s) above informational are not justified in docs/security.md: fix them, or explain there why they do not apply.`);
    process.exitCode = 1;
  } else {
    console.log(`\nElectronegativity (Electron ${electronVersion}): ${serious.length} finding(s) above informational, each justified in docs/security.md.`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
