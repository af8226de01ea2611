import { QueryBuilder, type Model, type Page } from 'objection';

export class LeadQueryBuilder<M extends Model, R = M[]> extends QueryBuilder<M, R> {
  ArrayQueryBuilderType!: LeadQueryBuilder<M, M[]>;
  SingleQueryBuilderType!: LeadQueryBuilder<M, M>;
  MaybeSingleQueryBuilderType!: LeadQueryBuilder<M, M | undefined>;
  NumberQueryBuilderType!: LeadQueryBuilder<M, number>;
  PageQueryBuilderType!: LeadQueryBuilder<M, Page<M>>;

  ownedBy(userId: number) {
    return this.where('user_id', userId);
  }

  createdIn(range: { from: Date; to: Date }) {
    return this.where('created_at', '>=', range.from).where('created_at', '<', range.to);
  }

  active() {
    return this.whereNot('status', 'archived');
  }
}
