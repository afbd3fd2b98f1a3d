import { describe, expect, it } from 'vitest';
import { canonicalJson, problem, isProblem } from '../../../src/protocol';

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined members', () => {
    const a = canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: 'x' }, u: undefined });
    expect(a).toBe('{"a":{"c":"x","d":[1,{"y":2,"z":1}]},"b":1}');
  });
  it('gives the same string for objects that differ only in key order', () => {
    expect(canonicalJson({ x: 1, y: [true, null] })).toBe(canonicalJson({ y: [true, null], x: 1 }));
    expect(canonicalJson({ x: 1 })).not.toBe(canonicalJson({ x: 2 }));
  });
});

describe('problem', () => {
  it('builds an RFC 9457 body with the catalogue status and a stable code', () => {
    const p = problem('submission-conflict', 'instance 1: stored ab, received cd');
    expect(p).toMatchObject({ status: 409, code: 'submission-conflict', type: 'https://jha-survey.dev/problems/submission-conflict' });
    expect(isProblem(p)).toBe(true);
    expect(isProblem({ code: 'nope', status: 1 })).toBe(false);
  });
});
