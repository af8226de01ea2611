module StatsHelpers
  # Counts per year of a table's timestamp column, for the statistics page.
  def date_groups(table, column)
    query = <<~SQL.squish
      SELECT date_trunc('year', #{column}) AS year, count(*) AS events
        FROM #{table}
      WHERE #{column} IS NOT NULL
      GROUP BY year
      ORDER BY year ASC
    SQL

    ApplicationRecord.connection.execute(query).to_h { |row| [row["year"], row["events"]] }
  end
end
