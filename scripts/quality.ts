/**
 * npm run quality: Rapi's findings measured on the labelled listings (tests/fixtures/labelled): per-rule precision and
 * recall and the three headline figures. `--misses` also lists every label that was not met.
 */
import { evaluate, formatQuality } from '../tests/quality/evaluate';

const result = evaluate();
console.log(formatQuality(result));
if (process.argv.includes('--misses')) {
  console.log('\nMisses:');
  for (const m of result.misses) console.log(`  ${m.record.padEnd(40)} ${m.label.padEnd(22)} ${m.detail.slice(0, 160)}`);
}
