// Renders a SurveyJS expression in words of one language, with question labels and choice labels:
// `{sex} = 2 and {age} >= 18` → "Sex = Female and Age ≥ 18".
import type { Operand } from 'survey-core';
import { parseExpression } from '../rules/expressions';
import type { CodebookWords } from './words';

/** What the renderer needs to know about a variable: its label and its value labels. */
export interface VariableWords {
  label: string;
  values: Map<string, string>;
}

export type VariableLookup = (variable: string) => VariableWords | undefined;

const comparison: Record<string, string> = {
  equal: '=', notequal: '≠', greater: '>', less: '<', greaterorequal: '≥', lessorequal: '≤',
};
const arithmetic: Record<string, string> = { plus: '+', minus: '−', mul: '×', div: '÷', mod: 'mod', power: '^' };

interface OperandShape {
  getType(): string;
  operator?: string;
  leftOperand?: Operand;
  rightOperand?: Operand;
  expression?: Operand;
  variable?: string;
  correctValue?: unknown;
  functionName?: string;
  paramValues?: Operand[];
  values?: Operand[];
}

function shape(op: Operand): OperandShape {
  return op as unknown as OperandShape;
}

// The dictionary renders each condition in eight languages: parse each text once.
const parsedTexts = new Map<string, ReturnType<typeof parseExpression>>();
function parseOnce(text: string): ReturnType<typeof parseExpression> {
  let parsed = parsedTexts.get(text);
  if (parsed === undefined) {
    if (parsedTexts.size >= 10_000) parsedTexts.clear();
    parsed = parseExpression(text);
    parsedTexts.set(text, parsed);
  }
  return parsed;
}

export function expressionInWords(text: string, words: CodebookWords, lookup: VariableLookup): string {
  const parsed = parseOnce(text);
  if ('position' in parsed) return text;

  const constant = (op: Operand, about?: VariableWords): string => {
    const value = shape(op).correctValue;
    if (about && value !== undefined && value !== null) {
      const label = about.values.get(String(value));
      if (label !== undefined) return label;
    }
    if (value === true) return words.yes;
    if (value === false) return words.no;
    if (typeof value === 'string') return `“${value}”`;
    return String(value);
  };

  const render = (op: Operand, parent?: string, about?: VariableWords): string => {
    const s = shape(op);
    switch (s.getType()) {
      case 'variable': {
        const name = s.variable ?? '';
        return lookup(name)?.label ?? name;
      }
      case 'const':
        return constant(op, about);
      case 'array':
        return (s.values ?? []).map((v) => render(v, 'array', about)).join(', ');
      case 'function':
        return `${s.functionName ?? ''}(${(s.paramValues ?? []).map((p) => render(p, 'function')).join(', ')})`;
      case 'unary': {
        const inner = s.expression ? render(s.expression, 'unary') : '';
        if (s.operator === 'empty') return `${inner} ${words.notAnswered}`;
        if (s.operator === 'notempty') return `${inner} ${words.answered}`;
        return `${words.not} (${inner})`;
      }
      case 'binary': {
        const operator = s.operator ?? '';
        const left = s.leftOperand;
        const right = s.rightOperand;
        if (operator === 'and' || operator === 'or') {
          const text = [left, right].filter((o): o is Operand => o !== undefined)
            .map((o) => render(o, operator)).join(` ${words[operator]} `);
          return parent && parent !== operator && parent !== 'function' ? `(${text})` : text;
        }
        // The label set of whichever side is a variable translates the codes on the other side.
        const variableSide = [left, right].find((o) => o !== undefined && shape(o).getType() === 'variable');
        const labels = variableSide ? lookup(shape(variableSide).variable ?? '') : undefined;
        const l = left ? render(left, operator, labels) : '';
        const r = right ? render(right, operator, labels) : '';
        const symbol = comparison[operator] ?? arithmetic[operator];
        let text: string;
        if (symbol) text = `${l} ${symbol} ${r}`;
        else if (operator === 'contains') text = `${l} ${words.includes} ${r}`;
        else if (operator === 'notcontains') text = `${l} ${words.notIncludes} ${r}`;
        else if (operator === 'anyof') text = `${l} ${words.oneOf}: ${r}`;
        else if (operator === 'allof') text = `${l} ${words.allOf}: ${r}`;
        else text = `${l} ${operator} ${r}`;
        return arithmetic[operator] && parent && parent !== 'function' && !comparison[parent] ? `(${text})` : text;
      }
      default:
        return op.toString();
    }
  };
  return render(parsed.operand);
}
