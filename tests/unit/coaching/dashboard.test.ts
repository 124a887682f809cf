import { describe, expect, it } from 'vitest';
import { checkListing } from '../../../shared/checks';
import { Listing } from '../../../shared/listing/schema';
import { average, listingProgress, participantProgress, roomProblems, sessionTotals } from '../../../extension/coaching/dashboard';
import { participantReport } from '../../../extension/coaching/report';
import { addEntries, entryFor, type Session } from '../../../extension/coaching/session-ops';
import { LISTINGS, T0, sampleSession } from '../../fixtures/coaching/sessions';

const score = (input: object) => checkListing(Listing.parse(input)).score;
const ids = (input: object) => new Set(checkListing(Listing.parse(input)).findings.map((f) => f.checkId));

describe('the session dashboard', () => {
  const s = sampleSession({ fixed: true });

  it('lists every listing with its score at the start and now', () => {
    expect(listingProgress(s).map((l) => [l.participantName, l.title, l.start, l.now, l.change])).toEqual([
      ['Ibu Sari', LISTINGS.keripikFixed.title, score(LISTINGS.keripikWeak), score(LISTINGS.keripikFixed), score(LISTINGS.keripikFixed) - score(LISTINGS.keripikWeak)],
      ['Pak Budi', 'sambal', score(LISTINGS.sambal), score(LISTINGS.sambal), 0],
      ['Pak Budi', LISTINGS.batik.title, score(LISTINGS.batik), score(LISTINGS.batik), 0],
    ]);
  });

  it('averages per participant and for the session, "–" (null) when there is nothing to average', () => {
    expect(average([])).toBeNull();
    expect(average([40, 41])).toBe(41);
    expect(participantProgress(s)).toEqual([
      { id: 'p-sari', name: 'Ibu Sari', shop: 'Keripik Sari', listings: 1, startAverage: score(LISTINGS.keripikWeak), nowAverage: score(LISTINGS.keripikFixed), improved: 1 },
      {
        id: 'p-budi',
        name: 'Pak Budi',
        shop: 'Sambal Budi',
        listings: 2,
        startAverage: Math.round((score(LISTINGS.sambal) + score(LISTINGS.batik)) / 2),
        nowAverage: Math.round((score(LISTINGS.sambal) + score(LISTINGS.batik)) / 2),
        improved: 0,
      },
    ]);
    const weak = ids(LISTINGS.keripikWeak);
    const fixed = ids(LISTINGS.keripikFixed);
    expect(sessionTotals(s)).toEqual({
      participants: 2,
      listings: 3,
      startAverage: Math.round((score(LISTINGS.keripikWeak) + score(LISTINGS.sambal) + score(LISTINGS.batik)) / 3),
      nowAverage: Math.round((score(LISTINGS.keripikFixed) + score(LISTINGS.sambal) + score(LISTINGS.batik)) / 3),
      improved: 1,
      fixedProblems: [...weak].filter((id) => !fixed.has(id)).length,
    });
  });

  it('ranks the room\'s problems by how many listings have them now, counting fixes, leaving out "could not read"', () => {
    const problems = roomProblems(s, 50);
    // Counted by hand from the checks themselves.
    const expected = new Map<string, number>();
    for (const listing of [LISTINGS.keripikFixed, LISTINGS.sambal, LISTINGS.batik]) {
      for (const id of ids(listing)) expected.set(id, (expected.get(id) ?? 0) + 1);
    }
    expected.delete('photo-missing'); // Rapi saw no photos: not a lesson
    expect(new Map(problems.map((p) => [p.checkId, p.listings]))).toEqual(expected);
    for (let i = 1; i < problems.length; i++) expect(problems[i - 1]!.listings).toBeGreaterThanOrEqual(problems[i]!.listings);
    const shortDescription = problems.find((p) => p.checkId === 'description-too-short')!;
    expect(shortDescription).toMatchObject({ listings: 2, participants: 1, fixed: 1, area: 'deskripsi' });
    expect(shortDescription.name.id).toBe('Deskripsi terlalu pendek');
    expect(roomProblems(s)).toHaveLength(5);
    expect(roomProblems(s)[0]!.listings).toBe(2);
  });

  it('counts the listings and the participants that share a problem separately', () => {
    let room: Session = sampleSession();
    const sariLabels = Array.from({ length: 3 }, (_, i) =>
      entryFor({ listing: Listing.parse({ ...LISTINGS.batik, title: `Kemeja Batik Pria Lengan Panjang Motif ${['Parang', 'Kawung', 'Mega'][i]}` }), source: 'manual' }, T0),
    );
    const result = addEntries(room, 'p-sari', sariLabels, T0);
    if (!result.ok) throw new Error('fixture');
    room = result.session;
    const top = roomProblems(room, 50);
    const sizeChart = top.find((p) => p.checkId === 'spec-size-chart')!;
    expect(sizeChart).toMatchObject({ listings: 4, participants: 2 });
  });
});

describe('a participant\'s report', () => {
  it('says before → after, what was fixed and the top 3 fixes still to do', () => {
    const report = participantReport(sampleSession({ fixed: true }), 'p-sari')!;
    expect(report.participant).toEqual({ id: 'p-sari', name: 'Ibu Sari', shop: 'Keripik Sari', whatsapp: '6281234567890' });
    const [keripik] = report.listings;
    expect([keripik!.start, keripik!.now]).toEqual([score(LISTINGS.keripikWeak), score(LISTINGS.keripikFixed)]);
    expect(keripik!.fixed.map((t) => t.id)).toEqual(expect.arrayContaining(['Judul HURUF BESAR semua', 'Deskripsi terlalu pendek']));
    const fixFirst = checkListing(Listing.parse(LISTINGS.keripikFixed)).fixFirst;
    expect(keripik!.toDo.map((t) => t.checkId)).toEqual(fixFirst.map((f) => f.checkId));
    expect(keripik!.toDo.length).toBeLessThanOrEqual(3);
    expect(keripik!.toDo[0]!.fix.id.length).toBeGreaterThan(10);
    expect(participantReport(sampleSession(), 'nobody')).toBeUndefined();
  });

  it('marks a score "sementara" when a part of it was not measured, and says which', () => {
    // The sample listings were typed in without photos Rapi saw: the photo part is not rated.
    const report = participantReport(sampleSession({ fixed: true }), 'p-sari')!;
    const [keripik] = report.listings;
    expect(keripik!.startProvisional).toBe(true);
    expect(keripik!.nowProvisional).toBe(true);
    expect(keripik!.provisionalNote?.id).toBe('Skor sementara: foto belum dinilai.');
    expect(listingProgress(sampleSession()).map((l) => l.nowProvisional)).toEqual([true, true, true]);

    // Photos measured in the panel: rated. One of them failed to download: provisional again.
    const photos = [{ src: 'https://cf.shopee.co.id/file/a' }, { src: 'https://cf.shopee.co.id/file/b' }];
    const listing = Listing.parse({ ...LISTINGS.keripikFixed, photos });
    const measured = addEntries(sampleSession(), 'p-budi', [entryFor({ listing, source: 'page', extras: { measuredPhotoIndexes: [0, 1] } }, T0, 'l-full')], T0);
    const failed = addEntries(sampleSession(), 'p-budi', [entryFor({ listing, source: 'page', extras: { measuredPhotoIndexes: [0], failedPhotoIndexes: [1] } }, T0, 'l-half')], T0);
    if (!measured.ok || !failed.ok) throw new Error('fixture');
    const full = participantReport(measured.session, 'p-budi')!.listings.find((l) => l.id === 'l-full')!;
    expect(full.nowProvisional).toBe(false);
    expect(full.provisionalNote).toBeUndefined();
    const half = participantReport(failed.session, 'p-budi')!.listings.find((l) => l.id === 'l-half')!;
    expect(half.nowProvisional).toBe(true);
    expect(half.provisionalNote?.id).toBe('Skor sementara: sebagian foto belum dinilai.');
  });

  it('puts Rapi\'s suggested title beside the current one, from the seller\'s words, only when the title needs it', () => {
    const report = participantReport(sampleSession(), 'p-budi')!;
    const [sambal, batik] = report.listings;
    // "sambal" is too short: the suggestion keeps the seller's word and marks what only they know.
    expect(sambal!.title).toBe('sambal');
    expect(sambal!.suggestedTitle).toMatch(/sambal/i);
    expect(sambal!.suggestedTitle).toMatch(/\[[^\]]+\]/);
    expect(sambal!.suggestedTitle).not.toMatch(/\d/); // the seller gave no number
    const titleFindings = checkListing(Listing.parse(LISTINGS.batik)).findings.filter((f) => f.area === 'judul');
    expect(batik!.suggestedTitle === undefined).toBe(titleFindings.length === 0);
  });

  it('has nothing fixed before any edit', () => {
    const report = participantReport(sampleSession(), 'p-budi')!;
    expect(report.listings.map((l) => l.fixed)).toEqual([[], []]);
    expect(report.startAverage).toBe(report.nowAverage);
  });
});
