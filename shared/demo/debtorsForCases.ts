import type { Party } from '../domain/party';
import type { DemoEnterprise, PartyFactory } from './createPartyFactory';
import { debtorGroupSizes } from './debtorGroupSizes';
import type { Prng } from './prng';
import { LOCAL_REGIONS } from './regions';

/** The respondent of a demo case, with the person who may answer beside it. */
export type DemoDebtor = {
  party: Party;
  /** The enterprise's legal representative as guarantor 担保人; null for a person debtor. */
  guarantor: (() => Party) | null;
  /** The debtor modelled on the article's enterprise with 32 disputes. */
  isFlagship: boolean;
};

function fromEnterprise(e: DemoEnterprise, isFlagship: boolean): DemoDebtor {
  return { party: e.party, guarantor: e.legalRepresentative, isFlagship };
}

/**
 * One debtor per case, in random order, where debtors recur by debtorGroupSizes. The flagship is a local
 * construction company limited by shares; small groups are sometimes natural persons.
 */
export function debtorsForCases(prng: Prng, parties: PartyFactory, caseCount: number): DemoDebtor[] {
  const baotou = LOCAL_REGIONS[0]![0];
  const perCase: DemoDebtor[] = [];
  debtorGroupSizes(prng, caseCount).forEach((size, i) => {
    const debtor =
      i === 0
        ? fromEnterprise(
            parties.enterprise([[baotou, 1]], { industry: '建设工程', legalForm: '股份有限公司' }),
            true,
          )
        : size <= 2 && prng.chance(0.25)
          ? { party: parties.person(LOCAL_REGIONS, 1960, 2000), guarantor: null, isFlagship: false }
          : fromEnterprise(parties.enterprise(LOCAL_REGIONS), false);
    for (let k = 0; k < size; k++) perCase.push(debtor);
  });
  return prng.shuffle(perCase);
}
