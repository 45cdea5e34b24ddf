/**
 * A second click on "Send" while the first is on its way would post the form twice. For a few
 * seconds after a submit, further submits of that form are ignored. The button is not
 * `disabled`: a disabled submit button drops its own name=value from the data sent, and
 * nothing typed may ever be lost. After the pause (a slow network, a failed request, or the
 * back button) the form works again.
 */
const PAUSE_MS = 8000;

export function submitOnce(root: Document): void {
  root.addEventListener('submit', (event) => {
    const form = event.target as HTMLFormElement;
    if (form.method !== 'post') return;
    if (form.dataset.submitting) {
      event.preventDefault();
      return;
    }
    // Let other handlers cancel the submit first; only a submit that goes ahead counts.
    setTimeout(() => {
      if (event.defaultPrevented) return;
      form.dataset.submitting = '1';
      const buttons = form.querySelectorAll('button:not([type=button]), input[type=submit]');
      buttons.forEach((b) => b.setAttribute('aria-disabled', 'true'));
      setTimeout(() => release(form), PAUSE_MS);
    });
  });
  // Coming back with the back button restores the page as it was: make it usable again.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) root.querySelectorAll<HTMLFormElement>('form[data-submitting]').forEach(release);
  });
}

function release(form: HTMLFormElement): void {
  delete form.dataset.submitting;
  form.querySelectorAll('[aria-disabled="true"]').forEach((b) => b.removeAttribute('aria-disabled'));
}
