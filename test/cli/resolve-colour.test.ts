import { describe, expect, it } from 'vitest';
import { resolveColour } from '../../src/cli/resolve-colour.js';

const tty = { isTTY: true };
const pipe = { isTTY: false };

describe('resolveColour', () => {
  it('colours a terminal, not a pipe nor a dumb terminal', () => {
    expect(resolveColour(tty, {})).toBe(true);
    expect(resolveColour(pipe, {})).toBe(false);
    expect(resolveColour(tty, { TERM: 'dumb' })).toBe(false);
  });

  it('NO_COLOR present and not empty turns colour off, whatever FORCE_COLOR says; empty is as if unset', () => {
    expect(resolveColour(tty, { NO_COLOR: '1' })).toBe(false);
    expect(resolveColour(tty, { NO_COLOR: 'anything', FORCE_COLOR: '1' })).toBe(false);
    expect(resolveColour(tty, { NO_COLOR: '' })).toBe(true);
  });

  it('FORCE_COLOR=0 or false turns colour off on a terminal; 1, 2, 3, true or empty turn it on in a pipe', () => {
    for (const off of ['0', 'false']) expect(resolveColour(tty, { FORCE_COLOR: off })).toBe(false);
    for (const on of ['1', '2', '3', 'true', '']) expect(resolveColour(pipe, { FORCE_COLOR: on })).toBe(true);
  });
});
