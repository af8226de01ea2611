# The application's raw SQL connection (named binds, used where ActiveRecord would be too slow).
DB = MiniSql::Connection.get(ActiveRecord::Base.connection.raw_connection)
