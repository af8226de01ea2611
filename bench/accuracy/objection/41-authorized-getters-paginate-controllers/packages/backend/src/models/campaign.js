import Base from './base.js';

class Campaign extends Base {
  static tableName = 'campaigns';
}

export default Campaign;
