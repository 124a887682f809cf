import { useText } from '../../shared/ui/text';
import { OCR_COPY as C } from './copy';
import type { OcrModel } from './model';

/** "Unduh pembaca tulisan, 7,2 MB?", the download's progress, or why text on photos is not read. */
export function OcrOffer({ ocr }: { ocr: OcrModel }) {
  const t = useText();
  const state = ocr.state.value;
  const size = ocr.size.value;
  const problem = ocr.problem.value;
  if (state === 'checking' || state === 'idle') return null;
  if (state === 'ready') return <p class="hint ocr-ready">{t(C.ready)}</p>;
  if (state === 'downloading') {
    const { done, total } = ocr.progress.value;
    return (
      <div class="ocr-offer" role="status" data-testid="ocr-progress">
        <label for="ocr-progress">{t(C.downloading(done, total))}</label>
        <progress id="ocr-progress" max={total || 1} value={done} />
        <button type="button" class="secondary" onClick={() => ocr.stop()}>
          {t(C.stop)}
        </button>
      </div>
    );
  }
  if (state === 'ask') {
    return (
      <section class="ocr-offer" aria-labelledby="ocr-ask" data-testid="ocr-ask">
        <h3 id="ocr-ask">{t(C.ask(size))}</h3>
        <p>{t(C.why)}</p>
        <div class="actions">
          <button type="button" onClick={() => void ocr.accept()}>
            {t(C.download(size))}
          </button>
          <button type="button" class="secondary" onClick={() => ocr.decline()}>
            {t(C.notNow)}
          </button>
        </div>
      </section>
    );
  }
  return (
    <div class="ocr-offer" role={state === 'failed' ? 'alert' : 'status'} data-testid="ocr-off">
      <p>{t(problem ?? C.declined)}</p>
      <button type="button" class="secondary" onClick={() => void ocr.accept()}>
        {t(state === 'failed' ? C.tryAgain : C.downloadLater(size))}
      </button>
    </div>
  );
}
