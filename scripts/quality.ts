/**
 * npm run quality: Rapi's findings measured on the labelled listings (tests/fixtures/labelled): per-rule precision and
 * recall and the three headline figures, for the labelled set and for the held-out rows. `--misses` also lists every
 * label that was not met.
 */
import { evaluate, formatQuality, loadLabelled } from '../tests/quality/evaluate';

for (const [name, files] of [
  ['Labelled set (real + written)', ['real.jsonl', 'written.jsonl']],
  ['Held-out rows (labelled after the code was written)', ['holdout.jsonl']],
] as const) {
  const result = evaluate(loadLabelled(files));
  console.log(`\n## ${name}\n`);
  console.log(formatQuality(result));
  if (process.argv.includes('--misses')) {
    console.log('\nMisses:');
    for (const m of result.misses) console.log(`  ${m.record.padEnd(40)} ${m.label.padEnd(22)} ${m.detail.slice(0, 160)}`);
  }
}
