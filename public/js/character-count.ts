/**
 * Live character count for `<div class="field" data-character-count="MAX"
 * data-count-left="… %n …" data-count-over="… %n …">` around a textarea and a
 * `.character-count` paragraph. The templates come translated from the server; without them
 * the server's static "up to MAX characters" text stays. The number on screen changes as you
 * type; screen readers hear it once you pause, not at every keystroke.
 */
export function characterCounts(root: Document): void {
  const lang = root.documentElement.lang || undefined;
  const number = new Intl.NumberFormat(lang);
  root.querySelectorAll<HTMLElement>('[data-character-count]').forEach((field) => {
    const max = Number(field.dataset.characterCount);
    const area = field.querySelector('textarea');
    const count = field.querySelector<HTMLElement>('.character-count');
    const { countLeft, countOver } = field.dataset;
    if (!(max > 0) || !area || !count || !countLeft || !countOver) return;

    const spoken = root.createElement('p');
    spoken.className = 'visually-hidden';
    spoken.setAttribute('aria-live', 'polite');
    count.removeAttribute('aria-live');
    count.after(spoken);

    let timer = 0;
    const update = () => {
      // Count as the server does: line breaks arrive as CRLF, and the ends are trimmed.
      const length = area.value.replace(/\r?\n/g, '\r\n').normalize('NFC').trim().length;
      const over = length > max;
      const text = (over ? countOver : countLeft).replace(/%n|\{count\}/, number.format(Math.abs(max - length)));
      count.textContent = text;
      count.classList.toggle('character-count--over', over);
      clearTimeout(timer);
      timer = window.setTimeout(() => {
        spoken.textContent = text;
      }, 1000);
    };
    area.addEventListener('input', update);
    // Show the count at once, but announce nothing until the person types.
    count.textContent = '';
    update();
    clearTimeout(timer);
  });
}
