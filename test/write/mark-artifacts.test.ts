import { describe, expect, it } from 'vitest';
import { markArtifacts } from '../../src/write/mark-artifacts.js';

const mark = (text: string, tagged: string[] = []) => {
  const out = markArtifacts(Buffer.from(text, 'latin1'), (name) => tagged.includes(name));
  return out === undefined ? undefined : Buffer.from(out).toString('latin1').replace(/\s+/g, ' ').trim();
};

describe('markArtifacts', () => {
  it('leaves a stream whose painting is all marked alone', () => {
    expect(mark('/P <</MCID 0>> BDC BT (a) Tj ET EMC q 0 0 10 10 re W n Q')).toBeUndefined();
  });

  it('wraps painting outside marked content, from its text object to its end', () => {
    expect(mark('/P <</MCID 0>> BDC BT (a) Tj ET EMC q BT /F1 9 Tf (Page 1) Tj ET Q')).toBe(
      '/P <</MCID 0>> BDC BT (a) Tj ET EMC q /Artifact BMC BT /F1 9 Tf (Page 1) Tj ET EMC Q',
    );
  });

  it('wraps each untagged run between tagged ones, borders and backgrounds included', () => {
    expect(mark('0 0 5 5 re f /P <</MCID 0>> BDC BT (a) Tj ET EMC 1 1 2 2 re f /Im1 Do')).toBe(
      '/Artifact BMC 0 0 5 5 re f EMC /P <</MCID 0>> BDC BT (a) Tj ET EMC /Artifact BMC 1 1 2 2 re f /Im1 Do EMC',
    );
  });

  it('never puts a mark inside a path: a clip and its path stay whole', () => {
    expect(mark('q 0 0 9 9 re W n 0 0 m 5 5 l h S Q')).toBe('q 0 0 9 9 re W n /Artifact BMC 0 0 m 5 5 l h S EMC Q');
  });

  it('does not wrap a Form XObject that holds tagged content (its own marks are the tags)', () => {
    expect(mark('q /Fm0 Do Q', ['Fm0'])).toBeUndefined();
    expect(mark('q /Im0 Do Q', ['Fm0'])).toBe('q /Artifact BMC /Im0 Do EMC Q');
  });
});
