import { describe, expect, it } from 'vitest';
import { findDoNotSay } from '../helpers/medicalClaims';

const rulesHit = (text: string) => findDoNotSay(text).map((h) => h.rule);

describe('do-not-say claims from the content brief', () => {
  it.each([
    ['The sciatic nerve is formed from the L4–S4 nerve roots.', 'roots-l4-s4'],
    ['The nerve runs through the sacroiliac joints into the leg.', 'sacroiliac-joint'],
    ['The pain can spread up to your neck and shoulders.', 'neck-and-shoulders'],
    ['Sciatica affects 40% of the population.', 'single-prevalence'],
    ['In most cases the cause is unknown.', 'cause-unknown'],
    ['Sadly, there is no cure.', 'no-cure'],
    ['Chronic sciatica usually responds well to treatment.', 'chronic-responds-well'],
    ['Sciatica is often misdiagnosed as cancer.', 'misdiagnosed-cancer'],
    ['Scoliosis is a common cause of sciatica.', 'posture-causes'],
    ['A short leg can cause sciatica over time.', 'posture-causes'],
    ['Deep massage breaks up scar tissue around the nerve.', 'scar-tissue-toxins'],
    ['Massage flushes toxins from your muscles.', 'scar-tissue-toxins'],
    ['Massage is gentle and has no side effects.', 'no-side-effects'],
    ['Regular massage gives lasting results.', 'lasting-results'],
    ['Monthly massage prevents sciatica.', 'prevents-sciatica'],
    ['Massage reduces inflammation around the nerve.', 'inflammation-endorphins'],
    ['Massage releases endorphins that block pain.', 'inflammation-endorphins'],
  ])('flags: %s', (sentence, rule) => {
    expect(rulesHit(sentence)).toContain(rule);
  });

  it.each([
    'The sciatic nerve forms from the L4 to S3 nerve roots.',
    'Sciatica does not spread up to the neck.',
    'Estimates range from about 1 in 100 people to more than 4 in 10.',
    'There is no good evidence that scoliosis causes sciatica.',
    'Massage does not break up scar tissue or flush toxins.',
    'Side effects are usually mild, such as soreness for a day or two.',
    'No lasting effect of massage has been shown.',
    'There is no evidence that massage prevents sciatica.',
    'Massage is not a cure, but most sciatica gets better on its own.',
    'Some sites claim massage reduces inflammation, but this is not proven.',
    'Can massage prevent sciatica?',
  ])('lets through: %s', (sentence) => {
    expect(rulesHit(sentence)).toEqual([]);
  });
});

describe('the same claims in Spanish', () => {
  const hit = (sentence: string) => findDoNotSay(sentence, 'es').map((h) => h.rule);
  it.each([
    ['El masaje elimina las toxinas del cuerpo.', 'scar-tissue-toxins'],
    ['El masaje rompe el tejido cicatricial.', 'scar-tissue-toxins'],
    ['Este masaje no tiene efectos secundarios, es sin efectos secundarios.', 'no-side-effects'],
    ['El masaje da un alivio duradero.', 'lasting-results'],
    ['El masaje cura la ciática.', 'cures'],
    ['El masaje reduce la inflamación del nervio.', 'inflammation-endorphins'],
    ['El dolor de la ciática sube hasta el cuello y los hombros.', 'neck-and-shoulders'],
  ])('finds “%s”', (sentence, rule) => {
    expect(hit(sentence)).toContain(rule);
  });
  it.each([
    'El masaje no elimina toxinas: es un mito.',
    'No hay buena evidencia de un alivio duradero con el masaje.',
    'El masaje no cura la ciática.',
    'El terapeuta puede llegar a su cuello y sus hombros.',
  ])('lets “%s” through', (sentence) => {
    expect(hit(sentence)).toEqual([]);
  });
});
