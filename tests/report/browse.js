// Opens report pages in Debian's headless Chromium (/usr/bin/chromium, or
// PGCX_CHROMIUM) driven by playwright-core, and prints for each page, as
// a JSON array in the order given:
//   problems  every console error or warning, uncaught page error, failed
//             load, and request for anything but a file:// URL (such a
//             request is recorded and aborted, so that nothing leaves the
//             machine; the browser context is offline as well);
//   charts    for each element with a data-chart attribute, what its
//             ECharts instance plots: the options read back with
//             echarts.getInstanceByDom(el).getOption(), as JSON;
//   text      the page's text.
//     node browse.js [--screenshot PNG] PAGE.html...
// --screenshot saves the first page, 1200 pixels wide, whole.
"use strict";
const path = require("path");
const { chromium } = require("playwright-core");

// a chart's options, without the functions JSON cannot hold
function readCharts() {
	const out = {};
	for (const el of document.querySelectorAll("[data-chart]")) {
		const chart = window.echarts && window.echarts.getInstanceByDom(el);
		out[el.dataset.chart] = chart ? JSON.parse(JSON.stringify(chart.getOption())) : null;
	}
	return out;
}

async function visit(context, file, screenshot) {
	const page = await context.newPage();
	const problems = [];
	page.on("console", (m) => {
		if (m.type() === "error" || m.type() === "warning")
			problems.push(`console ${m.type()}: ${m.text()}`);
	});
	page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
	page.on("requestfailed", (r) => {
		if (r.url().startsWith("file:"))
			problems.push(`failed to load ${r.url()}: ${r.failure() && r.failure().errorText}`);
	});
	await page.route("**/*", (route) => {
		const url = route.request().url();
		if (url.startsWith("file:"))
			return route.continue();
		problems.push(`request outside the page: ${url}`);
		return route.abort("blockedbyclient");
	});
	await page.goto("file://" + path.resolve(file), { waitUntil: "load" });
	// the charts draw synchronously; let any timer or late error show
	await page.waitForTimeout(300);
	const charts = await page.evaluate(readCharts);
	for (const [name, option] of Object.entries(charts))
		if (option === null)
			problems.push(`no chart drawn in data-chart="${name}"`);
	const text = await page.evaluate(() => document.body.innerText);
	if (screenshot)
		await page.screenshot({ path: screenshot, fullPage: true });
	await page.close();
	return { page: file, problems: problems, charts: charts, text: text };
}

async function main() {
	const args = process.argv.slice(2);
	let screenshot = null;
	if (args[0] === "--screenshot") {
		screenshot = args[1];
		args.splice(0, 2);
	}
	if (args.length === 0) {
		console.error("usage: node browse.js [--screenshot PNG] PAGE.html...");
		process.exit(2);
	}
	const browser = await chromium.launch({
		executablePath: process.env.PGCX_CHROMIUM || "/usr/bin/chromium",
		headless: true,
	});
	try {
		const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, offline: true });
		const results = [];
		for (const [i, file] of args.entries())
			results.push(await visit(context, file, i === 0 ? screenshot : null));
		process.stdout.write(JSON.stringify(results) + "\n");
	} finally {
		await browser.close();
	}
}

main().catch((e) => {
	console.error(e.stack || String(e));
	process.exit(1);
});
