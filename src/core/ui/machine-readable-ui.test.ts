import { describe, expect, it } from 'vitest';
import { createMachineReadableUi, escapeMachineField, renderMachineLine } from './machine-readable-ui.js';
import { createMasker } from './mask.js';
import { createTargetedUi } from './targeted-ui.js';
import { createSink } from './ui-stack.test-helper.js';

const at = () => new Date(1795585948_000);

describe('MachineReadableUi', () => {
  it("escapes commas as %!(PACKER_COMMA) and newlines as \\n", () => {
    expect(escapeMachineField('a,b\nc\rd')).toBe('a%!(PACKER_COMMA)b\\nc\\rd');
    expect(renderMachineLine(5, 'null,artifact', ['0', 'id', 'x,y'])).toBe('5,null,artifact,0,id,x%!(PACKER_COMMA)y\n');
  });

  it('prints ui lines with an empty target, like packer 1.6.6 under a targeted UI', () => {
    const out = createSink();
    const ui = createTargetedUi(createMachineReadableUi({ out, now: at }), 'null');
    ui.say('Running local shell script: /tmp/x');
    ui.message('a,b');
    ui.machine?.('artifact-count', '1');
    expect(out.text).toBe(
      '1795585948,,ui,say,==> null: Running local shell script: /tmp/x\n' +
        '1795585948,,ui,message,    null: a%!(PACKER_COMMA)b\n' +
        '1795585948,null,artifact-count,1\n',
    );
  });

  it('escapes a leading newline and errors', () => {
    const out = createSink();
    const ui = createMachineReadableUi({ out, now: at });
    ui.say('\n==> Builds finished.');
    ui.error('oops');
    expect(out.text).toBe('1795585948,,ui,say,\\n==> Builds finished.\n1795585948,,ui,error,oops\n');
  });

  it('masks before escaping, so a secret with a comma is still found', () => {
    const out = createSink();
    const ui = createMachineReadableUi({ out, now: at, mask: createMasker(['p,w']) });
    ui.message('secret p,w here');
    expect(out.text).toBe('1795585948,,ui,message,secret <sensitive> here\n');
  });

  it('cannot ask', async () => {
    await expect(createMachineReadableUi({ out: createSink() }).ask('q')).rejects.toThrow("machine-readable UI can't ask");
  });
});
