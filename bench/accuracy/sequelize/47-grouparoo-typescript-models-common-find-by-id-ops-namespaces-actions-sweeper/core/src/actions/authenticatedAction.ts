// The app's action base class: runs the action inside a CLS transaction after checking the session.
export abstract class AuthenticatedAction {
  abstract name: string;
  inputs: Record<string, unknown> = {};

  async run(data: { params: unknown; session: unknown }) {
    return this.runWithinTransaction(data as never);
  }

  abstract runWithinTransaction(data: { params: any; session: any }): Promise<unknown>;
}
