/**
 * `user.posts` where `class User; has_one :person; delegate :posts, to: :person; end`: a record's
 * method that the model hands on with ActiveSupport's `delegate` is that method read on the
 * target (`user.person.posts`), followed like the call it stands for. (Inside the class, a bare
 * `posts` on a plain object is `conventionCall`'s; this is the same on a model's record.)
 */
import { delegateTarget } from './ar-conventions';
import { recordCall } from './assoc';
import { applyMethod } from './ar-query';
import { callOn } from './ar-calls';
import type { Env, EvalContext, Val } from './ar-values';
import type { ModelInfo } from './models';
import type { RNode } from './syntax';

// A chain of delegations longer than this (or a cycle) reads as unknown.
const MAX_DEPTH = 4;
let depth = 0;

/** The value of `name` delegated by the record's model, or undefined when it delegates no such method. */
export function delegatedRecordCall(ctx: EvalContext, owner: ModelInfo, call: RNode, name: string, args: RNode[], env: Env): Val | undefined {
  if (!ctx.code || depth >= MAX_DEPTH) return undefined;
  const target = delegateTarget(ctx, owner.name, name);
  if (!target) return undefined;
  depth++;
  try {
    // `posts` → `person.posts`: the target read on the same record, then the method on it.
    const to = recordCall(ctx, owner, call, target, [], new Map(env));
    if (to.k === 'rec') return recordCall(ctx, to.model, call, name, args, env);
    if (to.k === 'rel') return applyMethod(ctx, to, call, name, args, env);
    if (to.k === 'obj' || to.k === 'cls') return callOn(ctx, to, call, name, args, env);
    return undefined;
  } finally {
    depth--;
  }
}
