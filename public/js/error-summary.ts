/**
 * After a failed submit the error summary (`[data-autofocus]`) takes focus, so a screen reader
 * reads it first. Its links jump to the field and focus it, scrolled so that the field's label
 * or legend is in view too (a plain anchor would hide the question above the box).
 */
export function errorSummary(root: Document): void {
  const summary = root.querySelector<HTMLElement>('[data-autofocus]');
  if (summary) summary.focus();

  root.addEventListener('click', (event) => {
    const link = (event.target as Element).closest?.<HTMLAnchorElement>('.error-summary a[href^="#"]');
    if (!link) return;
    const field = root.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (!field) return;
    const heading =
      field.closest('fieldset')?.querySelector('legend') ?? root.querySelector(`label[for="${field.id}"]`) ?? field;
    event.preventDefault();
    heading.scrollIntoView();
    field.focus({ preventScroll: true });
    history.replaceState(null, '', link.hash);
  });
}
