/**
 * The report page's own script (plain ES5, inlined after chart.js): reads the chart specifications
 * from the page's JSON block, adds the callbacks JSON cannot carry (legend entries that toggle a
 * band's two bounds together, tooltips with units and ranges, stack totals, year ticks), draws every
 * chart with animation off, and redraws them at print size and resolution when the page is printed.
 * The callbacks are kept as source text so the page and the PNG writer run the very same code.
 */

/** Fonts of the charts: system UI fonts, then common Chinese fonts, so labels render on any OS. */
export const CHART_FONT =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'PingFang SC', " +
  "'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', " +
  "'WenQuanYi Micro Hei', sans-serif";

/** Id of the script element holding the chart specifications (JSON). */
export const CHARTS_JSON_ID = 'cogov-charts';

/**
 * Source of `cogovHydrate(config, meta)`: completes a chart.js configuration with the callbacks of
 * its {@link ChartMeta}. The page and the PNG writer (which evaluates this source) share it.
 */
export const HYDRATE_JS = `function cogovHydrate(config, meta) {
  'use strict';
  var options = config.options;
  var plugins = options.plugins = options.plugins || {};
  var hidden = {};
  meta.hidden.forEach(function (i) { hidden[i] = true; });
  var nf = new Intl.NumberFormat(meta.locale, { maximumFractionDigits: meta.digits });
  function fmt(v) { return typeof v === 'number' && isFinite(v) ? nf.format(v) : '\u2014'; }
  function withUnit(s) {
    if (!meta.unit) return s;
    return meta.unit.charAt(0) === '%' ? s + meta.unit : s + ' ' + meta.unit;
  }
  var legend = plugins.legend = plugins.legend || {};
  legend.labels = legend.labels || {};
  legend.labels.filter = function (item) { return !hidden[item.datasetIndex]; };
  legend.onClick = function (event, item, l) {
    var chart = l.chart;
    var group = meta.groups[item.datasetIndex] || [item.datasetIndex];
    var show = !chart.isDatasetVisible(item.datasetIndex);
    group.forEach(function (i) { chart.setDatasetVisibility(i, show); });
    chart.update();
  };
  var tooltip = plugins.tooltip = plugins.tooltip || {};
  tooltip.filter = function (item) { return !hidden[item.datasetIndex]; };
  tooltip.callbacks = {
    label: function (ctx) {
      var lo = meta.ranges[ctx.datasetIndex];
      if (lo !== undefined) {
        var low = ctx.chart.data.datasets[lo].data[ctx.dataIndex];
        return ctx.dataset.label + ': ' + withUnit(fmt(low) + ' \u2013 ' + fmt(ctx.raw));
      }
      return ctx.dataset.label + ': ' + withUnit(fmt(ctx.raw));
    }
  };
  if (meta.total) {
    tooltip.callbacks.footer = function (items) {
      var sum = 0;
      items.forEach(function (it) { if (typeof it.raw === 'number' && isFinite(it.raw)) sum += it.raw; });
      return meta.totalLabel + ': ' + withUnit(fmt(sum));
    };
  }
  if (meta.yearTicks) {
    var ticks = options.scales.x.ticks = options.scales.x.ticks || {};
    ticks.autoSkip = false;
    ticks.callback = function (value) {
      var label = String(this.getLabelForValue(value));
      return /-01$/.test(label) ? meta.yearTicks.replace('{year}', label.slice(0, 4)) : null;
    };
  }
  return config;
}`;

/** The page's script: hydrate and draw every chart, redraw at print size when printing. */
export const RUNTIME_JS = `(function () {
  'use strict';
  ${HYDRATE_JS}
  var charts = [];
  function resizeAll(ratio) {
    charts.forEach(function (c) {
      c.options.devicePixelRatio = ratio;
      c.resize();
    });
  }
  function boot() {
    var specs = JSON.parse(document.getElementById(${JSON.stringify(CHARTS_JSON_ID)}).textContent);
    Chart.defaults.font.family = ${JSON.stringify(CHART_FONT)};
    Chart.defaults.color = '#333';
    specs.forEach(function (spec) {
      var canvas = document.getElementById('chart-' + spec.id);
      if (canvas) charts.push(new Chart(canvas, cogovHydrate(spec.config, spec.meta)));
    });
    window.addEventListener('beforeprint', function () { resizeAll(3); });
    window.addEventListener('afterprint', function () { resizeAll(undefined); });
    if (window.matchMedia) {
      var print = window.matchMedia('print');
      var onChange = function (e) { resizeAll(e.matches ? 3 : undefined); };
      if (print.addEventListener) print.addEventListener('change', onChange);
      else if (print.addListener) print.addListener(onChange);
    }
    window.cogovCharts = charts;
    document.documentElement.setAttribute('data-charts', String(charts.length));
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
  else boot();
})();
`;
