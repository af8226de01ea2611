import _ from "lodash";

export default {
	omitRow: (omissions) => (row) => (row ? _.omit(row, omissions) : row),
	omitRows: (omissions) => (rows) => rows.map((row) => _.omit(row, omissions)),
};
