import {
  BinaryOperationNode,
  OperationNodeTransformer,
  OperatorNode,
  PrimitiveValueListNode,
  ValueListNode,
  ValueNode,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely';

class EmptyInTransformer extends OperationNodeTransformer {
  protected override transformBinaryOperation(node: BinaryOperationNode): BinaryOperationNode {
    const t = super.transformBinaryOperation(node);
    const op = OperatorNode.is(t.operator) ? t.operator.operator : undefined;
    if (op !== 'in' && op !== 'not in') return t;
    const right = t.rightOperand;
    const empty =
      (PrimitiveValueListNode.is(right) && right.values.length === 0) ||
      (ValueListNode.is(right) && right.values.length === 0);
    if (!empty) return t;
    // `x in ()` holds for nothing, `x not in ()` for everything.
    return BinaryOperationNode.create(
      ValueNode.createImmediate(1),
      OperatorNode.create('='),
      ValueNode.createImmediate(op === 'in' ? 0 : 1),
    );
  }
}

/**
 * SQLite reads `x IN ()` as false, PostgreSQL refuses it as a syntax error: a filter that
 * resolves to no ids (an unknown organisation, an empty scope) must answer the same on both,
 * so an empty list is rewritten to a constant condition for every query, wherever it is built.
 * This is the one mechanism: code passes its id list as it is (no `['']` placeholder, no
 * per-call helper), and a query written tomorrow is covered without anyone remembering it.
 */
export class EmptyInPlugin implements KyselyPlugin {
  private readonly transformer = new EmptyInTransformer();

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return this.transformer.transformNode(args.node);
  }

  transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return Promise.resolve(args.result);
  }
}
