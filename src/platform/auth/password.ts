import { hash, verify } from '@node-rs/argon2';

// argon2id with OWASP's second recommended setting (19 MiB, 2 passes): memory-hard yet
// fast enough for a 2-core machine under a sign-in burst.
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  // Compare against a fixed hash when there is none, so a missing account takes as long as a wrong password.
  const target = stored ?? DUMMY;
  try {
    const ok = await verify(target, password);
    return ok && stored !== null;
  } catch {
    return false;
  }
}

const DUMMY = '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$ZnV6enlmdXp6eWZ1enp5ZnV6enlmdXp6eWZ1enp5ZnU';
