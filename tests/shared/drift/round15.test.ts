/**
 * Drift rules of the fifteenth round on real translations (issue 10, the dev11 classes), end to end on one
 * bead, in both directions. The sentences are our own; none is copied from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { drifts, reviews } from './helpers';

describe('shares listed by sector, each after its sector name', () => {
  const a = 'Sektor perikanan tumbuh 6,2 persen, sektor kehutanan 2,7 persen dan sektor jasa 1,9 persen.';
  it('the same shares: no drift, either way', () => {
    const b = 'The fishery sector grew 6.2 percent, the forestry sector 2.7 percent and the services sector 1.9 percent.';
    expect(drifts(a, b)).toEqual([]);
    expect(drifts(b, a, 'en', 'id')).toEqual([]);
  });
  it('guard: a changed share after a sector name still drifts', () => {
    const b = 'The fishery sector grew 6.2 percent, the forestry sector 7.2 percent and the services sector 1.9 percent.';
    expect(drifts(a, b)).toEqual(['value:2,7 persen']);
  });
});

describe('a date whose English side runs the year onto the day (`May 3,2004`)', () => {
  const a = 'Pabrik itu dibuka pada 3 Mei 2004 setelah tertunda lama.';
  it('the same date: no drift, either way', () => {
    const b = 'The plant opened on May 3,2004 after long delays.';
    expect(drifts(a, b)).toEqual([]);
    expect(drifts(b, a, 'en', 'id')).toEqual([]);
  });
  it('guard: another day still drifts', () => {
    expect(drifts(a, 'The plant opened on May 13,2004 after long delays.')).toEqual(['date:3 Mei 2004']);
  });
});

describe('an Indonesian bound glued into one word or said on *ada*: the same bound as the English', () => {
  it('*lebihdari 3.000 petugas* ↔ `more than 3,000 officers`: no drift, either way', () => {
    const a = 'Polisi mengerahkan lebihdari 3.000 petugas ke stadion.';
    const b = 'Police deployed more than 3,000 officers to the stadium.';
    expect(drifts(a, b)).toEqual([]);
    expect(drifts(b, a, 'en', 'id')).toEqual([]);
  });
  it('*setidaknya ada empat hambatan* ↔ `at least four obstacles`: no drift, either way', () => {
    const a = 'Ia menyebut setidaknya ada empat hambatan bagi investasi.';
    const b = 'He named at least four obstacles to investment.';
    expect(drifts(a, b)).toEqual([]);
    expect(drifts(b, a, 'en', 'id')).toEqual([]);
  });
  it('guard: the bound dropped, or another count, still drifts', () => {
    expect(drifts('Polisi mengerahkan lebihdari 3.000 petugas ke stadion.', 'Police deployed 3,000 officers to the stadium.')).toEqual(['qualifier:lebihdari 3.000 petugas']);
    expect(drifts('Ia menyebut setidaknya ada empat hambatan bagi investasi.', 'He named at least five obstacles to investment.')).toEqual(['value:setidaknya ada empat hambatan']);
  });
});

describe('`took over 40 percent` of a firm is no bound on the share', () => {
  const a = 'Bank itu telah mengambil alih 40 persen saham perusahaan asuransi tersebut.';
  it('the same share: no drift, either way', () => {
    const b = 'The bank has taken over a 40 percent stake in the insurer.';
    expect(drifts(a, b)).toEqual([]);
    expect(drifts(b, a, 'en', 'id')).toEqual([]);
  });
  it('guard: another share, or a real `more than`, still drifts', () => {
    expect(drifts(a, 'The bank has taken over a 45 percent stake in the insurer.')).toEqual(['value:40 persen']);
    expect(drifts(a, 'The bank has bought more than 40 percent of the insurer.')).toEqual(['qualifier:40 persen']);
  });
});

describe('a superlative with an indefinite article said as a bound (`with a highest principal of Rp5 billion`)', () => {
  it('against *sebanyak-banyaknya Rp5 miliar*: no drift, either way', () => {
    const a = 'Obligasi itu diterbitkan dengan nilai pokok sebanyak-banyaknya Rp5 miliar.';
    const b = 'The bonds are issued with a highest principal of Rp5 billion.';
    expect(drifts(a, b)).toEqual([]);
    expect(drifts(b, a, 'en', 'id')).toEqual([]);
  });
  it('guard: the opposite bound, or another amount, still drifts', () => {
    const a = 'Obligasi itu diterbitkan dengan nilai pokok sekurang-kurangnya Rp5 miliar.';
    expect(drifts(a, 'The bonds are issued with a highest principal of Rp5 billion.')).toEqual(['qualifier:sekurang-kurangnya Rp5 miliar']);
    expect(drifts('Obligasi itu diterbitkan dengan nilai pokok sebanyak-banyaknya Rp5 miliar.', 'The bonds are issued with a highest principal of Rp8 billion.')).toEqual(['value:sebanyak-banyaknya Rp5 miliar']);
  });
});

describe('a conversion one side adds in brackets is no drift; the measure itself still is', () => {
  it('`30 pounds (14 kg)` against *14 kilogram*: no drift, either way', () => {
    const a = 'Dokter memintanya menurunkan berat 14 kilogram sebelum operasi.';
    const b = 'Doctors told him to lose 30 pounds (14 kg) before surgery.';
    expect(drifts(a, b)).toEqual([]);
    expect(drifts(b, a, 'en', 'id')).toEqual([]);
  });
  it('guard: another weight in the bracket still drifts', () => {
    const a = 'Dokter memintanya menurunkan berat 14 kilogram sebelum operasi.';
    expect(drifts(a, 'Doctors told him to lose 50 pounds (23 kg) before surgery.')).toEqual(['value:14 kilogram']);
  });
  it('guard: a measure against a conversion in its own dimension that disagrees is a drift (`30 miles (48 km)` ↔ *40 kilometer*)', () => {
    expect(drifts('Jaraknya 40 kilometer dari kota.', 'It is 30 miles (48 km) from the city.')).toEqual(['value:40 kilometer']);
    expect(drifts('Jaraknya 48 kilometer dari kota.', 'It is 30 miles (48 km) from the city.')).toEqual([]);
  });
  it('*pukul 05.00 GMT (pukul 12.00 WIB)* against `at 0500 GMT`: no drift, either way', () => {
    const a = 'Batas waktu itu berakhir pukul 05.00 GMT (pukul 12.00 WIB), kata juru bicara.';
    const b = 'The deadline expired at 0500 GMT, a spokesman said.';
    expect(drifts(a, b)).toEqual([]);
    expect(drifts(b, a, 'en', 'id')).toEqual([]);
  });
  it('guard: another hour in the other zone still drifts', () => {
    const a = 'Batas waktu itu berakhir pukul 05.00 GMT (pukul 12.00 WIB), kata juru bicara.';
    expect(drifts(a, 'The deadline expired at 0700 GMT, a spokesman said.')).not.toEqual([]);
  });
  it('`500,000 dollars (640,000 US)` against *500 ribu dolar*: no drift, either way', () => {
    const a = 'Polisi menyita uang palsu senilai 500 ribu dolar.';
    const b = 'Police seized 500,000 dollars (640,000 US) in fake notes.';
    expect(drifts(a, b)).toEqual([]);
    expect(drifts(b, a, 'en', 'id')).toEqual([]);
  });
  it('guard: another amount before the bracket still drifts', () => {
    expect(drifts('Polisi menyita uang palsu senilai 500 ribu dolar.', 'Police seized 600,000 dollars (640,000 US) in fake notes.')).toEqual(['value:500 ribu dolar']);
  });
});

describe('an amount written with the very same English-grouped digits and scale word on both sides', () => {
  it('*Rp 24,318 miliar* ↔ `Rp 24,318 billion`: copied, not a drift, either way', () => {
    const a = 'Penyaluran kredit bank itu mencapai Rp 24,318 miliar pada Juni.';
    const b = 'The bank extended loans worth Rp 24,318 billion in June.';
    expect(drifts(a, b)).toEqual([]);
    expect(drifts(b, a, 'en', 'id')).toEqual([]);
  });
  it('guard: other digits, or another scale word, still drift', () => {
    const a = 'Penyaluran kredit bank itu mencapai Rp 24,318 miliar pada Juni.';
    expect(drifts(a, 'The bank extended loans worth Rp 24,381 billion in June.')).toEqual(['value:Rp 24,318 miliar']);
    expect(drifts(a, 'The bank extended loans worth Rp 24,318 trillion in June.')).not.toEqual([]);
  });
});

describe('`9/11` named twice, once after a word for the event', () => {
  const a = 'Dunia berubah sejak 9/11, kata dia, merujuk pada serangan 9/11.';
  it('against the same name, or `September 11`: no drift, either way', () => {
    const b = 'The world changed after 9/11, he said, referring to the September 11 attacks.';
    expect(drifts(a, b)).toEqual([]);
    expect(drifts(b, a, 'en', 'id')).toEqual([]);
  });
  it('guard: a meeting on 9 November against `September 11` still drifts', () => {
    expect(drifts('Rapat digelar pada 9/11 di Jakarta.', 'The meeting was held on September 11 in Jakarta.')).toEqual(['date:9/11']);
  });
});

describe('a lone month whose name the other version writes unread (in a list of places, or run into the next word)', () => {
  const a = 'Kementerian akan mengunjungi Vietnam Maret, Laos Meidan Kamboja pada Desember 2009.';
  it('`in March`, `in May` against *Vietnam Maret*, *Meidan*: no drift, either way (review only)', () => {
    const b = 'The ministry will visit Vietnam in March, Laos in May and Cambodia in December 2009.';
    expect(drifts(a, b)).toEqual([]);
    expect(reviews(a, b)).toEqual(['added:March', 'added:May']);
    expect(drifts(b, a, 'en', 'id')).toEqual([]);
  });
  it('guard: a month the other version does not name still drifts', () => {
    const b = 'The ministry will visit Vietnam in March, Laos in July and Cambodia in December 2009.';
    expect(drifts(a, b)).toEqual(['added:July']);
  });
});

describe('a decade said for its first year, and tens of years said vaguely', () => {
  it('*akhir 1970 dan awal 1980* ↔ `the late 1970s and early 1980s`: no drift, either way', () => {
    const a = 'Pada akhir 1970 dan awal 1980 industri tekstil tumbuh pesat.';
    const b = 'In the late 1970s and early 1980s the textile industry grew fast.';
    expect(drifts(a, b)).toEqual([]);
    expect(drifts(b, a, 'en', 'id')).toEqual([]);
  });
  it('`1970` ↔ *era 70-an*: no drift', () => {
    expect(drifts('Pabrik itu dibangun pada era 70-an.', 'The plant was built in 1970.', 'id', 'en')).toEqual([]);
  });
  it('guard: another decade, or a year inside the decade, still drifts', () => {
    expect(drifts('Pada akhir 1970 industri tekstil tumbuh pesat, dengan 200 pabrik.', 'In the late 1960s the textile industry grew fast, with 200 plants.')).toEqual(['missing:akhir 1970']);
    expect(drifts('Pada akhir 1975 industri tekstil tumbuh pesat, dengan 200 pabrik.', 'In the late 1970s the textile industry grew fast, with 200 plants.')).toEqual(['missing:akhir 1975']);
  });
  it('*puluhan tahun* ↔ `decades`: no drift, either way', () => {
    const a = 'Ini bentrokan pertama di perbatasan itu dalam puluhan tahun terakhir.';
    const b = 'It was the first clash on that border in decades.';
    expect(drifts(a, b)).toEqual([]);
    expect(drifts(b, a, 'en', 'id')).toEqual([]);
  });
  it('*anak belasan tahun* ↔ "a teenager" (an age in the teens said vaguely): no drift', () => {
    expect(drifts('Tentara menembak tewas seorang anak belasan tahun di perbatasan.', 'Soldiers shot dead a teenager at the border.')).toEqual([]);
    expect(drifts('Pelakunya masih belasan tahun, kata polisi.', 'The attacker is still in his teens, police said.')).toEqual([]);
  });
  it('guard: an age in the teens the translation does not render still stands out', () => {
    expect(drifts('Tentara menembak tewas seorang anak belasan tahun di perbatasan.', 'Soldiers shot dead a boy at the border.')).toEqual(['missing:belasan tahun']);
  });
  it('guard: tens of years against one decade still stands out', () => {
    expect(drifts('Ini bentrokan pertama di perbatasan itu dalam puluhan tahun terakhir.', 'It was the first clash on that border in a decade.')).toEqual(['missing:puluhan tahun']);
  });
});

describe('a garbled decimal mark (a control character) in one version', () => {
  const a = 'Bank menyalurkan kredit Rp512,47 miliar kepada usaha kecil.';
  it('the same amount: no drift, either way', () => {
    const b = 'Banks lent Rp512\u001b47 billion to small firms.';
    expect(drifts(a, b)).toEqual([]);
    expect(drifts(b, a, 'en', 'id')).toEqual([]);
  });
  it('guard: another amount still drifts', () => {
    expect(drifts(a, 'Banks lent Rp612\u001b47 billion to small firms.')).toEqual(['value:Rp512,47 miliar']);
  });
});

describe('a day and its year written apart on one side, together on the other', () => {
  const a = 'Hingga 30 September 2008, surplus anggaran mencapai Rp12,4 triliun.';
  it('`in 2008 … ended Sept. 30` ↔ *30 September 2008*: no drift, either way', () => {
    const b = 'The budget surplus in 2008 ended Sept. 30 reached Rp12.4 trillion.';
    expect(drifts(a, b)).toEqual([]);
    expect(drifts(b, a, 'en', 'id')).toEqual([]);
  });
  it('guard: another day still drifts', () => {
    expect(drifts(a, 'The budget surplus in 2008 ended Aug. 31 reached Rp12.4 trillion.')).toEqual(['added:Aug. 31']);
  });
});

describe('a share of a whole the translation adds beside an amount', () => {
  const a = 'Pemerintah menargetkan defisit anggaran Rp80 triliun pada 2010.';
  it('`Rp80 trillion or 1.6 percent of GDP` ↔ *Rp80 triliun*: no drift, either way', () => {
    const b = 'The government targets a budget deficit of Rp80 trillion or 1.6 percent of GDP in 2010.';
    expect(drifts(a, b)).toEqual([]);
    expect(drifts(b, a, 'en', 'id')).toEqual([]);
  });
  it('guard: a hedge added to a share both versions restate still drifts', () => {
    const c = 'Pemerintah menargetkan defisit anggaran Rp80 triliun atau 1,6 persen dari PDB pada 2010.';
    expect(drifts(c, 'The government targets a budget deficit of Rp80 trillion or about 1.6 percent of GDP in 2010.')).toEqual(['qualifier:1,6 persen']);
    expect(drifts(c, 'The government targets a budget deficit of Rp80 trillion or 1.8 percent of GDP in 2010.')).toEqual(['value:1,6 persen']);
  });
});

describe('the level a change started from, which the translation leaves to the reader', () => {
  const a = 'Bank itu menaikkan bunga kredit 0,25 persen menjadi 9,75 persen dari 9,50 persen.';
  const b = 'The bank raised its lending rate by 0.25 percent to 9.75 percent.';
  it('*menjadi 9,75 persen dari 9,50 persen* ↔ `by 0.25 percent to 9.75 percent`: no drift, either way', () => {
    expect(drifts(a, b)).toEqual([]);
    expect(drifts(b, a, 'en', 'id')).toEqual([]);
  });
  it('a fall: the old level is the sum (`by 0.50 percent to 6.50 percent` ↔ *dari 7,00 persen*)', () => {
    expect(drifts('Bunga deposito turun 0,50 persen menjadi 6,50 persen dari 7,00 persen.', 'Deposit rates fell by 0.50 percent to 6.50 percent.')).toEqual([]);
  });
  it('guard: an old level the change does not lead to, or one the other side never states the means for, still drifts', () => {
    expect(drifts('Bank itu menaikkan bunga kredit 0,25 persen menjadi 9,75 persen dari 9,00 persen.', b)).toEqual(['missing:9,00 persen']);
    expect(drifts(a, 'The bank raised its lending rate to 9.75 percent.')).toEqual(['missing:0,25 persen', 'missing:9,50 persen']);
  });
});

describe('a part of a year with its year, where the other version names the period relatively', () => {
  const a = 'Laba bank itu naik 18 persen dibandingkan periode yang sama tahun lalu.';
  it('`compared to the first half of 2008` ↔ *periode yang sama tahun lalu*: no drift, either way', () => {
    const b = 'The bank posted an 18 percent rise in profit compared to the first half of 2008.';
    expect(drifts(a, b)).toEqual([]);
    expect(drifts(b, a, 'en', 'id')).toEqual([]);
  });
  it('guard: with no relative period on the other side, the half and its year stand out', () => {
    const c = 'Laba bank itu naik 18 persen.';
    expect(drifts(c, 'The bank posted an 18 percent rise in profit compared to the first half of 2008.')).not.toEqual([]);
  });
});

describe('a count that only points back to things counted before, dropped by the translation', () => {
  it('*Selain dua kelompok tersebut* left out: review only, either way', () => {
    const a = 'Selain dua kelompok tersebut, harga beras naik 2,1 persen pada Mei.';
    const b = 'Rice prices also rose 2.1 percent in May.';
    expect(drifts(a, b)).toEqual([]);
    expect(reviews(a, b)).toEqual(['missing:dua kelompok']);
  });
  it('guard: a count with no demonstrative dropped still drifts', () => {
    expect(drifts('Selain dua kelompok pedagang, harga beras naik 2,1 persen pada Mei.', 'Rice prices also rose 2.1 percent in May.')).toEqual(['missing:dua kelompok']);
  });
});
