/**
 * Where the on-page badge goes: right after the product title, or, when the title shares a row with other things
 * (Tokopedia puts its <h1> in a flex row), after that whole row. A badge inside the row would take part of the
 * title's width and squeeze the marketplace's own title; after the row it sits on its own line below.
 */
function sharesARow(container: Element): boolean {
  const style = getComputedStyle(container);
  const { display } = style;
  if (display.includes('grid') || display.startsWith('inline')) return true;
  return display.includes('flex') && !style.flexDirection.startsWith('column');
}

export function badgeAnchor(title: Element): Element {
  let anchor = title;
  for (let parent = anchor.parentElement; parent && parent !== document.body && sharesARow(parent); parent = anchor.parentElement) {
    anchor = parent;
  }
  return anchor;
}
