// Replaces sensitive values, and the forms quoting or encoding derives from them, with `<sensitive>`.

export const SENSITIVE = '<sensitive>';

/** The forms a secret takes once quoted or encoded: JSON, shell, URL, base64. */
export function derivedForms(secret: string): string[] {
  const b64 = Buffer.from(secret, 'utf8').toString('base64');
  const forms = [
    secret,
    JSON.stringify(secret).slice(1, -1),
    // POSIX single quotes: ' becomes '\''; double quotes escape $ ` " \ ; backslash-escaping as printf %q does.
    secret.replaceAll("'", "'\\''"),
    secret.replace(/[$`"\\]/g, '\\$&'),
    secret.replace(/[^A-Za-z0-9_\-.,:/@%+=]/g, '\\$&'),
    encodeURIComponent(secret),
    encodeURIComponent(secret).replaceAll('%20', '+'),
    encodeURI(secret),
    b64,
    b64.replace(/=+$/, ''),
    b64.replaceAll('+', '-').replaceAll('/', '_'),
    b64.replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, ''),
  ];
  return [...new Set(forms)].filter((f) => f.length > 0);
}

/** A function masking every given secret (empty values ignored); longer forms are replaced first so no fragment survives. */
export function createMasker(secrets: Iterable<string>): (text: string) => string {
  const forms = [...new Set([...secrets].filter((s) => s.length > 0).flatMap(derivedForms))].sort((a, b) => b.length - a.length);
  if (forms.length === 0) return (text) => text;
  const pattern = new RegExp(forms.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  return (text) => text.replace(pattern, SENSITIVE);
}
