import { z } from 'zod';
import { validateCreditCode } from '../validation/creditCode';
import { validateResidentId } from '../validation/residentId';

const name = z.string().trim().min(1, { error: 'text.required' }).max(200, { error: 'text.tooLong' });

const creditCode = z.string().transform((v, ctx) => {
  const r = validateCreditCode(v);
  if (!r.ok) {
    ctx.addIssue({ code: 'custom', message: r.code });
    return z.NEVER;
  }
  return r.value;
});

const residentId = z.string().transform((v, ctx) => {
  const r = validateResidentId(v);
  if (!r.ok) {
    ctx.addIssue({ code: 'custom', message: r.code });
    return z.NEVER;
  }
  return r.value;
});

/** An enterprise party: name, unified social credit code and legal representative 法定代表人. */
export const enterprisePartySchema = z.object({
  kind: z.literal('enterprise'),
  name,
  creditCode,
  legalRepresentative: z.string().trim().max(100, { error: 'text.tooLong' }),
});
export type EnterpriseParty = z.infer<typeof enterprisePartySchema>;

/** A natural person: name and resident ID number. */
export const personPartySchema = z.object({
  kind: z.literal('person'),
  name,
  idNumber: residentId,
});
export type PersonParty = z.infer<typeof personPartySchema>;

export const partySchema = z.discriminatedUnion('kind', [enterprisePartySchema, personPartySchema]);
export type Party = z.infer<typeof partySchema>;

/** The key that identifies a party across cases: credit code for enterprises, ID number for persons. */
export function partyKey(party: Party): string {
  return party.kind === 'enterprise' ? party.creditCode : party.idNumber;
}
