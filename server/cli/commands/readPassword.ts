import { optionalOption } from '../CliCommand';
import type { CliOptions } from '../CliCommand';
import { promptSecret } from '../promptSecret';

/** `--password` when given (scripts), else asked twice on the terminal. */
export async function readPassword(options: CliOptions): Promise<string> {
  const given = optionalOption(options, 'password');
  if (given !== undefined) return given;
  const first = await promptSecret('密码 / Password: ');
  if (!process.stdin.isTTY) return first;
  const second = await promptSecret('再次输入 / Repeat password: ');
  if (first !== second) throw new Error('两次输入的密码不一致 / The passwords do not match');
  return first;
}
