from flask_wtf import FlaskForm
from wtforms import StringField


class LeadForm(FlaskForm):
    company = StringField("Company")
    email = StringField("Email")
