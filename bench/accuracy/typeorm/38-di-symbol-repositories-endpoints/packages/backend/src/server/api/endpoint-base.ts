export type Executor<Ps, Me> = (ps: Ps, me: Me) => Promise<unknown>;

/** Every API endpoint: the handler is given to the constructor and run by `exec`. */
export abstract class Endpoint<Ps, Me = { id: string; email: string }> {
  public exec: (params: Ps, me: Me) => Promise<unknown>;

  constructor(_meta: object, _paramDef: object, cb: Executor<Ps, Me>) {
    this.exec = (params, me) => cb(params, me);
  }
}
