import express from "express";
import internalLead from "../internal/lead.js";
import jwtdecode from "../lib/express/jwt-decode.js";

const router = express.Router({
	caseSensitive: true,
	strict: true,
	mergeParams: true,
});

router
	.route("/")
	.all(jwtdecode())
	.get(async (req, res, next) => {
		try {
			const month = typeof req.query.month === "string" ? req.query.month : new Date().toISOString().slice(0, 7);
			const from = new Date(`${month}-01T00:00:00Z`);
			const to = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 1, 1));
			const rows = await internalLead.getAllBetween(res.locals.access, from, to, req.query.query);
			res.status(200).send(rows);
		} catch (err) {
			next(err);
		}
	});

router
	.route("/:lead_id")
	.all(jwtdecode())
	.get(async (req, res, next) => {
		try {
			const row = await internalLead.get(res.locals.access, {
				id: Number.parseInt(req.params.lead_id, 10),
				expand: typeof req.query.expand === "string" ? req.query.expand.split(",") : null,
			});
			res.status(200).send(row);
		} catch (err) {
			next(err);
		}
	})
	.put(async (req, res, next) => {
		try {
			const result = await internalLead.update(res.locals.access, { id: Number.parseInt(req.params.lead_id, 10), status: req.body.status });
			res.status(200).send(result);
		} catch (err) {
			next(err);
		}
	})
	.delete(async (req, res, next) => {
		try {
			const result = await internalLead.delete(res.locals.access, { id: Number.parseInt(req.params.lead_id, 10) });
			res.status(200).send(result);
		} catch (err) {
			next(err);
		}
	});

export default router;
