import { describe, expect, it } from 'vitest';
import { TypedEmitter } from '../../../src/events/index.ts';

interface Events {
  ping: number;
  note: { readonly text: string };
}

describe('TypedEmitter', () => {
  it('delivers payloads to handlers in subscription order, and unsubscribes', () => {
    const emitter = new TypedEmitter<Events>();
    const seen: string[] = [];
    const off = emitter.on('ping', (n) => seen.push(`a${n}`));
    emitter.on('ping', (n) => seen.push(`b${n}`));
    emitter.on('note', (n) => seen.push(n.text));
    emitter.emit('ping', 1);
    off();
    emitter.emit('ping', 2);
    emitter.emit('note', { text: 'hi' });
    expect(seen).toEqual(['a1', 'b1', 'b2', 'hi']);
    expect(emitter.listenerCount('ping')).toBe(1);
  });

  it('runs every handler even when one throws, then reports the failure', () => {
    const emitter = new TypedEmitter<Events>();
    const seen: number[] = [];
    emitter.on('ping', () => {
      throw new Error('broken picture');
    });
    emitter.on('ping', (n) => seen.push(n));
    expect(() => emitter.emit('ping', 5)).toThrow('broken picture');
    expect(seen).toEqual([5]);
  });

  it('clears every handler', () => {
    const emitter = new TypedEmitter<Events>();
    emitter.on('ping', () => undefined);
    emitter.clear();
    expect(emitter.listenerCount('ping')).toBe(0);
  });
});
