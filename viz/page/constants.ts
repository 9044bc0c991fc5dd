/** Names the report pages and their builders share. */

/** Fonts of the charts: system UI fonts, then common Chinese fonts, so labels render on any OS. */
export const CHART_FONT =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'PingFang SC', " +
  "'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', " +
  "'WenQuanYi Micro Hei', sans-serif";

/** Id of the script element holding the chart specifications (JSON). */
export const CHARTS_JSON_ID = 'cogov-charts';
