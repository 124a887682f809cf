import { CATEGORY_NAMES, isSure } from '../../checks/category';
import { CATEGORY_IDS, type CategoryId } from '../../listing/category-id';
import { useText } from '../text';
import { CHECKLIST_COPY as C } from './copy';
import type { ReportModel } from './report';
import './checklist.css';

/**
 * The category Rapi uses and where it came from. When Rapi only guessed, and not surely, it asks with one tap per
 * category: the category checks (permits, ingredients, size chart) wait for the answer instead of guessing.
 */
export function CategoryCard({ checks, onPick }: { checks: ReportModel; onPick?: (category: CategoryId | undefined) => void }) {
  const t = useText();
  const report = checks.report.value;
  if (!report) return null;
  const { category } = report;
  const unsure = !isSure(category);
  const buttons = onPick && (
    <div class="category-picker" role="group" aria-label={t(C.category)} data-testid="category-picker">
      {CATEGORY_IDS.map((id) => (
        <button
          key={id}
          type="button"
          class="chip"
          aria-pressed={category.from !== 'none' && category.id === id && !unsure ? 'true' : 'false'}
          data-category={id}
          onClick={() => onPick(id)}
        >
          {t(CATEGORY_NAMES[id])}
        </button>
      ))}
      {category.from === 'seller' && (
        <button type="button" class="link" data-testid="category-undo" onClick={() => onPick(undefined)}>
          {t(C.categoryUndo)}
        </button>
      )}
    </div>
  );
  return (
    <section
      class={`category-card${unsure ? ' unsure' : ''}`}
      aria-labelledby="category-title"
      data-testid="category"
      data-category={category.id}
      data-from={category.from}
      data-confidence={category.confidence}
    >
      <h2 id="category-title">{t(C.category)}</h2>
      <p>
        {category.from === 'none' ? t(C.categoryFrom.none) : <strong>{t(category.name)}</strong>}
        {category.from !== 'none' && <span class="tag">{t(C.categoryFrom[category.from])}</span>}
      </p>
      {unsure ? (
        onPick && (
          <>
            <p class="hint" data-testid="category-ask">
              {t(C.categoryAsk)}
            </p>
            {buttons}
          </>
        )
      ) : (
        onPick && (
          <details class="category-change">
            <summary>{t(C.categoryChange)}</summary>
            {buttons}
          </details>
        )
      )}
    </section>
  );
}
