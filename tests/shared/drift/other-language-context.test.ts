/**
 * Figures of other language pairs read in context (issue 10, "any language pair"): clock times written with a dot or
 * said with a part of the day, decades, currencies and their signs, bare months, date ranges whose month stands at
 * their end, Turkish bounds after the number, percentage points, Swiss thousands, Arabic teens and Vietnamese months.
 * Each pair of our own is a correct rendering (no drift); the same pair with the figure changed is a drift.
 */
import { describe, expect, it } from 'vitest';
import { mismatchesByTag } from './helpers';
import { extractFromSentence } from '../../../shared/figures';

const drifts = (a: string, tagA: string, b: string, tagB = 'en') =>
  mismatchesByTag(a, tagA, b, tagB)
    .filter((m) => m.level === 'drift')
    .map((m) => `${m.kind}:${m.aFigure?.text ?? ''}|${m.bFigure?.text ?? ''}`);

/** [language, its sentence, the English rendering, the English rendering with the figure changed] */
type Case = [string, string, string, string];

const cases: Record<string, Case[]> = {
  'a clock time written with a dot after a word of the hour, or with a part of the day': [
    ['es', 'El tren salió a las 21.45 de la estación.', 'The train left the station at 9:45 p.m.', 'The train left the station at 8:45 p.m.'],
    ['es', 'La junta empezó a las 9 de la mañana.', 'The board meeting began at 9 in the morning.', 'The board meeting began at 10 in the morning.'],
    ['it', 'Il consiglio si riunisce alle 15.30.', 'The council meets at 3:30 p.m.', 'The council meets at 4:30 p.m.'],
    ['it', 'Il volo parte alle ore 14.10.', 'The flight leaves at 2:10 p.m.', 'The flight leaves at 2:40 p.m.'],
    ['pt', 'O debate começou às 14h30.', 'The debate began at 2:30 p.m.', 'The debate began at 3:30 p.m.'],
    ['ru', 'Поезд прибыл в 15.30.', 'The train arrived at 3:30 p.m.', 'The train arrived at 5:30 p.m.'],
    ['ru', 'Собрание началось в 9 утра.', 'The meeting began at 9 a.m.', 'The meeting began at 9 p.m.'],
    ['tr', "Oturum saat 14.30'da başladı.", 'The session began at 2:30 p.m.', 'The session began at 3:30 p.m.'],
    ['tr', "Toplantı sabah 9'da başladı.", 'The meeting began at 9 a.m.', 'The meeting began at 10 a.m.'],
    ['tr', "Tören akşam saat 8'de başladı.", 'The ceremony began at 8 p.m.', 'The ceremony began at 8 a.m.'],
    ['th', 'การประชุมเริ่มเวลา 9 โมงเช้า', 'The meeting began at 9 a.m.', 'The meeting began at 10 a.m.'],
    ['th', 'งานเลี้ยงเริ่มเวลา 2 ทุ่ม', 'The dinner began at 8 p.m.', 'The dinner began at 9 p.m.'],
    ['th', 'เปิดประชุมบ่าย 2 โมงครึ่ง', 'The session opened at 2:30 p.m.', 'The session opened at 3:30 p.m.'],
    ['it', 'La riunione è iniziata alle 21 ed è durata più di tre ore.', 'The meeting began at 9 p.m. and lasted more than three hours.', 'The meeting began at 8 p.m. and lasted more than three hours.'],
    ['pt', 'A sessão começou às 21 e terminou tarde.', 'The session began at 9 p.m. and ended late.', 'The session began at 10 p.m. and ended late.'],
    ['ar', 'تبدأ الجلسة الساعة 9 مساءً.', 'The session starts at 9 p.m.', 'The session starts at 9 a.m.'],
    ['ar', 'وصل الوفد الساعة 2:30 بعد الظهر.', 'The delegation arrived at 2:30 p.m.', 'The delegation arrived at 2:30 a.m.'],
    ['vi', 'Phiên họp bắt đầu lúc 14h30.', 'The session began at 2:30 p.m.', 'The session began at 4:30 p.m.'],
    ['vi', 'Buổi hòa nhạc bắt đầu 8 giờ tối.', 'The concert starts at 8 p.m.', 'The concert starts at 8 a.m.'],
    ['th', 'การประชุมเริ่มเวลา 14.30 น.', 'The meeting began at 2:30 p.m.', 'The meeting began at 3:30 p.m.'],
  ],
  'a decade said with its word for one': [
    ['fr', 'Dans les années 90, la ville a doublé.', 'In the 1990s, the town doubled.', 'In the 1980s, the town doubled.'],
    ['es', 'En los años 80 el puerto creció.', 'In the 1980s the port grew.', 'In the 1970s the port grew.'],
    ['it', "Negli anni '70 la fabbrica chiuse.", 'In the 1970s the factory closed.', 'In the 1960s the factory closed.'],
    ['pt', 'Nos anos 90 a cidade cresceu.', "In the '90s the city grew.", "In the '80s the city grew."],
    ['de', 'In den 90er Jahren stiegen die Mieten.', 'In the 1990s rents rose.', 'In the 1980s rents rose.'],
    ['ru', 'В 90-х годах завод закрылся.', 'In the 1990s the plant closed.', 'In the 1980s the plant closed.'],
    ['tr', "1990'lı yıllarda fabrika kapandı.", 'In the 1990s the factory closed.', 'In the 1980s the factory closed.'],
    ['vi', 'Trong thập niên 90, thành phố phát triển.', 'In the 1990s, the city grew.', 'In the 1980s, the city grew.'],
    ['es', 'En los años setenta el puerto creció.', 'In the 1970s the port grew.', 'In the 1960s the port grew.'],
    ['nl', 'In de jaren zeventig groeide de haven.', 'In the 1970s the port grew.', 'In the 1980s the port grew.'],
    ['de', 'In den siebziger Jahren wuchs der Hafen.', "In the '70s the port grew.", "In the '80s the port grew."],
  ],
  'a currency by its sign or its name, Turkish endings included': [
    ['pt', 'O contrato vale R$ 4,3 milhões.', 'The contract is worth 4.3 million reais.', 'The contract is worth 4.3 billion reais.'],
    ['ar', 'بلغت الصفقة 500 مليون جنيه.', 'The deal was worth 500 million Egyptian pounds.', 'The deal was worth 500 billion Egyptian pounds.'],
    ['tr', 'Köprü 5 milyon liraya mal oldu.', 'The bridge cost 5 million lira.', 'The bridge cost 5 billion lira.'],
    ['tr', '10 milyar dolarlık anlaşma imzalandı.', 'A 10 billion dollar deal was signed.', 'A 10 million dollar deal was signed.'],
    ['ru', 'Сделка оценена в 5 млн долл.', 'The deal is valued at $5 million.', 'The deal is valued at $5 billion.'],
    ['vi', 'Giá vé là 50.000 đồng.', 'The ticket costs 50,000 dong.', 'The ticket costs 60,000 dong.'],
  ],
  'hundredths of a currency': [
    ['fr', 'Le prix du pain a augmenté de 15 centimes, à 1,25 € la baguette.', 'The price of bread rose by 15 cents, to €1.25 per baguette.', 'The price of bread rose by 25 cents, to €1.25 per baguette.'],
    ['es', 'El billete sube 20 céntimos, hasta 1,50 euros.', 'The ticket rises 20 cents, to 1.50 euros.', 'The ticket rises 30 cents, to 1.50 euros.'],
    ['ru', 'Цена выросла на 50 копеек, до 60 рублей.', 'The price rose 50 kopecks to 60 roubles.', 'The price rose 70 kopecks to 60 roubles.'],
  ],
  'a share said in words before the word for "of"': [
    ['fr', 'Plus de la moitié des salariés ont fait grève.', 'More than half of the employees went on strike.', 'More than a third of the employees went on strike.'],
    ['de', 'Ein Drittel der Haushalte ist betroffen.', 'A third of households are affected.', 'A quarter of households are affected.'],
    ['es', 'Dos tercios de los votantes apoyaron la reforma.', 'Two thirds of voters backed the reform.', 'A third of voters backed the reform.'],
    ['it', 'La metà dei dipendenti lavora da casa.', 'Half of the employees work from home.', 'A quarter of the employees work from home.'],
    ['pt', 'Um terço das famílias vive na cidade.', 'A third of families live in the city.', 'Half of families live in the city.'],
    ['nl', 'De helft van de werknemers staakte.', 'Half of the workers went on strike.', 'A third of the workers went on strike.'],
    ['ru', 'Треть семей не имеет автомобиля.', 'A third of families do not own a car.', 'A quarter of families do not own a car.'],
    ['ru', 'Более половины сотрудников работают из дома.', 'More than half of the staff work from home.', 'More than a third of the staff work from home.'],
    ['ar', 'ثلث الأسر لا تملك سيارة.', 'A third of households do not own a car.', 'Half of households do not own a car.'],
    ['vi', 'Hơn một nửa trong số nhân viên làm việc tại nhà.', 'More than half of the employees work from home.', 'More than a third of the employees work from home.'],
  ],
  'Vietnamese hedges and bounds, and the Russian verb of going past a level': [
    ['vi', 'Khoảng 12.500 người tham gia cuộc mít tinh.', 'About 12,500 people attended the rally.', 'More than 12,500 people attended the rally.'],
    ['vi', 'Nợ công vượt 25 nghìn tỷ đồng.', 'Public debt exceeded 25 trillion dong.', 'Public debt reached about 25 trillion dong.'],
    ['vi', 'Có ít nhất 30 người bị thương.', 'At least 30 people were injured.', 'About 30 people were injured.'],
    ['ru', 'Госдолг превысил 25 трлн рублей.', 'Public debt exceeded 25 trillion rubles.', 'Public debt reached about 25 trillion rubles.'],
  ],
  'hedges and bounds in Polish, Czech, Greek and Malay': [
    ['pl', 'Ponad 300 osób zginęło w powodzi.', 'More than 300 people died in the flood.', 'About 300 people died in the flood.'],
    ['cs', 'Zhruba 500 lidí přišlo na náměstí.', 'Roughly 500 people came to the square.', 'At least 500 people came to the square.'],
    ['el', 'Τουλάχιστον 12 άνθρωποι τραυματίστηκαν.', 'At least 12 people were injured.', 'About 12 people were injured.'],
    ['ms', 'Sekurang-kurangnya 12 orang cedera dalam kemalangan itu.', 'At least 12 people were injured in the accident.', 'About 12 people were injured in the accident.'],
  ],
  'a verb of multiplying': [
    ['fr', "Le chiffre d'affaires a doublé en cinq ans.", 'Turnover doubled in five years.', 'Turnover tripled in five years.'],
    ['es', 'Las exportaciones se triplicaron el año pasado.', 'Exports tripled last year.', 'Exports doubled last year.'],
    ['de', 'Die Zahl der Besucher hat sich verdoppelt.', 'The number of visitors has doubled.', 'The number of visitors has tripled.'],
    ['it', 'Le vendite sono raddoppiate.', 'Sales doubled.', 'Sales quadrupled.'],
    ['ru', 'Число туристов удвоилось.', 'The number of tourists doubled.', 'The number of tourists tripled.'],
  ],
  'a month named alone': [
    ['de', 'Im März stiegen die Preise.', 'In March, prices rose.', 'In April, prices rose.'],
    ['nl', 'In maart stegen de prijzen.', 'In March prices rose.', 'In April prices rose.'],
    ['ru', 'В марте цены выросли.', 'In March prices rose.', 'In April prices rose.'],
    ['ar', 'في مارس ارتفعت الأسعار.', 'In March prices rose.', 'In April prices rose.'],
    ['vi', 'Giá tăng trong tháng 3.', 'Prices rose in March.', 'Prices rose in April.'],
  ],
  'a date range whose month stands at its end': [
    ['ru', 'Форум пройдёт с 10 по 14 ноября.', 'The forum runs from November 10 to 14.', 'The forum runs from November 10 to 16.'],
    ['nl', 'Het festival duurt van 10 t/m 14 november.', 'The festival runs from November 10 to 14.', 'The festival runs from November 10 to 16.'],
    ['nl', 'De beurs duurt van 3 tot en met 5 mei.', 'The fair runs from May 3 to 5.', 'The fair runs from May 3 to 7.'],
    ['ar', 'يعقد المنتدى من 10 إلى 14 نوفمبر.', 'The forum runs from November 10 to 14.', 'The forum runs from November 10 to 16.'],
  ],
  'a range of days whose month is written in digits with the second day, and a range of Buddhist-era years': [
    ['vi', 'Phiên tòa diễn ra từ ngày 10 đến 14/11.', 'The trial runs from November 10 to 14.', 'The trial runs from November 11 to 14.'],
    ['th', 'ระหว่างปี 2558 ถึง 2563 จำนวนนักท่องเที่ยวลดลงร้อยละ 70', 'Between 2015 and 2020, the number of tourists fell by 70 percent.', 'Between 2015 and 2021, the number of tourists fell by 70 percent.'],
  ],
  'a half after a duration': [
    ['es', 'El viaje duró dos horas y media.', 'The trip took two and a half hours.', 'The trip took two hours.'],
    ['pt', 'A viagem durou duas horas e meia.', 'The trip took two and a half hours.', 'The trip took three hours.'],
    ['it', 'Il viaggio è durato due ore e mezza.', 'The trip took 2.5 hours.', 'The trip took 3.5 hours.'],
    ['fr', 'Le trajet a duré deux heures et demie.', 'The trip took two and a half hours.', 'The trip took two hours.'],
    ['ja', '会議は約2時間半続いた。', 'The meeting lasted about two and a half hours.', 'The meeting lasted about two hours.'],
    ['zh', '会议持续了约4个半小时。', 'The meeting lasted about four and a half hours.', 'The meeting lasted about four hours.'],
  ],
  'a negated bound': [
    ['zh', '今年预算不超过15亿元。', 'This year’s budget is no more than 1.5 billion yuan.', 'This year’s budget is more than 1.5 billion yuan.'],
  ],
  'a Turkish percent said before the number': [
    ['tr', 'Aday oyların yüzde 58,4 oranında destek aldı.', 'The candidate won 58.4 percent support.', 'The candidate won 54.8 percent support.'],
  ],
  'a Turkish bound after the number': [
    ['tr', "3.000'den fazla kişi katıldı.", 'More than 3,000 people took part.', 'About 3,000 people took part.'],
    ['tr', '3 binden fazla kişi katıldı.', 'More than 3,000 people took part.', 'Some 3,000 people took part.'],
    ['tr', '100 civarında ev yıkıldı.', 'About 100 houses were destroyed.', 'More than 100 houses were destroyed.'],
  ],
  'a pound or a dollar named by its bare word, against its kin named in full': [
    ['id', 'Tiket dijual hingga 50 dolar Singapura.', 'Tickets sold for as much as 50 dollars.', 'Tickets sold for as much as 60 dollars.'],
    ['ar', 'بلغ سعر الكيلو 12.5 جنيه.', 'A kilo cost 12.5 pounds.', 'A kilo cost 12.5 pounds sterling.'],
    ['ar', 'بلغ سعر الكيلو 12.5 جنيه.', 'A kilo cost 12.5 Egyptian pounds.', 'A kilo cost £12.5.'],
    ['id', 'Tiketnya seharga 5 dolar Singapura.', 'The ticket costs 5 dollars.', 'The ticket costs 5 US dollars.'],
  ],
  'a count of one said `one of them`, or the unit a price is given for': [
    ['zh', '事故造成12人受伤，其中1人伤势严重。', 'Twelve people were injured, one of them seriously.', 'Twelve people were injured, two of them seriously.'],
    ['th', 'มีผู้บาดเจ็บ 12 คน ในจำนวนนี้ 1 คน อาการสาหัส', 'Twelve people were hurt, one of them badly.', 'Twelve people were hurt, two of them badly.'],
    ['ja', 'ガソリン価格は1リットル175円に上昇した。', 'The price of petrol rose to 175 yen per litre.', 'The price of petrol rose to 185 yen per litre.'],
  ],
  'a Turkish number past a thousand written with its scale word in the middle': [
    ['tr', 'Stadyum 52 bin 280 seyirci kapasiteli.', 'The stadium seats 52,280 spectators.', 'The stadium seats 52,820 spectators.'],
    ['tr', 'Projeye 1 milyon 200 bin lira harcandı.', '1.2 million lira was spent on the project.', '2.1 million lira was spent on the project.'],
  ],
  'percentage points and Swiss thousands': [
    ['de', 'Die Quote sank um 0,3 Prozentpunkte.', 'The rate fell 0.3 percentage points.', 'The rate fell 0.3 percent.'],
    ['es', 'La tasa bajó 0,3 puntos porcentuales.', 'The rate fell 0.3 percentage points.', 'The rate fell 0.3 percent.'],
    ['de', 'Die Gemeinde zählt 12’500 Einwohner.', 'The municipality has 12,500 inhabitants.', 'The municipality has 15,200 inhabitants.'],
    ['fr', "La commune compte 12'500 habitants.", 'The municipality has 12,500 inhabitants.', 'The municipality has 12,800 inhabitants.'],
  ],
};

describe('figures of other language pairs read in context', () => {
  for (const [what, list] of Object.entries(cases)) {
    describe(what, () => {
      it.each(list)('%s: %s', (tag, a, b, changed) => {
        expect(drifts(a, tag, b)).toEqual([]);
        expect(drifts(a, tag, changed).length).toBeGreaterThan(0);
      });
    });
  }
});

describe('guards', () => {
  it('a word of the hour before a bare number is no clock time without the minutes (`alle 10 regioni`, `в 9 регионах`)', () => {
    expect(drifts('Gli aiuti sono arrivati alle 10 regioni.', 'it', 'Aid reached the 10 regions.')).toEqual([]);
    expect(drifts('Это случилось в 9 регионах.', 'ru', 'It happened in 9 regions.')).toEqual([]);
    expect(drifts('Это длилось 2 дня.', 'ru', 'It lasted 2 days.')).toEqual([]);
  });
  it('an Arabic range whose "and" is written onto its second end (`بين 10 و12 مليون يورو`) is one range, as in English (two figures, for review)', () => {
    const a = 'ستتراوح تكلفة الإصلاح بين 10 و12 مليون يورو.';
    expect(extractFromSentence(a, 'en', 'ar').map((f) => [f.kind, f.value])).toEqual([['range', '10000000..12000000']]);
    expect(mismatchesByTag(a, 'ar', 'The repairs will cost between 10 and 12 million euros.', 'en')).toEqual([]);
    expect(drifts(a, 'ar', 'The repairs will cost between 10 and 15 million euros.')).not.toEqual([]);
    // (and `و` before a number of its own is still no part of it: `و40 جريحا`, "and 40 wounded")
    expect(extractFromSentence('قتل 30 شخصا و40 جريحا', 'en', 'ar').map((f) => f.value)).toEqual([30, 40]);
  });

  it('an adjective of the multiplying words is no multiplier (`doble homicidio`, a double homicide)', () => {
    expect(extractFromSentence('Fue un doble homicidio.', 'en', 'es')).toEqual([]);
  });

  it('a share word without the word for "of" after it is no share (`réduit de moitié`, `een derde partij`), nor a half of a span or a semi-final', () => {
    expect(extractFromSentence('Le budget a été réduit de moitié.', 'en', 'fr')).toEqual([]);
    expect(extractFromSentence('Een derde partij bemiddelt.', 'en', 'nl')).toEqual([]);
    expect(extractFromSentence('Вторая половина дня была дождливой.', 'en', 'ru')).toEqual([]);
    expect(extractFromSentence('تأهل الفريق إلى نصف النهائي.', 'en', 'ar')).toEqual([]);
    expect(extractFromSentence('Lúc nửa đêm.', 'en', 'vi')).toEqual([]);
  });

  it('a bare hour from 13 to 23 is a clock time only after the word for "at", before the clause ends or `and` (`alle 21 regioni`, `до 20.` stay counts)', () => {
    expect(extractFromSentence('Il premio va alle 21 regioni.', 'en', 'it').map((f) => f.kind)).toEqual(['count']);
    expect(extractFromSentence('Цена выросла до 20.', 'en', 'ru').map((f) => f.kind)).toEqual(['count']);
    expect(extractFromSentence('Subió hasta 20.', 'en', 'es').map((f) => f.kind)).toEqual(['count']);
    expect(extractFromSentence('ปี 2558 มี 2563 คน', 'en', 'th').map((f) => f.kind)).toEqual(['date', 'count']);
  });

  it('a part of the day before a bare number with no ending of the hour is no clock time (`sabah 9 kişi`: nine people in the morning)', () => {
    expect(extractFromSentence('Sabah 9 kişi öldü.', 'en', 'tr').map((f) => f.kind)).toEqual(['count']);
    expect(extractFromSentence('เดินทาง 3 ชั่วโมง', 'en', 'th').map((f) => f.kind)).toEqual(['duration']);
  });

  it('an Arabic teen is no ten: left unread whole, never a drift against twelve', () => {
    expect(drifts('أصيب اثنا عشر شخصاً.', 'ar', 'Twelve people were injured.')).toEqual([]);
    expect(extractFromSentence('استمر عشرة أيام.', 'en', 'ar').map((f) => f.value)).toEqual([10]);
  });
  it('an age in decades is no decade of years (`usia 40-an`, the ages 40..49); a French tag of France keeps an apostrophe', () => {
    expect(extractFromSentence('Pria berusia 40-an itu ditahan.', 'id').map((f) => f.value)).toEqual(['40..49']);
    expect(extractFromSentence("Il a dit: l'an '77, 1'250 fois.", 'en', 'fr-FR').map((f) => f.value)).not.toContain(1250);
  });
  it('Vietnamese `4 tháng` (four months) stays a duration, not a month', () => {
    expect(extractFromSentence('Dự án kéo dài 4 tháng.', 'en', 'vi').some((f) => f.kind === 'date')).toBe(false);
  });
});

describe('a decade said in words', () => {
  it('against the English decade in words (`the seventies`, which the reader leaves unread) is for review only', () => {
    expect(drifts('En los años setenta el puerto creció.', 'es', 'In the seventies the port grew.')).toEqual([]);
    expect(drifts('In de jaren zeventig groeide de haven.', 'nl', 'In the seventies the port grew.')).toEqual([]);
  });
});
