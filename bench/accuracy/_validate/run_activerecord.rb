# Runs the equivalent ActiveRecord code of each labelled site for real against a throwaway
# database (empty tables, the accuracy schema), records every SQL statement ActiveRecord sends
# (literals inlined: prepared_statements off) and EXPLAINs it. Input (stdin): JSON list of
# {"id", "code"}; output: JSON list of {"id", "statements": [{"sql", "plan"}], "error"?}.
require "json"
require "active_support/all"
require "active_record"

ActiveRecord::Base.establish_connection(ENV.fetch("DATABASE_URL") + (ENV.fetch("DATABASE_URL").include?("?") ? "&" : "?") + "prepared_statements=false")
ActiveRecord::Base.default_timezone = :utc
Time.zone = "UTC"
JSON.parse(ENV.fetch("PL_MODELS")).each { |f| load f }

T1 = Time.utc(2026, 3, 5)
T2 = Time.utc(2026, 4, 20)

captured = []
explaining = false
ActiveSupport::Notifications.subscribe("sql.active_record") do |*, payload|
  next if explaining || payload[:name] == "SCHEMA" || payload[:sql] !~ /\A\s*(SELECT|UPDATE|DELETE|WITH)/i
  captured << payload[:sql]
end

conn = ActiveRecord::Base.connection
out = JSON.parse(STDIN.read).map do |c|
  captured.clear
  error = nil
  begin
    conn.transaction do
      eval(c["code"]) # rubocop:disable Security/Eval -- test input written in this repository
      raise ActiveRecord::Rollback
    end
  rescue ActiveRecord::RecordNotFound
    # The statement ran (on empty tables); only the result is missing.
  rescue Exception => e # rubocop:disable Lint/RescueException
    error = "#{e.class}: #{e.message}"
  end
  statements = captured.dup.map do |sql|
    explaining = true
    plan = conn.select_value("EXPLAIN (FORMAT JSON) #{sql}")
    explaining = false
    { "sql" => sql, "plan" => JSON.parse(plan) }
  end
  { "id" => c["id"], "statements" => statements, "error" => error }
end
STDOUT.write(JSON.generate(out))
