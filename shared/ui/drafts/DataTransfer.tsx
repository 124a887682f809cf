import { download } from '../download';
import { PAGE_COPY } from './copy';
import { usePage, useText } from './context';

export function DataTransfer() {
  const { model } = usePage();
  const t = useText();
  const persistence = model.persistence.value;
  return (
    <section class="data" aria-labelledby="data-title">
      <h2 id="data-title">{t(PAGE_COPY.data)}</h2>
      <p class="hint">{t(PAGE_COPY.dataHint)}</p>
      {persistence && <p class="hint" data-testid="persistence">{t(PAGE_COPY.persistence[persistence])}</p>}
      <div class="data-actions">
        <button
          type="button"
          onClick={async () => {
            const file = await model.exportData();
            if (!file) return;
            download(file.name, file.text, 'application/json');
            model.announce(PAGE_COPY.exported(file.name));
          }}
        >
          {t(PAGE_COPY.exportAll)}
        </button>
        <label class="file-button">
          {t(model.importing.value ? PAGE_COPY.importing : PAGE_COPY.importFile)}
          <input
            type="file"
            accept="application/json,.json"
            disabled={model.importing.value}
            onChange={async (e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              if (file) await model.importData(file);
              input.value = ''; // the same file can be chosen again
            }}
          />
        </label>
      </div>
    </section>
  );
}
