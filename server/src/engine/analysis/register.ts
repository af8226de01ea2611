/** Side-effect module: registers the SQL analysis as the checker for `sql` documents. */
import { registerChecker } from '../check';
import { checkSql } from './index';

registerChecker('sql', (text, catalog, opts) => checkSql(text, catalog, opts));
