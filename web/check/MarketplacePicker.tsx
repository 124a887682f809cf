import type { Marketplace } from '../../shared/listing/schema';
import { usePhone, useText } from '../app/context';
import { CHECK_COPY as C } from './copy';

const CHOICES: { value: Marketplace; name: string }[] = [
  { value: 'shopee', name: 'Shopee' },
  { value: 'tokopedia', name: 'Tokopedia' },
];

/** Shopee or Tokopedia, as two large buttons (a radio group: arrow keys move, screen readers announce it). */
export function MarketplacePicker() {
  const { model } = usePhone();
  const t = useText();
  const current = model.check.marketplace.value;
  return (
    <fieldset class="choice marketplaces" data-testid="marketplace">
      <legend>{t(C.marketplace)}</legend>
      {current === 'other' && <p class="hint">{t(C.chooseMarketplace)}</p>}
      <div class="choices">
        {CHOICES.map((choice) => (
          <label key={choice.value} class={`choice-card ${current === choice.value ? 'chosen' : ''}`}>
            <input
              type="radio"
              name="marketplace"
              value={choice.value}
              checked={current === choice.value}
              onChange={() => model.check.chooseMarketplace(choice.value)}
            />
            <span>{choice.name}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
