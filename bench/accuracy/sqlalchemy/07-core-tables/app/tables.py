from sqlalchemy import BigInteger, Boolean, Column, MetaData, Table, Text

metadata = MetaData()

campaigns = Table(
    "campaigns",
    metadata,
    Column("id", BigInteger, primary_key=True),
    Column("user_id", BigInteger, primary_key=True),
    Column("name", Text, nullable=False),
    Column("archived", Boolean, nullable=False),
)
