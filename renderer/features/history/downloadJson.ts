import { downloadFile } from '../../platform/downloadFile';

/** Offers `value` as a JSON file download, pretty-printed as the court's export reads best. */
export function downloadJson(fileName: string, value: unknown): void {
  downloadFile(fileName, new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`), 'application/json');
}
