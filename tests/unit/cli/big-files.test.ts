import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bigXlsx, withDeclaredSize, xlsxBomb } from '../../../bench/big-files';
import { rapi, tempDir } from './run-rapi';

/**
 * Files too big for their format are refused with a plain message and exit 2, never a V8 crash or a stack trace.
 * They are generated here, just over each limit (cli/input.ts INPUT_LIMITS), so CI stays quick; `npm run bench`
 * measures memory at full scale.
 */
const dir = tempDir('big');
const files = { json: path.join(dir, 'besar.json'), bomb: '', lying: path.join(dir, 'bohong.xlsx'), rows: '' };

beforeAll(async () => {
  const item = JSON.stringify({ title: 'Keripik Pisang Lampung Rasa Cokelat 250 gr', description: 'Renyah. '.repeat(40) });
  writeFileSync(files.json, `[${Array.from({ length: Math.ceil((25 * 1024 * 1024) / item.length) }, () => item).join(',')}]`);
  files.bomb = await xlsxBomb(40 * 1024 * 1024, dir);
  // The same bomb, claiming its sheet is 1 KB: it must not grow past what it claims.
  writeFileSync(files.lying, withDeclaredSize(readFileSync(files.bomb), 'xl/worksheets/sheet1.xml', 1024));
  files.rows = bigXlsx(50_001, dir);
}, 120_000);

function expectPlainRefusal(result: ReturnType<typeof rapi>, message: RegExp) {
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(message);
  expect(result.stderr).toMatch(/ \/ [A-Z]/); // Indonesian, then English
  expect(result.stderr).not.toMatch(/\n\s+at |FATAL|RangeError/);
  expect(result.stdout).toBe('');
}

describe('rapi check on files too big for their format', { timeout: 120_000 }, () => {
  it('refuses a JSON document over 24 MB and says to save it as JSONL or CSV', () => {
    expectPlainRefusal(rapi(['check', files.json, '--format', 'json']), /File JSON ini lebih dari 24 MB\..*JSONL.* \/ This JSON file is over 24 MB\./);
  });

  it('refuses an xlsx whose sheet unzips past the limit, before inflating it', () => {
    expectPlainRefusal(rapi(['check', files.bomb]), /Isi file Excel ini terlalu besar setelah dibuka \(lebih dari 32 MB\)\..*CSV UTF-8/);
  });

  it('cuts off an xlsx entry that inflates past the size it declares, and calls the file broken', () => {
    expectPlainRefusal(rapi(['check', files.lying]), /File Excel ini rusak atau bukan \.xlsx/);
  });

  it('refuses an xlsx of more than 50,000 rows and says to save it as CSV, which is read row by row', () => {
    expectPlainRefusal(rapi(['check', files.rows, '--format', 'json']), /File Excel ini punya lebih dari 50\.000 baris\..*CSV UTF-8/);
  });
});
