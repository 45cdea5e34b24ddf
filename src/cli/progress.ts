/** A one-line progress bar on a terminal; plain percentage lines when output is a file. */
export function progressBar(total: number, unit: string) {
  const tty = process.stdout.isTTY;
  let lastPct = -1;
  return {
    update(done: number) {
      const pct = Math.floor((done / total) * 100);
      if (pct === lastPct) return;
      lastPct = pct;
      if (tty) {
        const width = 30;
        const filled = Math.round((pct / 100) * width);
        process.stdout.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${pct}% ${done}/${total} ${unit}`);
      } else if (pct % 10 === 0) {
        console.log(`${pct}% ${done}/${total} ${unit}`);
      }
    },
    done() {
      if (tty) process.stdout.write('\n');
      console.log(`Done: ${total} ${unit}.`);
    },
  };
}
