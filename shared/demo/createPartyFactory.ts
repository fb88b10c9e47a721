import type { EnterpriseParty, PersonParty } from '../domain/party';
import { randomEnterpriseName } from './enterpriseNames';
import type { EnterpriseNameOptions } from './enterpriseNames';
import { randomPersonName } from './personNames';
import type { Gender } from './personNames';
import type { Prng } from './prng';
import type { DemoRegion } from './regions';
import { randomCreditCode } from './randomCreditCode';
import { randomResidentId } from './randomResidentId';

export type DemoEnterprise = {
  party: EnterpriseParty;
  /**
   * The legal representative as a person, for cases where they also answer as guarantor 担保人. Made on
   * first use (then always the same person): most representatives never appear as a party.
   */
  legalRepresentative(): PersonParty;
};

export type PartyFactory = {
  person(regions: readonly (readonly [DemoRegion, number])[], fromYear: number, toYear: number): PersonParty;
  enterprise(
    regions: readonly (readonly [DemoRegion, number])[],
    options?: Pick<EnterpriseNameOptions, 'industry' | 'legalForm'>,
  ): DemoEnterprise;
};

/**
 * Divisions a resident ID can carry: county level only. Enterprises may register at province or city level
 * (150000, 150200), but an ID number names the county-level office that issued it.
 */
const countyDivisions = new Map<DemoRegion, DemoRegion['divisions']>();
function personDivisions(region: DemoRegion): DemoRegion['divisions'] {
  let divisions = countyDivisions.get(region);
  if (!divisions) {
    divisions = region.divisions.filter(([code]) => !code.endsWith('00'));
    countyDivisions.set(region, divisions);
  }
  return divisions;
}

/** Retries before giving up on a unique name: far more than the name space needs at supported sizes. */
const MAX_ATTEMPTS = 1_000;

/**
 * Makes demo parties whose keys never repeat: every enterprise name and credit code and every resident ID
 * is new, so that a repeated debtor in the demo data is repeated on purpose, never by accident.
 */
export function createPartyFactory(prng: Prng): PartyFactory {
  const usedIds = new Set<string>();
  const usedCodes = new Set<string>();
  const usedNames = new Set<string>();

  const unique = (used: Set<string>, make: () => string): string => {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const value = make();
      if (!used.has(value)) {
        used.add(value);
        return value;
      }
    }
    throw new Error('demo name space exhausted; generate fewer cases');
  };

  const idNumber = (region: DemoRegion, gender: Gender, fromYear: number, toYear: number): string => {
    const division = prng.weighted(personDivisions(region));
    return unique(usedIds, () => randomResidentId(prng, division, gender, fromYear, toYear));
  };
  const randomGender = (): Gender => (prng.chance(0.62) ? 'male' : 'female');

  return {
    person(regions, fromYear, toYear) {
      const gender = randomGender();
      const name = randomPersonName(prng, gender);
      return { kind: 'person', name, idNumber: idNumber(prng.weighted(regions), gender, fromYear, toYear) };
    },
    enterprise(regions, options = {}) {
      const region = prng.weighted(regions);
      const division = prng.weighted(region.divisions);
      const name = unique(usedNames, () =>
        randomEnterpriseName(prng, { ...options, namePrefix: region.namePrefix }),
      );
      const gender = randomGender();
      const representative = randomPersonName(prng, gender);
      let asPerson: PersonParty | null = null;
      return {
        party: {
          kind: 'enterprise',
          name,
          creditCode: unique(usedCodes, () => randomCreditCode(prng, division)),
          legalRepresentative: representative,
        },
        legalRepresentative: () =>
          (asPerson ??= {
            kind: 'person',
            name: representative,
            idNumber: idNumber(region, gender, 1958, 1995),
          }),
      };
    },
  };
}
