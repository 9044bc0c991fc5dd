/**
 * The city map's words in English and Chinese: stages, per-community variables and their units,
 * the explorer's map controls and the report's small multiples. Chinese terms are the guidance's
 * (项目库, 三上三下, 表决, 招标, 审批, 施工, 竣工). Pure.
 */
import { message, type MessageTables, type TemplateVars } from '../sim/kernel/i18n.js';
import type { SnapshotVariable, Stage } from '../sim/model/community-snapshots.js';
import type { Lang } from './types.js';

const EN = {
  'stage.notInLibrary': 'Not yet in the project library',
  'stage.renovatedBefore': 'Renovated before the start',
  'stage.inLibrary': 'In the project library',
  'stage.consultation': 'Consultation (three rounds up and down)',
  'stage.vote': 'Owners’ vote',
  'stage.funding': 'Tender and funding',
  'stage.approval': 'Funded, in approval',
  'stage.construction': 'Under construction',
  'stage.completed': 'Completed',
  'stage.stalled': 'Stalled (waiting to re-enter the library)',
  'var.participation': 'Participation in consultation',
  'var.consent': 'Consent in the last vote (share of area)',
  'var.trust': 'Trust (mean of households)',
  'var.functionality': 'Functionality Q(t)',
  'var.communityFund': 'Community fund balance',
  'unit.share': 'share, 0–100 %',
  'unit.index': 'index, 0–1',
  'unit.rmb': 'RMB',
  noData: 'No data (undefined)',
  mapTitle: 'City map',
  mapColour: 'Colour by',
  mapStage: 'Stage',
  mapRun: 'Run shown',
  mapMonth: 'Month',
  mapPlay: 'Play',
  mapPause: 'Pause',
  mapLoading: 'Recording run {run} (seed {seed}) community by community…',
  mapReady: 'Run {run} (seed {seed}): {communities} communities, {months} months.',
  mapIdle: 'Run an ensemble to see its city map.',
  mapError: 'The map’s run failed: {message}',
  mapHint: 'Hover a cell for its state; click it (or move with the arrow keys) for its story.',
  mapLegendUnit: 'Unit: {unit}',
  mapCommunity: 'Community {name} (no. {id}), {district}',
  mapStageIs: 'Stage: {stage}',
  timelineTitle: 'Story of community {name} (no. {id}), run {run}, seed {seed}',
  timelineLoading: 'Reading the event log…',
  timelineEmpty: 'No event was logged for this community.',
  smallMultiplesTitle: 'Where renewal stands: stage of every community at {n} dates',
  smallMultiplesNote:
    'One run (run 0, seed {seed}) re-run with the per-community observer when this report was written; each cell is a community, grouped by district, in id order (the scenario gives no streets or coordinates).',
  smallMultiplesCount: '{done} of {pending} completed',
};

/** Keys of the city map's words. */
export type CityMapWordKey = keyof typeof EN;

const ZH: Record<CityMapWordKey, string> = {
  'stage.notInLibrary': '未入项目库',
  'stage.renovatedBefore': '期初前已改造',
  'stage.inLibrary': '已入项目库',
  'stage.consultation': '协商（三上三下）',
  'stage.vote': '业主表决',
  'stage.funding': '招标与资金筹措',
  'stage.approval': '资金落实，审批中',
  'stage.construction': '施工中',
  'stage.completed': '已竣工',
  'stage.stalled': '停滞（等待重新入库）',
  'var.participation': '协商参与率',
  'var.consent': '最近一次表决同意率（按面积）',
  'var.trust': '信任（住户均值）',
  'var.functionality': '功能水平 Q(t)',
  'var.communityFund': '小区公共资金余额',
  'unit.share': '比例，0–100%',
  'unit.index': '指数，0–1',
  'unit.rmb': '元',
  noData: '无数据（未定义）',
  mapTitle: '城市地图',
  mapColour: '着色依据',
  mapStage: '阶段',
  mapRun: '显示的运行',
  mapMonth: '月份',
  mapPlay: '播放',
  mapPause: '暂停',
  mapLoading: '正在逐小区记录第 {run} 次运行（种子 {seed}）……',
  mapReady: '第 {run} 次运行（种子 {seed}）：{communities} 个小区，{months} 个月。',
  mapIdle: '运行一组模拟后即可查看城市地图。',
  mapError: '地图所用的运行失败：{message}',
  mapHint: '鼠标悬停查看小区状态；点击（或用方向键移动）查看其经历。',
  mapLegendUnit: '单位：{unit}',
  mapCommunity: '小区 {name}（编号 {id}），{district}',
  mapStageIs: '阶段：{stage}',
  timelineTitle: '小区 {name}（编号 {id}）的经历：第 {run} 次运行，种子 {seed}',
  timelineLoading: '正在读取事件日志……',
  timelineEmpty: '该小区没有记录到事件。',
  smallMultiplesTitle: '更新进展：{n} 个时点各小区所处阶段',
  smallMultiplesNote:
    '取一次运行（第 0 次，种子 {seed}），在生成本报告时以逐小区记录重新运行；每格为一个小区，按区分组、按编号排列（情景未给出街道或坐标）。',
  smallMultiplesCount: '{pending} 个待改造小区中 {done} 个已竣工',
};

/** The city map's words in both languages. */
export const CITYMAP_WORDS: MessageTables<CityMapWordKey> = { en: EN, zh: ZH };

/** The city map word `key` in `lang`. */
export function cw(lang: Lang, key: CityMapWordKey, vars: TemplateVars = {}): string {
  return message(CITYMAP_WORDS, lang, key, vars);
}

/** A stage's name. */
export function stageName(lang: Lang, s: Stage): string {
  return cw(lang, `stage.${s}`);
}

/** A variable's name. */
export function variableName(lang: Lang, v: SnapshotVariable): string {
  return cw(lang, `var.${v}`);
}
