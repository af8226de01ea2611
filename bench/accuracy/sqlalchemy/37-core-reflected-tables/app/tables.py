import os

from sqlalchemy import MetaData, Table, create_engine

engine = create_engine(os.environ.get("DATABASE_URL", "postgresql+psycopg2://localhost/app"))
metadata = MetaData()

leads = Table("leads", metadata, autoload_with=engine)
agent_outputs = Table("agent_outputs", metadata, autoload_with=engine)
