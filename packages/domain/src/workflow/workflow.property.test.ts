import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WORKFLOWS } from './all.ts';
import { actionsFor, availability, check, nextStepOf, startsFrom, type AnyWorkflow } from './definition.ts';

// Contexts that make every guard hold, and ones that trip them, so the walk meets both verdicts.
const contexts = fc.oneof(
  fc.constant({}),
  fc.record({
    postingEndsOn: fc.constantFrom('2026-12-10', null),
    today: fc.constantFrom('2026-12-09', '2026-12-10', '2026-12-11'),
  }),
);

describe.each(Object.entries(WORKFLOWS) as [string, AnyWorkflow][])('workflow %s', (name, def) => {
  const states = Object.keys(def.states);
  const actions = Object.keys(def.actions);
  const kinds = [...new Set(actions.flatMap((a) => def.actions[a]!.by as string[]))];
  const everyone = { kinds };

  it('is well formed: its actions start and end in its states, and it files under its own name', () => {
    expect(def.entity).toBe(name);
    expect(states).toContain(def.initial);
    for (const a of actions) {
      expect(states).toContain(def.actions[a]!.to);
      for (const s of startsFrom(def, a)) expect(states).toContain(s);
    }
  });

  it('names in every state who acts next and what he does, and whom a step there tells', () => {
    for (const s of states)
      for (const ctx of [{}, { postingEndsOn: '2026-12-10', needsPosting: true, decidedHere: false }]) {
        const n = nextStepOf(def, s, ctx);
        expect(n?.text, s).toMatch(/\S/u);
        if (!def.states[s]!.terminal) expect(n?.actor, s).toBeTruthy();
        if (n?.notify) expect(n.actor, s).toBeTruthy();
      }
  });

  it('offers an action exactly when its check passes, and gives the refusal of a guarded one', () => {
    for (const s of states)
      for (const ctx of [{}, { postingEndsOn: '2026-12-10', today: '2026-12-09', needsPosting: false }]) {
        const { actions: open, unavailable } = availability(def, s, everyone, ctx);
        for (const a of actions) {
          const c = check(def, s, a, everyone, { ...ctx, reason: 'x' });
          expect(open.includes(a), `${s} ${a}`).toBe(c.ok);
          expect(unavailable.find((u) => u.action === a)?.reason).toBe(
            !c.ok && c.code === 'guard' ? c.reason : undefined,
          );
        }
      }
  });

  it('reaches every state from the initial one', () => {
    const seen = new Set([def.initial]);
    for (let grown = true; grown; ) {
      grown = false;
      for (const s of [...seen])
        for (const a of actionsFor(def, s, everyone, {})) {
          const to = def.actions[a]!.to as string;
          if (!seen.has(to)) grown = seen.add(to).size > 0;
        }
    }
    expect([...seen].sort()).toEqual([...states].sort());
  });

  it('lets nothing leave a terminal state, on any path', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...actions), contexts), { maxLength: 25 }), (steps) => {
        let s: string = def.initial;
        for (const [a, ctx] of steps) {
          const c = check(def, s, a, everyone, { ...ctx, reason: 'Lý do' });
          if (def.states[s]!.terminal && c.ok) return false;
          if (c.ok) s = c.to;
        }
        return true;
      }),
    );
  });

  it('refuses an action that needs a reason when none is given, and names it', () => {
    for (const a of actions.filter((x) => def.actions[x]!.reasonRequired))
      for (const s of startsFrom(def, a))
        for (const reason of [undefined, '', '   ']) {
          const c = check(def, s, a, everyone, { reason });
          expect(c).toMatchObject({ ok: false, code: 'reason_required' });
        }
  });

  it('offers only actions that check accepts, and refuses an actor of the wrong kind', () => {
    fc.assert(
      fc.property(fc.constantFrom(...states), fc.subarray(kinds), contexts, (s, held, ctx) => {
        const actor = { kinds: held };
        for (const a of actionsFor(def, s, actor, ctx))
          if (!check(def, s, a, actor, { ...ctx, reason: 'Lý do' }).ok) return false;
        for (const a of actions) {
          const c = check(def, s, a, actor, { ...ctx, reason: 'Lý do' });
          if (c.ok && !def.actions[a]!.by.some((k: string) => held.includes(k))) return false;
        }
        return true;
      }),
    );
  });

  it('gives every state and action a Vietnamese and an English label', () => {
    for (const s of states) expect(def.states[s]!.label && def.states[s]!.labelEn).toBeTruthy();
    for (const a of actions) expect(def.actions[a]!.label && def.actions[a]!.labelEn).toBeTruthy();
  });
});

describe('the walk meets every verdict', () => {
  it('sees acceptance, a wrong state, a wrong actor, a missing reason and a guard', () => {
    const p = WORKFLOWS.proposal;
    expect(check(p, 'submitted', 'accept', { kinds: ['office'] }, {}).ok).toBe(true);
    expect(check(p, 'decided', 'accept', { kinds: ['office'] }, {})).toMatchObject({ code: 'wrong_state' });
    expect(check(p, 'submitted', 'accept', { kinds: ['unit'] }, {})).toMatchObject({ code: 'not_allowed' });
    expect(check(p, 'submitted', 'return', { kinds: ['office'] }, {})).toMatchObject({ code: 'reason_required' });
    expect(
      check(p, 'posting', 'to_council', { kinds: ['office'] }, { postingEndsOn: '2026-12-10', today: '2026-12-10' }),
    ).toMatchObject({ code: 'guard' });
  });
});
