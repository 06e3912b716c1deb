import { describe, expect, it } from 'vitest';
import { effectiveMine } from './mine.ts';

const roles = (...names: string[]) => names.map((role) => ({ role }));

describe('effectiveMine', () => {
  it("opens a unit officer's list on his unit's tasks, the office's and a leader's on every task", () => {
    expect(effectiveMine(null, roles('unit_officer'))).toBe(true);
    expect(effectiveMine(null, roles('emulation_officer'))).toBe(false);
    expect(effectiveMine(null, roles('unit_officer', 'leader'))).toBe(false);
  });

  it('keeps the choice written in the URL, either way', () => {
    expect(effectiveMine('false', roles('unit_officer'))).toBe(false);
    expect(effectiveMine('true', roles('leader'))).toBe(true);
  });
});
