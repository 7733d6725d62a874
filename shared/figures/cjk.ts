/**
 * Figures of Chinese, Japanese and Korean text, which write no space between a number and its
 * words and group large numbers by ten thousands: `3万人` (30,000 people), `1億2000万円`
 * (120 million yen), `1.2亿元`, `3만 명`, dates `2024年6月4日` / `2024년 6월 4일` and the Japanese era
 * years `令和6年`, clock times `午後3時30分`, durations `3か月` / `3个月` / `3개월`, `5日間`, `2時間`,
 * percents `5%` / `5パーセント` / `5퍼센트`, money `100ドル`, `500万美元`, `100만 원`, `¥100`, ordinals
 * `第3`, `3位`, `3번째`, ranges `3〜5万人` (both ends in ten thousands), `3至5`, and the hedges and
 * bounds before and after a number (`約`, `约`, `약`, `以上`, `以下`, `未満`, `超`, `余り`, `多`, `近く`,
 * `前後`, `左右`, `이상`, `미만`, `여`, `가량`, `最大`, `至少`, `不到`).
 *
 * Only numbers written with digits (ASCII or full-width) are read: a numeral in Han characters
 * (`三人`, `二十`) is also part of words and names (`一般`, `統一`, `三菱`, `九州`), and a reader that
 * half knows them would flag every one it misses (as other-languages.ts leaves compound number words
 * unread). A number glued to a Latin letter or a hyphen-joined code (`F-16`, `G7`, `COVID-19`), or
 * before `号` / `条` / `호` / `조` (a number, an article), is an identifier, no figure. Pure functions,
 * no I/O; offsets are those of the text given.
 */
import type { Figure, FigureKind, Qualifier } from './types';

type Draft = Omit<Figure, 'sentence'>;

/** The languages read here (primary subtags). */
export const CJK_LANGS: ReadonlySet<string> = new Set(['zh', 'ja', 'ko', 'yue', 'wuu', 'lzh']);
/** Chinese, in any of its primary subtags (`元` after a number is its yuan, `点` its hour). */
const isChinese = (lang: string): boolean => lang === 'zh' || lang === 'yue' || lang === 'wuu' || lang === 'lzh';

/** Full-width digits, comma, full stop and percent as ASCII, one character for one (offsets hold). */
function halfWidth(text: string): string {
  return text.replace(/[\uff05\uff0c\uff0e\uff10-\uff19]/g, (ch) => {
    const c = ch.charCodeAt(0);
    if (c >= 0xff10) return String(c - 0xff10);
    return c === 0xff05 ? '%' : c === 0xff0c ? ',' : '.';
  });
}

/** Scale characters after digits: the small ones (十 百 千) and the large (万 億 兆), Han and Hangul. */
const SMALL: Record<string, number> = { 十: 10, 百: 100, 千: 1e3, 십: 10, 백: 100, 천: 1e3 };
const LARGE: Record<string, number> = { 万: 1e4, 萬: 1e4, 億: 1e8, 亿: 1e8, 兆: 1e12, 만: 1e4, 억: 1e8, 조: 1e12 };

/** A number in digits: grouped by commas or not, with decimals. */
const DIGITS = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/y;
/**
 * One scale after a number: an optional small scale and an optional large one, at least one of them (`3百万`, `5千`,
 * `2万`, `1천만`); Chinese writes a trillion as ten thousand hundred millions (`126万亿`, `1.5萬億`).
 */
const SCALE = /[十百千십백천]?(?:万亿|萬億|[万萬億亿兆만억조])|[十百千십백천](?![万萬億亿兆만억조])/y;

interface NumberRead {
  start: number;
  end: number;
  value: number;
  /** The largest scale written (1e4 for `3万`); 1 when none. */
  scale: number;
}

/**
 * The number at `i` (digits, then scale characters, and more digits with smaller scales after a
 * large one: `1億2000万`, `1만 5000`): undefined when no digit starts there.
 */
function readNumber(t: string, i: number, digitsOnly = false): NumberRead | undefined {
  let total = 0;
  let pos = i;
  let lastLarge = Infinity;
  let scale = 1;
  for (let part = 0; ; part++) {
    DIGITS.lastIndex = pos;
    const d = DIGITS.exec(t);
    if (!d) break;
    const n = Number(d[0].replace(/,/g, ''));
    let at = pos + d[0].length;
    SCALE.lastIndex = at;
    const s = digitsOnly ? null : SCALE.exec(t);
    let mult = 1;
    if (s) {
      const chars = [...s[0]];
      mult = chars.reduce((m, c) => m * (SMALL[c] ?? LARGE[c] ?? 1), 1);
      at += s[0].length;
    }
    // a later part must be smaller than the large scale before it (`1億2000万`, `3万5000`)
    if (part > 0 && n * mult >= lastLarge) break;
    total += n * mult;
    pos = at;
    scale = Math.max(scale, mult);
    if (mult < 1e4) break;
    lastLarge = mult;
    // Korean writes a space between the parts (`1억 2000만`)
    const next = t[pos] === ' ' && /\d/.test(t[pos + 1] ?? '') ? pos + 1 : pos;
    if (!/\d/.test(t[next] ?? '')) break;
    DIGITS.lastIndex = next;
    const peek = DIGITS.exec(t);
    if (!peek) break;
    pos = next;
  }
  if (pos === i) return undefined;
  // (a trailing space before a part that did not join is not the number's)
  let end = pos;
  while (end > i && t[end - 1] === ' ') end--;
  return { start: i, end, value: Number(total.toPrecision(15)), scale };
}

/** Hedges and bounds right before a number, longest first. */
const BEFORE: Array<[string, Qualifier]> = [
  // (a negated bound first: `不超过` is "no more than", not `超过`)
  ['不超过', 'at-most'],
  ['不超過', 'at-most'],
  ['少なくとも', 'at-least'],
  ['およそ', 'about'],
  ['おおよそ', 'about'],
  ['大約', 'about'],
  ['大约', 'about'],
  ['大概', 'about'],
  ['超過', 'more-than'],
  ['超过', 'more-than'],
  ['最大', 'up-to'],
  ['最高', 'up-to'],
  ['最多', 'up-to'],
  ['最低', 'at-least'],
  ['至少', 'at-least'],
  ['不到', 'less-than'],
  ['不足', 'less-than'],
  ['ほぼ', 'about'],
  ['적어도', 'at-least'],
  ['최소', 'at-least'],
  ['최대', 'up-to'],
  ['대략', 'about'],
  ['約', 'about'],
  ['约', 'about'],
  ['近', 'about'],
  ['逾', 'more-than'],
  ['약', 'about'],
];

/** Hedges and bounds right after a number and its counter (`3万人以上`, `3만 명 이상`), longest first. */
const AFTER: Array<[string, Qualifier]> = [
  ['あまり', 'more-than'],
  ['以上', 'more-than'],
  ['以下', 'at-most'],
  ['未満', 'less-than'],
  ['超え', 'more-than'],
  ['余り', 'more-than'],
  ['近く', 'about'],
  ['前後', 'about'],
  ['程度', 'about'],
  ['ほど', 'about'],
  ['くらい', 'about'],
  ['ぐらい', 'about'],
  ['左右', 'about'],
  ['上下', 'about'],
  ['이상', 'more-than'],
  ['이하', 'at-most'],
  ['미만', 'less-than'],
  ['가량', 'about'],
  ['정도', 'about'],
  ['쯤', 'about'],
  ['超', 'more-than'],
  ['余', 'more-than'],
  ['強', 'more-than'],
  ['弱', 'less-than'],
];

/** Hedges between a number's scale and its counter (`3万多人`, `3万余人`, `3만여 명`). */
const INSIDE: Array<[string, Qualifier]> = [
  ['多', 'more-than'],
  ['余', 'more-than'],
  ['餘', 'more-than'],
  ['여', 'more-than'],
];

/** Currency words and signs after a number (the longest first), and signs before it. */
const CURRENCY_AFTER: Array<[string, string]> = [
  ['人民币', 'CNY'],
  ['人民幣', 'CNY'],
  ['印尼盾', 'IDR'],
  ['新台币', 'TWD'],
  ['新台幣', 'TWD'],
  ['台湾ドル', 'TWD'],
  ['香港ドル', 'HKD'],
  ['豪ドル', 'AUD'],
  ['ルピア', 'IDR'],
  ['루피아', 'IDR'],
  ['ユーロ', 'EUR'],
  ['ポンド', 'GBP'],
  ['ウォン', 'KRW'],
  ['ドル', 'USD'],
  ['美元', 'USD'],
  ['美金', 'USD'],
  ['欧元', 'EUR'],
  ['歐元', 'EUR'],
  ['日元', 'JPY'],
  ['日圆', 'JPY'],
  // (the names Traditional Chinese and Taiwan write: `1億2000萬日圓`, `台幣`)
  ['日圓', 'JPY'],
  ['日幣', 'JPY'],
  ['日币', 'JPY'],
  ['台幣', 'TWD'],
  ['台币', 'TWD'],
  ['新加坡元', 'SGD'],
  ['新幣', 'SGD'],
  ['新币', 'SGD'],
  ['澳元', 'AUD'],
  ['澳幣', 'AUD'],
  ['澳币', 'AUD'],
  ['令吉', 'MYR'],
  ['馬幣', 'MYR'],
  ['马币', 'MYR'],
  ['泰銖', 'THB'],
  ['泰铢', 'THB'],
  ['盧比', 'INR'],
  ['英镑', 'GBP'],
  ['英鎊', 'GBP'],
  ['港元', 'HKD'],
  ['港币', 'HKD'],
  ['港幣', 'HKD'],
  ['韩元', 'KRW'],
  ['韓元', 'KRW'],
  ['卢比', 'INR'],
  ['달러', 'USD'],
  ['유로', 'EUR'],
  ['위안', 'CNY'],
  ['파운드', 'GBP'],
  ['円', 'JPY'],
  ['元', 'CNY'],
  ['圓', 'CNY'],
  ['엔', 'JPY'],
  ['원', 'KRW'],
];
/** The currency word at the start of `rest`, after a number (`元` is the yuan in Chinese only). */
function currencyAfter(rest: string, lang: string): readonly [string, string] | undefined {
  const cur = startsWithAny(rest, 0, CURRENCY_AFTER);
  return cur && !(cur[0] === '元' && !isChinese(lang)) ? cur : undefined;
}
const CURRENCY_BEFORE: Array<[string, string]> = [
  ['US$', 'USD'],
  ['HK$', 'HKD'],
  ['NT$', 'TWD'],
  ['RMB', 'CNY'],
  ['$', 'USD'],
  ['¥', 'JPY'],
  ['￥', 'JPY'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['₩', 'KRW'],
];

/** Percentage points after a number or its percent sign (`p` only after the sign: `0.3%p`). */
const POINTS_AFTER = /^(?:ポイント|포인트|(?:个|個)?百分[点點]|p(?![A-Za-z]))/;
/** Percent words after a number. */
const PERCENT = ['パーセント', '퍼센트', '프로', '%'];

/** Durations: the word after a number and its unit (the longest first). */
const DURATION: Array<[string, string]> = [
  ['カ月間', 'month'],
  ['か月間', 'month'],
  ['ヶ月間', 'month'],
  ['ケ月間', 'month'],
  ['ヵ月間', 'month'],
  ['カ月', 'month'],
  ['か月', 'month'],
  ['ヶ月', 'month'],
  ['ケ月', 'month'],
  ['ヵ月', 'month'],
  ['个月', 'month'],
  ['個月', 'month'],
  ['개월', 'month'],
  ['年間', 'year'],
  ['週間', 'week'],
  ['日間', 'day'],
  ['時間', 'hour'],
  ['小时', 'hour'],
  ['小時', 'hour'],
  ['分間', 'minute'],
  ['分钟', 'minute'],
  ['分鐘', 'minute'],
  ['秒間', 'second'],
  // (`3일 동안`, "for three days": a count of days, where `3일` alone is the 3rd)
  ['일 동안', 'day'],
  ['일동안', 'day'],
  ['일간', 'day'],
  ['시간', 'hour'],
  ['주간', 'week'],
  ['星期', 'week'],
  ['礼拜', 'week'],
  ['禮拜', 'week'],
  ['天', 'day'],
  ['周', 'week'],
  ['週', 'week'],
  ['秒', 'second'],
  ['초', 'second'],
  ['분', 'minute'],
  ['년', 'year'],
  ['年', 'year'],
];

/** Counters and unit words after a number that say what it counts (kept as the figure's unit; the longest first). */
const COUNTERS =
  'カ国 か国 ヶ国 ヵ国 개국 마리 가구 세대 人 名 件 台 個 个 頭 头 匹 隻 只 艘 機 架 棟 座 戸 户 社 家 校 所 本 枚 冊 回 次 度 歳 岁 人次 辆 輛 项 項 条 種 种 群 团 団 队 隊 발 곳 건 대 명 개 척 채 세 번 회 차 km キロ 킬로 kg トン 吨 噸 톤 ha 헥타르 ヘクタール 公顷 公里 メートル 미터 米 평 坪'.split(' ');

/** After a number: it names something (`3号`, `第5条`, `3호`, `제2조`), not a quantity. */
const NAMING_AFTER = /^(?:号|號|호|条|條|番地|丁目|番線|便)/;
/** After a number: a multiplier (`3倍`, `3배`). */
const MULTIPLIER_AFTER = /^(?:倍|배)/;
/** Ordinal words after a number (`3位`, `3番目`, `3번째`, `3위`, `3등`). */
const ORDINAL_AFTER = /^(?:番目|位|위|번째|째|등)/;
/** Ordinal words before it (`第3`, `제3`). */
const ORDINAL_BEFORE = /(?:第|제)\s?$/;
/** Clock words: `午後3時`, `下午3点`, `오후 3시`. */
const PM_BEFORE = /(?:午後|下午|晚上|傍晚|오후|저녁|밤)\s?$/;
const AM_BEFORE = /(?:午前|上午|早上|凌晨|오전|새벽|아침)\s?$/;
/** Range joiners between two numbers. */
const RANGE_JOIN = /^\s?(?:〜|～|~|-|–|—|至|到|から|에서|부터)\s?/;
/** The Japanese eras a year may be counted in (`令和6年` = 2024, `令和元年` = 2019). */
const ERAS: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925 };
/** A year's suffixes that make it another thing: `2020年代` (the 2020s), `3年生` (a pupil of year 3), `6年制`. */
const NOT_A_YEAR = /^[年년](?:代|生|级|級|制|대)/;
/** A fraction: `3分の1`, `3分之1`, `3분의 1` (neither number is a count). */
const FRACTION = /^\d+\s?(?:分の|分之|분의)\s?\d+/;

function startsWithAny<T>(t: string, at: number, list: ReadonlyArray<readonly [string, T]>): readonly [string, T] | undefined {
  for (const e of list) if (t.startsWith(e[0], at)) return e;
  return undefined;
}

function endsWithAny<T>(before: string, list: ReadonlyArray<readonly [string, T]>): readonly [string, T] | undefined {
  const trimmed = before.endsWith(' ') ? before.slice(0, -1) : before;
  for (const e of list) if (trimmed.endsWith(e[0])) return e;
  return undefined;
}

/** A hedge or bound right before `start` (`約`, `약 `, `最大`): its qualifier and where it starts. */
function hedgeBefore(t: string, start: number): [Qualifier, number] | undefined {
  const hedge = endsWithAny(t.slice(Math.max(0, start - 8), start), BEFORE);
  return hedge && [hedge[1], start - hedge[0].length - (t[start - 1] === ' ' ? 1 : 0)];
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
const isLatin = (c: string | undefined): boolean => c !== undefined && /[A-Za-z]/.test(c);

/** A date at `i`: `2024年6月4日`, `2024년 6월 4일`, `6月4日`, `2024年6月`, `6月`, `4日` (the 4th), an era year. */
function readDate(t: string, i: number, eraBase: number | undefined): { end: number; value: string } | undefined {
  const m = /^(\d{1,4})\s?[年년](?!間|间|간|代|生|级|級|制)(?:\s?(\d{1,2})\s?[月월](?!間|间|간)(?:\s?(\d{1,2})\s?[日号號일](?!間|间|간))?)?/.exec(t.slice(i));
  if (m) {
    const year = eraBase !== undefined ? eraBase + Number(m[1]) : Number(m[1]);
    // a year of four digits (or an era's): a date; a short number before 年 is a duration, read elsewhere
    if (eraBase === undefined && (m[1].length !== 4 || year < 1000)) return undefined;
    const month = m[2] !== undefined ? Number(m[2]) : undefined;
    const day = m[3] !== undefined ? Number(m[3]) : undefined;
    if (month !== undefined && (month < 1 || month > 12)) return undefined;
    if (day !== undefined && (day < 1 || day > 31)) return undefined;
    const end = i + m[0].length;
    const value = month === undefined ? String(year) : day === undefined ? `${year}-${pad2(month)}` : `${year}-${pad2(month)}-${pad2(day)}`;
    return { end, value };
  }
  const md = /^(\d{1,2})\s?[月월](?!間|间|간)(?:\s?(\d{1,2})\s?[日号號일](?!間|间|간))?/.exec(t.slice(i));
  if (md) {
    const month = Number(md[1]);
    if (month < 1 || month > 12) return undefined;
    if (md[2] === undefined) return { end: i + md[0].length, value: `--${pad2(month)}` };
    const day = Number(md[2]);
    if (day < 1 || day > 31) return undefined;
    return { end: i + md[0].length, value: `--${pad2(month)}-${pad2(day)}` };
  }
  // (a day alone: `4日`, `4일`; `4号` only after its month, as `3号` is also "No. 3")
  const d = /^(\d{1,2})\s?[日일](?!間|间|간|本|元|圓|만|\s?동안|까지간)/.exec(t.slice(i));
  if (d) {
    const day = Number(d[1]);
    if (day < 1 || day > 31) return undefined;
    return { end: i + d[0].length, value: `---${pad2(day)}` };
  }
  return undefined;
}

/** A clock time at `i`: `3時30分`, `15時`, `3点半`, `3시 30분`, `15:30`. */
function readTime(t: string, i: number, lang: string, pm: boolean): { end: number; value: string } | undefined {
  const colon = /^(\d{1,2}):(\d{2})(?!\d)/.exec(t.slice(i));
  const words = isChinese(lang) ? /^(\d{1,2})\s?[时時点點](?!間|间|钟|鐘)(?:\s?(\d{1,2})\s?分(?!钟|鐘|之)|(半))?/ : /^(\d{1,2})\s?[時시](?!間|간)(?:\s?(\d{1,2})\s?[分분](?!間|の|의)|(半|반))?/;
  const m = colon ?? words.exec(t.slice(i));
  if (!m) return undefined;
  let h = Number(m[1]);
  const min = m[2] !== undefined ? Number(m[2]) : m[3] !== undefined ? 30 : 0;
  if (pm && h < 12) h += 12;
  if (h > 24 || min > 59) return undefined;
  return { end: i + m[0].length, value: `${pad2(h)}:${pad2(min)}` };
}

/** The figures of a Chinese, Japanese or Korean text (`lang`: its primary subtag). */
export function scanCjk(raw: string, lang: string): Draft[] {
  const t = halfWidth(raw);
  // (Chinese and Japanese numerals in Han characters before a counter; Korean counts in its own words)
  const out: Draft[] = lang === 'ko' ? [] : hanFigures(t, raw, lang);
  let i = 0;
  while (i < t.length) {
    if (!/\d/.test(t[i])) {
      i++;
      continue;
    }
    const before = t.slice(Math.max(0, i - 8), i);
    const prev = t[i - 1];
    // a code or a name with digits (`F-16`, `G7`, `COVID-19`, `3a`), a placeholder of a tool or a format string
    // (`{0}`, `{1}`, `%1$s`): no figure
    if (isLatin(prev) || (prev === '-' && isLatin(t[i - 2])) || prev === '.' || prev === '/' || (prev === '{' && /^\d{1,3}\}/.test(t.slice(i, i + 4))) || (prev === '%' && /^\d{1,2}\$/.test(t.slice(i, i + 3)))) {
      i = skipDigits(t, i);
      continue;
    }
    const fraction = FRACTION.exec(t.slice(i, i + 16));
    if (fraction) {
      i += fraction[0].length;
      continue;
    }
    const figure = readFigureAt(t, i, before, lang);
    if (!figure) {
      i = skipDigits(t, i);
      continue;
    }
    out.push({ ...figure, text: raw.slice(figure.start, figure.end) });
    i = Math.max(figure.end, i + 1);
  }
  halves(t, raw, out);
  belowZero(t, raw, out);
  return out.sort((x, y) => x.start - y.start);
}

/** Words of "below zero" right before a number (`零下5度`, `氷点下5度`, `マイナス5度`, `영하 5도`): the number is negative. */
const BELOW_ZERO = ['零下', '氷点下', '冰点下', 'マイナス', '영하', '영하 '];

function belowZero(t: string, raw: string, figures: Draft[]): void {
  for (const f of figures) {
    if (typeof f.value !== 'number' || f.value <= 0 || (f.kind !== 'count' && f.kind !== 'other')) continue;
    const word = BELOW_ZERO.find((w) => t.slice(Math.max(0, f.start - w.length), f.start) === w);
    if (!word) continue;
    f.value = -f.value;
    f.start -= word.length;
    f.text = raw.slice(f.start, f.end);
  }
}

/** A half after a duration (`2時間半`, two and a half hours) or between a number and its unit of time (`4个半小时`). */
const HALF_AFTER = /^半/;
const HALF_INSIDE = /^(?:个|個)?半(小时|小時|時間|天|日|年|个月|個月|か月|ヶ月)/;
const HALF_UNITS: Record<string, string> = { 小时: 'hour', 小時: 'hour', 時間: 'hour', 天: 'day', 日: 'day', 年: 'year', 个月: 'month', 個月: 'month', か月: 'month', ヶ月: 'month' };

function halves(t: string, raw: string, figures: Draft[]): void {
  for (const f of figures) {
    if (typeof f.value !== 'number' || !Number.isInteger(f.value) || (f.kind !== 'duration' && f.kind !== 'count')) continue;
    const rest = t.slice(f.end, f.end + 6);
    const inside = f.kind === 'count' ? HALF_INSIDE.exec(t.slice(f.end - (f.unit?.length ?? 0), f.end - (f.unit?.length ?? 0) + 8)) : null;
    if (f.kind === 'duration' && HALF_AFTER.test(rest)) f.end += 1;
    else if (inside) {
      f.end = f.end - (f.unit?.length ?? 0) + inside[0].length;
      f.kind = 'duration';
      f.durationUnit = HALF_UNITS[inside[1]];
      delete f.unit;
    } else continue;
    f.value += 0.5;
    f.text = raw.slice(f.start, f.end);
  }
}

const HAN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const HAN_SMALL: Record<string, number> = { 十: 10, 百: 100, 千: 1e3 };
const HAN_LARGE: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };
/** A numeral in Han characters, with decimals after `点` in Chinese (`三点五`) and a large scale after them (`三点五亿`). */
const HAN_RUN = /[〇零一二两兩三四五六七八九十百千万萬亿億]+(?:[点點]([〇零一二三四五六七八九]+)([万萬亿億]{0,2}))?/g;

/** The value of a numeral in Han characters (`三`, `十二`, `两千五百`, `三万`); undefined for a run that is no one number (`二三`, "two or three"). */
export function hanValue(run: string): number | undefined {
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const ch of run) {
    if (ch in HAN_DIGITS) {
      if (digit !== undefined) return undefined;
      digit = HAN_DIGITS[ch];
    } else if (ch in HAN_SMALL) {
      section += (digit ?? 1) * HAN_SMALL[ch];
      digit = undefined;
    } else {
      const large = HAN_LARGE[ch];
      if (section + (digit ?? 0) === 0) return undefined;
      total += (section + (digit ?? 0)) * large;
      section = 0;
      digit = undefined;
    }
  }
  return total + section + (digit ?? 0);
}

/** The value of a numeral matched by HAN_RUN: its whole part, the decimals after `点` and the scale after those. */
function hanRunValue(m: RegExpMatchArray): number | undefined {
  if (m[1] === undefined) return hanValue(m[0]);
  // (the whole part before `点`, with no large scale of its own: `三点五亿`, not `三万点五`)
  const wholePart = m[0].slice(0, m[0].length - m[1].length - m[2].length - 1);
  const whole = /[万萬亿億]/.test(wholePart) ? undefined : hanValue(wholePart);
  if (whole === undefined) return undefined;
  let v = whole;
  let place = 0.1;
  for (const ch of m[1]) {
    v += HAN_DIGITS[ch] * place;
    place /= 10;
  }
  for (const ch of m[2]) v *= HAN_LARGE[ch];
  return Number(v.toPrecision(12));
}

/** `百分之` before a number (Chinese: "per cent of"): `百分之五十`, `百分之3.5`. */
const PERCENT_OF_BEFORE = /百分之\s?$/;
/**
 * Tenths written as a share after a number: Japanese `割` (`4割` is 40%, `4割5分` 45%) and Chinese `成`
 * (`三成` is 30%); the match gives the tenths and any hundredths after them.
 */
function tenthsAfter(t: string, at: number, lang: string): { end: number; hundredths: number } | undefined {
  if (lang === 'ja' && t[at] === '割' && !/^割(?:り|合|安|高|賦|当|譲)/.test(t.slice(at, at + 2))) {
    const parts = /^割(?:([一二三四五六七八九]|\d)分)?/.exec(t.slice(at))!;
    const h = parts[1] === undefined ? 0 : /\d/.test(parts[1]) ? Number(parts[1]) : HAN_DIGITS[parts[1]];
    return { end: at + parts[0].length, hundredths: h };
  }
  // (`一成不变`: "unchanging"; `成为`, `成立`, `成功`, `成本`, `成员`, `成绩`, `成果`: words that start with 成)
  if (isChinese(lang) && t[at] === '成' && !/^成(?:不|为|為|立|功|本|员|員|绩|績|果|交|长|長|就|了|型|品|熟|都|年|人)/.test(t.slice(at, at + 2))) return { end: at + 1, hundredths: 0 };
  return undefined;
}

/** Counters after a numeral in Han characters that make it a count (the longest first): `三个孩子`, `二人`, `五名`. */
const HAN_COUNTERS = ['カ国', 'か国', 'ヶ国', '个', '個', '名', '位', '人', '家', '座', '辆', '輛', '架', '艘', '头', '頭', '只', '隻', '匹', '次', '回', '岁', '歳', '歲', '件', '台', '枚', '项', '項', '国', 'つ'];
/** Units of time after one: a duration (`三天`, `两个月`, `五年`, `三週間`). */
const HAN_DURATIONS: Array<[string, string]> = [
  ['个月', 'month'],
  ['個月', 'month'],
  ['か月', 'month'],
  ['カ月', 'month'],
  ['ヶ月', 'month'],
  ['週間', 'week'],
  ['日間', 'day'],
  ['年間', 'year'],
  ['小时', 'hour'],
  ['小時', 'hour'],
  ['時間', 'hour'],
  ['分钟', 'minute'],
  ['分鐘', 'minute'],
  ['星期', 'week'],
  ['天', 'day'],
  ['周', 'week'],
  ['年', 'year'],
];

/**
 * Numerals in Han characters that a counter, a unit of time or a month follows (`三个孩子`, `二人`, `两千名`,
 * `三天`, `五年`, `五月四日`): the only places they are read, as a numeral is also part of words and names
 * (`一般`, `统一`, `三菱`, `九州`). A count of one (`一个`, `一人`: "a", "alone") is no figure; nor is a numeral
 * after a digit (`3万`, read with its digits).
 */
function hanFigures(t: string, raw: string, lang: string): Draft[] {
  const out: Draft[] = [];
  for (const m of t.matchAll(HAN_RUN)) {
    let start = m.index;
    if (/\d/.test(t[start - 1] ?? '')) continue;
    const value = hanRunValue(m);
    if (value === undefined) continue;
    let end = start + m[0].length;
    let rest = t.slice(end);
    let read: Omit<Draft, 'text' | 'start' | 'end' | 'qualifier'> | undefined;
    let qualifier: Qualifier = 'exact';
    // `三十多人`, `两千余名`: more than the number
    const inside = value >= 10 && Number.isInteger(value) ? startsWithAny(t, end, INSIDE) : undefined;
    if (inside && (HAN_COUNTERS.some((c) => rest.startsWith(c, 1)) || startsWithAny(rest, 1, CURRENCY_AFTER))) {
      qualifier = inside[1];
      end += 1;
      rest = rest.slice(1);
    }
    const percentOf = PERCENT_OF_BEFORE.exec(t.slice(Math.max(0, start - 4), start));
    const tenths = tenthsAfter(t, end, lang);
    const currency = currencyAfter(rest, lang);
    const month = /^月(?:([〇零一二两兩三四五六七八九十]+)[日号號])?/.exec(rest);
    if (percentOf && value > 0) {
      read = { kind: 'percent', value };
      start -= percentOf[0].length;
    } else if (tenths && value >= 1 && value <= 10 && Number.isInteger(value)) {
      read = { kind: 'percent', value: value * 10 + tenths.hundredths };
      end = tenths.end;
    } else if (currency && value >= 2 && !/^元(?:素|首|旦|老|帅|帥|化)/.test(rest)) {
      read = { kind: 'money', value, currency: currency[1] };
      end += currency[0].length;
    } else if (month && !/^(?:个|個|か|カ|ヶ)$/.test(t[start - 1] ?? '') && value >= 1 && value <= 12 && Number.isInteger(value)) {
      const day = month[1] !== undefined ? hanValue(month[1]) : undefined;
      if (month[1] !== undefined && (day === undefined || day < 1 || day > 31)) continue;
      read = { kind: 'date', value: day === undefined ? `--${pad2(value)}` : `--${pad2(value)}-${pad2(day)}` };
      end += month[0].length;
    } else if (value >= 2) {
      const dur = HAN_DURATIONS.find(([w]) => rest.startsWith(w));
      const counter = HAN_COUNTERS.find((c) => rest.startsWith(c));
      if (dur && !(dur[0] === '年' && /^年(?:级|級|生|代|度)/.test(rest))) {
        read = { kind: 'duration', value, durationUnit: dur[1] };
        end += dur[0].length;
      } else if (counter) {
        read = { kind: 'count', value, unit: counter };
        end += counter.length;
      }
    }
    if (!read) continue;
    let from = start;
    const ordinal = /(?:第)$/.exec(t.slice(Math.max(0, start - 1), start));
    if (ordinal && read.kind === 'count') {
      read = { kind: 'ordinal', value };
      from -= 1;
    } else {
      const hedge = hedgeBefore(t, start);
      if (hedge) [qualifier, from] = hedge;
      const after = read.kind === 'date' ? undefined : startsWithAny(t, end, AFTER);
      if (after) {
        if (qualifier === 'exact') qualifier = after[1];
        end += after[0].length;
      }
    }
    out.push({ ...read, start: from, end, qualifier, form: 'words', text: raw.slice(from, end) } as Draft);
  }
  return out;
}

function skipDigits(t: string, i: number): number {
  let j = i;
  while (j < t.length && /[\d.,]/.test(t[j])) j++;
  return Math.max(j, i + 1);
}

type Read = Omit<Draft, 'text'>;

function readFigureAt(t: string, i: number, before: string, lang: string): Read | undefined {
  // an era year (`令和6年`, `平成元年` is written with a Han one, not read)
  const era = /(令和|平成|昭和)\s?$/.exec(before);
  if (era) {
    const d = readDate(t, i, ERAS[era[1]]);
    if (d) return { start: i - era[0].length, end: d.end, kind: 'date', value: d.value, qualifier: 'exact' };
  }
  const date = readDate(t, i, undefined);
  if (date && !(/^\d{1,2}\s?[日号號일]$/.test(t.slice(i, date.end)) && ORDINAL_BEFORE.test(before))) {
    // a range of dates (`2023〜2024年`, `6月4〜5日`) is read as two dates
    return { start: i, end: date.end, kind: 'date', value: date.value, qualifier: 'exact' };
  }
  const pm = PM_BEFORE.exec(before);
  const am = AM_BEFORE.exec(before);
  const time = readTime(t, i, lang, pm !== null);
  if (time) {
    const start = pm ? i - pm[0].length : am ? i - am[0].length : i;
    return { start, end: time.end, kind: 'time', value: time.value, qualifier: 'exact' };
  }
  // `第3`, `제3조` (article 3, not 3 trillion): an ordinal's number has no scale
  const num = readNumber(t, i, ORDINAL_BEFORE.test(before));
  if (!num) return undefined;
  let start = i;
  let end = num.end;
  let kind: FigureKind = 'count';
  let value: number | string = num.value;
  let qualifier: Qualifier = 'exact';
  let low: number | undefined;
  let high: number | undefined;
  const extra: Partial<Read> = {};

  if (NOT_A_YEAR.test(t.slice(end))) return undefined;
  // a range: `3〜5万人` (a scale on the second end only is both ends'), `30至50`
  const join = RANGE_JOIN.exec(t.slice(end));
  if (join && /\d/.test(t[end + join[0].length] ?? '')) {
    const second = readNumber(t, end + join[0].length);
    if (second) {
      const lo = num.scale > 1 || second.scale === 1 ? num.value : num.value * second.scale;
      if (lo < second.value) {
        low = lo;
        high = second.value;
        kind = 'range';
        value = `${lo}..${second.value}`;
        end = second.end;
      }
    }
  }
  const scale = num.scale;
  if (scale > 1) extra.scale = scale;
  extra.form = scale > 1 ? 'mixed' : 'digits';

  // currency sign before (`$100`, `¥5000`, `US$3`)
  const sign = endsWithAny(before, CURRENCY_BEFORE);
  if (sign) {
    start = i - sign[0].length - (before.endsWith(' ') ? 1 : 0);
    extra.currency = sign[1];
  }
  // hedges before (`約3万人`, `약 3만 명`, `最大5%`)
  const hedge = hedgeBefore(t, start);
  if (hedge) [qualifier, start] = hedge;
  const ordinalBefore = ORDINAL_BEFORE.exec(t.slice(Math.max(0, start - 3), start));

  // after the number: a hedge inside (`3万多人`), then what it counts or measures
  let at = end;
  const inside = startsWithAny(t, at, INSIDE);
  if (inside && scale >= 1e4) {
    if (qualifier === 'exact') qualifier = inside[1];
    at += inside[0].length;
  }
  const sp = (k: number): number => (t[k] === ' ' ? k + 1 : k);
  const rest = t.slice(sp(at));
  if (NAMING_AFTER.test(rest) && !extra.currency) return undefined;
  // `1인당` (per person, Korean): the base of a rate, no count of one (`1個あたり`: after its counter, below)
  if (num.value === 1 && low === undefined && rest.startsWith('인당')) return undefined;
  // `第5条`, `제3조`, `第2章`: an article or a chapter, named by its number
  if (ordinalBefore && /^(?:条|條|조|項|项|항|章|장|款|関|관)/.test(rest)) return undefined;
  if (ordinalBefore && low === undefined) {
    kind = 'ordinal';
    start -= ordinalBefore[0].length;
    // `第3位`: a place in a ranking
    const rank = /^(?:位|위|등)/.exec(rest);
    if (rank) {
      at = sp(at) + rank[0].length;
      extra.rank = true;
    }
  } else if (ORDINAL_AFTER.test(rest) && low === undefined) {
    const m = ORDINAL_AFTER.exec(rest)!;
    kind = 'ordinal';
    at = sp(at) + m[0].length;
    if (/^(?:位|위|등)/.test(m[0])) extra.rank = true;
  } else if (MULTIPLIER_AFTER.test(rest)) {
    kind = 'other';
    at = sp(at) + 1;
  } else {
    const pct = PERCENT.find((p) => rest.startsWith(p));
    const cur = extra.currency ? undefined : currencyAfter(rest, lang);
    const dur = startsWithAny(rest, 0, DURATION);
    const percentOf = low === undefined && scale === 1 ? PERCENT_OF_BEFORE.exec(before) : null;
    const tenths = low === undefined && scale === 1 && Number.isInteger(num.value) && num.value >= 1 && num.value <= 10 ? tenthsAfter(t, sp(at), lang) : undefined;
    if (percentOf) {
      kind = 'percent';
      start -= percentOf[0].length;
    } else if (tenths) {
      kind = 'percent';
      value = num.value * 10 + tenths.hundredths;
      at = tenths.end;
    } else if (pct || POINTS_AFTER.test(rest)) {
      kind = low !== undefined ? 'range' : 'percent';
      if (low !== undefined) extra.unit = '%';
      // (in percentage points: `0.25%ポイント`, `0.5%포인트`, `0.3%p`, `0.25个百分点`)
      at = sp(at) + (pct?.length ?? 0);
      const points = POINTS_AFTER.exec(t.slice(at));
      if (points && (pct || points[0] !== 'p')) at += points[0].length;
    } else if (cur) {
      extra.currency = cur[1];
      at = sp(at) + cur[0].length;
    } else if (dur) {
      // `3年` is three years in all three languages (a year of four digits was read as a date above)
      if (low === undefined) kind = 'duration';
      extra.durationUnit = dur[1];
      at = sp(at) + dur[0].length;
      if (/^(?:間|间|간|동안)/.test(t.slice(at))) at += 1;
    } else {
      const counter = COUNTERS.find((c) => rest.startsWith(c));
      if (counter) {
        extra.unit = counter;
        at = sp(at) + counter.length;
        // `1個あたり`, `1人当たり`, `1인당`: "per unit", "per person", the base of a rate, no count of one
        if (num.value === 1 && low === undefined && /^(?:あたり|当たり|当り|当|당)/.test(t.slice(at))) return undefined;
      } else if (low === undefined && scale === 1 && num.value >= 1900 && num.value <= 2100 && Number.isInteger(num.value) && !/\d/.test(rest[0] ?? '') && !extra.currency && /^\d{4}$/.test(t.slice(i, end))) {
        // a bare year (`2024`): read as the English reader reads one (not a price, `¥1,980`, nor digits grouped, `1,980`)
        kind = 'date';
        value = String(num.value);
        delete extra.form;
      }
    }
  }
  if (extra.currency && kind === 'count') kind = 'money';
  if (kind === 'range' && extra.currency) extra.unit = extra.unit ?? extra.currency;
  // hedges after (`3万人以上`, `3만 명 이상`, `50%程度`)
  const after = startsWithAny(t, sp(at), AFTER);
  if (after && kind !== 'date' && kind !== 'ordinal') {
    // `以上` after a range or a hedged number is no further bound
    if (qualifier === 'exact' && low === undefined) qualifier = after[1];
    at = sp(at) + after[0].length;
  }
  end = at;
  if (kind === 'ordinal' && typeof value === 'number') value = Math.round(value);
  const out: Read = { start, end, kind, value, qualifier, ...extra };
  if (low !== undefined) {
    out.low = low;
    out.high = high;
  }
  return out;
}
