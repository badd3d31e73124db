/**
 * Measures the checks on an eval set: per-category recall and the false-alarm rate.
 * Usage: npm run eval -- FILE.jsonl [--verbose]
 * A case is flagged for a category when a finding of that category is warn or block.
 */
import { readFileSync } from 'node:fs';
import { createCaseRunner, EvalCase } from '../src/cli/eval-case.js';
import { Category, isFlagging } from '../src/engine/finding.js';

const args = process.argv.slice(2);
const file = args.find((arg) => !arg.startsWith('--'));
const verbose = args.includes('--verbose');
if (!file) {
  console.error('Usage: npm run eval -- FILE.jsonl [--verbose]');
  process.exit(2);
}
const run = createCaseRunner(null);
const lines = readFileSync(file, 'utf8').split('\n').filter((line) => line.trim());
const stats = new Map<string, { labelled: number; found: number; extra: number }>(Category.options.map((c) => [c, { labelled: 0, found: 0, extra: 0 }]));
let clean = 0;
let falseAlarms = 0;
const misses: string[] = [];
for (const [index, line] of lines.entries()) {
  const parsed = EvalCase.safeParse(JSON.parse(line));
  if (!parsed.success) {
    console.error(`line ${index + 1}: ${parsed.error.issues[0]?.message}`);
    continue;
  }
  const evalCase = parsed.data;
  const findings = run(evalCase).filter(isFlagging);
  const flagged = new Set(findings.map((f) => f.category));
  for (const category of Category.options) {
    const stat = stats.get(category)!;
    const labelled = evalCase.labels.includes(category);
    if (labelled) stat.labelled++;
    if (labelled && flagged.has(category)) stat.found++;
    if (!labelled && flagged.has(category)) stat.extra++;
    if (labelled && !flagged.has(category)) misses.push(`MISS ${evalCase.id} ${category}: ${evalCase.text}`);
    if (!labelled && flagged.has(category)) {
      const f = findings.filter((x) => x.category === category).map((x) => `${x.messageId} “${x.excerpt}”`).join('; ');
      misses.push(`EXTRA ${evalCase.id} ${category} [${f}]: ${evalCase.text}`);
    }
  }
  if (evalCase.labels.length === 0) {
    clean++;
    if (flagged.size > 0) falseAlarms++;
  }
}
let labelledTotal = 0;
let foundTotal = 0;
console.log('category             labelled  found  recall  extra flags');
for (const [category, stat] of stats) {
  labelledTotal += stat.labelled;
  foundTotal += stat.found;
  const recall = stat.labelled ? (stat.found / stat.labelled).toFixed(2) : '  - ';
  console.log(`${category.padEnd(20)} ${String(stat.labelled).padStart(8)} ${String(stat.found).padStart(6)}  ${recall.padStart(6)}  ${String(stat.extra).padStart(6)}`);
}
console.log(`overall recall ${(foundTotal / Math.max(1, labelledTotal)).toFixed(3)} (${foundTotal}/${labelledTotal})`);
console.log(`false alarms ${(falseAlarms / Math.max(1, clean) * 100).toFixed(1)}% (${falseAlarms}/${clean} clean cases flagged)`);
if (verbose) for (const miss of misses) console.log(miss);
