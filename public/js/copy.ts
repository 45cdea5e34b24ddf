/**
 * `<button type="button" hidden data-copy="ID" data-copied="Copied.">` copies the text of
 * element ID (a textarea, input or `<pre>`). The server renders the button `hidden`: without
 * JavaScript it would do nothing, so it only appears here. The result is said in a polite
 * live region next to the button; when copying is refused the text is selected instead.
 */
export function copyButtons(root: Document): void {
  root.querySelectorAll<HTMLButtonElement>('button[data-copy]').forEach((button) => {
    const source = root.getElementById(button.dataset.copy ?? '');
    if (!source) return;
    const status = root.createElement('span');
    status.className = 'copy-status';
    status.setAttribute('role', 'status');
    button.after(status);
    button.hidden = false;

    button.addEventListener('click', async () => {
      const text =
        source instanceof HTMLTextAreaElement || source instanceof HTMLInputElement
          ? source.value
          : (source.textContent ?? '');
      status.textContent = '';
      try {
        await navigator.clipboard.writeText(text);
        status.textContent = button.dataset.copied ?? '';
      } catch {
        select(source);
        status.textContent = button.dataset.copyFailed ?? '';
      }
    });
  });
}

function select(el: HTMLElement): void {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
    el.focus();
    el.select();
    return;
  }
  const range = document.createRange();
  range.selectNodeContents(el);
  const selection = getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}
