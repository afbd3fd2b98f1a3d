// Rules about choice lists: `choice-missing-value`, `choice-duplicate`, `choice-missing-text`,
// `choices-empty`.
import { elementLabel, isObject, itemKey, type QuestionnaireModel } from '../model';
import type { RawFinding } from './finding';

/** Values SurveyJS stores for the special items it adds itself. */
const specialItems: Record<string, string> = {
  showOtherItem: 'other', showNoneItem: 'none', showRefuseItem: 'refused', showDontKnowItem: 'dontknow',
};

function itemValue(item: unknown): unknown {
  if (isObject(item)) return item.value;
  return item;
}

const listTypes = new Set(['radiogroup', 'dropdown', 'checkbox', 'tagbox', 'buttongroup', 'ranking', 'imagepicker']);

export function choiceRule(model: QuestionnaireModel): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const e of model.elements) {
    const json = e.json;
    const required = e.type === 'matrix' || e.type === 'matrixdropdown' ? ['rows', 'columns'] : e.type === 'matrixdynamic' ? ['columns'] : [];
    for (const key of required) {
      if (!Array.isArray(json[key]) || (json[key] as unknown[]).length === 0) {
        findings.push({
          question: elementLabel(e), rule: 'choices-empty', message: `the ${e.type} "${e.name}" has no ${key}`,
          fix: `Add the ${key} of the table.`,
        });
      }
    }
    if (!listTypes.has(e.type) || json.choicesFromQuestion !== undefined || json.choicesByUrl !== undefined) continue;
    const hasChoices = Array.isArray(json.choices) && json.choices.length > 0;
    const special = json.showOtherItem === true || json.showNoneItem === true || json.showRefuseItem === true || json.showDontKnowItem === true;
    if (!hasChoices && !special) {
      findings.push({
        question: elementLabel(e), rule: 'choices-empty', message: `the ${e.type} "${e.name}" has no choices`,
        fix: 'Add "choices" with a value and a text each, or fill them from another question with choicesFromQuestion.',
      });
    }
  }
  for (const list of model.itemLists) {
    const question = list.owner === '(survey)' ? undefined : list.owner;
    const seen = new Map<string, number>();
    list.items.forEach((item, i) => {
      const value = itemValue(item);
      if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
        findings.push({
          question, rule: 'choice-missing-value', message: `${list.where}[${i}] has no value`,
          fix: 'Give every choice a stable "value" (a code such as 1, 2, 3); the text is only its label.',
        });
        return;
      }
      if (typeof value === 'object') {
        findings.push({
          question, rule: 'choice-missing-value', message: `${list.where}[${i}] has a value that is not a number or text`,
          fix: 'Use a number or a short code as the value.',
        });
        return;
      }
      const key = String(value).toLowerCase();
      const first = seen.get(key);
      if (first !== undefined) {
        findings.push({
          question, rule: 'choice-duplicate', message: `${list.where}[${i}] repeats the value ${JSON.stringify(value)} of ${list.where}[${first}] (counting from 0)`,
          fix: 'Give each choice its own value; two labels with one code cannot be told apart in the data.',
        });
      } else seen.set(key, i);
    });
    // A list that labels some items but not others shows bare codes to the respondent.
    const labelled = list.items.filter((item) => isObject(item) && item.text !== undefined).length;
    if (labelled > 0 && labelled < list.items.length) {
      list.items.forEach((item, i) => {
        if (isObject(item) && item.text !== undefined) return;
        findings.push({
          question, rule: 'choice-missing-text', message: `${list.where}[${itemKey(item, i)}] has no text, unlike the others`,
          fix: 'Give it a "text" in every locale; without one the respondent sees the bare code.',
        });
      });
    }
    const element = list.element;
    if (element && list.where === 'choices') {
      for (const [flag, special] of Object.entries(specialItems)) {
        if (element.json[flag] === true && seen.has(special)) {
          findings.push({
            question, rule: 'choice-duplicate', message: `choices contain the value "${special}", which ${flag} adds as well`,
            fix: `Remove that choice (and keep ${flag}) or turn ${flag} off.`,
          });
        }
      }
    }
  }
  return findings;
}
