// Valid enterprise numbers for tests, one counter per test process: two features' helpers that
// each counted on their own once gave the same number to two organisations in one run (when
// the process id's thousands digit met the other helper's offset), and the second was refused.
import { checkDigits } from '../../src/features/organisations/enterprise-number.ts';

let counter = 0;

/** A fresh valid enterprise number for each call in this process (the first eight digits count up). */
export function newEnterpriseNumber(): string {
  const eight = String(40_000_000 + process.pid * 1000 + ++counter)
    .slice(-8)
    .padStart(8, '0');
  const firstEight = `0${eight.slice(1)}`;
  return `${firstEight}${String(checkDigits(Number(firstEight))).padStart(2, '0')}`;
}
