import { describe, expect, it } from 'vitest';
import { thirdPartyJustificationSchema } from './thirdPartyJustificationSchema';

describe('thirdPartyJustificationSchema', () => {
  it('accepts a justification and refuses a blank or overlong one with message codes', () => {
    expect(thirdPartyJustificationSchema.safeParse('购销合同在卷').success).toBe(true);
    expect(thirdPartyJustificationSchema.safeParse(' \n').error?.issues[0]?.message).toBe(
      'asset.thirdPartyNeedsJustification',
    );
    expect(thirdPartyJustificationSchema.safeParse('x'.repeat(2001)).error?.issues[0]?.message).toBe(
      'text.tooLong',
    );
  });
});
