from flask import Flask

from app.extensions import db


def create_app():
    app = Flask(__name__)
    app.config.from_prefixed_env()
    db.init_app(app)
    from app.leads.routes import bp

    app.register_blueprint(bp)
    return app
