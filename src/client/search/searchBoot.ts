/**
 * The only search code an ordinary page runs: it waits. When the visitor focuses the
 * header search box (by tap, Tab or the "/" key), it loads the real search UI
 * (searchUi.ts), which then loads Pagefind. Until then no search code or index is
 * fetched, and without JavaScript the box is a plain form that opens /search/.
 */
const box = document.querySelector<HTMLElement>('site-search');
const input = box?.querySelector<HTMLInputElement>('input[type="search"]');

if (box && input) {
  const start = () => void import('./searchUi');
  input.addEventListener('focus', start, { once: true });
  input.addEventListener('input', start, { once: true });
  // A visitor who typed before this script ran (slow network) still gets results.
  if (document.activeElement === input) start();

  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    // Never steal "/" from someone typing in a field (the booking form, the search page box).
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])')) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}
