/**
 * npm run quality: Rapi's findings measured on the labelled listings (tests/fixtures/labelled): per-rule precision and
 * recall and the three headline figures, for the labelled set and for the held-out rows; then the suggestions and
 * examples (issue 12): titles and descriptions that pass once filled, invented numbers, changed seller tokens.
 * `--misses` also lists every label that was not met.
 */
import { evaluate, formatQuality, loadLabelled } from '../tests/quality/evaluate';
import { evaluateSuggestions, formatSuggestions } from '../tests/quality/suggestions';

for (const [name, files] of [
  ['Labelled set (real + written)', ['real.jsonl', 'written.jsonl']],
  ['Held-out rows (labelled after the code was written)', ['holdout.jsonl']],
] as const) {
  const records = loadLabelled(files);
  const result = evaluate(records);
  console.log(`\n## ${name}\n`);
  console.log(formatQuality(result));
  const suggestions = evaluateSuggestions(records);
  console.log(`\nSuggestions and examples (${suggestions.listings} listings):`);
  console.log(formatSuggestions(suggestions));
  if (process.argv.includes('--misses')) {
    console.log('\nMisses:');
    for (const m of result.misses) console.log(`  ${m.record.padEnd(40)} ${m.label.padEnd(22)} ${m.detail.slice(0, 160)}`);
    for (const m of suggestions.misses) console.log(`  ${m.record.padEnd(40)} ${m.kind.padEnd(22)} ${m.detail.slice(0, 160)}`);
  }
}
