import type { Finding } from '../../checks/types';
import { useText } from '../text';
import { CERTAINTY_NAMES, CHECKLIST_COPY as C, SEVERITY_NAMES } from './copy';
import './checklist.css';

/** One finding: what is wrong in the summary line; why, how to fix, an example and the rule's source inside. */
export function FindingItem({ finding }: { finding: Finding }) {
  const t = useText();
  const { source } = finding;
  return (
    <li class={`finding ${finding.severity}`} data-check={finding.checkId}>
      <details>
        <summary>
          <span class="finding-message">{t(finding.message)}</span>
          {finding.photoIndex !== undefined && <span class="tag">{t(C.photoNumber(finding.photoIndex))}</span>}
          <span class="tag severity">{t(SEVERITY_NAMES[finding.severity])}</span>
          {finding.certainty !== 'measured' && <span class="tag">{t(CERTAINTY_NAMES[finding.certainty])}</span>}
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
            {source.code && <code> {source.code}</code>}
            {!source.verified && <span class="unverified"> ({t(C.unverified)})</span>}
          </dd>
        </dl>
      </details>
    </li>
  );
}
