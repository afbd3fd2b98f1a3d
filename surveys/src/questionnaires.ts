/** The standard questionnaires built here, by output file name (relative to `surveys/`). */
import { corruption } from './corruption';
import type { Element } from './elements';
import { jhaAdmin } from './jha-admin';
import { safety } from './safety';
import { buildVictimization } from './victimization';

export const QUESTIONNAIRES: Record<string, () => Element> = {
  'corruption.json': corruption,
  'safety.json': safety,
  'jha-admin.json': jhaAdmin,
  'victimization.json': buildVictimization,
};
