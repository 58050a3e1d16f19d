// The node side of tests/clients/test-bi-tools: runs the queries it is given
// through node's pg driver and prints what a JavaScript program receives
// (the kind of each value and an exact text of it), one JSON object per line.
// It judges nothing itself.
//
// Standard input: a JSON object {"database": ..., "parsers": JS code or null,
// "queries": [[id, sql], ...]}.  "parsers" is run before the first query
// (the node block of docs/bi-tools.md); without it the driver's default parsers read
// every value.  The host, port, user and password come from the PG*
// variables, as libpq reads them.
'use strict';
const fs = require('fs');

function show(v) {
	if (v === null || v === undefined)
		return null;
	if (typeof v === 'number')
		return { t: 'number', v: String(v) };	// the shortest text that reads back to the double
	if (typeof v === 'bigint')
		return { t: 'bigint', v: v.toString() };
	if (typeof v === 'string')
		return { t: 'string', v: v };
	if (typeof v === 'boolean')
		return { t: 'boolean', v: String(v) };
	if (v instanceof Date) {
		const pad = (n) => String(n).padStart(2, '0');
		return { t: 'Date', v: `${v.getFullYear()}-${pad(v.getMonth() + 1)}-${pad(v.getDate())}` };
	}
	return { t: typeof v, v: JSON.stringify(v) };
}

async function main() {
	const input = JSON.parse(fs.readFileSync(0, 'utf8'));
	if (input.parsers)
		new Function('require', input.parsers)(require);
	const { Client } = require('pg');
	const host = process.env.PGHOST && !process.env.PGHOST.startsWith('/') ? process.env.PGHOST : 'localhost';
	const client = new Client({ host, port: Number(process.env.PGPORT || 5432), database: input.database,
		user: process.env.PGUSER, password: process.env.PGPASSWORD });
	await client.connect();
	for (const [id, sql] of input.queries) {
		try {
			const r = await client.query({ text: sql, rowMode: 'array' });
			console.log(JSON.stringify({ id, fields: r.fields.map((f) => [f.name, f.dataTypeID]),
				rows: r.rows.map((row) => row.map(show)) }));
		} catch (e) {
			console.log(JSON.stringify({ id, error: `${e.code}: ${e.message}` }));
		}
	}
	console.log(JSON.stringify({ id: '@version', pg: require('pg/package.json').version, node: process.version }));
	await client.end();
}

main().catch((e) => { console.error(e); process.exit(1); });
