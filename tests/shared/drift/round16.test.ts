/**
 * Drift rules of the sixteenth round on real translations (issue 10, the dev12 classes), end to end on one
 * bead, in both directions. The sentences are our own; none is copied from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { drifts } from './helpers';

describe('a bare number the other version keeps digit for digit where its reader reads no figure', () => {
  it('*Keputusan 2231* ↔ `decision 2231`: no drift, either way', () => {
    const a = 'Keputusan Dewan 2231 mengizinkan pengiriman 4.500 ton beras ke wilayah itu.';
    const b = 'Council decision 2231 allowed the shipment of 4,500 tonnes of rice to the region.';
    expect(drifts(a, b)).toEqual([]);
    expect(drifts(b, a, 'en', 'id')).toEqual([]);
  });
  it('a year run onto the next word (`mid-2011Sales`): no drift', () => {
    const a = 'Rasio kredit macet 3,1 persen pada pertengahan 2011 Penjualan naik 12 persen.';
    const b = 'The bad-loan ratio was 3.1% at mid-2011Sales rose 12%.';
    expect(drifts(a, b)).toEqual([]);
  });
  it('guard: other digits in the name still drift', () => {
    const a = 'Keputusan Dewan 2231 mengizinkan pengiriman 4.500 ton beras ke wilayah itu.';
    const b = 'Council decision 2213 allowed the shipment of 4,500 tonnes of rice to the region.';
    expect(drifts(a, b)).toEqual(['value:2231']);
  });
  it('guard: a year kept only inside a reference number still counts as dropped', () => {
    const a = 'Aturan itu terbit pada 2010 lewat Permen No.12/M/2010 dan berlaku sebulan kemudian.';
    const b = 'The rule was issued through Regulation No.12/M/2010 and took effect a month later.';
    expect(drifts(a, b)).toEqual(['missing:2010']);
  });
});

describe('a figure its own side repeats: a lone year again in a full date, an amount again as a bare number', () => {
  it('*tahun 2015 … 12 Maret 2015* ↔ `March 12, 2015`: no drift, either way', () => {
    const a = 'Surat utang yang jatuh tempo tahun 2015 hanya seri FR0031 yang jatuh tempo 12 Maret 2015.';
    const b = 'The only note due on March 12, 2015 is the FR0031 series.';
    expect(drifts(a, b)).toEqual([]);
    expect(drifts(b, a, 'en', 'id')).toEqual([]);
  });
  it('guard: a lone year not in the other date still drifts', () => {
    const a = 'Surat utang yang jatuh tempo tahun 2016 hanya seri FR0031 yang jatuh tempo 12 Maret 2015.';
    const b = 'The only note due on March 12, 2015 is the FR0031 series.';
    expect(drifts(a, b)).toEqual(['missing:2016']);
  });
  it('*Rp12.400 … Rp12.400/12.410* ↔ `12,400/12,410`: no drift', () => {
    const a = 'Kurs rupiah naik mencapai Rp12.400 per dolar menjadi Rp12.400/12.410 pada Rabu siang.';
    const b = 'The rupiah firmed to 12,400/12,410 against the dollar on Wednesday afternoon.';
    expect(drifts(a, b)).toEqual([]);
  });
  it('guard: an amount repeated on one side but not given by the other still drifts', () => {
    const a = 'Kurs rupiah naik mencapai Rp12.450 per dolar menjadi Rp12.400/12.410 pada Rabu siang.';
    const b = 'The rupiah firmed to 12,400/12,410 against the dollar on Wednesday afternoon.';
    expect(drifts(a, b)).toEqual(['missing:Rp12.450']);
  });
});

describe('a rate step in basis points against the old and new rates', () => {
  const a = 'Bank sentral menurunkan suku bunga acuan menjadi 5,75 persen dari sebelumnya 6,00 persen, kata analis itu.';
  it('*menjadi 5,75 persen dari sebelumnya 6,00 persen* ↔ `by 25 basis points to 5.75 percent`: no drift, either way', () => {
    const b = 'The central bank cut its benchmark rate by 25 basis points to 5.75 percent, the analyst said.';
    expect(drifts(a, b)).toEqual([]);
    expect(drifts(b, a, 'en', 'id')).toEqual([]);
  });
  it('guard: a step that does not join the two rates still drifts', () => {
    const b = 'The central bank cut its benchmark rate by 50 basis points to 5.75 percent, the analyst said.';
    expect(drifts(a, b)).toEqual(['added:50 basis points', 'missing:6,00 persen']);
  });
  it('an old rate dropped beside a step both versions give is derived from them, review only (guideline sections 30, 31)', () => {
    const a2 = 'Bank sentral menurunkan suku bunga acuan 25 basis poin menjadi 5,75 persen dari sebelumnya 6,00 persen.';
    const b = 'The central bank cut its benchmark rate by 25 basis points to 5.75 percent.';
    expect(drifts(a2, b)).toEqual([]);
    expect(drifts(b, a2, 'en', 'id')).toEqual([]);
  });
  it('guard: an old rate the step and the new level do not give still drifts', () => {
    const a2 = 'Bank sentral menurunkan suku bunga acuan 25 basis poin menjadi 5,75 persen dari sebelumnya 6,50 persen.';
    const b = 'The central bank cut its benchmark rate by 25 basis points to 5.75 percent.';
    expect(drifts(a2, b)).toEqual(['missing:6,50 persen']);
  });
});

describe('a `one` the other version hedges in words is a quantity, not an article', () => {
  it('*satu dari lima warga* ↔ `about one in five residents`: a qualifier drift, either way', () => {
    const a = 'Menurut survei itu, satu dari lima warga kota tidak memiliki rekening bank.';
    const b = 'About one in five city residents have no bank account, the survey found.';
    expect(drifts(a, b)).toEqual(['qualifier:satu']);
    expect(drifts(b, a, 'en', 'id')).toEqual(['qualifier:About one']);
  });
  it('guard: the same `one` unhedged on both sides is no drift', () => {
    const a = 'Menurut survei itu, satu dari lima warga kota tidak memiliki rekening bank.';
    const b = 'One in five city residents have no bank account, the survey found.';
    expect(drifts(a, b)).toEqual([]);
  });
});

describe('a bounded length of time rendered as a fixed term in one compound word', () => {
  it('*pinjaman bertenor hingga enam bulan* ↔ `six-month loans`: a qualifier drift', () => {
    const a = 'Bank itu menawarkan pinjaman bertenor hingga enam bulan kepada petani kecil.';
    const b = 'The bank offered six-month loans to small farmers.';
    expect(drifts(a, b)).toEqual(['qualifier:hingga enam bulan']);
  });
  it('guard: the same bound kept (`up to six months`) is no drift', () => {
    const a = 'Bank itu menawarkan pinjaman bertenor hingga enam bulan kepada petani kecil.';
    const b = 'The bank offered loans of up to six months to small farmers.';
    expect(drifts(a, b)).toEqual([]);
  });
  it('guard: the end of a span of terms (*satu bulan hingga enam bulan* ↔ `one-month to six-month`) is no drift', () => {
    const a = 'Bunga deposito satu bulan hingga enam bulan turun menjadi 5 persen.';
    const b = 'Rates on one-month to six-month deposits fell to 5 percent.';
    expect(drifts(a, b)).toEqual([]);
  });
});

describe('the first N months against a period up to month N', () => {
  it('*sampai dengan September 2012* ↔ `the first nine months of 2012`: no drift, either way', () => {
    const a = 'Sampai dengan September 2012 ekspor kopi mencapai 412.000 ton.';
    const b = 'Coffee exports in the first nine months of 2012 reached 412,000 tonnes.';
    expect(drifts(a, b)).toEqual([]);
    expect(drifts(b, a, 'en', 'id')).toEqual([]);
  });
  it('guard: a length that does not end in the month still drifts', () => {
    const a = 'Sampai dengan September 2012 ekspor kopi mencapai 412.000 ton.';
    const b = 'Coffee exports in the first eight months of 2012 reached 412,000 tonnes.';
    expect(drifts(a, b)).toContain('added:eight months');
  });
});

describe('the one unit of a currency an exchange rate is quoted against', () => {
  it('`one euro now buys 1.32 US dollars` ↔ *euro kini senilai 1,32 dolar AS*: no drift, either way', () => {
    const a = 'Menurut dia, euro kini senilai 1,32 dolar AS dan bisa menguat ke 1,40 dolar AS.';
    const b = 'He said one euro now buys 1.32 US dollars and could firm to 1.40 US dollars.';
    expect(drifts(a, b)).toEqual([]);
    expect(drifts(b, a, 'en', 'id')).toEqual([]);
  });
  it('guard: a rate the other version does not give still drifts', () => {
    const a = 'Menurut dia, euro kini senilai 1,32 dolar AS dan bisa menguat ke 1,40 dolar AS.';
    const b = 'He said one euro now buys 1.35 US dollars and could firm to 1.40 US dollars.';
    expect(drifts(a, b)).toEqual(['value:1,32 dolar AS', 'added:one euro']);
  });
});

describe('a verb of crossing a level agrees with a bound either way', () => {
  it('*menembus Rp14.000* ↔ `below Rp14,000` (a strengthening rupiah): no drift, either way', () => {
    const a = 'Rupiah menguat tajam menembus Rp14.000 per dolar AS pada Selasa.';
    const b = 'The rupiah strengthened sharply to below Rp14,000 per dollar on Tuesday.';
    expect(drifts(a, b)).toEqual([]);
    expect(drifts(b, a, 'en', 'id')).toEqual([]);
  });
  it('`broke through 6,000` ↔ *di atas 6.000*: no drift', () => {
    const a = 'Indeks saham naik ke level di atas 6.000 pada perdagangan Jumat.';
    const b = 'The stock index broke through 6,000 in Friday trading.';
    expect(drifts(a, b)).toEqual([]);
  });
  it('guard: a bound with no crossing verb still drifts', () => {
    const a = 'Rupiah menguat tajam ke Rp14.000 per dolar AS pada Selasa.';
    const b = 'The rupiah strengthened sharply to below Rp14,000 per dollar on Tuesday.';
    expect(drifts(a, b)).toEqual(['qualifier:Rp14.000']);
  });
});

describe('a figure paired with its exact counterpart rather than a near one it rounds to', () => {
  const a = 'Rupiah melemah lima poin menjadi Rp14.325/14.330 per dolar AS dari Rp14.320/14.325 sehari sebelumnya.';
  it('the quote kept and the old quote dropped: only the old quote is missing', () => {
    const b = 'The rupiah fell five points to Rp14,325/14,330 per dollar.';
    expect(drifts(a, b)).toEqual(['missing:Rp14.320']);
  });
  it('guard: a changed end of the quote still drifts', () => {
    const b = 'The rupiah fell five points to Rp14,325/14,380 per dollar.';
    expect(drifts(a, b)).toContain('missing:14.330');
  });
});

describe('a clock time added or dropped with its GMT conversion', () => {
  it('`at 3:00 pm (0800 GMT)` added: the local time drifts, its conversion is for review; either way', () => {
    const a = 'Panel yang terdiri atas tiga hakim akan mendengarkan keterangan terdakwa.';
    const b = 'A panel of three judges was due to hear the defendant at 3:00 pm (0800 GMT).';
    expect(drifts(a, b)).toEqual(['added:3:00 pm']);
    expect(drifts(b, a, 'en', 'id')).toEqual(['missing:3:00 pm']);
  });
  it('guard: a time both versions give, with its conversion added, is no drift', () => {
    const a = 'Panel yang terdiri atas tiga hakim akan mendengarkan keterangan terdakwa pukul 15.00.';
    const b = 'A panel of three judges was due to hear the defendant at 3:00 pm (0800 GMT).';
    expect(drifts(a, b)).toEqual([]);
  });
});

describe('a bound on a length of time the other version says as one unit', () => {
  const a = 'Pabrik itu ditutup hanya sebulan setelah kebakaran besar di gudangnya, kata 12 karyawan.';
  it('*sebulan* ↔ `just over a month`: the bound added drifts', () => {
    const b = 'The plant closed just over a month after a big fire at its warehouse, 12 workers said.';
    expect(drifts(a, b)).toEqual(['added:just over a month']);
  });
  it('guard: the unit said plainly on both sides is no drift', () => {
    const b = 'The plant closed just a month after a big fire at its warehouse, 12 workers said.';
    expect(drifts(a, b)).toEqual([]);
  });
  it('guard: the bound said on both sides (*lebih dari sebulan* ↔ `over a month`) is no drift', () => {
    const a2 = 'Pabrik itu ditutup lebih dari sebulan setelah kebakaran besar di gudangnya, kata 12 karyawan.';
    const b = 'The plant closed over a month after a big fire at its warehouse, 12 workers said.';
    expect(drifts(a2, b)).toEqual([]);
  });
});

describe('an ordinal added whose number the other version gives only as a day of a date', () => {
  it('`the 5th congress` added beside *5-9 Maret* ↔ `March 5-9`: the ordinal drifts', () => {
    const a = 'Jakarta akan menjadi tuan rumah kongres petani Asia pada 5-9 Maret 2019.';
    const b = 'Jakarta will host the 9th Asian farmers congress on March 5-9, 2019.';
    expect(drifts(a, b)).toContain('added:9th');
  });
  it('guard: an ordinal the other version writes as a designator number is no drift', () => {
    const a = 'Kantor itu pindah ke lantai 17 gedung tersebut pada 5 Maret 2019.';
    const b = 'The office moved to the 17th floor of the building on March 5, 2019.';
    expect(drifts(a, b)).toEqual([]);
  });
});
