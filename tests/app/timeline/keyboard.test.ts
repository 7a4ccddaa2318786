import { describe, expect, it } from 'vitest';
import { keyAction, type KeyPress } from '../../../src/app/features/timeline/keyboard';

const key = (k: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key: k,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('keyAction', () => {
  it.each([
    [key('+'), { type: 'zoom', factor: 2 }],
    [key('='), { type: 'zoom', factor: 2 }],
    [key('-'), { type: 'zoom', factor: 0.5 }],
    [key('0'), { type: 'fit' }],
    [key('ArrowLeft', { shiftKey: true }), { type: 'pan', fraction: -0.25 }],
    [key('ArrowRight', { shiftKey: true }), { type: 'pan', fraction: 0.25 }],
    [key('ArrowLeft'), { type: 'step', delta: -1 }],
    [key('ArrowRight'), { type: 'step', delta: 1 }],
    [key('Home'), { type: 'edge', edge: 'first' }],
    [key('End'), { type: 'edge', edge: 'last' }],
  ])('%o → %o', (press, action) => expect(keyAction(press)).toEqual(action));

  it.each([
    [key('a')],
    [key('Enter')],
    [key('Tab')],
    [key('+', { ctrlKey: true })],
    [key('-', { metaKey: true })],
    [key('ArrowLeft', { altKey: true })],
  ])('leaves %o to the browser', (press) => expect(keyAction(press)).toBeNull());
});
