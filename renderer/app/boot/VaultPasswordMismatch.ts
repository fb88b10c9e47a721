/**
 * The court server accepted a password this device's vault does not open with: the officer changed their
 * password since the vault was made here. Their data stays locked; they unlock it with the old password.
 */
export class VaultPasswordMismatch extends Error {
  constructor() {
    super('the password the court server accepted does not open this device’s vault');
    this.name = 'VaultPasswordMismatch';
  }
}
