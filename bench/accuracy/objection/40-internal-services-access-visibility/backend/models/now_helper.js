import { Model } from "objection";

export default function now() {
	return Model.raw("NOW()");
}
