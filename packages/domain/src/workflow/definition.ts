/**
 * One declarative shape for every state machine of the workbench (movements,
 * dossiers, initiatives, review rounds, and the one-stop desk to come): the
 * states with their labels, the actions with where they start and end, who
 * may take them, whether a reason is owed, and guards that read the record.
 * The server checks a step with `check` and offers `actionsFor`; the web only
 * shows what the server returned, labelled from the same declaration.
 */
export interface StateDef<C = object> {
  /** Vietnamese label (the interface's first language). */
  label: string;
  labelEn: string;
  /** Nothing leaves a terminal state. */
  terminal?: boolean;
  /**
   * Whose turn it is in this state and what they do: the "Bước tiếp theo" line
   * of the record's page, and the notice sent when a step hands them the turn.
   * A function when the words depend on the record (a posting's end, the session).
   */
  next?: NextStep | ((ctx: Partial<C>) => NextStep);
  /** Who else is told when a step lands here (the unit, when its dossier is decided or rejected). */
  inform?: readonly string[];
}

/** Who acts next and what they do, in both languages. */
export interface NextStep {
  /**
   * The kind of actor whose turn it is (`office`, `unit`, `council`, `leader`,
   * `manager`…); null when nobody has to act (a terminal state, a wait).
   */
  actor: string | null;
  /** Vietnamese, as the line reads: "Phòng Thi đua – Khen thưởng: lập phiên họp Hội đồng". */
  text: string;
  textEn: string;
  /** The turn passes to `actor` on entering this state: he is told (in-app and by mail). */
  notify?: boolean;
}

/** A pure condition over the record: null when it holds, else the Vietnamese refusal. */
export type Guard<S extends string, C> = (status: S, ctx: C) => string | null;

export interface ActionDef<S extends string, K extends string, C> {
  from: S | readonly S[];
  to: S;
  label: string;
  labelEn: string;
  /** The kinds of actor (office, unit, leader…) that may take it; the area's policy says which a user is. */
  by: readonly K[];
  reasonRequired?: boolean;
  guards?: readonly Guard<S, C>[];
}

export interface WorkflowDef<S extends string, A extends string, K extends string, C = object> {
  /** The entity type its transitions are filed under. */
  entity: string;
  initial: S;
  states: Record<S, StateDef<C>>;
  /** In the order a user meets them: `actionsFor` keeps it. */
  actions: Record<A, ActionDef<S, K, C>>;
  /** The refusal when the action does not start from the current status. */
  wrongState: (action: string, current: string, allowed: string[]) => string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyWorkflow = WorkflowDef<any, any, any, any>;

/** Who is acting: the actor kinds the user holds for this record; null for a step the system takes on its own. */
export type WorkflowActor<K extends string> = { kinds: readonly K[] } | null;
export type StepContext<C> = C & { reason?: string };

export type Refusal = {
  ok: false;
  code: 'wrong_state' | 'not_allowed' | 'reason_required' | 'guard';
  reason: string;
};
export type CheckResult<S extends string> = { ok: true; to: S } | Refusal;

const fromOf = <S extends string>(a: { from: S | readonly S[] }): readonly S[] =>
  typeof a.from === 'string' ? [a.from as S] : (a.from as readonly S[]);

/** The statuses an action starts from. */
export function startsFrom<S extends string, A extends string>(
  def: WorkflowDef<S, A, string, never>,
  action: A,
): readonly S[] {
  return fromOf(def.actions[action]);
}

export function stateLabel<S extends string>(
  def: { states: Record<S, StateDef> },
  status: S,
  locale: 'vi' | 'en' = 'vi',
): string {
  const s = def.states[status];
  if (!s) return status;
  return locale === 'en' ? s.labelEn : s.label;
}

export function actionLabel<A extends string>(
  def: { actions: Record<A, { label: string; labelEn: string }> },
  action: A,
  locale: 'vi' | 'en' = 'vi',
): string {
  const a = def.actions[action];
  if (!a) return action;
  return locale === 'en' ? a.labelEn : a.label;
}

/** Every state's label, keyed by status, in one locale. */
export function stateLabels<S extends string>(
  def: { states: Record<S, StateDef> },
  locale: 'vi' | 'en' = 'vi',
): Record<S, string> {
  return Object.fromEntries(
    (Object.entries(def.states) as [string, StateDef][]).map(([k, s]) => [k, locale === 'en' ? s.labelEn : s.label]),
  ) as Record<S, string>;
}

/** Every action's label, keyed by action, in one locale. */
export function actionLabels<A extends string>(
  def: { actions: Record<A, { label: string; labelEn: string }> },
  locale: 'vi' | 'en' = 'vi',
): Record<A, string> {
  return Object.fromEntries(
    (Object.entries(def.actions) as [string, { label: string; labelEn: string }][]).map(([k, a]) => [
      k,
      locale === 'en' ? a.labelEn : a.label,
    ]),
  ) as Record<A, string>;
}

/**
 * Whether `actor` may take `action` from `status` now: the status first (the
 * refusal names it), then the actor, the reason, and the guards.
 */
export function check<S extends string, A extends string, K extends string, C>(
  def: WorkflowDef<S, A, K, C>,
  status: S,
  action: A,
  actor: WorkflowActor<K>,
  ctx: StepContext<C>,
): CheckResult<S> {
  const a = def.actions[action];
  const from = fromOf(a);
  if (!from.includes(status) || def.states[status]?.terminal)
    return {
      ok: false,
      code: 'wrong_state',
      reason: def.wrongState(
        a.label,
        stateLabel(def, status),
        from.map((s) => stateLabel(def, s)),
      ),
    };
  if (actor && !a.by.some((k) => actor.kinds.includes(k)))
    return { ok: false, code: 'not_allowed', reason: `Bạn không được "${a.label}".` };
  if (a.reasonRequired && !ctx.reason?.trim())
    return { ok: false, code: 'reason_required', reason: `"${a.label}" cần ghi rõ lý do.` };
  for (const g of a.guards ?? []) {
    const refusal = g(status, ctx);
    if (refusal) return { ok: false, code: 'guard', reason: refusal };
  }
  return { ok: true, to: a.to };
}

/** The actions `actor` may start from `status` (the reason, when owed, is asked for afterwards). */
export function actionsFor<S extends string, A extends string, K extends string, C>(
  def: WorkflowDef<S, A, K, C>,
  status: S,
  actor: WorkflowActor<K>,
  ctx: C,
): A[] {
  return (Object.keys(def.actions) as A[]).filter((a) => check(def, status, a, actor, { ...ctx, reason: 'x' }).ok);
}

/**
 * The actions `actor`'s kinds could start from `status` and why each of the
 * others is closed now: an action whose guard refuses is not offered, its
 * refusal is (the same sentence the server answers when it is tried).
 */
export function availability<S extends string, A extends string, K extends string, C>(
  def: WorkflowDef<S, A, K, C>,
  status: S,
  actor: WorkflowActor<K>,
  ctx: C,
): { actions: A[]; unavailable: { action: A; reason: string }[] } {
  const actions: A[] = [];
  const unavailable: { action: A; reason: string }[] = [];
  for (const a of Object.keys(def.actions) as A[]) {
    const c = check(def, status, a, actor, { ...ctx, reason: 'x' });
    if (c.ok) actions.push(a);
    else if (c.code === 'guard') unavailable.push({ action: a, reason: c.reason });
  }
  return { actions, unavailable };
}

/** Whose turn it is in `status` and what they do, worded for this record; null when the state says nothing. */
export function nextStepOf<S extends string, C>(
  def: { states: Record<S, StateDef<C>> },
  status: S,
  ctx: Partial<C> = {},
): NextStep | null {
  const n = def.states[status]?.next;
  if (!n) return null;
  return typeof n === 'function' ? n(ctx) : n;
}

/** What the web needs to draw a button for an action. */
export function actionView<S extends string, A extends string>(def: WorkflowDef<S, A, string, never>, action: A) {
  const a = def.actions[action];
  return { action, label: a.label, labelEn: a.labelEn, to: a.to, reasonRequired: Boolean(a.reasonRequired) };
}

/** Labels for codes read back from storage (plain strings): an unknown code shows as itself. */
export function labelsOf(def: AnyWorkflow, locale: 'vi' | 'en' = 'vi') {
  const states = def.states as Record<string, StateDef | undefined>;
  const actions = def.actions as Record<
    string,
    { label: string; labelEn: string; reasonRequired?: boolean } | undefined
  >;
  return {
    state: (s: string) => {
      const x = states[s];
      return x ? (locale === 'en' ? x.labelEn : x.label) : s;
    },
    action: (a: string) => {
      const x = actions[a];
      return x ? (locale === 'en' ? x.labelEn : x.label) : a;
    },
    reasonRequired: (a: string) => Boolean(actions[a]?.reasonRequired),
  };
}
