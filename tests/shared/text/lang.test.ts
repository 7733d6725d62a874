import { describe, expect, it } from 'vitest';
import { detectLang, detectParagraphLangs } from '../../../shared/text';

describe('detectLang', () => {
  it('recognises Indonesian news text', () => {
    expect(detectLang('Pemerintah akan menaikkan harga bahan bakar minyak pada bulan depan, kata menteri itu.')).toBe('id');
  });

  it('recognises English news text', () => {
    expect(detectLang('The government will raise fuel prices next month, the minister said on Monday.')).toBe('en');
  });

  it('works on very short texts', () => {
    expect(detectLang('Kata dia.')).toBe('id');
    expect(detectLang('Ini dia')).toBe('id');
    expect(detectLang('He said.')).toBe('en');
    expect(detectLang('Of course')).toBe('en');
  });

  it('uses word shape when no function word occurs', () => {
    expect(detectLang('Kebakarannya menghanguskan pemukiman')).toBe('id');
    expect(detectLang('Unexpected deterioration, apparently')).toBe('en');
  });

  it('is not fooled by capitals, digits and punctuation', () => {
    expect(detectLang('YANG DAN DI ITU 10.000!!!')).toBe('id');
    expect(detectLang('“THE MINISTER SAID,” 12,000 …')).toBe('en');
  });

  it('defaults to English when there is nothing to go on', () => {
    expect(detectLang('')).toBe('en');
    expect(detectLang('12.500 — 2024 😀')).toBe('en');
    expect(detectLang('Jakarta Pontianak')).toBe('en');
  });

  it('follows the majority in a long mixed text', () => {
    const id = 'Presiden mengatakan bahwa pemerintah tidak akan mundur dari rencana itu. '.repeat(3000);
    const en = 'The president said the plan would go ahead. '.repeat(200);
    expect(detectLang(en + id + en)).toBe('id');
    expect(detectLang(id.slice(0, 2000) + en.repeat(10))).toBe('en');
  });
});

describe('detectParagraphLangs', () => {
  it('gives one entry per blank-line paragraph with trimmed offsets', () => {
    const text = '  Harga beras naik lagi di pasar.\n\nPrices rose again at the market.  \r\n\r\n\nPemerintah diam saja.\n';
    const spans = detectParagraphLangs(text);
    expect(spans.map((s) => s.lang)).toEqual(['id', 'en', 'id']);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
      'Harga beras naik lagi di pasar.',
      'Prices rose again at the market.',
      'Pemerintah diam saja.',
    ]);
  });

  it('lets a paragraph without evidence take its neighbour’s language', () => {
    const spans = detectParagraphLangs('JAKARTA\n\nPresiden meninjau lokasi banjir di Bekasi.\n\n12.000\n\nThe floods hit Bekasi.');
    expect(spans.map((s) => s.lang)).toEqual(['id', 'id', 'id', 'en']);
  });

  it('returns nothing for an empty text', () => {
    expect(detectParagraphLangs('')).toEqual([]);
    expect(detectParagraphLangs(' \n\n ')).toEqual([]);
  });
});

describe('detectOtherLang: a text in neither Indonesian nor English', () => {
  const de = 'Die Hütte liegt auf 2.350 Metern. Wir sind um fünf Uhr aufgebrochen, und der Weg war lang. Es war noch dunkel, als wir den Gletscher erreichten, aber die Stimmung war gut.';
  const fr = 'La cabane se trouve à 2 350 mètres. Nous sommes partis à 5 heures, et le chemin était long. Il faisait encore nuit quand nous avons atteint le glacier, mais le moral était bon.';
  const es = 'La cabaña está a 2.350 metros. Salimos a las cinco, y el camino era largo. Todavía era de noche cuando llegamos al glaciar, pero el ánimo era bueno.';
  it('names German, French and Spanish by their function words', async () => {
    const { detectOtherLang } = await import('../../../shared/text');
    expect([detectOtherLang(de), detectOtherLang(fr), detectOtherLang(es)]).toEqual(['de', 'fr', 'es']);
  });
  it('guard: Indonesian and English texts, and a short or wordless text, are none (their readers keep them)', async () => {
    const { detectOtherLang } = await import('../../../shared/text');
    expect(detectOtherLang('Pasukan tiba di kota itu pada pukul lima pagi, dan jalan menuju gletser masih gelap ketika mereka sampai di sana.')).toBeUndefined();
    expect(detectOtherLang('The troops reached the town at five in the morning, and the road to the glacier was still dark when they arrived there.')).toBeUndefined();
    expect(detectOtherLang('Die Hütte')).toBeUndefined();
    expect(detectOtherLang('12 345 678')).toBeUndefined();
  });
  it('a single line tells its language by two function words when it holds no English or Indonesian one', async () => {
    const { detectOtherLang } = await import('../../../shared/text');
    expect(detectOtherLang('Plus de 1 200 écoles et 5,7 % de chômage.')).toBe('fr');
    expect(detectOtherLang('Más de 1.200 escuelas y el 5,7 % de paro.')).toBe('es');
    expect(detectOtherLang('Des Moines')).toBeUndefined();
  });
  it('names Russian, Ukrainian, Arabic, Persian, Hebrew, Greek, Thai and Hindi by their script, and Turkish and Vietnamese by their own letters', async () => {
    const { detectOtherLang } = await import('../../../shared/text');
    expect(detectOtherLang('Бюджет города составил 1,2 млн рублей в сентябре.')).toBe('ru');
    expect(detectOtherLang('Бюджет міста склав 1,2 млн гривень у вересні.')).toBe('uk');
    expect(detectOtherLang('بلغت الميزانية ٣٬٥٠٠ دينار في سبتمبر.')).toBe('ar');
    expect(detectOtherLang('بودجه شهر به ۳ میلیارد تومان رسید و چند پروژه آغاز شد.')).toBe('fa');
    expect(detectOtherLang('התקציב הגיע ל-3 מיליון שקלים בספטמבר.')).toBe('he');
    expect(detectOtherLang('Η κυβέρνηση ενέκρινε 3,5 εκατ. ευρώ.')).toBe('el');
    expect(detectOtherLang('งบประมาณ 250 ล้านบาท ในเดือนกันยายน')).toBe('th');
    expect(detectOtherLang('सरकार ने 3 करोड़ रुपये दिए।')).toBe('hi');
    expect(detectOtherLang('Şirketin cirosu 2023 yılında 4,2 milyar TL oldu ve fabrikada yaklaşık 2.500 kişi çalışıyor.')).toBe('tr');
    expect(detectOtherLang('Giá xăng tăng lên 25.000 đồng mỗi lít từ thứ Hai.')).toBe('vi');
    // English stories naming people and places in those scripts and letters stay English
    expect(detectOtherLang('The Kremlin (Кремль) said 5 people died.')).toBeUndefined();
    expect(detectOtherLang('President Erdoğan met İzmir officials and Kılıçdaroğlu on Monday.')).toBeUndefined();
    expect(detectOtherLang('Prime Minister Phạm Minh Chính met the delegation in Hà Nội on Tuesday.')).toBeUndefined();
  });
  it('names Chinese, Japanese and Korean by their script', async () => {
    const { detectOtherLang } = await import('../../../shared/text');
    expect(detectOtherLang('政府は3万人の兵士を派遣した。')).toBe('ja');
    expect(detectOtherLang('政府派出了3万名士兵。')).toBe('zh');
    expect(detectOtherLang('정부는 3만 명을 보냈다.')).toBe('ko');
    // an English story naming a place in Han characters stays English
    expect(detectOtherLang('The temple, known locally as 清水寺, drew 30,000 visitors on Sunday, officials said.')).toBeUndefined();
  });
  it('an English story quoting a German name or phrase stays English', async () => {
    const { detectOtherLang } = await import('../../../shared/text');
    expect(detectOtherLang('The Deutsche Bank office in der Stadt was closed, and the staff said that the bank would open again on Monday after the holiday.')).toBeUndefined();
  });
});
