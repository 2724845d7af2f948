import { describe, expect, it } from 'vitest';
import { createMaskingUi } from './masking-ui.js';
import { createMasker, MASK_ANYWHERE_LENGTH, SENSITIVE } from './mask.js';
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
    const m = createMasker(['abcd', 'abcdefg']);
    expect(m('abcdefg abcd xabcdx')).toBe('<sensitive> <sensitive> x<sensitive>x');
  });

  it('leaves text alone when there are no secrets, or only empty or blank ones', () => {
    expect(createMasker([])('a b')).toBe('a b');
    expect(createMasker([''])('a b')).toBe('a b');
    expect(createMasker([' ', '\t', '\n '])('a b\tc\n d')).toBe('a b\tc\n d');
  });
});

describe('createMasker with short values', () => {
  it(`masks values of ${MASK_ANYWHERE_LENGTH} characters or more even inside words`, () => {
    expect(MASK_ANYWHERE_LENGTH).toBe(4);
    expect(createMasker(['root'])('/root/x rootfs chroot')).toBe('/<sensitive>/x <sensitive>fs ch<sensitive>');
    expect(createMasker(['é1a2'])('xé1a2x')).toBe('x<sensitive>x');
  });

  // [secret, text, masked, why]
  const cases: [string, string, string, string][] = [
    ['a', 'Invalid value "a" for a', 'Invalid value "<sensitive>" for <sensitive>', 'inside words it is left alone'],
    ['a', 'a', '<sensitive>', 'printed alone'],
    ['ab', 'password = "ab"', 'password = "<sensitive>"', 'in quotes'],
    ['ab', 'ab', '<sensitive>', 'echoed as the value'],
    ['ab', 'pw=ab,user=ab;', 'pw=<sensitive>,user=<sensitive>;', 'between punctuation'],
    ['ab', 'tab abc cab1 ab1', 'tab abc cab1 ab1', 'glued to letters or digits'],
    ['ab', 'x_ab ab-c (ab)', 'x_<sensitive> <sensitive>-c (<sensitive>)', 'underscore and dash are not letters'],
    ['ab', 'line1\nab\nline3', 'line1\n<sensitive>\nline3', 'on its own line'],
    ['12', 'port 12, 123, 4121', 'port <sensitive>, 123, 4121', 'digits count as word characters'],
    ['é', 'café é', 'café <sensitive>', 'non-ASCII letters count as word characters'],
    ['$a', 'x$a $a $ab', 'x<sensitive> <sensitive> $ab', 'an edge that is punctuation needs no boundary'],
    ['a$', 'a$x', '<sensitive>x', 'nor on the right'],
    ['-', 'a-b - c', 'a<sensitive>b <sensitive> c', 'a value of punctuation only is masked everywhere, as Packer does'],
    ['a b', 'q=a%20b&r=a+b', 'q=<sensitive>&r=<sensitive>', 'URL- and form-encoded forms'],
    ['a"b', 'echo "a\\"b" {"k":"a\\"b"}', 'echo "<sensitive>" {"k":"<sensitive>"}', 'JSON- and shell-escaped forms'],
    ["a'", "echo 'a'\\'''", "echo '<sensitive>'", 'shell single-quoted form'],
    ['ab', 'Basic YWI= / YWI', 'Basic <sensitive> / <sensitive>', 'base64 forms as whole words'],
    ['ab', 'ZYWI= YWIx', 'ZYWI= YWIx', 'base64 forms inside longer base64 text'],
    ['ab', '\x1b[1;32mab\x1b[0m \x1b[0mabc', '\x1b[1;32m<sensitive>\x1b[0m \x1b[0mabc', 'right after a colour code'],
    ['ab', '"x\\nab\\tab\\u0041ab"', '"x\\n<sensitive>\\t<sensitive>\\u0041ab"', 'right after a backslash escape'],
    ['ab', 'q=x%0Aab%20ab&r=%41abc', 'q=x%0A<sensitive>%20<sensitive>&r=%41abc', 'right after a percent escape'],
  ];
  for (const [secret, text, masked, why] of cases) {
    it(`${JSON.stringify(secret)} in ${JSON.stringify(text)}: ${why}`, () => {
      expect(createMasker([secret])(text)).toBe(masked);
    });
  }

  it('masks a short value right beside a masked long one', () => {
    expect(createMasker(['ab', 'cdefg'])('cdefgab abcdefg xabcdefg')).toBe('<sensitive><sensitive> <sensitive><sensitive> xab<sensitive>');
  });

  it('never mangles <sensitive> itself', () => {
    expect(createMasker(['<', 's', 'e>'])('< s e> <sensitive>')).toBe('<sensitive> <sensitive> <sensitive> <sensitive>');
    expect(createMasker(['sensitive'])('value')).toBe('value');
  });

  it('prefers the long reading when a short value is also a form of a long one', () => {
    // "YWJj" is base64 for "abc": masked anywhere because the long value "YWJj" is a secret too.
    expect(createMasker(['YWJj', 'abc'])('xYWJjx abc xabcx')).toBe('x<sensitive>x <sensitive> xabcx');
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
