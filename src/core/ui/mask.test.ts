import { describe, expect, it } from 'vitest';
import { createMaskingUi } from './masking-ui.js';
import { createMasker, SENSITIVE } from './mask.js';
import { createRecordingUi } from './recording-ui.js';

const secret = `p@ss w'rd"$x/+?`;
const mask = createMasker([secret, '']);

describe('createMasker', () => {
  const cases: [string, string][] = [
    ['raw', secret],
    ['JSON-quoted', JSON.stringify(secret)],
    ['shell single-quoted', `'${secret.replaceAll("'", "'\\''")}'`],
    ['shell double-quoted', `"${secret.replace(/[$`"\\]/g, '\\$&')}"`],
    ['URL-encoded', encodeURIComponent(secret)],
    ['form-encoded', encodeURIComponent(secret).replaceAll('%20', '+')],
    ['base64', Buffer.from(secret).toString('base64')],
    ['base64url', Buffer.from(secret).toString('base64url')],
  ];
  for (const [name, form] of cases) {
    it(`masks the ${name} form`, () => {
      const masked = mask(`before ${form} after`);
      expect(masked).toContain(SENSITIVE);
      expect(masked).not.toContain(secret);
      expect(masked.startsWith('before ')).toBe(true);
      expect(masked.endsWith(' after')).toBe(true);
    });
  }

  it('masks every occurrence of several secrets, longest first', () => {
    const m = createMasker(['abc', 'abcdef']);
    expect(m('abcdef abc xabcx')).toBe('<sensitive> <sensitive> x<sensitive>x');
  });

  it('leaves text alone when there are no secrets', () => {
    expect(createMasker([])('a b')).toBe('a b');
    expect(createMasker([''])('a b')).toBe('a b');
  });
});

describe('MaskingUi', () => {
  it('masks messages, questions, machine data and progress labels', async () => {
    const inner = createRecordingUi(['ok']);
    const ui = createMaskingUi(inner, createMasker(['tok3n']));
    ui.say('say tok3n');
    ui.message('msg tok3n');
    ui.error('err tok3n');
    await ui.ask('use tok3n?');
    ui.machine?.('x', 'tok3n');
    ui.progress?.('upload tok3n', 1, 2);
    expect(inner.lines).toEqual([
      'say: say <sensitive>',
      'message: msg <sensitive>',
      'error: err <sensitive>',
      'ask: use <sensitive>?',
      'machine: x|<sensitive>',
      'progress: upload <sensitive> 1/2',
    ]);
  });
});
