import { blockText, climb, findLabels, follows, query, queryAll } from '../read/dom';

/**
 * A form control Rapi can read and fill: a text input/textarea, or a rich-text editor (contenteditable:
 * Quill's `.ql-editor` on Shopee, ProseMirror on TikTok Shop).
 */
export interface Control {
  el: Element;
  kind: 'text' | 'rich';
}

const NOT_TEXT_INPUTS = new Set(['hidden', 'file', 'checkbox', 'radio', 'button', 'submit', 'reset', 'image', 'range', 'color']);

export function asControl(el: Element | undefined): Control | undefined {
  if (!el) return undefined;
  const tag = el.tagName.toUpperCase();
  if (tag === 'TEXTAREA') return { el, kind: 'text' };
  if (tag === 'INPUT') return NOT_TEXT_INPUTS.has((el.getAttribute('type') ?? 'text').toLowerCase()) ? undefined : { el, kind: 'text' };
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return { el, kind: 'rich' };
  return undefined;
}

/** Inputs first, then editors: any control, for label-anchored search. */
const ANY_CONTROL = 'input, textarea, [contenteditable]:not([contenteditable="false"])';

/** The first control matching one of the selectors inside `container` (or the container itself). */
export function controlIn(container: Element | undefined, selectors: readonly string[]): Control | undefined {
  if (!container) return undefined;
  const self = asControl(container);
  if (self) return self;
  for (const selector of selectors) {
    for (const el of queryAll(container, selector)) {
      const control = asControl(el);
      if (control) return control;
    }
  }
  return undefined;
}

/**
 * The control belonging to a visible label ("Harga", "Deskripsi Produk"): a `<label for>` target, else the first
 * control after the label inside its nearest ancestor that holds one. Layout-free: only text and tree order.
 */
export function controlByLabel(root: ParentNode | undefined, labels: readonly string[], selectors: readonly string[] = [ANY_CONTROL]): Control | undefined {
  for (const label of findLabels(root, labels)) {
    const forId = label.tagName.toUpperCase() === 'LABEL' ? label.getAttribute('for') : null;
    if (forId) {
      const target = asControl(label.ownerDocument?.getElementById(forId) ?? undefined);
      if (target) return target;
    }
    let found: Control | undefined;
    climb(label, 5, (ancestor) => {
      for (const selector of selectors) {
        for (const el of queryAll(ancestor, selector)) {
          const control = asControl(el);
          if (control && follows(label, el)) {
            found = control;
            return true;
          }
        }
      }
      return false;
    });
    if (found) return found;
  }
  return undefined;
}

/** The nearest ancestor of a label that holds something matching `selector` (e.g. the photo area). */
export function areaByLabel(root: ParentNode | undefined, labels: readonly string[], selector: string): Element | undefined {
  for (const label of findLabels(root, labels)) {
    const area = climb(label, 5, (ancestor) => !!query(ancestor, selector));
    if (area) return area;
  }
  return undefined;
}

export function readControl(control: Control): string {
  if (control.kind === 'rich') return blockText(control.el);
  return (control.el as HTMLInputElement).value ?? '';
}

export function isLocked(control: Control): boolean {
  const el = control.el;
  return el.hasAttribute('disabled') || el.hasAttribute('readonly') || el.getAttribute('aria-disabled') === 'true' || el.getAttribute('aria-readonly') === 'true';
}

/**
 * Writes a value so that the page's framework takes it:
 * - inputs/textareas: the native `value` setter of the element's prototype (React and Vue wrap or track the
 *   instance's own property; the prototype's setter bypasses that so the frameworks see a real change), then
 *   `input` and `change` events that bubble, as a typing user would cause;
 * - rich text: the editor's paragraphs are replaced (built with text nodes, never HTML), then an `input` event;
 *   Quill and ProseMirror also watch their DOM with a MutationObserver and pick the change up from there.
 */
export function writeControl(control: Control, value: string): void {
  const el = control.el;
  if (control.kind === 'text') {
    const setter = nativeValueSetter(el);
    if (setter) setter.call(el, value);
    else (el as HTMLInputElement).value = value;
    el.dispatchEvent(makeEvent(el, 'input'));
    el.dispatchEvent(makeEvent(el, 'change'));
    return;
  }
  const doc = el.ownerDocument;
  while (el.firstChild) el.removeChild(el.firstChild);
  for (const line of value.split('\n')) {
    const p = doc.createElement('p');
    if (line) p.textContent = line;
    else p.appendChild(doc.createElement('br')); // an empty paragraph, as Quill and ProseMirror write it
    el.appendChild(p);
  }
  el.dispatchEvent(makeEvent(el, 'input'));
}

function nativeValueSetter(el: Element): ((this: Element, v: string) => void) | undefined {
  // Start at the prototype: an own `value` property on the instance is a framework's tracker, not the DOM's.
  for (let proto = Object.getPrototypeOf(el); proto; proto = Object.getPrototypeOf(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, 'value');
    if (descriptor?.set) return descriptor.set as (this: Element, v: string) => void;
  }
  return undefined;
}

function makeEvent(el: Element, type: 'input' | 'change'): Event {
  const view = el.ownerDocument?.defaultView as (Window & typeof globalThis) | null | undefined;
  const init = { bubbles: true, cancelable: false, composed: true };
  if (type === 'input' && view?.InputEvent) return new view.InputEvent('input', { ...init, inputType: 'insertReplacementText' });
  if (view?.Event) return new view.Event(type, init);
  const event = el.ownerDocument.createEvent('Event');
  event.initEvent(type, true, false);
  return event;
}
