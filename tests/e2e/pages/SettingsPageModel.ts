import { expect, type Page } from '@playwright/test';

/** Page model of Settings → court server sign-in. */
export class SettingsPageModel {
  constructor(readonly page: Page) {}

  async signIn(serverUrl: string, username: string, password: string): Promise<void> {
    await this.page.getByRole('link', { name: /设置|Settings/ }).click();
    await this.page.getByTestId('server-url').fill(serverUrl);
    await this.page.getByTestId('server-username').fill(username);
    await this.page.getByTestId('server-password').fill(password);
    await this.page.getByTestId('sign-in').click();
    await expect(this.page.getByTestId('signed-in-as')).toBeVisible();
  }
}
