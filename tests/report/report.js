// The charts of the report page (tests/report/make-report inlines this
// file after Apache ECharts).  It reads the rows of the report's views
// from the page's JSON block (report-data) and draws one chart per view
// into the elements with a data-chart attribute; every plotted value is a
// view's value as it is, so that tests/report/test-report can compare the
// charts' options with the views.
"use strict";

(function () {
	const data = JSON.parse(document.getElementById("report-data").textContent);
	const band = data.sector_band[0];
	const about = data.about[0];
	const font = { fontFamily: "sans-serif" };
	const colors = { annual: "#1f6fb2", monthly: "#d9822b", flex: "#3a9d5d" };
	const charts = [];

	// a number as the page prints it: the view's digits, a true minus sign
	function num(v, digits) {
		return v.toFixed(digits).replace("-", "\u2212");
	}

	// "2026-11-01" as "Nov 2026"
	function monthLabel(day) {
		const names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
		return names[Number(day.slice(5, 7)) - 1] + " " + day.slice(0, 4);
	}

	// a horizontal interval bar with caps, for a custom series whose items
	// are [low, high, category]; label(dataIndex), when given, is written
	// right of the bar's high end and of 0
	function intervalBar(color, label) {
		return function (params, api) {
			const low = api.coord([api.value(0), api.value(2)]);
			const high = api.coord([api.value(1), api.value(2)]);
			const cap = api.size([0, 1])[1] * 0.25;
			const style = { stroke: color, lineWidth: 1.5 };
			const children = [
				{ type: "line", shape: { x1: low[0], y1: low[1], x2: high[0], y2: high[1] }, style: style },
				{ type: "line", shape: { x1: low[0], y1: low[1] - cap, x2: low[0], y2: low[1] + cap }, style: style },
				{ type: "line", shape: { x1: high[0], y1: high[1] - cap, x2: high[0], y2: high[1] + cap }, style: style },
			];
			// right of 0 too: a negative bar ends there
			const zero = api.coord([0, api.value(2)])[0];
			if (label)
				children.push({ type: "text", x: Math.max(high[0], zero) + 8, y: high[1],
				                style: { text: label(params.dataIndex), fill: "#222222", font: "bold 13px sans-serif",
				                         verticalAlign: "middle" } });
			return { type: "group", children: children };
		};
	}

	function draw(name, option) {
		const el = document.querySelector('[data-chart="' + name + '"]');
		const chart = echarts.init(el, null, { renderer: "canvas" });
		option.animation = false;
		option.textStyle = font;
		chart.setOption(option);
		charts.push(chart);
	}

	// 1. NPS per store against the sector's thresholds
	const stores = data.store_nps;
	const lowest = Math.min(...stores.map((r) => r.ci_low));
	const npsMin = Math.max(-100, Math.floor(Math.min(lowest, band.alert_below ?? lowest) / 10) * 10 - 10);
	const areas = [];
	if (band.alert_below !== null)
		areas.push([{ name: "alert", xAxis: npsMin, itemStyle: { color: "rgba(214, 69, 65, 0.12)" } },
		            { xAxis: band.alert_below }]);
	if (band.good_from !== null)
		areas.push([{ name: "good", xAxis: band.good_from, itemStyle: { color: "rgba(58, 157, 93, 0.12)" } },
		            { xAxis: band.excellent_from ?? 100 }]);
	if (band.excellent_from !== null)
		areas.push([{ name: "excellent", xAxis: band.excellent_from, itemStyle: { color: "rgba(58, 157, 93, 0.28)" } },
		            { xAxis: 100 }]);
	const ratingColor = { excellent: "#1e7b3c", good: "#3a9d5d", below: "#555555", alert: "#c0392b" };
	draw("store-nps", {
		title: {
			text: "NPS per store, " + monthLabel(about.window_from) + " to " + monthLabel(about.window_to),
			subtext: "dot: the store's NPS; bar: its 95 % interval; shaded: the " + band.sector +
			          " sector's thresholds (good from " + band.good_from + ", excellent from " + band.excellent_from + ")",
			left: "center",
		},
		grid: { left: 190, right: 40, top: 90, bottom: 50 },
		tooltip: {
			trigger: "item",
			formatter: (p) => {
				const r = stores[p.dataIndex];
				return r.store + "<br>NPS " + num(r.nps, 1) + " (95 %: " + num(r.ci_low, 1) + " to " +
				       num(r.ci_high, 1) + ")<br>" + r.answers + " answers; rated " + r.rating;
			},
		},
		xAxis: { type: "value", name: "NPS over the 12 months (\u2212100 to 100)", nameLocation: "middle",
		         nameGap: 28, min: npsMin, max: 100, interval: 10 },
		yAxis: { type: "category", inverse: true, data: stores.map((r) => r.store),
		         axisTick: { alignWithLabel: true } },
		series: [
			{
				id: "store-interval", name: "95 % interval", type: "custom", z: 2,
				itemStyle: { color: "#7a7a7a" },
				renderItem: intervalBar("#7a7a7a"),
				encode: { x: [0, 1], y: 2 },
				data: stores.map((r) => [r.ci_low, r.ci_high, r.store]),
			},
			{
				id: "store-nps", name: "NPS", type: "scatter", z: 3, symbolSize: 9,
				itemStyle: { color: (p) => ratingColor[stores[p.dataIndex].rating] || "#555555" },
				data: stores.map((r) => [r.nps, r.store]),
				markArea: {
					silent: true,
					label: { position: "insideTop", color: "#2d5f3a" },
					data: areas,
				},
			},
		],
	});

	// 2. the chain's NPS per month, with its 95 % interval as a band
	const months = data.chain_monthly_nps;
	draw("chain-monthly", {
		title: {
			text: "NPS of the whole chain, month by month",
			subtext: "line: the month's NPS over every store's answers; band: its 95 % interval",
			left: "center",
		},
		grid: { left: 70, right: 40, top: 90, bottom: 70 },
		tooltip: {
			trigger: "axis",
			formatter: (ps) => {
				const r = months[ps[0].dataIndex];
				return monthLabel(r.month) + "<br>NPS " + num(r.nps, 1) + " (95 %: " + num(r.ci_low, 1) +
				       " to " + num(r.ci_high, 1) + ")<br>" + r.answers + " answers";
			},
		},
		legend: { bottom: 0, data: ["NPS of the month", "95 % interval"] },
		xAxis: { type: "category", data: months.map((r) => r.month), name: "month",
		         nameLocation: "middle", nameGap: 30, axisLabel: { formatter: monthLabel } },
		yAxis: { type: "value", name: "NPS (\u2212100 to 100)", nameLocation: "middle", nameGap: 45 },
		series: [
			{
				// the whole band is one polygon, drawn with the first item
				id: "chain-interval", name: "95 % interval", type: "custom", z: 1,
				itemStyle: { color: "rgba(31, 111, 178, 0.2)" },
				encode: { x: 0, y: [1, 2] },
				data: months.map((r) => [r.month, r.ci_low, r.ci_high]),
				renderItem: (params, api) => {
					if (params.dataIndex !== 0)
						return null;
					const lows = months.map((r, i) => api.coord([i, r.ci_low]));
					const highs = months.map((r, i) => api.coord([i, r.ci_high])).reverse();
					return { type: "polygon", shape: { points: lows.concat(highs) },
					         style: { fill: "rgba(31, 111, 178, 0.2)" } };
				},
			},
			{
				id: "chain-nps", name: "NPS of the month", type: "line", z: 3, symbolSize: 6,
				itemStyle: { color: "#1f6fb2" },
				data: months.map((r) => [r.month, r.nps]),
			},
		],
	});

	// 3. the mirror gap per question, with its 95 % interval
	const gaps = data.mirror_gap;
	const gapColor = (r) => r.gap_ci_low > 0 ? "#c0392b" : r.gap_ci_high < 0 ? "#1f6fb2" : "#9a9a9a";
	draw("mirror-gap", {
		title: {
			text: "Do employees see the service as customers do? The mirror gap per question",
			subtext: "bar: employees' mean answer minus customers' (1 = disagree, 5 = agree); line: its 95 % interval;" +
			         " red: the team overrates itself, blue: underrates, grey: aligned (the interval holds 0)",
			left: "center",
		},
		grid: { left: 330, right: 60, top: 90, bottom: 60 },
		tooltip: {
			trigger: "item",
			formatter: (p) => {
				const r = gaps[p.dataIndex];
				return r.label + "<br>gap " + num(r.gap, 2) + " (95 %: " + num(r.gap_ci_low, 2) + " to " +
				       num(r.gap_ci_high, 2) + ")<br>mean answer: customers " + num(r.customer_mean, 2) + " (" +
				       r.customers + "), employees " + num(r.employee_mean, 2) + " (" + r.employees +
				       "), managers " + num(r.manager_mean, 2);
			},
		},
		xAxis: { type: "value", name: "gap in points of the 1\u20135 scale: employees \u2212 customers",
		         nameLocation: "middle", nameGap: 28 },
		yAxis: { type: "category", inverse: true, data: gaps.map((r) => r.label),
		         axisLabel: { formatter: (v) => v.replace(" / ", "\n"), lineHeight: 15 } },
		series: [
			{
				id: "mirror-gap", name: "gap", type: "bar", barWidth: "45%",
				itemStyle: { color: (p) => gapColor(gaps[p.dataIndex]) },
				data: gaps.map((r) => [r.gap, r.label]),
			},
			{
				id: "mirror-gap-interval", name: "95 % interval", type: "custom", z: 3,
				renderItem: intervalBar("#222222", (i) => "gap " + num(gaps[i].gap, 2)),
				encode: { x: [0, 1], y: 2 },
				data: gaps.map((r) => [r.gap_ci_low, r.gap_ci_high, r.label]),
			},
		],
	});

	// 4. retention per plan: observed cohorts against the fitted sBG curve
	const plans = [...new Set(data.retention.map((r) => r.plan))];
	const retention = [];
	for (const plan of plans) {
		const rows = data.retention.filter((r) => r.plan === plan);
		const color = colors[plan] || "#555555";
		retention.push({
			id: "observed-" + plan, name: plan + ", observed", type: "line", symbolSize: 5,
			itemStyle: { color: color }, lineStyle: { width: 2 },
			data: rows.map((r) => [r.tenure_months, r.observed_pct]),
		});
		retention.push({
			id: "fitted-" + plan, name: plan + ", fitted sBG", type: "line", showSymbol: false,
			itemStyle: { color: color }, lineStyle: { width: 2, type: "dashed" },
			data: rows.map((r) => [r.tenure_months, r.fitted_pct]),
		});
	}
	draw("retention", {
		title: {
			text: "How long subscribers stay: observed retention against the fitted sBG model, per plan",
			subtext: "solid: share of the subscribers still there k months after joining; dashed: the sBG model's S(k) fitted on the same rows",
			left: "center",
		},
		grid: { left: 70, right: 40, top: 90, bottom: 80 },
		tooltip: {
			trigger: "axis",
			valueFormatter: (v) => num(v, 1) + " %",
		},
		legend: { bottom: 0 },
		xAxis: { type: "value", name: "months after joining", nameLocation: "middle", nameGap: 28,
		         min: 0, max: Math.max(...data.retention.map((r) => r.tenure_months)) },
		yAxis: { type: "value", name: "% still subscribed", nameLocation: "middle", nameGap: 45,
		         min: 0, max: 100 },
		series: retention,
	});

	window.addEventListener("resize", () => charts.forEach((c) => c.resize()));
})();
