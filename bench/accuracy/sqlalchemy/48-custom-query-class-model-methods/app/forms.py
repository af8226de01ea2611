from flask_wtf import FlaskForm
from wtforms import StringField
from wtforms.validators import DataRequired


class EditLeadForm(FlaskForm):
    company = StringField("Company", validators=[DataRequired()])
    email = StringField("Email", validators=[DataRequired()])
    status = StringField("Status", validators=[DataRequired()])
