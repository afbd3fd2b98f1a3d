import { describe, expect, it } from 'vitest';
import { handOverBetween } from '../../../src/app/runner/casi';
import { QuestionTimer } from '../../../src/app/runner/question-timer';

describe('QuestionTimer', () => {
  it('credits the time between events to the active question, the time before the first focus to it, and stops on pause', () => {
    let t = 0;
    const timer = new QuestionTimer(() => t);
    timer.resume();
    t = 3000;
    timer.focus('age');
    t = 5000;
    timer.answered('age');
    t = 6000;
    timer.focus('sex');
    t = 6500;
    timer.answered('sex');
    t = 9000;
    timer.pause();
    t = 60_000;
    timer.focus('region');
    t = 61_000;
    timer.answered('region');
    expect(timer.snapshot()).toEqual({ age: 6000, sex: 3000, region: 1000 });
  });

  it('credits an answer without a prior focus (radio tap) from the last event', () => {
    let t = 100;
    const timer = new QuestionTimer(() => t);
    timer.resume();
    t = 1600;
    timer.answered('consent');
    expect(timer.snapshot()).toEqual({ consent: 1500 });
  });
});

describe('self-completion pages', () => {
  it('needs a hand-over only when crossing into or out of a casi_ page', () => {
    expect(handOverBetween('respondent', 'casi_violence')).toBe('to-respondent');
    expect(handOverBetween('casi_violence', 'casi_more')).toBeUndefined();
    expect(handOverBetween('casi_more', 'closing')).toBe('to-interviewer');
    expect(handOverBetween('a', 'b')).toBeUndefined();
  });
});
