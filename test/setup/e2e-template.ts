// Vitest global setup of the e2e project: one server start on an empty embedded database,
// kept as the template every test's server starts from (see test/e2e/helpers/server.ts).
// Fifteen fresh databases cost 2–2.5 minutes of the browser suite on 2 cores; copies of one
// cost seconds. The template is made after `npm run build` (test:e2e builds first), from the
// same build the tests run.
import { rmSync } from 'node:fs';
import { makeServerTemplate } from '../e2e/helpers/server';
import { scratchDir } from './scratch-dir';

export default async function setup(): Promise<() => void> {
  const template = scratchDir('jha-e2e-template-');
  await makeServerTemplate(template);
  // Test files run in worker processes started after this, which inherit the environment.
  process.env.JHA_E2E_TEMPLATE = template;
  return () => rmSync(template, { recursive: true, force: true });
}
