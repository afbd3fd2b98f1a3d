/** The questionnaires built here (the standard ones and the app's demo), by output file name (relative to `surveys/`). */
import { corruption } from './corruption';
import { demo } from './demo';
import type { Element } from './elements';
import { jhaAdmin } from './jha-admin';
import { safety } from './safety';
import { buildVictimization } from './victimization';

export const QUESTIONNAIRES: Record<string, () => Element> = {
  'corruption.json': corruption,
  'demo.json': demo,
  'safety.json': safety,
  'jha-admin.json': jhaAdmin,
  'victimization.json': buildVictimization,
};
