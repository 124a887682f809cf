/**
 * A tiny element builder. Text children become text nodes and every attribute goes through setAttribute, so
 * feed text can never become markup: there is no innerHTML anywhere in the widget (a unit test checks).
 */
export type Child = Node | string | false | null | undefined;
type Props = Record<string, string | number | boolean | EventListener | null | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props?: Props | null, ...children: Child[]) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props ?? {})) {
    if (typeof value === 'function') el.addEventListener(name.slice(2), value);
    else if (value != null && value !== false) el.setAttribute(name, value === true ? '' : String(value));
  }
  el.append(...(children.filter((c) => c || c === '') as (Node | string)[]));
  return el;
}

/** Replaces an element's children; strings become text nodes. */
export function fill(el: Element, ...children: Child[]): void {
  el.replaceChildren(...(children.filter((c) => c || c === '') as (Node | string)[]));
}
