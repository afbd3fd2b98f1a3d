/**
 * Respondent selection in the runner: the questionnaire computes the person to interview with the
 * expression functions of src/questionnaire/selection.ts (registered here), and for the random draw
 * (`sel_method` = 3) the tablet draws the uniform number `sel_random` once — unless the sample file
 * prefilled it — so the selection is reproducible from the data and never redrawn on a revisit.
 */
import type { Model } from 'survey-core';
import { registerSelectionFunctions, SELECTION_METHODS } from '../../questionnaire/selection';

registerSelectionFunctions();

/** Two random 32-bit words from the platform's cryptographic generator. */
function cryptoWords(): [number, number] {
  const a = crypto.getRandomValues(new Uint32Array(2));
  return [a[0], a[1]];
}

/** A uniform number on [0, 1) from the platform's cryptographic generator (53 random bits). */
export function uniformDraw(random: () => readonly [number, number] = cryptoWords): number {
  const [hi, lo] = random();
  return ((hi >>> 5) * 67108864 + (lo >>> 6)) / 9007199254740992;
}

/** Sets `sel_random` when the random draw is the method and no draw is recorded yet. */
export function drawIfNeeded(model: Pick<Model, 'getValue' | 'setValue'>, draw: () => number = uniformDraw): boolean {
  if (Number(model.getValue('sel_method')) !== SELECTION_METHODS.random) return false;
  const current: unknown = model.getValue('sel_random');
  if (current !== undefined && current !== null && current !== '') return false;
  model.setValue('sel_random', draw());
  return true;
}

/** Keeps the draw in step with the method for the life of the model; returns the detach function. */
export function attachSelection(model: Model, draw: () => number = uniformDraw): () => void {
  const onValue = (_: Model, o: { name: string }) => { if (o.name === 'sel_method') drawIfNeeded(model, draw); };
  drawIfNeeded(model, draw);
  model.onValueChanged.add(onValue);
  return () => { model.onValueChanged.remove(onValue); };
}
