import { checkEligibility, isEligible, originCheck, requiredRooms, RuleCheck, RuleCode } from '@tp/domain';
import { APELDOORN, at, BUURT_A, BUURT_B, DEVENTER, nomination, vacancy, ZUTPHEN } from './fixtures';

const rule = (checks: RuleCheck[], code: RuleCode): RuleCheck => {
  const found = checks.filter((c) => c.rule === code);
  expect(found).toHaveLength(1);
  return found[0];
};

const verdict = (n = nomination(), v = vacancy(), code: RuleCode) => rule(checkEligibility(n, v), code);

describe('eligibility of a home for a nomination', () => {
  it('checks woonvariant, rooms, rent, needs, construction, origin, avoided buurt and ready-from, in that order', () => {
    expect(checkEligibility(nomination(), vacancy()).map((c) => c.rule)).toEqual([
      'woonvariant',
      'rooms',
      'rent',
      'needs',
      'construction',
      'origin',
      'avoided_neighbourhood',
      'ready_from',
    ]);
  });

  it('finds the default fixture eligible on every rule', () => {
    const checks = checkEligibility(nomination(), vacancy());
    expect(checks.every((c) => c.passed)).toBe(true);
    expect(isEligible(nomination(), vacancy())).toBe(true);
  });

  it('gives every verdict a readable detail', () => {
    for (const c of checkEligibility(nomination({ needs: ['accessible'], readyFrom: at('2026-02-01T00:00:00Z') }), vacancy()))
      expect(c.detail.length).toBeGreaterThan(0);
  });

  it('makes a pair ineligible as soon as one rule fails', () => {
    expect(isEligible(nomination({ woonvariant: 'kamer' }), vacancy())).toBe(false);
  });

  describe('woonvariant', () => {
    it('passes when the home is the woonvariant asked for', () => {
      expect(verdict(nomination({ woonvariant: 'kamer' }), vacancy({ woonvariant: 'kamer' }), 'woonvariant')).toEqual({
        rule: 'woonvariant',
        passed: true,
        detail: 'woonvariant kamer',
        code: 'woonvariant.same',
        params: { woonvariant: 'kamer' },
      });
    });

    it('fails when the home is another woonvariant', () => {
      expect(verdict(nomination({ woonvariant: 'skaeve_huse' }), vacancy({ woonvariant: 'zelfstandig' }), 'woonvariant')).toEqual({
        rule: 'woonvariant',
        passed: false,
        detail: 'asks skaeve_huse, home is zelfstandig',
        code: 'woonvariant.different',
        params: { asked: 'skaeve_huse', offered: 'zelfstandig' },
      });
    });
  });

  describe('rooms', () => {
    it('needs one room per household member when no minimum is set', () => {
      expect(requiredRooms({ minRooms: null, householdSize: 3 })).toBe(3);
    });

    it('uses the nomination’s own minimum over the household size, also when it is lower', () => {
      expect(requiredRooms({ minRooms: 2, householdSize: 4 })).toBe(2);
      expect(requiredRooms({ minRooms: 4, householdSize: 1 })).toBe(4);
    });

    it('passes when the home has exactly the rooms needed', () => {
      expect(verdict(nomination({ householdSize: 2 }), vacancy({ rooms: 2 }), 'rooms')).toMatchObject({ passed: true, detail: '2 room(s), 2 needed' });
    });

    it('passes when the home has more rooms than needed', () => {
      expect(verdict(nomination({ householdSize: 1 }), vacancy({ rooms: 3 }), 'rooms').passed).toBe(true);
    });

    it('fails when the home has fewer rooms than the household needs', () => {
      expect(verdict(nomination({ householdSize: 3 }), vacancy({ rooms: 2 }), 'rooms')).toMatchObject({ passed: false, detail: '2 room(s), 3 needed' });
    });

    it('fails when the home has fewer rooms than the nomination’s minimum', () => {
      expect(verdict(nomination({ householdSize: 1, minRooms: 3 }), vacancy({ rooms: 2 }), 'rooms').passed).toBe(false);
    });
  });

  describe('rent', () => {
    it('passes when the rent is below the maximum', () => {
      expect(verdict(nomination({ maxRent: 700 }), vacancy({ rent: 650 }), 'rent')).toMatchObject({
        passed: true,
        detail: 'rent 650.00 against maximum 700.00',
      });
    });

    it('passes when the rent equals the maximum', () => {
      expect(verdict(nomination({ maxRent: 477.2 }), vacancy({ rent: 477.2 }), 'rent').passed).toBe(true);
    });

    it('fails when the rent is above the maximum, even by a cent', () => {
      expect(verdict(nomination({ maxRent: 477.2 }), vacancy({ rent: 477.21 }), 'rent')).toMatchObject({
        passed: false,
        detail: 'rent 477.21 against maximum 477.20',
      });
    });

    it('passes any rent when no maximum is set', () => {
      expect(verdict(nomination({ maxRent: null }), vacancy({ rent: 1500 }), 'rent')).toMatchObject({ passed: true, detail: 'rent 1500.00, no maximum set' });
    });
  });

  describe('needs', () => {
    it('passes when the client has no needs that concern the home', () => {
      expect(verdict(nomination({ needs: [] }), vacancy(), 'needs')).toMatchObject({ passed: true, detail: 'no needs that concern the home' });
    });

    it('ignores needs the home does not answer, such as a wish to live near family', () => {
      expect(verdict(nomination({ needs: ['near_family'] }), vacancy({ floor: 4, accessible: false }), 'needs').passed).toBe(true);
    });

    it('passes a ground-floor need on floor 0', () => {
      expect(verdict(nomination({ needs: ['ground_floor'] }), vacancy({ floor: 0 }), 'needs')).toMatchObject({ passed: true, detail: 'meets ground_floor' });
    });

    it('fails a ground-floor need on an upper floor', () => {
      expect(verdict(nomination({ needs: ['ground_floor'] }), vacancy({ floor: 2 }), 'needs')).toMatchObject({ passed: false, detail: 'does not meet ground_floor' });
    });

    it('fails a ground-floor need when the floor is unknown', () => {
      expect(verdict(nomination({ needs: ['ground_floor'] }), vacancy({ floor: null }), 'needs').passed).toBe(false);
    });

    it('passes an accessibility need in an accessible home', () => {
      expect(verdict(nomination({ needs: ['accessible'] }), vacancy({ accessible: true }), 'needs').passed).toBe(true);
    });

    it('fails an accessibility need in a home that is not accessible, even on the ground floor', () => {
      expect(verdict(nomination({ needs: ['accessible'] }), vacancy({ accessible: false, floor: 0 }), 'needs')).toMatchObject({
        passed: false,
        detail: 'does not meet accessible',
      });
    });

    it('names only the unmet need when one of two is met', () => {
      expect(verdict(nomination({ needs: ['ground_floor', 'accessible'] }), vacancy({ floor: 0, accessible: false }), 'needs')).toMatchObject({
        passed: false,
        detail: 'does not meet accessible',
      });
    });

    it('passes both needs in an accessible ground-floor home', () => {
      expect(verdict(nomination({ needs: ['ground_floor', 'accessible'] }), vacancy({ floor: 0, accessible: true }), 'needs')).toMatchObject({
        passed: true,
        detail: 'meets ground_floor, accessible',
      });
    });
  });

  describe('tenancy construction', () => {
    it('passes when the home allows the construction asked for', () => {
      expect(verdict(nomination({ construction: 'omklap' }), vacancy({ constructions: ['regulier', 'omklap'] }), 'construction')).toMatchObject({
        passed: true,
        detail: 'omklap asked, home allows regulier, omklap',
      });
    });

    it('fails when the home does not allow the construction asked for', () => {
      expect(verdict(nomination({ construction: 'onder_voorwaarden' }), vacancy({ constructions: ['regulier'] }), 'construction').passed).toBe(false);
    });

    it('fails and says so when the home allows no construction at all', () => {
      expect(verdict(nomination({ construction: 'regulier' }), vacancy({ constructions: [] }), 'construction')).toMatchObject({
        passed: false,
        detail: 'regulier asked, home allows none',
      });
    });
  });

  describe('return to origin', () => {
    it('passes a home in the municipality of origin', () => {
      expect(originCheck(nomination({ originMunicipalityCode: DEVENTER }), vacancy({ municipalityCode: DEVENTER }))).toEqual({
        rule: 'origin',
        passed: true,
        detail: `the home lies in the municipality of origin ${DEVENTER}`,
        code: 'origin.in_origin',
        params: { municipality: DEVENTER },
      });
    });

    it('passes a home in the municipality of origin also when an exception lists other municipalities', () => {
      expect(originCheck(nomination({ originExceptionMunicipalityCodes: [ZUTPHEN] }), vacancy({ municipalityCode: DEVENTER })).passed).toBe(true);
    });

    it('fails a home elsewhere when no exception was granted', () => {
      expect(originCheck(nomination({ originExceptionMunicipalityCodes: null }), vacancy({ municipalityCode: ZUTPHEN }))).toEqual({
        rule: 'origin',
        passed: false,
        detail: `the home lies in ${ZUTPHEN}, the municipality of origin is ${DEVENTER} and no exception allows it`,
        code: 'origin.outside',
        params: { municipality: ZUTPHEN, origin: DEVENTER },
      });
    });

    it('passes a home anywhere in the region when the exception is an empty list', () => {
      for (const code of [ZUTPHEN, APELDOORN])
        expect(originCheck(nomination({ originExceptionMunicipalityCodes: [] }), vacancy({ municipalityCode: code }))).toEqual({
          rule: 'origin',
          passed: true,
          detail: `origin exception allows ${code} (origin ${DEVENTER})`,
          code: 'origin.exception',
          params: { municipality: code, origin: DEVENTER },
        });
    });

    it('passes a home in a municipality the exception lists', () => {
      expect(originCheck(nomination({ originExceptionMunicipalityCodes: [ZUTPHEN] }), vacancy({ municipalityCode: ZUTPHEN })).passed).toBe(true);
    });

    it('fails a home in a municipality the exception does not list', () => {
      expect(originCheck(nomination({ originExceptionMunicipalityCodes: [ZUTPHEN] }), vacancy({ municipalityCode: APELDOORN })).passed).toBe(false);
    });

    it('fails every home in the region for a client from outside the region without an exception', () => {
      expect(originCheck(nomination({ originMunicipalityCode: 'GM0363' }), vacancy({ municipalityCode: DEVENTER })).passed).toBe(false);
    });

    it('fails every home for a client of unknown origin without an exception, and passes with an exception for anywhere', () => {
      expect(originCheck(nomination({ originMunicipalityCode: 'unknown' }), vacancy()).passed).toBe(false);
      expect(originCheck(nomination({ originMunicipalityCode: 'unknown', originExceptionMunicipalityCodes: [] }), vacancy()).passed).toBe(true);
    });

    it('is the origin verdict checkEligibility reports', () => {
      const n = nomination({ originExceptionMunicipalityCodes: [ZUTPHEN] });
      const v = vacancy({ municipalityCode: APELDOORN });
      expect(rule(checkEligibility(n, v), 'origin')).toEqual(originCheck(n, v));
      expect(isEligible(n, v)).toBe(false);
    });
  });

  describe('areas to avoid', () => {
    it('passes a buurt the client does not avoid', () => {
      expect(verdict(nomination({ avoidNeighbourhoodCodes: [BUURT_B] }), vacancy({ neighbourhoodCode: BUURT_A }), 'avoided_neighbourhood')).toMatchObject({
        passed: true,
        detail: `buurt ${BUURT_A} is not avoided`,
      });
    });

    it('fails a buurt the client must avoid', () => {
      expect(verdict(nomination({ avoidNeighbourhoodCodes: [BUURT_A] }), vacancy({ neighbourhoodCode: BUURT_A }), 'avoided_neighbourhood')).toMatchObject({
        passed: false,
        detail: `buurt ${BUURT_A} is to be avoided`,
      });
    });
  });

  describe('ready from', () => {
    const available = at('2026-03-01T00:00:00Z');

    it('passes when the client has no ready-from date', () => {
      expect(verdict(nomination({ readyFrom: null }), vacancy({ availableFrom: available }), 'ready_from')).toMatchObject({
        passed: true,
        detail: 'available from 2026-03-01',
      });
    });

    it('passes when the client is ready before the home is available', () => {
      expect(verdict(nomination({ readyFrom: at('2026-02-01T00:00:00Z') }), vacancy({ availableFrom: available }), 'ready_from')).toMatchObject({
        passed: true,
        detail: 'client ready from 2026-02-01, home available from 2026-03-01',
      });
    });

    it('passes when the client is ready on the very moment the home is available', () => {
      expect(verdict(nomination({ readyFrom: available }), vacancy({ availableFrom: available }), 'ready_from').passed).toBe(true);
    });

    it('fails when the client is only ready after the home is available', () => {
      expect(verdict(nomination({ readyFrom: at('2026-03-02T00:00:00Z') }), vacancy({ availableFrom: available }), 'ready_from').passed).toBe(false);
    });
  });
});
