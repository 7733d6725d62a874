/**
 * Thai figures: words written together (a word breaker parts them), Buddhist-era years, the percent word
 * before the number, and Thai hedges and bounds, against the English a translation gives. The sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';
import { segment } from '../../../shared/text/segment';
import { mismatchesByTag } from '../drift/helpers';

const read = (s: string) => extractFromSentence(s, 'en', 'th').map((f) => [f.text, f.kind, f.value, f.qualifier]);

describe('Thai words written together', () => {
  it('a number counts its classifier, not the rest of the clause', () => {
    expect(read('มีผู้ประท้วง 1,200 คนรวมตัวกันที่สนามหลวง')).toEqual([['1,200 คน', 'count', 1200, 'exact']]);
  });
  it('a scale word stays whole (พันล้าน, หมื่นล้าน) and a currency after it is read', () => {
    expect(read('ใช้เงิน 2 พันล้านบาทในโครงการ')).toEqual([['2 พันล้านบาท', 'money', 2e9, 'exact']]);
    expect(read('มูลค่า 2.3 หมื่นล้านดอลลาร์')).toEqual([['2.3 หมื่นล้านดอลลาร์', 'money', 2.3e10, 'exact']]);
  });
  it('a word that only begins like a scale word is no scale (พันธมิตร, an alliance)', () => {
    expect(read('พันธมิตร 3 ประเทศ').map((f) => f[2])).toEqual([3]);
  });
  it('hedges and bounds before the number, written together or apart', () => {
    expect(read('มีผู้ประท้วงประมาณ 1,200 คน')).toEqual([['ประมาณ 1,200 คน', 'count', 1200, 'about']]);
    expect(read('อย่างน้อย 15 คน')).toEqual([['อย่างน้อย 15 คน', 'count', 15, 'at-least']]);
    expect(read('ไม่เกิน 20 คน')).toEqual([['ไม่เกิน 20 คน', 'count', 20, 'at-most']]);
  });
  it('กว่า after the number is a lower bound (a hundred-odd)', () => {
    expect(read('มีผู้เสียชีวิต 100 กว่าคน')).toEqual([['100 กว่าคน', 'count', 100, 'more-than']]);
    expect(read('บาดเจ็บ 2,000 กว่า คน')).toEqual([['2,000 กว่า คน', 'count', 2000, 'more-than']]);
  });
  it('งบประมาณ (a budget) holds no hedge, though the word breaker parts it into งบ and ประมาณ (about)', () => {
    expect(read('รัฐบาลใช้งบประมาณ 3.4 ล้านบาท')).toEqual([['3.4 ล้านบาท', 'money', 3.4e6, 'exact']]);
  });
  it('durations in Thai units', () => {
    expect(extractFromSentence('นาน 5 วัน และ 12 ชั่วโมง', 'en', 'th').map((f) => [f.kind, f.value, f.durationUnit])).toEqual([
      ['duration', 5, 'day'],
      ['duration', 12, 'hour'],
    ]);
  });
});

describe('Thai years of the Buddhist era', () => {
  it('a date with a Thai month and a year of the Buddhist era is the date of the common era', () => {
    expect(read('เมื่อวันที่ 4 มิถุนายน 2567')).toEqual([['4 มิถุนายน 2567', 'date', '2024-06-04', 'exact']]);
  });
  it('a year after พ.ศ. or ปี is read 543 years back; after ค.ศ. it is already of the common era', () => {
    expect(read('ในปี พ.ศ. 2565 การส่งออกข้าว')).toEqual([['2565', 'date', '2022', 'exact']]);
    expect(read('ตั้งแต่ปี 2566')).toEqual([['2566', 'date', '2023', 'exact']]);
    expect(read('ค.ศ. 2023 เป็นต้นไป')).toEqual([['2023', 'date', '2023', 'exact']]);
  });
  it('a number from 2400 to 2700 with no year word is a count', () => {
    expect(read('มีผู้ลงทะเบียน 2500 คน')).toEqual([['2500 คน', 'count', 2500, 'exact']]);
  });
});

describe('the Thai percent word before the number', () => {
  it('ร้อยละ 4.2 is 4.2 percent, with a bound before it', () => {
    expect(read('เพิ่มขึ้นร้อยละ 4.2')).toEqual([['ร้อยละ 4.2', 'percent', 4.2, 'exact']]);
    expect(read('เติบโตไม่เกินร้อยละ 3.5 ในปีนี้')).toEqual([['ไม่เกินร้อยละ 3.5', 'percent', 3.5, 'at-most']]);
  });
});

describe('Thai against English', () => {
  const kinds = (th: string, en: string) => mismatchesByTag(th, 'th', en, 'en').filter((m) => m.kind !== 'entity').map((m) => `${m.kind}:${m.aFigure?.text ?? m.bFigure?.text}`);
  it('correct renderings match: a Buddhist-era date, a percent word, a combined scale, a bound', () => {
    expect(kinds('กรุงเทพฯ 10 มีนาคม 2566 การส่งออกเพิ่มขึ้นร้อยละ 4.2 มูลค่ารวม 2.3 หมื่นล้านดอลลาร์', 'BANGKOK, March 10, 2023 - Exports rose 4.2 percent to $23 billion.')).toEqual([]);
    expect(kinds('เศรษฐกิจจะเติบโตไม่เกินร้อยละ 3.5 ในปี พ.ศ. 2568', 'The economy will grow by no more than 3.5 percent in 2025.')).toEqual([]);
  });
  it('a changed count, a wrong year and a dropped bound are still found', () => {
    expect(kinds('ผู้ส่งออกอย่างน้อย 12 ราย', 'at least 15 exporters')).toEqual(['value:อย่างน้อย 12 ราย']);
    expect(kinds('ในปี พ.ศ. 2565 มีผู้ส่งออก 12 ราย', 'In 2023 there were 12 exporters.').join(' ')).toMatch(/2565/);
    expect(kinds('มีผู้ประท้วงประมาณ 1,200 คน', 'Exactly 1,200 people protested.')).toEqual(['qualifier:ประมาณ 1,200 คน']);
  });
});

describe('Thai sentences', () => {
  it('a space between two Thai words ends a sentence; a space beside digits or Latin letters does not', () => {
    const text = 'ตำรวจจับกุมผู้ต้องหา 15 คน รัฐบาลใช้งบ 3.4 ล้านบาท บริษัท PTT จำกัด แถลงข่าว';
    expect(segment(text, 'en').map((s) => s.text)).toEqual(['ตำรวจจับกุมผู้ต้องหา 15 คน', 'รัฐบาลใช้งบ 3.4 ล้านบาท', 'บริษัท PTT จำกัด', 'แถลงข่าว']);
  });
  it('the repetition mark, written between spaces, ends no sentence', () => {
    expect(segment('ประเทศต่าง ๆ ในภูมิภาค', 'en').map((s) => s.text)).toEqual(['ประเทศต่าง ๆ ในภูมิภาค']);
  });
});
