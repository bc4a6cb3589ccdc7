/**
 * A stand-in for `@docusaurus/Translate` in unit tests. The real module reads the translations a
 * site build generates; this one returns the Chinese message with its placeholders filled, which
 * is what the zh-Hans site renders. Use: vi.mock('@docusaurus/Translate', () => import('./docusaurus-translate')).
 */
const fill = (message: string, values: Record<string, string | number> = {}): string =>
  message.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));

export const translate = (
  { message }: { message: string },
  values?: Record<string, string | number>,
): string => fill(message, values);

export default function Translate({ children }: { children: string }): string {
  return children;
}
