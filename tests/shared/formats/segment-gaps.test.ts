/**
 * The whitespace between the segments of an XLIFF unit, and before its first segment, is written back as the file had
 * it by every export that writes a unit's segments as one text (TMX, CSV) or as XLIFF 1.2 segments: none between two
 * Chinese sentences (an export put a space there), the spaces a preserved first segment opens with (they were
 * dropped), and the whitespace after the last one. Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { importXliff } from '../../../shared/formats/import-xliff';
import { projectFromBilingual } from '../../../shared/formats/import-project';
import { exportInputOf } from '../../../shared/formats/input';
import { exportTmx } from '../../../shared/formats/tmx';
import { importTmx } from '../../../shared/formats/import-tmx';
import { exportCsv } from '../../../shared/formats/csv';
import { exportXliff } from '../../../shared/formats/xliff';
import { exportXliff12 } from '../../../shared/formats/xliff12';
import { exportHtml } from '../../../shared/formats/html';

const xliff2 = (units: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="zh-CN"><file id="f1">${units}</file></xliff>`;

function input(xml: string) {
  const read = importXliff(xml, 'g.xlf');
  if (!read.ok) throw new Error(read.message);
  return exportInputOf(projectFromBilingual(read, 'g.xlf'), 0, 'all', 't', '2026-12-06T00:00:00Z');
}
const segs = (tmx: string) => [...tmx.matchAll(/<seg>(.*?)<\/seg>/g)].map((m) => m[1]);

describe('the whitespace between the segments of an XLIFF unit', () => {
  const chinese = xliff2(
    '<unit id="1"><segment><source>Sales fell 5%.</source><target>销售额下降5%。</target></segment><segment><source>Costs rose 3%.</source><target>成本上升3%。</target></segment></unit>' +
      '<unit id="2"><segment><source>Prices rose 2%.</source><target>价格上涨2%。</target></segment><ignorable><source> </source></ignorable><segment><source>Wages fell.</source><target>工资下降。</target></segment></unit>',
  );

  it('TMX and CSV: none where the file had none, one space where its <ignorable> had one', () => {
    const x = input(chinese);
    expect(segs(exportTmx(x))).toEqual(['Sales fell 5%.Costs rose 3%.', '销售额下降5%。成本上升3%。', 'Prices rose 2%. Wages fell.', '价格上涨2%。 工资下降。']);
    const csv = exportCsv({ ...x, uiLang: 'en' });
    expect(csv).toContain('销售额下降5%。成本上升3%。');
    expect(csv).not.toContain('销售额下降5%。 成本');
  });

  it('the HTML report shows two Chinese sentences of a row as written, no space between them (a drift still marked)', () => {
    const x = input(chinese.replace('<target>成本上升3%。</target>', '<target>成本上升4%。</target>'));
    const html = exportHtml({ ...x, uiLang: 'en' });
    expect(html).toMatch(/销售额下降5%。成本上升(?:<mark[^>]*>)?4%/);
    expect(html).not.toContain('\u2029');
    expect(html).not.toContain('销售额下降5%。 成本');
    // (other sentences keep their space)
    expect(html).toMatch(/Sales fell (?:<mark[^>]*>)?5%(?:<\/mark>)?\. Costs rose/);
  });

  it('XLIFF 1.2: the segments as the file had them; XLIFF 2 as before', () => {
    const x = input(chinese);
    expect(exportXliff12(x)).toContain('<mrk mtype="seg" mid="1">销售额下降5%。</mrk><mrk mtype="seg" mid="2">成本上升3%。</mrk>');
    expect(/<unit id="1">[\s\S]*?<\/unit>/.exec(exportXliff(x))?.[0]).not.toContain('<ignorable>');
  });

  it('the spaces a preserved first segment opens with, and those after the last, are kept in TMX, XLIFF 1.2 and XLIFF 2', () => {
    const x = input(
      xliff2(
        '<unit id="1"><segment><source xml:space="preserve">  Indented line.</source><target xml:space="preserve">  缩进行。</target></segment>' +
          '<segment><source xml:space="preserve">  Also a boat.  </source><target xml:space="preserve">  还有船。  </target></segment></unit>',
      ),
    );
    expect(segs(exportTmx(x))).toEqual(['  Indented line.  Also a boat.  ', '  缩进行。  还有船。  ']);
    expect(exportXliff12(x)).toContain('<source>  Indented line.  Also a boat.  </source>');
    expect(exportXliff(x)).toContain('<source>  Indented line.</source>');
  });

  it('a term mark on such a unit rides in our TMX data: the TMX read back says nothing is lost, and the mark comes back', () => {
    const x = input(
      xliff2(
        '<unit id="1"><segment><source>Sales fell <mrk id="t1" type="term">5%</mrk>.</source><target>销售额下降<mrk id="t1" type="term">5%</mrk>。</target></segment>' +
          '<segment><source>Costs rose 3%.</source><target>成本上升3%。</target></segment></unit>',
      ),
    );
    const back = importTmx(exportTmx(x), 'g.tmx');
    if (!back.ok) throw new Error(back.message);
    expect(back.dropped).toBeUndefined();
    const again = exportXliff(exportInputOf(projectFromBilingual(back, 'g.tmx'), 0, 'all', 't', '2026-12-06T00:00:00Z'));
    expect(again).toContain('<mrk id="t1" type="term">5%</mrk>');
  });
});
