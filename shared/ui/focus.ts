import { useEffect, useRef } from 'preact/hooks';

/**
 * A ref for the heading of a view that just opened: it takes the focus once `shown` is set, and again whenever
 * `shown` changes to another truthy value, so screen readers announce the new view.
 */
export function useFocusWhenShown<T extends HTMLElement = HTMLHeadingElement>(shown: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown]);
  return ref;
}
