// Keeps the audit columns filled the way every table model of the app does.
const Timestamps = (Model) =>
  class extends Model {
    $beforeInsert() {
      this.created_at = new Date();
    }
  };

module.exports = { Timestamps };
