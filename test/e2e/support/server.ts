import { startTestApp, type TestApp } from '../../support/harness.ts';
import type { EngineName } from '../../support/engines.ts';

export interface RunningApp extends TestApp {
  baseUrl: string;
}

/** The real app on a loopback port, with its own fresh database. */
export async function startServer(engine: EngineName): Promise<RunningApp> {
  const t = await startTestApp(engine);
  const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
  return Object.assign(t, { baseUrl: address });
}
