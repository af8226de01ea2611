# An account's automatic deletion of old statuses. Ids are snowflakes: the cut-off is the id of the time.
class StatusesCleanupPolicy
  def initialize(account, min_status_age: 2.weeks)
    @account = account
    @min_status_age = min_status_age
  end

  def statuses_to_delete(limit = 50, max_id = nil)
    scope = @account.statuses
    scope = scope.where(Lead.arel_table[:id].lteq(max_id || snowflake_id_at(@min_status_age.ago)))
    scope = scope.where(Lead.arel_table[:id].lt(max_id)) if max_id.present?
    scope.reorder(id: :asc).limit(limit)
  end

  private

  # The smallest snowflake id of a time: milliseconds since the epoch shifted by 16 bits.
  def snowflake_id_at(time)
    (time.to_i * 1000) << 16
  end
end
