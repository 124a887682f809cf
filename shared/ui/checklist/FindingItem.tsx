import { OUTCOME_TEXT, outcomeOf } from '../../checks/outcome';
import type { Finding } from '../../checks/types';
import { useText } from '../text';
import { CERTAINTY_NAMES, CHECKLIST_COPY as C } from './copy';
import './checklist.css';

/** One finding: what is wrong in the summary line; why, how to fix, an example and the rule's source inside. */
export function FindingItem({ finding }: { finding: Finding }) {
  const t = useText();
  const { source } = finding;
  // What will happen, exactly ("ditolak saat unggah", "bisa diblokir"), rather than the severity's generic name.
  const outcome = outcomeOf(finding);
  return (
    <li class={`finding ${finding.severity}`} data-check={finding.checkId} data-outcome={outcome}>
      <details>
        <summary>
          <span class="finding-message">{t(finding.message)}</span>
          {finding.photoIndex !== undefined && <span class="tag">{t(C.photoNumber(finding.photoIndex))}</span>}
          <span class="tag severity">{t(OUTCOME_TEXT[outcome])}</span>
          {finding.certainty !== 'measured' && outcome !== 'not-checked' && <span class="tag">{t(CERTAINTY_NAMES[finding.certainty])}</span>}
        </summary>
        <dl>
          <dt>{t(C.why)}</dt>
          <dd>{t(finding.why)}</dd>
          <dt>{t(C.fix)}</dt>
          <dd>{t(finding.fix)}</dd>
          {finding.example && (
            <>
              <dt>{t(C.example)}</dt>
              <dd class="example">{t(finding.example)}</dd>
            </>
          )}
          <dt>{t(C.source)}</dt>
          <dd>
            {source.url ? (
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {t(source.label)}
              </a>
            ) : (
              t(source.label)
            )}
            {(source.codes ?? (source.code ? [source.code] : [])).map((code) => (
              <code key={code}> {code}</code>
            ))}
            {!source.verified && <span class="unverified"> ({t(C.unverified)})</span>}
          </dd>
        </dl>
      </details>
    </li>
  );
}
