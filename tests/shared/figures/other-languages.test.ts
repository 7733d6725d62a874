/**
 * Figures of languages outside the Indonesian and English readers (a German–French memory, a
 * Spanish XLIFF): digits by the language's own convention, and the words that belong to a figure
 * in digits. The sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';
import { numberConventionOf, groupMarksAsThinSpaces } from '../../../shared/figures/conventions';
import { parseDigits } from '../../../shared/figures/numbers';

const read = (s: string, tag: string) => extractFromSentence(s, 'en', tag).map((f) => [f.text, f.kind, f.value]);

describe('the digit convention of a language tag (locale data)', () => {
  it('German, French, Spanish write a decimal comma; Swiss German a point and apostrophe groups; Japanese an English point', () => {
    expect(numberConventionOf('de-DE')).toEqual({ decimal: ',', apostropheGroups: false, dayFirst: true, spaceGroups: false });
    // (French, German or Italian of no region may be Swiss: an apostrophe between groups of three digits groups them)
    expect(numberConventionOf('fr')).toEqual({ decimal: ',', apostropheGroups: true, dayFirst: true, spaceGroups: true });
    expect(numberConventionOf('fr-FR')).toEqual({ decimal: ',', apostropheGroups: false, dayFirst: true, spaceGroups: true });
    expect(numberConventionOf('es_ES')).toEqual({ decimal: ',', apostropheGroups: false, dayFirst: true, spaceGroups: false });
    expect(numberConventionOf('de-CH')).toEqual({ decimal: '.', apostropheGroups: true, dayFirst: true, spaceGroups: false });
    expect(numberConventionOf('ja')).toEqual({ decimal: '.', apostropheGroups: false, dayFirst: false, spaceGroups: false });
  });
  it('guard: an empty or invalid tag reads as English does', () => {
    expect(numberConventionOf('')).toEqual({ decimal: '.', apostropheGroups: false, dayFirst: false, spaceGroups: false });
    expect(numberConventionOf('not a tag!')).toEqual({ decimal: '.', apostropheGroups: false, dayFirst: false, spaceGroups: false });
  });
  it('Arabic scale words and currency: 250 مليون دولار is 250 million dollars', () => {
    expect(extractFromSentence('خصصت الحكومة 250 مليون دولار.', 'en', 'ar').map((f) => [f.kind, f.value, f.currency])).toEqual([['money', 250e6, 'USD']]);
    expect(extractFromSentence('بلغ العدد 3 آلاف شخص.', 'en', 'ar').map((f) => f.value)).toEqual([3000]);
  });
  it('Arabic: a one-letter conjunction or preposition written onto a number (و40 "and 40") leaves the number read', () => {
    expect(extractFromSentence('قتل 30 شخصا و40 جريحا', 'en', 'ar').map((f) => f.value)).toEqual([30, 40]);
    expect(extractFromSentence('بنسبة 5% و١٠%', 'en', 'ar').map((f) => [f.kind, f.value])).toEqual([['percent', 5], ['percent', 10]]);
    // (the letter inside a word is no prefix)
    expect(extractFromSentence('العدد 3 آلاف', 'en', 'ar').map((f) => f.value)).toEqual([3000]);
  });
  it('Russian and Arabic hedges and month names; Spanish clock times; Devanagari, Bengali and Thai digits', () => {
    const read = (t: string, tag: string) => extractFromSentence(t, 'en', tag).map((f) => [f.kind, f.value, f.qualifier]);
    expect(read('Более 200 солдат прибыли 5 марта 2024 года.', 'ru')).toEqual([['count', 200, 'more-than'], ['date', '2024-03-05', 'exact']]);
    expect(read('Около 30 человек, не менее 5 машин.', 'ru')).toEqual([['count', 30, 'about'], ['count', 5, 'at-least']]);
    expect(read('في ١٥ مارس ٢٠٢٤ أصيب حوالي 30 شخصا', 'ar')).toEqual([['date', '2024-03-15', 'exact'], ['count', 30, 'about']]);
    expect(read('أكثر من 40 جريحا', 'ar')).toEqual([['count', 40, 'more-than']]);
    expect(read('llegaron a las 9.30 h, a las 14 horas, tras 3 horas', 'es')).toEqual([['time', '09:30', 'exact'], ['time', '14:00', 'exact'], ['duration', 3, 'exact']]);
    expect(read('कुल १२५ लोग', 'hi').map((f) => f[1])).toEqual([125]);
    expect(read('মোট ১২৫ জন', 'bn').map((f) => f[1])).toEqual([125]);
    expect(read('รวม ๑๒๕ คน', 'th').map((f) => f[1])).toEqual([125]);
    expect(read('5 ล้าน บาท', 'th')).toEqual([['money', 5e6, 'exact']]);
  });
  it('Russian and Arabic cardinals in words (with Russian oblique forms) are counts', () => {
    const values = (t: string, tag: string) => extractFromSentence(t, 'en', tag).map((f) => [f.kind, f.value]);
    expect(values('Пришли три человека, из трёх домов.', 'ru')).toEqual([['count', 3], ['count', 3]]);
    expect(values('وصل ثلاثة وزراء و خمسة مستشارين.', 'ar')).toEqual([['count', 3], ['count', 5]]);
    // (not ست "lady" nor سبع "lion")
    expect(values('قالت ست البيت', 'ar')).toEqual([]);
  });
  it('where a space groups thousands (French), a decimal comma before three digits is a decimal, not a group: 1,234 is 1.234', () => {
    const read = (s: string, tag: string) => extractFromSentence(s, 'en', tag).map((f) => [f.value, f.ambiguous ?? false]);
    expect(read('Il y a 1,234 moutons.', 'fr')).toEqual([[1.234, false]]);
    expect(read('Il y a 1 234 moutons.', 'fr')).toEqual([[1234, false]]);
    // (German groups by a point: a comma before three digits stays open to both readings)
    expect(read('Es gibt 1,234 Schafe.', 'de')).toEqual([[1.234, true]]);
  });
  it('numeric dates are read in the language\'s order: the day first in French, Spanish, German, Dutch; one reading, not two', () => {
    for (const [s, tag] of [
      ['Le 04/06/2024, les prix ont augmenté.', 'fr'],
      ['El 04/06/2024 subieron los precios.', 'es'],
      ['Am 04.06.2024 stiegen die Preise.', 'de'],
      ['Op 04-06-2024 stegen de prijzen.', 'nl'],
    ] as const) {
      const f = extractFromSentence(s, 'en', tag).find((x) => x.kind === 'date');
      expect([tag, f?.value, f?.ambiguous ?? false]).toEqual([tag, '2024-06-04', false]);
    }
    // a day above 12 reads one way in any order
    expect(read('La séance du 25/12/2023 a duré.', 'fr')).toEqual([['25/12/2023', 'date', '2023-12-25']]);
    // guard: English keeps both readings of 04/06/2024 (US month first, the other as its alternative)
    const en = extractFromSentence('On 04/06/2024 prices rose.', 'en').find((x) => x.kind === 'date');
    expect([en?.value, en?.ambiguous, en?.alternatives]).toEqual(['2024-04-06', true, ['2024-06-04']]);
  });
  it('a decimal mark reads a token as a language does: `2,350` is 2.35 with a comma mark, 2350 with a point', () => {
    expect(parseDigits('2,350', ',')?.value).toBe(2.35);
    expect(parseDigits('2.350', ',')?.value).toBe(2350);
    expect(parseDigits('2,350', '.')?.value).toBe(2350);
  });
  it('spaces between thousands groups join them, one character for one; an apostrophe only where the locale groups by it', () => {
    const fr = numberConventionOf('fr');
    const ch = numberConventionOf('de-CH');
    expect(groupMarksAsThinSpaces('offre 1 250 places, 12\u00a0500 000', fr)).toBe('offre 1\u2009250 places, 12\u2009500\u2009000');
    expect(groupMarksAsThinSpaces("kostet 1'250 Franken", ch)).toBe('kostet 1\u2009250 Franken');
    expect(groupMarksAsThinSpaces("la saison '77, 1'250", numberConventionOf('fr-FR'))).toBe("la saison '77, 1'250");
    expect(groupMarksAsThinSpaces("la saison '77, 1'250", fr)).toBe("la saison '77, 1\u2009250");
    // Swiss print groups by an apostrophe in French too, though the locale data gives `fr-CH` a narrow space
    expect(numberConventionOf('fr-CH')).toMatchObject({ decimal: ',', apostropheGroups: true, spaceGroups: true });
    expect(groupMarksAsThinSpaces("le canton a investi CHF 1'250'000", numberConventionOf('fr-CH'))).toBe('le canton a investi CHF 1\u2009250\u2009000');
    expect(read("Le canton a investi CHF 1'250'000 et 2,5 millions.", 'fr-CH').map((r) => r[2])).toEqual([1250000, 2500000]);
  });
  it('guard: a year before a count, or a group of two digits, is no thousands group', () => {
    const fr = numberConventionOf('fr');
    expect(groupMarksAsThinSpaces('En 1998 500 personnes, 3 25 fois', fr)).toBe('En 1998 500 personnes, 3 25 fois');
  });
});

describe('German (`de`, `de-CH`)', () => {
  it('dot groups, comma decimals, scale words and their abbreviations, Prozent, currency names', () => {
    expect(read('Die Hütte liegt auf 2.350 Metern und kostet 1.250,50 Euro.', 'de-DE')).toEqual([
      ['2.350 Metern', 'count', 2350],
      ['1.250,50 Euro', 'money', 1250.5],
    ]);
    expect(read('Der Anteil stieg um 3,5 Prozent auf 12,75 Millionen Franken und 2,5 Mrd. Euro.', 'de')).toEqual([
      ['3,5 Prozent', 'percent', 3.5],
      ['12,75 Millionen Franken', 'money', 12750000],
      ['2,5 Mrd. Euro', 'money', 2500000000],
    ]);
  });
  it('Swiss German: apostrophe groups, and space groups as Swiss print sets them', () => {
    expect(read("Es kamen 71 176 Leser und 1'250 Gäste.", 'de-CH')).toEqual([
      ['71 176 Leser', 'count', 71176],
      ["1'250 Gäste", 'count', 1250],
    ]);
  });
  it('a day with its full stop is a date, even opening the line; `Uhr` makes a clock time; `10.` before a word is an ordinal', () => {
    expect(read('9. September 1988, Abfahrt 6.02 Uhr, im 10. Schwierigkeitsgrad.', 'de-CH')).toEqual([
      ['9. September 1988', 'date', '1988-09-09'],
      ['6.02 Uhr', 'time', '06:02'],
      ['10.', 'ordinal', 10],
    ]);
  });
  it('a day’s full stop glued to its month (`9.Mai`); page and number labels (`S. 81`, `Nr. 4`) are no figures', () => {
    expect(read('Am 9.Mai, vgl. S. 81 und Liste Nr. 4.', 'de')).toEqual([['9.Mai', 'date', '--05-09']]);
  });
  it('guard: a number that ends a sentence before the next one is no ordinal, and a function word is no counted thing', () => {
    expect(read('Am Stand 5 und 7. Er kam.', 'de')).toEqual([
      ['5', 'count', 5],
      ['7', 'count', 7],
    ]);
  });
  it('number words of one word are read, with a scale word; an hour in words before `Uhr` is a clock time (no count of it)', () => {
    expect(read('Um fünf Uhr kamen zwei Millionen Besucher.', 'de')).toEqual([['fünf Uhr', 'time', '05:00'], ['zwei Millionen Besucher', 'count', 2e6]]);
  });
});

describe('French (`fr`)', () => {
  it('space groups, comma decimals, `%` and `pour cent`, scale words with `de` and `d’` before the counted thing or currency', () => {
    expect(read('La cabane à 2 350 mètres offre 1 250 places; 3,5 pour cent de 12,75 millions de francs et 3 milliards d’euros.', 'fr-CH')).toEqual([
      ['2 350 mètres', 'count', 2350],
      ['1 250 places', 'count', 1250],
      ['3,5 pour cent', 'percent', 3.5],
      ['12,75 millions de francs', 'money', 12750000],
      ['3 milliards d’euros', 'money', 3000000000],
    ]);
  });
  it('`milliard` is 10⁹ and `billion` 10¹²', () => {
    expect(read('Un budget de 2 billions et de 2 milliards.', 'fr')).toEqual([
      ['2 billions', 'count', 2e12],
      ['2 milliards', 'count', 2e9],
    ]);
  });
  it('dates, clock times with `h` and minutes or after `à`, ordinals with `e`, `er`, `ème`', () => {
    expect(read('Le 1er mai et le 4 juin 2024 à 20 h 30, 18h00 et à 5 heures, au 10e degré pour la 3ème fois.', 'fr')).toEqual([
      ['1er mai', 'date', '--05-01'],
      ['4 juin 2024', 'date', '2024-06-04'],
      ['20 h 30', 'time', '20:30'],
      ['18h00', 'time', '18:00'],
      ['5 heures', 'time', '05:00'],
      ['10e', 'ordinal', 10],
      ['3ème', 'ordinal', 3],
    ]);
  });
  it('`15 h. 30`: the hour word may take a full stop; `p. 80`, `n° 57` are labels, no figures', () => {
    expect(read('vers 15 h. 30, voir p. 80 et le n° 57.', 'fr')).toEqual([['15 h. 30', 'time', '15:30']]);
  });
  it('guard: `2 h` without minutes or `à` is no clock time (en 2 h de marche: a duration)', () => {
    expect(read('en 2 h de marche', 'fr').map((r) => r[1])).toEqual(['count']);
  });
});

describe('Swiss prices', () => {
  it('`Fr. 2.70` (Swiss German) and `2 fr. 70`, `12 fr 50` (Swiss French) are amounts in francs, the cents no figure of their own', () => {
    expect(read('Ein Träger bekommt 3 Rupies (Fr. 2.70) pro Tag.', 'de-CH')).toEqual([
      ['3 Rupies', 'money', 3],
      ['Fr. 2.70', 'money', 2.7],
    ]);
    expect(read('Un porteur reçoit 3 roupies (2 fr. 70) par jour, ou 12 fr 50, et 7 francs.', 'fr-CH')).toEqual([
      ['3 roupies', 'money', 3],
      ['2 fr. 70', 'money', 2.7],
      ['12 fr 50', 'money', 12.5],
      ['7 francs', 'money', 7],
    ]);
  });
  it('guard: a year or a number with decimals after the francs is no cents (`5 fr. 2024`, `3 fr 50.5`)', () => {
    expect(read('5 fr. 2024 et 3 fr 50.5', 'fr-CH').map((r) => r[2])).toEqual([5, '2024', 3, 50.5]);
  });
});

describe('days and ranges in German and French', () => {
  it('two days of one month, listed or spanned, each take the month: `9. und 10. September`, `28./29. September`, `les 9/10 septembre`, `du 20 au 22 avril`', () => {
    expect(read('am 9. und 10. September 1988, vom 28./29. September', 'de').map((r) => r[2])).toEqual(['1988-09-09', '1988-09-10', '--09-28', '--09-29']);
    expect(read('les 9/10 septembre 1988, du 20 au 22 avril', 'fr').map((r) => r[2])).toEqual(['1988-09-09', '1988-09-10', '--04-20', '--04-22']);
  });
  it('`zwischen 5800 und 6100 m`, `von 5 bis 7 Prozent`, `de 5800 à 6200 m`, `entre 5 et 7 %` are ranges', () => {
    expect(read('zwischen 5800 und 6100 m, von 5 bis 7 Prozent', 'de')).toEqual([
      ['zwischen 5800 und 6100 m', 'range', '5800..6100'],
      ['von 5 bis 7 Prozent', 'range', '5..7'],
    ]);
    expect(read('de 5800 à 6200 m, entre 5 et 7 %', 'fr')).toEqual([
      ['de 5800 à 6200 m', 'range', '5800..6200'],
      ['entre 5 et 7 %', 'range', '5..7'],
    ]);
  });
  it('guard: in English `9/10` before a month stays as it was read (no other language’s day list)', () => {
    expect(extractFromSentence('About 9/10 of June sales were online.', 'en').map((f) => f.kind)).not.toContain('date');
  });
});

describe('Spanish, Italian, Portuguese', () => {
  it('Spanish: `de` joins a day, its month and year; `mil millones` is 10⁹; `por ciento`; `1.500 millones` is 1,500 million, not ambiguous', () => {
    expect(read('El 4 de junio de 2024, 5 mil millones de dólares, un 3,5 por ciento más y 1.500 millones.', 'es-ES')).toEqual([
      ['4 de junio de 2024', 'date', '2024-06-04'],
      ['5 mil millones de dólares', 'money', 5e9],
      ['3,5 por ciento', 'percent', 3.5],
      ['1.500 millones', 'count', 1.5e9],
    ]);
    expect(extractFromSentence('1.500 millones', 'en', 'es').every((f) => !f.ambiguous)).toBe(true);
  });
  it('Italian `miliardi di euro`, `per cento`; Portuguese `milhões de reais`, `por cento`, `3º`', () => {
    expect(read('Costa 2,5 miliardi di euro, il 4 per cento.', 'it')).toEqual([
      ['2,5 miliardi di euro', 'money', 2.5e9],
      ['4 per cento', 'percent', 4],
    ]);
    expect(read('Custou 3 milhões de reais, 7 por cento, no 3º ano.', 'pt-BR')).toEqual([
      ['3 milhões de reais', 'money', 3e6],
      ['7 por cento', 'percent', 7],
      ['3º', 'ordinal', 3],
    ]);
  });
});

describe('Indonesian and English are read as before', () => {
  it('a tag of the two readers changes nothing: `en-GB` and `id-ID` read as `en` and `id`', () => {
    expect(extractFromSentence('It cost 2.350 dollars.', 'en', 'en-GB')).toEqual(extractFromSentence('It cost 2.350 dollars.', 'en'));
    expect(extractFromSentence('Harganya Rp2.350.', 'id', 'id-ID')).toEqual(extractFromSentence('Harganya Rp2.350.', 'id'));
  });
  it('`a thousand million` is a billion in English too (`5 thousand million dollars`)', () => {
    expect(read('It cost 5 thousand million dollars.', '')).toEqual([['5 thousand million dollars', 'money', 5e9]]);
  });
});

describe('scale words of Greek, Hindi, Vietnamese and Thai', () => {
  const vals = (s: string, tag: string) => extractFromSentence(s, 'en', tag).map((f) => [f.kind, f.value, f.currency ?? null]);
  it('read after digits, with the currency after them', () => {
    expect(vals('Ο προϋπολογισμός είναι 2,7 εκατομμύρια ευρώ.', 'el')).toEqual([['money', 2.7e6, 'EUR']]);
    expect(vals('Πουλήθηκαν 15,5 εκατ. εισιτήρια.', 'el').map(([, v]) => v)).toEqual([15.5e6]);
    expect(vals('Το έλλειμμα έφτασε τα 3 δισ. ευρώ.', 'el')).toEqual([['money', 3e9, 'EUR']]);
    expect(vals('परियोजना पर 45 लाख रुपये खर्च हुए।', 'hi')).toEqual([['money', 4.5e6, 'INR']]);
    expect(vals('बजट 250 करोड़ रुपये का है।', 'hi')).toEqual([['money', 2.5e9, 'INR']]);
    expect(vals('लागत 12 लाख रूपये रही।', 'hi')).toEqual([['money', 1.2e6, 'INR']]);
    expect(vals('Dự án tốn 6,5 triệu đồng.', 'vi')).toEqual([['money', 6.5e6, 'VND']]);
    expect(vals('Khoản vay 2 tỷ euro.', 'vi')).toEqual([['money', 2e9, 'EUR']]);
  });
  it('Thai: a scale word written joined to the next word is read after digits, the word after it kept', () => {
    expect(vals('มีผู้เข้าชม 2.6 ล้านคน', 'th').map(([, v]) => v)).toEqual([2.6e6]);
    expect(vals('งบประมาณ 4 พันล้านบาท', 'th')).toEqual([['money', 4e9, 'THB']]);
    // (no digits before it: a word like any other)
    expect(vals('ล้านคน', 'th')).toEqual([]);
  });
});

describe('labels of places in other languages', () => {
  it('a room, a floor or a platform number is a label, as in English (they were counts: false drifts)', () => {
    expect(extractFromSentence('Salle 14, étage 2.', 'en', 'fr')).toEqual([]);
    expect(extractFromSentence('Gleis 9 und Raum 12.', 'en', 'de')).toEqual([]);
    expect(extractFromSentence('Sala 4, planta 3, aula 18.', 'en', 'es')).toEqual([]);
    expect(extractFromSentence('Room 14, floor 2.', 'en', 'en')).toEqual([]);
  });
});

describe('Turkish (`tr`)', () => {
  it('the percent sign before the number (`%12,5`), month names, scale words', () => {
    expect(read('İhracat %12,5 arttı ve 3 Ekim 2022 tarihinde 4,2 milyar lira oldu.', 'tr')).toEqual([
      ['%12,5', 'percent', 12.5],
      ['3 Ekim 2022', 'date', '2022-10-03'],
      ['4,2 milyar lira', 'money', 4200000000],
    ]);
    // guard: a sign after the number still reads
    expect(read('Oran 12,5% oldu.', 'tr')).toEqual([['12,5%', 'percent', 12.5]]);
    // TL is the lira; yaklaşık (about) and en az (at least) hedge a number
    expect(extractFromSentence('Ciro 4,2 milyar TL oldu ve yaklaşık 2.500 kişi, en az 30 şirket çalışıyor.', 'en', 'tr').map((f) => [f.text, f.currency ?? f.qualifier])).toEqual([
      ['4,2 milyar TL', 'TRY'],
      ['yaklaşık 2.500 kişi', 'about'],
      ['en az 30 şirket', 'at-least'],
    ]);
  });
});

describe('Hebrew: a prefix hyphenated to a number', () => {
  it('`ב-15%` (by 15%), `ב-2024` (in 2024) are read; a code of letters and digits still is no figure', () => {
    expect(read('המחירים עלו ב-15% ב-2024.', 'he')).toEqual([
      ['15%', 'percent', 15],
      ['2024', 'date', '2024'],
    ]);
    expect(read('מטוס F-16 נחת.', 'he')).toEqual([]);
  });
});
