import type { BilingualText } from '../../../shared/i18n/text';
import { formatBytes, formatName, formatPixels } from '../../../shared/photos/copy';
import type { Box, PhotoFinding } from '../../../shared/photos/types';
import { OUTCOME_TEXT, outcomeOf } from '../../../shared/checks/outcome';
import type { PhotoEntry } from '../models/photo-checks';
import type { PhotoFixerModel } from '../models/photo-fixer';
import { PhotoFixer } from './PhotoFixer';
import { PHOTO_COPY, STAGE_NAMES } from '../copy';
import { useText } from '../../../shared/ui/text';

/** More boxes than this (a photo full of words) would hide the photo; the first ones say enough. */
const MAX_BOXES = 60;

const boxStyle = (box: Box) => ({ left: `${box.x * 100}%`, top: `${box.y * 100}%`, width: `${box.w * 100}%`, height: `${box.h * 100}%` });

/** One photo: the picture with its problems boxed, a progress bar while it is checked, and what to fix. */
export function PhotoCard({ entry, name, findings, fixer }: { entry: PhotoEntry; name: BilingualText; findings: PhotoFinding[]; fixer?: PhotoFixerModel }) {
  const t = useText();
  const stage = entry.stage.value;
  const result = entry.result.value;
  const preview = entry.preview.value;
  const finished = stage === 'done' || stage === 'failed';
  const label = findings.filter((f) => f.checkId === 'photo-label-specifics');
  const others = findings.filter((f) => f.checkId !== 'photo-label-specifics');
  const boxes = findings.flatMap((f) => (f.boxes ?? []).map((box) => ({ box, severity: f.severity, check: f.checkId }))).slice(0, MAX_BOXES);
  // Where Rapi found the product (on a plain background): the fill and framing checks are measured from it.
  const product = result?.metrics?.product?.box;
  const facts = result?.photo;
  const progressId = `photo-progress-${entry.index}`;
  return (
    <li class={`photo-card ${stage}`} data-index={entry.index} data-stage={stage} data-from-cache={String(entry.fromCache.value)} data-testid="photo-card">
      <figure>
        <div class="photo-frame">
          {preview && stage !== 'failed' ? <img src={preview} alt={t(name)} /> : <div class="photo-missing" role="img" aria-label={t(name)} />}
          {(boxes.length > 0 || product) && (
            <div class="photo-boxes" aria-hidden="true">
              {product && <span class="photo-box product" data-check="product" style={boxStyle(product)} />}
              {boxes.map(({ box, severity, check }, i) => (
                <span
                  key={i}
                  class={`photo-box ${severity}`}
                  data-check={check}
                  style={boxStyle(box)}
                />
              ))}
            </div>
          )}
        </div>
        <figcaption>
          <strong>{t(name)}</strong>
          {facts?.width && facts.height ? ` · ${t(formatPixels(facts.width, facts.height))}` : ''}
          {entry.sellerFile.value && facts?.bytes ? ` · ${t(formatBytes(facts.bytes))} ${formatName(facts.mime)}` : ''}
          {entry.fromCache.value && <span class="tag">{t(PHOTO_COPY.fromCache)}</span>}
        </figcaption>
      </figure>
      <div class="photo-progress">
        <progress id={progressId} max={1} value={entry.progress} aria-label={t(PHOTO_COPY.progressOf(name))} data-testid="photo-progress" />
        <label for={progressId} class="photo-stage" data-testid="photo-stage">
          {t(STAGE_NAMES[stage])}
        </label>
      </div>
      {entry.problem.value && (
        <p class="photo-problem" data-testid="photo-problem">
          {t(entry.problem.value)}
        </p>
      )}
      {entry.ocrProblem.value && (
        <p class="photo-problem" data-testid="photo-ocr-problem">
          {t(entry.ocrProblem.value)}
        </p>
      )}
      {(boxes.length > 0 || product) && (
        <p class="hint">
          {[boxes.length > 0 && t(PHOTO_COPY.boxesNote), product && t(PHOTO_COPY.productNote)].filter(Boolean).join(' ')}
        </p>
      )}
      {others.length > 0 && (
        <ul class="photo-findings">
          {others.map((f) => (
            <li key={f.checkId} class={f.severity} data-check={f.checkId}>
              {t(f.message)} <span class="tag severity" data-outcome={outcomeOf(f)}>{t(OUTCOME_TEXT[outcomeOf(f)])}</span>
            </li>
          ))}
        </ul>
      )}
      {label.map((f) => (
        <div key={f.checkId} class="label-suggestion" data-testid="label-suggestion">
          <strong>{t(PHOTO_COPY.labelSuggestion)}</strong>
          <p>{t(f.message)}</p>
          <p>{t(f.fix)}</p>
          {f.example && <p class="example">{t(f.example)}</p>}
        </div>
      ))}
      {finished && !entry.problem.value && findings.length === 0 && <p class="none">{t(PHOTO_COPY.noProblems)}</p>}
      {finished && fixer && <PhotoFixer entry={entry} fixer={fixer} findings={findings} name={name} />}
      {result?.ocr && (
        <details class="photo-text">
          <summary>{t(PHOTO_COPY.textRead)}</summary>
          <pre data-testid="photo-text">{result.ocr.text.trim() || t(PHOTO_COPY.noText)}</pre>
        </details>
      )}
    </li>
  );
}
