import { parseCsv } from '../../apps/web/src/csv';
import { EXPLANATION_CODES, explained, ExplanationParams } from '../../libs/domain/src/explanation-codes';
import { historyNote, ruleDetail, ruleText } from '../../apps/web/src/explain';
import { daysLeft, daysLeftText, formatDate, formatDateTime, formatMoney, toDate } from '../../apps/web/src/format';
import { fieldMessage } from '../../apps/web/src/labels';
import { NOTIFICATION_KIND, notificationLink, notificationText } from '../../apps/web/src/notification-text';

/** The web application's pure helpers: Dutch formats, the CSV reader and the Dutch field messages. */
const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');

describe('Dutch formats', () => {
  it('writes dates as 22 november 2026, from a date or a timestamp, without shifting a day', () => {
    expect(formatDate('2026-11-22')).toBe('22 november 2026');
    expect(formatDate('2027-01-01')).toBe('1 januari 2027');
    expect(formatDate(new Date(2026, 10, 22, 23, 30))).toBe('22 november 2026');
    expect(formatDate(null)).toBe('—');
    expect(toDate('2026-03-29').getDate()).toBe(29);
    expect(formatDateTime(new Date(2026, 10, 22, 9, 5))).toMatch(/^22 november 2026 (om )?09:05$/);
  });

  it('writes money as € 612,50', () => {
    expect(nbsp(formatMoney(612.5))).toBe('€ 612,50');
    expect(nbsp(formatMoney(1234))).toBe('€ 1.234,00');
    expect(formatMoney(null)).toBe('—');
  });

  it('counts the days left to a deadline in calendar days, and says so in words', () => {
    const now = new Date(2026, 10, 22, 15, 0);
    expect(daysLeft('2026-11-25T08:00:00', now)).toBe(3);
    expect(daysLeftText('2026-11-22T23:00:00', now)).toBe('vandaag');
    expect(daysLeftText('2026-11-23T01:00:00', now)).toBe('nog 1 dag');
    expect(daysLeftText('2026-11-26', now)).toBe('nog 4 dagen');
    expect(daysLeftText('2026-11-21', now)).toBe('1 dag te laat');
    expect(daysLeftText('2026-11-19', now)).toBe('3 dagen te laat');
    expect(daysLeftText(null, now)).toBe('geen termijn');
  });
});

describe('the CSV reader', () => {
  it('reads Dutch Excel CSV (; and a BOM) with quoted cells', () => {
    expect(parseCsv('\uFEFFa;b;c\r\n1;"x; y";"say ""hi"""\r\n\r\n2;;3\r\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x; y', 'say "hi"'],
      ['2', '', '3'],
    ]);
  });
  it('reads comma-separated files and line breaks inside quotes', () => {
    expect(parseCsv('a,b\n"line\nbreak",2')).toEqual([
      ['a', 'b'],
      ['line\nbreak', '2'],
    ]);
  });
});

describe('field messages', () => {
  it('puts the API messages in Dutch, and leaves unknown ones as they are', () => {
    expect(fieldMessage('must not be less than 1')).toBe('Vul 1 of meer in.');
    expect(fieldMessage('must be a CBS code like GM0150, or "unknown"')).toBe('Vul een CBS-code in zoals GM0150, of kies onbekend.');
    expect(fieldMessage('must be true: record the consent first')).toBe('Leg eerst de toestemming van de cliënt vast.');
    expect(fieldMessage('is still referred to by vacancies 2, units 1')).toBe('Kan niet worden verwijderd: nog in gebruik bij 2 woningen en 1 straat of complex.');
    expect(fieldMessage('is still referred to by buurten 1')).toBe('Kan niet worden verwijderd: nog in gebruik bij 1 buurt.');
    expect(fieldMessage('the region would be left without a centrumgemeente')).toMatch(/^De regio houdt dan geen centrumgemeente over/);
    expect(fieldMessage('something new')).toBe('something new');
  });
});

describe('the engine\'s explanations in Dutch', () => {
  const names = { municipality: (c: string) => ({ GM1773: 'Olst-Wijhe' })[c] ?? c, neighbourhood: (c: string) => ({ BU17730101: 'Olst-Centrum' })[c] ?? c };
  it('says each rule in Dutch with names, euros and Dutch dates', () => {
    const nl = (d: string) => nbsp(ruleDetail(d, names));
    expect(nl('woonvariant zelfstandig')).toBe('Zelfstandige woning');
    expect(nl('2 room(s), 1 needed')).toBe('2 kamers, 1 nodig');
    expect(nl('rent 612.50 against maximum 700.00')).toBe('huur € 612,50, maximum € 700,00');
    expect(nl('omklap asked, home allows regulier, omklap')).toBe('gevraagd: omklapconstructie (zorgaanbieder huurt); de woning staat toe: regulier huurcontract, omklapconstructie (zorgaanbieder huurt)');
    expect(nl('the home lies in the municipality of origin GM1773')).toBe('de woning ligt in de gemeente van herkomst (Olst-Wijhe)');
    expect(nl('buurt BU17730101 is not avoided')).toBe('Olst-Centrum hoeft de cliënt niet te vermijden');
    expect(nl('available from 2027-02-01')).toBe('beschikbaar vanaf 1 februari 2027');
    expect(nl('3 of 4 placements in the last 12 months in BU17730101, this round\'s proposals included')).toBe('3 van 4 plaatsingen in de laatste 12 maanden in Olst-Centrum, met de voorstellen van deze ronde');
    expect(nl('23 or older in 2027: no under-23 cap')).toBe('23 jaar of ouder in 2027: geen huurgrens voor jongeren');
    expect(nl('a sentence the engine has since reworded')).toBe('a sentence the engine has since reworded');
  });
  it('translates every explanation code from its params, and falls back to the English sentence without a code', () => {
    const sample: ExplanationParams = {
      municipality: 'GM1773', origin: 'GM0150', woonvariant: 'zelfstandig', asked: 'omklap', offered: 'kamer', rooms: 2, needed: 1, rent: 612.5, max: 700, needs: 'accessible',
      allowed: 'regulier, omklap', buurt: 'BU17730101', availableFrom: '2027-02-01', readyFrom: '2027-01-01', kind: 'buurt', area: 'BU17730101', count: 3, year: 2027, cap: 454.47,
      capYear: 2026, room: 2, tolerance: 2, rank: 1,
    };
    for (const code of EXPLANATION_CODES) {
      const check = { rule: 'x', passed: true, ...explained(code, sample) };
      const nl = ruleText(check, names);
      expect([code, nl]).not.toEqual([code, check.detail]);
      expect([code, nl]).not.toEqual([code, '']);
    }
    const nl = (code: (typeof EXPLANATION_CODES)[number], p: ExplanationParams) => nbsp(ruleText({ ...explained(code, p) }, names));
    expect(nl('rent.against_maximum', { rent: 612.5, max: 700 })).toBe('huur € 612,50, maximum € 700,00');
    expect(nl('origin.exception', { municipality: 'GM1773', origin: 'GM0150' })).toBe('een uitzondering staat Olst-Wijhe toe (herkomst GM0150)');
    expect(nl('limit.placements_with_round', { kind: 'buurt', area: 'BU17730101', count: 3, max: 4 })).toBe('3 van 4 plaatsingen in de laatste 12 maanden in Olst-Centrum, met de voorstellen van deze ronde');
    expect(nl('under23.against_limit', { year: 2027, rent: 500, cap: 454.47, capYear: 2026 })).toBe('jonger dan 23 in 2027: huur € 500,00, kwaliteitskortingsgrens € 454,47 (van 2026, de laatst bekende voor 2027)');
    // an explanation stored before codes existed
    expect(nbsp(ruleText({ detail: 'rent 612.50 against maximum 700.00' }, names))).toBe('huur € 612,50, maximum € 700,00');
  });
  it('words the system notes of the history', () => {
    expect(historyNote('lease_signed', 'lease omklap from 2027-02-01')).toBe('Omklapconstructie (zorgaanbieder huurt), ingang 1 februari 2027');
    expect(historyNote('expired', 'deadline of step approved passed')).toBe('de termijn van de stap ‘goedgekeurd’ is verstreken');
    expect(historyNote('proposed', 'Queue position 2 …')).toBeNull();
    expect(historyNote('declined', 'De woning is al verhuurd.')).toBe('De woning is al verhuurd.');
  });
});

describe('notifications in Dutch', () => {
  it('names each kind and retells the api text with the client reference, the step and the date', () => {
    expect(NOTIFICATION_KIND.match_step).toBe('Koppeling wacht op u');
    expect(NOTIFICATION_KIND.tenancy_reminder).toBe('Evaluatie binnenkort');
    expect(NOTIFICATION_KIND.tenancy_overdue).toBe('Evaluatie over de datum');
    expect(notificationText({ kind: 'match_step', title: '', body: 'The match of client DIM-1 waits for you to register the signed lease before 2026-11-22.' })).toBe(
      'De koppeling van cliënt DIM-1 wacht op uw stap: het getekende huurcontract registreren, vóór 22 november 2026.',
    );
    expect(notificationText({ kind: 'match_step', title: '', body: "The match of client DIM 2 waits for you to accept the home on the client's behalf, or decline it." })).toBe(
      'De koppeling van cliënt DIM 2 wacht op uw stap: de woning namens de cliënt accepteren of afwijzen.',
    );
    expect(notificationText({ kind: 'tenancy_reminder', title: '', body: 'The evaluation of the tenancy of client DIM-1 is due on 2026-11-22. Record its outcome when it has taken place.' })).toBe(
      'De evaluatie van het huurcontract van cliënt DIM-1 staat op 22 november 2026. Leg de uitkomst vast zodra de evaluatie heeft plaatsgevonden.',
    );
    expect(notificationText({ kind: 'tenancy_overdue', title: '', body: 'The end of the conditions of the tenancy of client DIM-1 was due on 2026-11-22 and no outcome has been recorded yet.' })).toBe(
      'Het einde van de voorwaarden van het huurcontract van cliënt DIM-1 stond op 22 november 2026 en er is nog geen uitkomst vastgelegd.',
    );
    expect(notificationText({ kind: 'match_step', title: '', body: 'Something new.' })).toBe('Something new.');
    // from the code and params, whatever the English text says
    expect(notificationText({ kind: 'match_step', title: '', body: 'Reworded.', code: 'match.step_waiting', params: { clientReference: 'DIM-3', step: 'approved', deadline: '2026-12-04' } })).toBe(
      'De koppeling van cliënt DIM-3 wacht op uw stap: de kandidaat accepteren of afwijzen, vóór 4 december 2026.',
    );
    expect(notificationText({ kind: 'tenancy_overdue', title: '', body: 'Reworded.', code: 'tenancy.conditions_overdue', params: { clientReference: 'DIM-4', due: '2026-11-22' } })).toBe(
      'Het einde van de voorwaarden van het huurcontract van cliënt DIM-4 stond op 22 november 2026 en er is nog geen uitkomst vastgelegd.',
    );
    expect(notificationText({ kind: 'tenancy_reminder', title: '', body: 'Reworded.', code: 'tenancy.evaluation_due', params: { clientReference: 'DIM-5', due: '2027-01-10' } })).toBe(
      'De evaluatie van het huurcontract van cliënt DIM-5 staat op 10 januari 2027. Leg de uitkomst vast zodra de evaluatie heeft plaatsgevonden.',
    );
    expect(notificationLink({ objectType: 'tenancy', objectId: 'x' }).to).toBe('/huurcontracten/x');
    expect(notificationLink({ objectType: 'match', objectId: 'y' }).to).toBe('/koppelingen/y');
    expect(notificationText({ kind: 'nomination_expiring', title: '', body: 'Reworded.', code: 'nomination.expiring', params: { clientReference: 'DIM-6', validUntil: '2027-11-20' } })).toContain(
      'De voordracht van cliënt DIM-6 is geldig tot 20 november 2027.',
    );
    expect(notificationText({ kind: 'nomination_expired', title: '', body: 'Reworded.', code: 'nomination.expired', params: { clientReference: 'DIM-7', validUntil: '2027-11-20' } })).toContain(
      'De voordracht van cliënt DIM-7 is op 20 november 2027 verlopen',
    );
    expect(notificationLink({ objectType: 'nomination', objectId: 'z' }).to).toBe('/voordrachten/z');
  });
});
