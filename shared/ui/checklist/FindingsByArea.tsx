import { AREAS } from '../../checks/types';
import { useText } from '../text';
import { AREA_NAMES, CHECKLIST_COPY as C } from './copy';
import { FindingItem } from './FindingItem';
import type { ReportModel } from './report';
import './checklist.css';

/** Every finding, grouped under Foto, Judul, Spesifikasi, Deskripsi, each group with its count. */
export function FindingsByArea({ checks }: { checks: ReportModel }) {
  const t = useText();
  if (!checks.report.value) return null;
  const groups = checks.byArea.value;
  return (
    <section class="by-area" aria-labelledby="findings-title">
      <h2 id="findings-title">{t(C.findings)}</h2>
      {AREAS.map((area) => (
        <section key={area} class="area" data-area={area} aria-labelledby={`area-${area}`}>
          <h3 id={`area-${area}`}>
            {t(AREA_NAMES[area])} <span class="count">({groups[area].length})</span>
          </h3>
          {groups[area].length === 0 ? (
            <p class="none">{t(C.noFindings)}</p>
          ) : (
            <ul class="findings">
              {groups[area].map((f, i) => (
                <FindingItem key={`${f.checkId}:${f.photoIndex ?? i}`} finding={f} />
              ))}
            </ul>
          )}
        </section>
      ))}
    </section>
  );
}
