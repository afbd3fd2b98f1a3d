import { describe, expect, it } from 'vitest';
import { serbianLatin } from '../../../analysis/text/serbian-latin';

// Gaj's Latin alphabet as the Serbian orthography (Pravopis srpskoga jezika) writes it, by hand:
// one Latin letter or digraph per Cyrillic letter, digraph capitals by their neighbour's case.
describe('serbianLatin', () => {
  it('writes each of the 30 Cyrillic letters as its Latin letter', () => {
    expect(serbianLatin('абвгдђежзијклљмнњопрстћуфхцчџш')).toBe('abvgdđežzijklljmnnjoprstćufhcčdžš');
    expect(serbianLatin('АБВГДЂЕЖЗИЈКЛМНОПРСТЋУФХЦЧШ')).toBe('ABVGDĐEŽZIJKLMNOPRSTĆUFHCČŠ');
  });

  it('writes Љ, Њ, Џ as Lj, Nj, Dž before a small letter or alone, as LJ, NJ, DŽ among capitals', () => {
    expect(serbianLatin('Љубљана, Његош, Џеп')).toBe('Ljubljana, Njegoš, Džep');
    expect(serbianLatin('ЉУБЉАНА ЊЕГОШ ЏЕП')).toBe('LJUBLJANA NJEGOŠ DŽEP');
    expect(serbianLatin('Џ')).toBe('Dž');
    expect(serbianLatin('Љ.')).toBe('Lj.');
  });

  it('leaves everything that is not a Serbian Cyrillic letter as it is', () => {
    const latin = 'Zagreb — 12 % {count} <b>ok</b> 😀';
    expect(serbianLatin(latin)).toBe(latin);
    // Macedonian letters outside the Serbian alphabet (ѓ, ќ, ѕ) are not Serbian: left alone.
    expect(serbianLatin('ѓ ќ ѕ Ѓ')).toBe('ѓ ќ ѕ Ѓ');
    expect(serbianLatin('Број {count} од {total}: 😀 Шта?')).toBe('Broj {count} od {total}: 😀 Šta?');
  });

  it('gives the same text on a second call (the pattern keeps no state between calls)', () => {
    expect(serbianLatin('Сервер')).toBe('Server');
    expect(serbianLatin('Сервер')).toBe('Server');
    expect(serbianLatin('x Сервер')).toBe('x Server');
  });
});
