import { describe, expect, it } from 'vitest';
import { identifyingTerms, keepQuestions, keepScores, scrubValue, termMatcher } from './scrub.js';

const anna = { firstName: 'Anna', lastName: 'de Vries', email: 'anna@example.nl', phone: '06-12345678' };

describe('the words that identify a person', () => {
  it('are the full name, email and phone in a name field; the surname too in free text; the first name only in their groups', () => {
    expect(identifyingTerms(anna, 'names')).toEqual(['anna@example.nl', 'Anna de Vries', '06-12345678']);
    expect(identifyingTerms(anna, 'text')).toEqual(['anna@example.nl', 'Anna de Vries', '06-12345678', 'de Vries']);
    expect(identifyingTerms(anna, 'group')).toContain('Anna');
  });

  it('leave out a surname too short to tell from an ordinary word, and empty contacts', () => {
    expect(identifyingTerms({ firstName: 'Bo', lastName: 'Li', email: null, phone: ' ' }, 'text')).toEqual(['Bo Li']);
  });
});

describe('scrubbing a value', () => {
  const matcher = termMatcher(identifyingTerms(anna, 'group'))!;

  it('replaces whole words only, case ignored, the full name as one', () => {
    expect(scrubValue('anna DE VRIES hielp Annabel in januari; Anna kwam.', matcher, 'Gewist')).toBe(
      'Gewist hielp Annabel in januari; Gewist kwam.',
    );
  });

  it('walks lists and JSON documents and leaves numbers alone', () => {
    expect(scrubValue({ a: ['met Anna', 3], b: { c: 'mail anna@example.nl' } }, matcher, 'X')).toEqual({
      a: ['met X', 3],
      b: { c: 'mail X' },
    });
  });

  it('has nothing to match when there are no words', () => {
    expect(termMatcher([])).toBeNull();
  });
});

describe('keeping the statistics of a form', () => {
  it('keeps the scores and drops the comments of rated goals', () => {
    expect(
      keepScores({ '1': { score: 4, comment: 'Zij ziet haar eigen rol' }, '2': { score: null, comment: 'x' } }),
    ).toEqual({
      '1': { score: 4, comment: null },
      '2': { score: null, comment: null },
    });
  });

  it('keeps the questions and drops the answers of an interview', () => {
    expect(keepQuestions({ answers: [{ question: 'Wat helpt?', answer: 'Mijn buurvrouw Els' }] })).toEqual({
      answers: [{ question: 'Wat helpt?', answer: null }],
    });
    expect(keepQuestions(null)).toEqual({ answers: [] });
  });
});
