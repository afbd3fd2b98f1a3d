/**
 * The demonstration questionnaire `surveys/demo.json`: the short interview an office sees first
 * after `npm start` (published on every server; the e2e interviewer flows run it). It is written
 * here rather than by hand only so that its region list comes from a country profile
 * (analysis/profiles), the same codes and names the standard questionnaires offer, instead of the
 * generic capital/north/south/east/west it offered before (issue 12 item 11). Everything else is
 * the demo's own short wording, outside the one-term-per-variable check of the standard
 * questionnaires.
 */
import { SIMULATED_COUNTRY } from '../../analysis/simulate';
import { regionChoicesOf } from './country';
import { base, choice, dropdown, integer, page, radio, yesNo, type Element } from './elements';
import { T } from './i18n';

/**
 * The demo offers one country's regions without asking the country (it is the quick start, and
 * a `country` question would make it longer). It is the simulator's country, North Macedonia, so
 * that the demo's interviews and the simulated microdata (`jha-survey simulate`) code `region`
 * alike and one design or report set-up reads both.
 */
export const DEMO_COUNTRY = SIMULATED_COUNTRY;

/**
 * The generic regions the demo offered before it took the profile's. A server that published that
 * version may hold interviews and assignments with these codes, and a new version may not drop a
 * published code (lint `version-removed-value`: the server would refuse to publish this one and
 * keep offering the generic list). So they stay, hidden from every interviewer (`visibleIf:
 * 'false'`), only to label what was collected with them; nobody can choose them.
 */
const RETIRED_REGIONS = [
  choice('capital', T('Capital city region', 'Rajoni i kryeqytetit', 'Regija glavnog grada', 'Regija glavnog grada', 'Регион на главниот град', 'Region glavnog grada', 'Регион главног града'), 'false'),
  choice('north', T('North', 'Veri', 'Sjever', 'Sjever', 'Север', 'Sjever', 'Север'), 'false'),
  choice('south', T('South', 'Jug', 'Jug', 'Jug', 'Југ', 'Jug', 'Југ'), 'false'),
  choice('east', T('East', 'Lindje', 'Istok', 'Istok', 'Исток', 'Istok', 'Исток'), 'false'),
  choice('west', T('West', 'Perëndim', 'Zapad', 'Zapad', 'Запад', 'Zapad', 'Запад'), 'false'),
];

/** Every question after the consent is asked only of a respondent who agreed. */
const CONSENTED = '{consent} = 1';

export function demo(): Element {
  return {
    title: T('Crime and safety — demo questionnaire', 'Krimi dhe siguria — pyetësor demonstrues', 'Kriminal i sigurnost — demonstracijski upitnik', 'Kriminal i sigurnost — pokazni upitnik', 'Криминал и безбедност — демонстрациски прашалник', 'Kriminal i bezbjednost — demonstracioni upitnik', 'Криминал и безбедност — демонстрациони упитник'),
    showQuestionNumbers: 'off',
    calculatedValues: [
      {
        name: 'vic_burglary_12m',
        expression: 'iif({vic_burglary_5y} = 1 and {vic_burglary_when} = 1, 1, 0)',
        includeIntoResult: true,
      },
      {
        name: 'safe_feel',
        expression: 'iif({safe_dark} = 1 or {safe_dark} = 2, 1, 0)',
        includeIntoResult: true,
      },
    ],
    pages: [
      page('respondent', T('Respondent', 'I anketuari', 'Ispitanik', 'Ispitanik', 'Испитаник', 'Ispitanik', 'Испитаник'), [
        radio('consent', T('Do you agree to take part in this interview?', 'A pranoni të merrni pjesë në këtë intervistë?', 'Da li pristajete da učestvujete u ovom intervjuu?', 'Pristajete li sudjelovati u ovom intervjuu?', 'Дали се согласувате да учествувате во ова интервју?', 'Da li pristajete da učestvujete u ovom intervjuu?', 'Да ли пристајете да учествујете у овом интервјуу?'), yesNo()),
        radio('sex', T('Sex of the respondent', 'Gjinia e të anketuarit', 'Spol ispitanika', 'Spol ispitanika', 'Пол на испитаникот', 'Pol ispitanika', 'Пол испитаника'), [
          choice(1, T('Male', 'Mashkull', 'Muški', 'Muški', 'Машки', 'Muški', 'Мушки')),
          choice(2, T('Female', 'Femër', 'Ženski', 'Ženski', 'Женски', 'Ženski', 'Женски')),
        ], { visibleIf: CONSENTED }),
        // The age range is a validator with its own message, not the number input's min/max.
        { ...base('text', 'age', T('How old are you? (completed years)', 'Sa vjeç jeni? (vite të mbushura)', 'Koliko imate godina? (navršenih)', 'Koliko imate godina? (navršenih)', 'Колку години имате? (наполнети)', 'Koliko imate godina? (navršenih)', 'Колико имате година? (навршених)'), {
          visibleIf: CONSENTED,
          validators: [{
            type: 'numeric', minValue: 18, maxValue: 110,
            text: T('Age must be between 18 and 110.', 'Mosha duhet të jetë nga 18 deri në 110 vjeç.', 'Starost mora biti između 18 i 110 godina.', 'Dob mora biti između 18 i 110 godina.', 'Возраста мора да биде помеѓу 18 и 110 години.', 'Starost mora biti između 18 i 110 godina.', 'Старост мора бити између 18 и 110 година.'),
          }],
        }), inputType: 'number' },
        dropdown('region', T('Region', 'Rajoni', 'Regija', 'Regija', 'Регион', 'Region', 'Регион'), [...regionChoicesOf(DEMO_COUNTRY), ...RETIRED_REGIONS], { visibleIf: CONSENTED }),
        radio('urban', T('Type of settlement', 'Lloji i vendbanimit', 'Tip naselja', 'Vrsta naselja', 'Тип на населено место', 'Tip naselja', 'Тип насеља'), [
          choice(1, T('Urban', 'Zonë urbane', 'Gradsko', 'Gradsko', 'Урбано', 'Gradsko', 'Градско')),
          choice(2, T('Rural', 'Zonë rurale', 'Seosko', 'Seosko', 'Рурално', 'Seosko', 'Сеоско')),
        ], { visibleIf: CONSENTED }),
      ]),
      page('burglary', T('Burglary', 'Vjedhja me thyerje', 'Provala', 'Provala', 'Провала', 'Provala', 'Провала'), [
        radio('vic_burglary_5y', T('In the past five years, did anyone get into your home without permission and steal or try to steal something?', 'Gjatë pesë viteve të fundit, a ka hyrë dikush në shtëpinë tuaj pa leje dhe ka vjedhur ose është përpjekur të vjedhë diçka?', 'Da li je u posljednjih pet godina neko bez dozvole ušao u vaš dom i ukrao ili pokušao ukrasti nešto?', 'Je li u posljednjih pet godina netko bez dopuštenja ušao u vaš dom i ukrao ili pokušao ukrasti nešto?', 'Во последните пет години, дали некој влегол во вашиот дом без дозвола и украл или се обидел да украде нешто?', 'Da li je u posljednjih pet godina neko bez dozvole ušao u vaš dom i ukrao ili pokušao da ukrade nešto?', 'Да ли је у последњих пет година неко без дозволе ушао у ваш дом и украо или покушао да украде нешто?'), [
          ...yesNo(),
          choice(8, T('Don\'t know', 'Nuk e di', 'Ne znam', 'Ne znam', 'Не знам', 'Ne znam', 'Не знам')),
        ]),
        radio('vic_burglary_when', T('When did this happen the last time?', 'Kur ka ndodhur kjo herën e fundit?', 'Kada se to posljednji put desilo?', 'Kada se to posljednji put dogodilo?', 'Кога последен пат се случи тоа?', 'Kada se to posljednji put desilo?', 'Када се то последњи пут догодило?'), [
          choice(1, T('In the past 12 months', 'Gjatë 12 muajve të fundit', 'U posljednjih 12 mjeseci', 'U posljednjih 12 mjeseci', 'Во последните 12 месеци', 'U posljednjih 12 mjeseci', 'У последњих 12 месеци')),
          choice(2, T('Earlier', 'Më herët', 'Ranije', 'Ranije', 'Порано', 'Ranije', 'Раније')),
        ], { visibleIf: '{vic_burglary_5y} = 1' }),
        integer('vic_burglary_times', T('How many times did it happen in the past 12 months?', 'Sa herë ka ndodhur gjatë 12 muajve të fundit?', 'Koliko puta se to desilo u posljednjih 12 mjeseci?', 'Koliko se puta to dogodilo u posljednjih 12 mjeseci?', 'Колку пати се случи тоа во последните 12 месеци?', 'Koliko puta se to desilo u posljednjih 12 mjeseci?', 'Колико пута се то догодило у последњих 12 месеци?'), { min: 1, max: 997 }, { visibleIf: '{vic_burglary_when} = 1' }),
      ], { visibleIf: CONSENTED }),
      page('safety', T('Feeling of safety', 'Ndjenja e sigurisë', 'Osjećaj sigurnosti', 'Osjećaj sigurnosti', 'Чувство на безбедност', 'Osjećaj bezbjednosti', 'Осећај безбедности'), [
        radio('safe_dark', T('How safe do you feel walking alone in your area after dark?', 'Sa i sigurt ndiheni kur ecni vetëm në zonën tuaj pas errësirës?', 'Koliko se sigurno osjećate kada sami hodate u svom naselju nakon što padne mrak?', 'Koliko se sigurno osjećate kad sami hodate u svom kvartu nakon mraka?', 'Колку безбедно се чувствувате кога одите сами во вашата област откако ќе се стемни?', 'Koliko se bezbjedno osjećate kada sami hodate u svom naselju nakon što padne mrak?', 'Колико се безбедно осећате када сами шетате у свом крају по мраку?'), [
          choice(1, T('Very safe', 'Shumë i sigurt', 'Veoma sigurno', 'Vrlo sigurno', 'Многу безбедно', 'Veoma bezbjedno', 'Веома безбедно')),
          choice(2, T('Safe', 'I sigurt', 'Sigurno', 'Sigurno', 'Безбедно', 'Bezbjedno', 'Безбедно')),
          choice(3, T('Unsafe', 'I pasigurt', 'Nesigurno', 'Nesigurno', 'Небезбедно', 'Nebezbjedno', 'Небезбедно')),
          choice(4, T('Very unsafe', 'Shumë i pasigurt', 'Veoma nesigurno', 'Vrlo nesigurno', 'Многу небезбедно', 'Veoma nebezbjedno', 'Веома небезбедно')),
          choice(5, T('I never go out alone at night', 'Nuk dal kurrë vetëm natën', 'Nikad ne izlazim sam/a noću', 'Nikad ne izlazim sam/a noću', 'Никогаш не излегувам сам/а ноќе', 'Nikad ne izlazim sam/a noću', 'Никад не излазим сам/а ноћу')),
        ]),
      ], { visibleIf: CONSENTED }),
    ],
  };
}
