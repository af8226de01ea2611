type Delegate<W> = { findMany(args: { where?: W; take?: number }): Promise<unknown[]> };

export class CrudService<W> {
  constructor(private readonly delegate: Delegate<W>) {}

  findAll(where: W, take = 100) {
    return this.delegate.findMany({ where, take });
  }
}
