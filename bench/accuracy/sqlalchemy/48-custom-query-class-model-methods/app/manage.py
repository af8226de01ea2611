import click
from flask.cli import with_appcontext

from app.models import Campaign


@click.command(name="owner_summary")
@click.argument("user_id", type=int)
@with_appcontext
def owner_summary(user_id):
    """Print the newest lead of each campaign of an owner."""
    for campaign in Campaign.query.filter(Campaign.user_id == user_id).order_by(Campaign.name):  # expect: prunes [sa48q]
        newest = campaign.get_newest_lead()
        click.echo(f"{campaign.name}: {newest.company if newest else '-'}")
