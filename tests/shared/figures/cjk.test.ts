import { describe, expect, it } from 'vitest';
import { extractFromSentence, type Figure } from '../../../shared/figures';
import { segment } from '../../../shared/text/segment';
import { analyse, checkVersions } from '../../../shared/pipeline';

const check = (a: string, tagA: string, b: string) => checkVersions(analyse(a, { lang: 'en', langTag: tagA }), analyse(b, { lang: 'en' })).comparison;

/** The figures of a sentence in a Chinese, Japanese or Korean text, as compact tuples. */
function read(text: string, tag: string): Array<Partial<Figure>> {
  return extractFromSentence(text, 'en', tag).map((f) => {
    const out: Partial<Figure> = { text: f.text, kind: f.kind, value: f.value, qualifier: f.qualifier };
    if (f.unit) out.unit = f.unit;
    if (f.currency) out.currency = f.currency;
    if (f.durationUnit) out.durationUnit = f.durationUnit;
    if (f.low !== undefined) Object.assign(out, { low: f.low, high: f.high });
    if (f.rank) out.rank = true;
    return out;
  });
}

describe('figures of Chinese, Japanese and Korean text', () => {
  it('reads digits with the scale characters of ten thousands and hundred millions', () => {
    expect(read('参加者は3万人だった。', 'ja')).toEqual([{ text: '3万人', kind: 'count', value: 30000, qualifier: 'exact', unit: '人' }]);
    expect(read('工事費は1億2000万円。', 'ja')).toEqual([{ text: '1億2000万円', kind: 'money', value: 120000000, qualifier: 'exact', currency: 'JPY' }]);
    expect(read('投资1.2亿元。', 'zh')).toEqual([{ text: '1.2亿元', kind: 'money', value: 120000000, qualifier: 'exact', currency: 'CNY' }]);
    // a trillion as ten thousand hundred millions (万亿), and with a small scale before a large one (3千亿)
    expect(read('总额126万亿元，另有3千亿元。', 'zh').map((f) => [f.text, f.value])).toEqual([
      ['126万亿元', 126e12],
      ['3千亿元', 3e11],
    ]);
    expect(read('投资1.5萬億美元。', 'zh')[0]).toMatchObject({ value: 1.5e12, currency: 'USD' });
    expect(read('예산은 1억 2000만 원이다.', 'ko')).toEqual([{ text: '1억 2000만 원', kind: 'money', value: 120000000, qualifier: 'exact', currency: 'KRW' }]);
    expect(read('관객 5천 명', 'ko')).toEqual([{ text: '5천 명', kind: 'count', value: 5000, qualifier: 'exact', unit: '명' }]);
    expect(read('全国で3百万世帯', 'ja')[0]).toMatchObject({ value: 3000000 });
  });

  it('reads full-width digits', () => {
    expect(read('被害は１２，０００棟、５％増。', 'ja')).toEqual([
      { text: '１２，０００棟', kind: 'count', value: 12000, qualifier: 'exact', unit: '棟' },
      { text: '５％', kind: 'percent', value: 5, qualifier: 'exact' },
    ]);
  });

  it('reads dates with 年 月 日 (년 월 일) and the Japanese eras', () => {
    expect(read('2024年6月4日に発表した。', 'ja')[0]).toMatchObject({ kind: 'date', value: '2024-06-04' });
    expect(read('6月4日、会议开幕。', 'zh')[0]).toMatchObject({ kind: 'date', value: '--06-04' });
    expect(read('6月4号开幕。', 'zh')[0]).toMatchObject({ kind: 'date', value: '--06-04' });
    expect(read('2024년 6월 4일 발표했다.', 'ko')[0]).toMatchObject({ text: '2024년 6월 4일', kind: 'date', value: '2024-06-04' });
    expect(read('2023年3月期の決算', 'ja')[0]).toMatchObject({ kind: 'date', value: '2023-03' });
    expect(read('令和6年の予算', 'ja')[0]).toMatchObject({ text: '令和6年', kind: 'date', value: '2024' });
    // (a fiscal year: `2024年度末` is the end of fiscal 2024)
    expect(read('2024年度末までに', 'ja')[0]).toMatchObject({ kind: 'date', value: '2024' });
    expect(read('4日に会談した。', 'ja')[0]).toMatchObject({ kind: 'date', value: '---04' });
  });

  it('reads durations in each unit, and no year of four digits as one', () => {
    expect(read('3か月間、5日間、2時間、2週間', 'ja').map((f) => [f.value, f.durationUnit])).toEqual([
      [3, 'month'],
      [5, 'day'],
      [2, 'hour'],
      [2, 'week'],
    ]);
    expect(read('为期3个月，5天，2小时', 'zh').map((f) => [f.value, f.durationUnit])).toEqual([
      [3, 'month'],
      [5, 'day'],
      [2, 'hour'],
    ]);
    expect(read('3개월 동안, 5일간, 2시간', 'ko').map((f) => [f.value, f.durationUnit])).toEqual([
      [3, 'month'],
      [5, 'day'],
      [2, 'hour'],
    ]);
    expect(read('3年かけて完成', 'ja')[0]).toMatchObject({ kind: 'duration', value: 3, durationUnit: 'year' });
  });

  it('reads clock times, with the afternoon words', () => {
    expect(read('午後3時30分に始まった', 'ja')[0]).toMatchObject({ kind: 'time', value: '15:30' });
    expect(read('下午3点半开始', 'zh')[0]).toMatchObject({ kind: 'time', value: '15:30' });
    expect(read('오전 9시에 시작', 'ko')[0]).toMatchObject({ kind: 'time', value: '09:00' });
    expect(read('15:45に終了', 'ja')[0]).toMatchObject({ kind: 'time', value: '15:45' });
    // a Japanese 点 after a number counts items (3点セット), no hour
    expect(read('3点を出品', 'ja')[0]?.kind).not.toBe('time');
  });

  it('reads percents, money and counters', () => {
    expect(read('5パーセント上昇', 'ja')[0]).toMatchObject({ kind: 'percent', value: 5 });
    expect(read('5퍼센트 상승', 'ko')[0]).toMatchObject({ kind: 'percent', value: 5 });
    expect(read('500万美元', 'zh')[0]).toMatchObject({ kind: 'money', value: 5000000, currency: 'USD' });
    expect(read('100달러', 'ko')[0]).toMatchObject({ kind: 'money', value: 100, currency: 'USD' });
    expect(read('$100を支払った', 'ja')[0]).toMatchObject({ kind: 'money', value: 100, currency: 'USD' });
    expect(read('10カ国が参加', 'ja')[0]).toMatchObject({ kind: 'count', value: 10, unit: 'カ国' });
  });

  it('reads a price in the range of years as a price, and `1個あたり` (per unit) as no count', () => {
    expect(read('価格は1個あたり¥1,980である。', 'ja')).toEqual([{ text: '¥1,980', kind: 'money', value: 1980, qualifier: 'exact', currency: 'JPY' }]);
    expect(read('価格は1,980円です。', 'ja')).toEqual([{ text: '1,980円', kind: 'money', value: 1980, qualifier: 'exact', currency: 'JPY' }]);
    expect(check('価格は1個あたり¥1,980である。', 'ja', 'The price is ¥1,980 per unit.').mismatches).toEqual([]);
    // guard: a year written bare is still a year, and three units are a count
    expect(read('1980に設立された。', 'ja')[0]).toMatchObject({ kind: 'date', value: '1980' });
    expect(read('3個を買った。', 'ja')[0]).toMatchObject({ kind: 'count', value: 3 });
    expect(read('1인당 소득은 3만 달러다.', 'ko')).toEqual([{ text: '3만 달러', kind: 'money', value: 30000, qualifier: 'exact', currency: 'USD' }]);
  });

  it('reads hedges and bounds before, inside and after a number', () => {
    expect(read('約3万人が避難', 'ja')[0]).toMatchObject({ text: '約3万人', qualifier: 'about' });
    expect(read('3万人以上が避難', 'ja')[0]).toMatchObject({ text: '3万人以上', qualifier: 'more-than' });
    expect(read('3万人未満', 'ja')[0]).toMatchObject({ qualifier: 'less-than' });
    expect(read('最大5%', 'ja')[0]).toMatchObject({ qualifier: 'up-to' });
    expect(read('3万多人受灾', 'zh')[0]).toMatchObject({ text: '3万多人', qualifier: 'more-than' });
    expect(read('近3万人', 'zh')[0]).toMatchObject({ qualifier: 'about' });
    expect(read('至少20人', 'zh')[0]).toMatchObject({ qualifier: 'at-least' });
    expect(read('약 3만 명', 'ko')[0]).toMatchObject({ text: '약 3만 명', qualifier: 'about' });
    expect(read('3만여 명', 'ko')[0]).toMatchObject({ qualifier: 'more-than' });
    expect(read('100명 이상', 'ko')[0]).toMatchObject({ text: '100명 이상', qualifier: 'more-than' });
  });

  it('reads ranges, a scale on the second end being both ends’', () => {
    expect(read('3〜5万人', 'ja')[0]).toMatchObject({ kind: 'range', value: '30000..50000', low: 30000, high: 50000 });
    expect(read('30至50人', 'zh')[0]).toMatchObject({ kind: 'range', value: '30..50' });
    expect(read('3～5%', 'ja')[0]).toMatchObject({ kind: 'range', value: '3..5', unit: '%' });
  });

  it('reads ordinals and ranks, multipliers apart', () => {
    expect(read('第3四半期', 'ja')[0]).toMatchObject({ kind: 'ordinal', value: 3 });
    expect(read('世界第2位', 'zh')[0]).toMatchObject({ kind: 'ordinal', value: 2, rank: true });
    expect(read('3번째 회의', 'ko')[0]).toMatchObject({ kind: 'ordinal', value: 3 });
    expect(read('売上が3倍に', 'ja')[0]).toMatchObject({ kind: 'other', value: 3 });
  });

  it('reads no identifier, article, fraction or decade as a figure', () => {
    expect(read('F-16戦闘機とG7、COVID-19', 'ja')).toEqual([]);
    expect(read('第5条と3号', 'ja')).toEqual([]);
    expect(read('제3조에 따라', 'ko')).toEqual([]);
    expect(read('3分の1が賛成', 'ja')).toEqual([]);
    expect(read('2020年代に', 'ja')).toEqual([]);
    expect(read('3年生の5人', 'ja').map((f) => f.value)).toEqual([5]);
    // numerals in Han characters are read only before a counter, a unit of time or a month (they are also parts of words and names)
    expect(read('三菱と一般、統一、九州', 'ja')).toEqual([]);
  });
});

describe('numerals in Han characters', () => {
  it('are read before a counter, a unit of time or a month; a count of one is the article, no figure', () => {
    expect(read('三个孩子在家，一个人。', 'zh')).toEqual([{ text: '三个', kind: 'count', value: 3, qualifier: 'exact', unit: '个' }]);
    expect(read('两千名学生', 'zh')[0]).toMatchObject({ kind: 'count', value: 2000 });
    expect(read('三天，五年，两个月', 'zh').map((f) => [f.value, f.durationUnit])).toEqual([
      [3, 'day'],
      [5, 'year'],
      [2, 'month'],
    ]);
    expect(read('五月四日开幕', 'zh')[0]).toMatchObject({ kind: 'date', value: '--05-04' });
    expect(read('二人が来た。一人で。', 'ja')).toEqual([{ text: '二人', kind: 'count', value: 2, qualifier: 'exact', unit: '人' }]);
    expect(read('約三万人以上', 'ja')[0]).toMatchObject({ text: '約三万人以上', value: 30000, qualifier: 'about' });
    expect(read('第三回', 'ja')[0]).toMatchObject({ kind: 'ordinal', value: 3 });
    // (two numbers side by side, "two or three", and one after digits are not read as one)
    expect(read('二三个人', 'zh')).toEqual([]);
    expect(read('3万人', 'ja').map((f) => f.text)).toEqual(['3万人']);
    expect(read('三年级的学生', 'zh')).toEqual([]);
  });

  it('are read as money before a currency, as a percent after 百分之, and with decimals after 点', () => {
    expect(read('公司投资三千万元。', 'zh')).toEqual([{ text: '三千万元', kind: 'money', value: 30000000, qualifier: 'exact', currency: 'CNY' }]);
    expect(read('合同金额五百万美元', 'zh')[0]).toMatchObject({ kind: 'money', value: 5000000, currency: 'USD' });
    expect(read('增长了百分之五十。', 'zh')).toEqual([{ text: '百分之五十', kind: 'percent', value: 50, qualifier: 'exact' }]);
    expect(read('下降百分之二十五点五', 'zh')[0]).toMatchObject({ kind: 'percent', value: 25.5 });
    expect(read('失业率为百分之3.5。', 'zh')).toEqual([{ text: '百分之3.5', kind: 'percent', value: 3.5, qualifier: 'exact' }]);
    expect(read('总额三点五亿元', 'zh')[0]).toMatchObject({ kind: 'money', value: 350000000 });
    // `多` between a numeral and its counter is "more than"
    expect(read('三十多人受伤', 'zh')).toEqual([{ text: '三十多人', kind: 'count', value: 30, qualifier: 'more-than', unit: '人' }]);
    // words that hold a numeral and 元 or 点 are no figure: 三点 is an hour, 一元化 "unified", 五元素 "five elements"
    expect(read('下午三点开会，实行一元化管理，五元素', 'zh')).toEqual([]);
  });

  it('read tenths: Japanese 割 (4割 is 40%, 4割5分 45%) and Chinese 成 (三成 is 30%), not words made with them', () => {
    expect(read('支持率は4割に達した。', 'ja')).toEqual([{ text: '4割', kind: 'percent', value: 40, qualifier: 'exact' }]);
    expect(read('支持率は四割五分だった。', 'ja')).toEqual([{ text: '四割五分', kind: 'percent', value: 45, qualifier: 'exact' }]);
    expect(read('2割引きで販売', 'ja')[0]).toMatchObject({ kind: 'percent', value: 20 });
    expect(read('約三成的企业', 'zh')[0]).toMatchObject({ text: '約三成', kind: 'percent', value: 30, qualifier: 'about' });
    // (成 is no share in Japanese)
    expect(read('3成の割合', 'ja').map((f) => f.kind)).toEqual(['count']);
    expect(read('一成不变，他成为三成员', 'zh')).toEqual([]);
    expect(read('十割り算', 'ja')).toEqual([]);
  });

  it('read percentage points: 0.25%ポイント, 0.25个百分点, 0.25%p, 0.25%포인트, against points and against a plain percent', () => {
    expect(read('金利を0.25%ポイント引き上げた。', 'ja')).toEqual([{ text: '0.25%ポイント', kind: 'percent', value: 0.25, qualifier: 'exact' }]);
    expect(read('利率下调0.25个百分点。', 'zh')).toEqual([{ text: '0.25个百分点', kind: 'percent', value: 0.25, qualifier: 'exact' }]);
    expect(read('금리를 0.25%p 올렸다.', 'ko')[0]).toMatchObject({ text: '0.25%p', kind: 'percent' });
    expect(check('日銀は金利を0.25%ポイント引き上げ、0.5%とした。', 'ja', 'The Bank of Japan raised rates by 0.25 percentage points to 0.5%.').mismatches).toEqual([]);
    expect(check('央行将利率下调0.25个百分点。', 'zh', 'The central bank cut the rate by 0.25 percentage points.').mismatches).toEqual([]);
    expect(check('央行将利率下调0.25个百分点。', 'zh', 'The central bank cut the rate by 0.25 percent.').mismatches.map((m) => [m.kind, m.level])).toEqual([['unit', 'drift']]);
  });

  it('in money, percents and tenths match their English rendering and flag a changed one', () => {
    expect(check('公司投资三千万元，利润增长了百分之五十。', 'zh', 'The company invested 30 million yuan and profit grew by 50 percent.').mismatches).toEqual([]);
    expect(check('约三成的企业表示亏损。', 'zh', 'About 30 percent of companies reported losses.').mismatches).toEqual([]);
    expect(check('内閣支持率は4割だった。', 'ja', 'Cabinet approval was 40 percent.').mismatches).toEqual([]);
    const changed = check('内閣支持率は3割だった。', 'ja', 'Cabinet approval was 40 percent.').mismatches;
    expect(changed.map((m) => [m.kind, m.level])).toEqual([['value', 'drift']]);
    const money = check('公司投资四千万元。', 'zh', 'The company invested 30 million yuan.').mismatches;
    expect(money.map((m) => [m.kind, m.level])).toEqual([['value', 'drift']]);
  });

  it('match an English number word and flag a changed one', () => {
    expect(check('三个孩子在家。', 'zh', 'Three children are at home.').mismatches).toEqual([]);
    expect(check('三个孩子在家。', 'zh', 'Four children are at home.').mismatches.map((m) => [m.kind, m.level])).toEqual([['value', 'drift']]);
  });
});

describe('sentences of Chinese and Japanese text', () => {
  it('end at 。！？ with no space after them, not inside a quotation that goes on', () => {
    const texts = (t: string, tag: string) => segment(t, 'en', tag).map((s) => t.slice(s.start, s.end));
    expect(texts('予算を発表した。次の文です！本当？', 'ja')).toEqual(['予算を発表した。', '次の文です！', '本当？']);
    expect(texts('彼は「増税はしない。」と述べた。以上です。', 'ja')).toEqual(['彼は「増税はしない。」と述べた。', '以上です。']);
    expect(texts('他说：“我们会来。”然后走了。“好的。”', 'zh')).toEqual(['他说：“我们会来。”然后走了。', '“好的。”']);
  });
});

describe('a Japanese or Chinese version against an English one', () => {
  const en = 'On June 4, 2024, the government sent 30,000 soldiers. The budget was 120 million yen, up 5% on the year.';

  it('matches correct renderings and flags a changed figure', () => {
    const ja = '政府は2024年6月4日、3万人の兵士を派遣した。予算は1億2000万円で、前年比5%増えた。';
    const same = check(ja, 'ja', en);
    expect(same.mismatches.filter((m) => m.level === 'drift')).toEqual([]);
    expect(same.matches.length).toBeGreaterThanOrEqual(4);

    const changed = check(ja.replace('3万人', '4万人'), 'ja', en);
    const drift = changed.mismatches.filter((m) => m.level === 'drift');
    expect(drift.map((m) => m.kind)).toEqual(['value']);
  });

  it('no longer reads a month and a day as counts (6月 against 30,000 soldiers was a value drift)', () => {
    const zh = '政府于2024年6月4日派出3万名士兵。预算为1.2亿日元，比去年增长5%。';
    const r = check(zh, 'zh', en);
    expect(r.mismatches.filter((m) => m.level === 'drift')).toEqual([]);
  });
});

describe('placeholders of software strings in Chinese and Japanese', () => {
  it('`{0}` after a full-width comma is a placeholder, not the number 0 (a false added drift)', () => {
    expect(extractFromSentence('您好，{0}！共有5个人。', 'en', 'zh').map((f) => f.text)).toEqual(['5个']);
    expect(extractFromSentence('{1}さん、ようこそ。', 'en', 'ja')).toEqual([]);
    expect(extractFromSentence('%1$sさん、ようこそ。', 'en', 'ja')).toEqual([]);
    expect(extractFromSentence('您好，%1$s！', 'en', 'zh')).toEqual([]);
  });
});

describe('printf placeholders in English', () => {
  it('`%1$s` is a placeholder, not the number 1', () => {
    expect(extractFromSentence('Hello %1$s, you have 4 new messages.', 'en').map((f) => f.text)).toEqual(['4 new messages']);
  });
});

describe('below zero', () => {
  const read = (s: string, tag: string) => extractFromSentence(s, 'en', tag).map((f) => [f.text, f.value]);
  it('a number after 零下, 氷点下, マイナス or 영하 is negative; a fall (下降) is not', () => {
    expect(read('气温降至零下5度。', 'zh')).toEqual([['零下5度', -5]]);
    expect(read('気温は氷点下5度まで下がった。', 'ja')).toEqual([['氷点下5度', -5]]);
    expect(read('気温はマイナス3度。', 'ja')).toEqual([['マイナス3度', -3]]);
    expect(read('기온이 영하 5도까지 내려갔다.', 'ko')).toEqual([['영하 5', -5]]);
    expect(read('利润下降5%。', 'zh')).toEqual([['5%', 5]]);
  });
  it('meets `minus 5 degrees` in English; 5 degrees above zero does not', () => {
    const a = analyse('气温降至零下5度。', { lang: 'en', langTag: 'zh', lines: true });
    const b = analyse('The temperature fell to minus 5 degrees.', { lang: 'en', lines: true });
    expect(checkVersions(a, b, { beads: [{ a: [0], b: [0], score: 1 }] }).comparison.mismatches).toEqual([]);
    const c = analyse('The temperature fell to 5 degrees.', { lang: 'en', lines: true });
    expect(checkVersions(a, c, { beads: [{ a: [0], b: [0], score: 1 }] }).comparison.mismatches.map((m) => m.kind)).toEqual(['value']);
  });
});

describe('Korean: a count of days against the day of a month', () => {
  const read = (s: string) => extractFromSentence(s, 'en', 'ko').map((f) => [f.text, f.kind, f.value]);
  it('`3일 동안` (for three days) is a length of time; `3일` alone and after its month is a day', () => {
    expect(read('우리는 3일 동안 머물렀고 5월 3일에 떠났다.')).toEqual([
      ['3일 동안', 'duration', 3],
      ['5월 3일', 'date', '--05-03'],
    ]);
    expect(read('10일동안 일했고 2일에 도착했다.')).toEqual([
      ['10일동안', 'duration', 10],
      ['2일', 'date', '---02'],
    ]);
  });
  it('a pair: `3일 동안` ↔ `for three days` is no drift (it was a missing date and an added duration)', () => {
    expect(check('우리는 3일 동안 머물렀다.', 'ko', 'We stayed for three days.').mismatches).toEqual([]);
    expect(check('우리는 3일 동안 머물렀다.', 'ko', 'We stayed for four days.').mismatches).not.toEqual([]);
  });
});

describe('currencies as Traditional Chinese and Taiwan write them', () => {
  const read = (s: string, tag: string) => extractFromSentence(s, 'en', tag).map((f) => [f.text, f.kind, f.value, f.currency]);
  it('`日圓`, `台幣`, `澳元`, `新币`, `泰铢`: money (they were counts)', () => {
    expect(read('預算為1億2000萬日圓，另有500萬台幣與3萬澳元。', 'zh-TW')).toEqual([
      ['1億2000萬日圓', 'money', 120000000, 'JPY'],
      ['500萬台幣', 'money', 5000000, 'TWD'],
      ['3萬澳元', 'money', 30000, 'AUD'],
    ]);
    expect(read('预算为2000万新币和3万泰铢。', 'zh')).toEqual([
      ['2000万新币', 'money', 20000000, 'SGD'],
      ['3万泰铢', 'money', 30000, 'THB'],
    ]);
  });
  it('a pair: `1億2000萬日圓` ↔ `1億2000万円` match', () => {
    expect(checkVersions(analyse('預算為1億2000萬日圓。', { lang: 'en', langTag: 'zh-TW' }), analyse('予算は1億2000万円だった。', { lang: 'en', langTag: 'ja' })).comparison.mismatches).toEqual([]);
  });
});
