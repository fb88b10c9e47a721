import { schemaResolver, type FormErrors } from '@mantine/form';

type Schema = Parameters<typeof schemaResolver>[0];

/**
 * A `useForm` validate function from a shared schema (the very one the repositories and the court server
 * check). Shared schemas carry message codes, not texts (shared/validation/messages.ts); `codeText` turns
 * each into the user's language, so this is the one place a form's error codes become words.
 */
export function codeTextResolver(schema: Schema, codeText: (code: string) => string) {
  const resolve = schemaResolver(schema, { sync: true });
  return (values: unknown): FormErrors =>
    Object.fromEntries(
      Object.entries(resolve(values)).map(([path, code]) => [
        path,
        typeof code === 'string' ? codeText(code) : code,
      ]),
    );
}
