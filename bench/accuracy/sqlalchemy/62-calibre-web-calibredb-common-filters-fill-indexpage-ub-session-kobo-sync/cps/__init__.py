from cps.db import CalibreDB

calibre_db = CalibreDB()
