/**
 * Runs `load` once, when the reader scrolls within a screen or so of `target`. A hidden target has
 * no box to observe, so the next element after it that has one (or its parent) stands in for it.
 */
export function whenNear(target: HTMLElement, load: () => unknown, margin = '1200px'): void {
  if (!('IntersectionObserver' in window)) {
    load();
    return;
  }
  let watched: Element | null = target;
  while (watched && (watched.tagName === 'SCRIPT' || (watched instanceof HTMLElement && watched.hidden))) {
    watched = watched.nextElementSibling;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      load();
    },
    { rootMargin: `${margin} 0px` },
  );
  observer.observe(watched ?? target.parentElement ?? target);
}
