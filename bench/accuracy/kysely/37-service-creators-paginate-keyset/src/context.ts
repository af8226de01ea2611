import { Database } from './db/index';
import { ModerationService, type ModerationServiceCreator } from './mod-service/index';

export class AppContext {
  constructor(
    public db: Database,
    public modService: ModerationServiceCreator,
  ) {}

  static fromConfig(cfg: { dbUrl: string }): AppContext {
    const db = Database.postgres({ url: cfg.dbUrl });
    return new AppContext(db, ModerationService.creator());
  }
}
