import { describe, expect, it } from 'vitest';
import { segment } from '../../../shared/text';
import type { Lang } from '../../../shared/text';

const texts = (text: string, lang: Lang): string[] => segment(text, lang).map((s) => s.text);

describe('segment: empty input', () => {
  it('gives no sentence for an empty or blank text', () => {
    expect(segment('', 'id')).toEqual([]);
    expect(segment('  \n\r\n \t\n', 'en')).toEqual([]);
  });

  it('gives one sentence for text without final punctuation', () => {
    expect(texts('  Tanpa titik di akhir  ', 'id')).toEqual(['Tanpa titik di akhir']);
  });
});

describe('segment: offsets', () => {
  it('returns trimmed slices of the original text with their offsets', () => {
    const text = '  Harga naik.   Warga  protes!\n\nPemerintah diam. ';
    const sentences = segment(text, 'id');
    expect(sentences.map((s) => s.text)).toEqual(['Harga naik.', 'Warga  protes!', 'Pemerintah diam.']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 0, 1]);
    expect(sentences[0].start).toBe(2);
  });
});

describe('segment: Indonesian abbreviations do not end a sentence', () => {
  const cases = [
    'Kantor itu berada di Jl. Merdeka No. 12, Bandung.',
    'Bantuan berupa beras, gula, dll. dikirim ke lokasi.',
    'Pasar menjual sayur, buah, dsb. setiap pagi.',
    'Studi Wahyuni dkk. menunjukkan hasil serupa.',
    'Seminar dibuka oleh Prof. Dr. Ir. Bambang Setiadi, M.Si. di aula kampus.',
    'Hadir pula Hj. Aminah dan Drs. Yusuf Kalla.',
    'Pangdam Mayjen. TNI Arif Rahman didampingi Brigjen. Pol. Sugeng Riyadi.',
    'Kapolres Kombes. Pol. Dedi Mulyana menemui Kol. Inf. Hasan Basri.',
    'Upacara dipimpin Letjen. Wawan Kurnia dan Jend. Purn. Suryo Adi.',
    'Surat itu ditujukan kepada Yth. Sdr. Ketua RT dan Bpk. Lurah setempat.',
    'Saham PT Karya Bangun Tbk. menguat 4 persen.',
    'Uang dikirim ke rekening a.n. Panitia Zakat.',
    'Kuasa hukumnya, Rudi Hartanto, S.H. menolak berkomentar.',
    'Pasal tsb. mengatur sanksi administratif.',
    'Aturan itu dimuat pada hlm. 12 lampiran undang-undang.',
    'Pendaftaran dibuka 1 s.d. 15 Juli.',
    'Tarif naik menjadi Rp. 7.500 per kilometer.',
    'Jemaat berkumpul di Gereja St. Yohanes sejak pagi.',
    'Data mencakup tahun 2019, 2020, dst. sampai sekarang.',
    'Mereka tinggal di rumah no. 5 di ujung gang.',
  ];
  for (const sentence of cases) {
    it(sentence, () => expect(texts(sentence, 'id')).toEqual([sentence]));
  }
});

describe('segment: English abbreviations do not end a sentence', () => {
  const cases = [
    'Mr. and Mrs. Lee met Ms. Grant and Dr. Patel on Tuesday.',
    'Gen. Howard, Lt. Diaz and Col. Burke reviewed the plan.',
    'Sen. Moore, Rep. Ortiz and Gov. Fields signed the letter.',
    'The U.S. and U.K. governments issued a joint statement.',
    'Shares of Vexo Inc. and Harlow Ltd. rose, while Branford Co. and Quill Corp. fell.',
    'The rules change on Jan. 1, Feb. 15, Aug. 30 and Sept. 9.',
    'Tools, cables, etc. were left at the site.',
    'Some fruits, e.g. mangoes, and some grains, i.e. rice and wheat, were exempt.',
    'The match ended Lyon vs. Porto 2-2.',
    'The ship docked at Pier No. 4 before noon.',
    'They prayed at St. Anne’s Church.',
    'Edward Banks Jr. said he would appeal.',
  ];
  for (const sentence of cases) {
    it(sentence, () => expect(texts(sentence, 'en')).toEqual([sentence]));
  }
});

describe('segment: scale words and hedges of the languages read by their tag do not end a sentence before a currency or a number', () => {
  it('German *Mio.*, *Mrd.*, *ca.*; French *env.*; Russian *млн.*', () => {
    expect(texts('Das Projekt kostet 3,5 Mio. € und dauert zwei Jahre. Die Stadt zahlt 1,2 Mio.', 'en')).toEqual(['Das Projekt kostet 3,5 Mio. € und dauert zwei Jahre.', 'Die Stadt zahlt 1,2 Mio.']);
    expect(texts('Es kamen ca. 200 Gäste, die 2 Mrd. Franken verwalten.', 'en')).toHaveLength(1);
    expect(texts('Le projet coûte env. 300 millions.', 'en')).toHaveLength(1);
    expect(texts('Бюджет составил 1,2 млн. рублей.', 'en')).toHaveLength(1);
    // guard: before a word that opens a sentence, it ends one
    expect(texts('Der Umsatz stieg auf 3,2 Mio. The report follows.', 'en')).toHaveLength(2);
  });
});

describe('segment: abbreviations that end a sentence', () => {
  it('splits after dll. and etc. before a capitalised word', () => {
    expect(texts('Warga membawa tikar, bantal, dll. Mereka bermalam di masjid.', 'id')).toEqual([
      'Warga membawa tikar, bantal, dll.',
      'Mereka bermalam di masjid.',
    ]);
    expect(texts('They carried mats, pillows, etc. Most slept in the mosque.', 'en')).toEqual([
      'They carried mats, pillows, etc.',
      'Most slept in the mosque.',
    ]);
  });

  it('splits after a company designator unless a job title follows', () => {
    expect(texts('Kontrak itu jatuh ke PT Sumber Rejeki Tbk. Nilainya Rp 3 triliun.', 'id')).toHaveLength(2);
    expect(texts('The order went to Delmar Inc. Analysts welcomed it.', 'en')).toHaveLength(2);
    expect(texts('Delmar Inc. Chief Executive Ann Ruiz said demand was strong.', 'en')).toHaveLength(1);
  });

  it('splits after U.S. only before a sentence opener', () => {
    expect(texts('The firm moved to the U.S. The move cost $2 million.', 'en')).toEqual([
      'The firm moved to the U.S.',
      'The move cost $2 million.',
    ]);
    expect(texts('The U.S. Treasury sold $40 billion in bonds.', 'en')).toHaveLength(1);
  });

  it('reads no. as a word in English and as nomor in Indonesian', () => {
    expect(texts('He said no. Then he left.', 'en')).toEqual(['He said no.', 'Then he left.']);
    expect(texts('Rumah no. 7 itu dijual.', 'id')).toEqual(['Rumah no. 7 itu dijual.']);
  });

  it('reads a title abbreviation closed by a quote as a word', () => {
    expect(texts('Asked if he would stay, he replied: "No." The talks ended.', 'en')).toEqual([
      'Asked if he would stay, he replied: "No."',
      'The talks ended.',
    ]);
  });

  it('splits after p.m. before a new sentence but not before a weekday', () => {
    expect(texts('Polls close at 8 p.m. Counting starts at once.', 'en')).toHaveLength(2);
    expect(texts('The rally starts at 4 p.m. Sunday near the station.', 'en')).toHaveLength(1);
  });
});

describe('segment: numbers and times', () => {
  it('does not split inside 10.000, 2,5, 1.5 or 14.30', () => {
    expect(texts('Sebanyak 10.000 warga mengungsi, naik 2,5 kali lipat, pukul 14.30 WIB tadi.', 'id')).toHaveLength(1);
    expect(texts('Growth was 1.5 percent, or $10.000 billion at 14.30 GMT.', 'en')).toHaveLength(1);
  });

  it('splits after a number that ends a sentence', () => {
    expect(texts('Jumlahnya mencapai 10.000. Angka itu naik.', 'id')).toEqual(['Jumlahnya mencapai 10.000.', 'Angka itu naik.']);
    expect(texts('Turnout rose to 61.5. That was a record.', 'en')).toEqual(['Turnout rose to 61.5.', 'That was a record.']);
  });

  it('splits after a time that ends a sentence and before a sentence that starts with digits', () => {
    expect(texts('Kebakaran padam pukul 16.45 WIB. Dua rumah hangus.', 'id')).toHaveLength(2);
    expect(texts('The fire was out by 5 a.m. local time. 14 homes burned.', 'en')).toEqual([
      'The fire was out by 5 a.m. local time.',
      '14 homes burned.',
    ]);
  });
});

describe('segment: initials', () => {
  it('keeps initials inside the sentence', () => {
    expect(texts('Buku karya J. K. Rowling itu laris di Indonesia.', 'id')).toHaveLength(1);
    expect(texts('The essay by E. B. White and George W. Bush’s memoir sold well.', 'en')).toHaveLength(1);
  });

  it('splits after a single capital letter before a sentence opener', () => {
    expect(texts('We have no Plan B. It must work.', 'en')).toEqual(['We have no Plan B.', 'It must work.']);
    expect(texts('Pemenangnya tim A. Namun tim B protes.', 'id')).toEqual(['Pemenangnya tim A.', 'Namun tim B protes.']);
  });

  it('reads a one-letter unit after a number as a word that can end the sentence, not as an initial', () => {
    expect(texts('Bentang atapnya mencapai 180 m. Gedung itu selesai pada 1962.', 'id')).toEqual(['Bentang atapnya mencapai 180 m.', 'Gedung itu selesai pada 1962.']);
    expect(texts('The roof spans 180 m. The hall opened in 1962.', 'en')).toEqual(['The roof spans 180 m.', 'The hall opened in 1962.']);
    // (an initial after a word stays one, and a unit before a lower-case word goes on)
    expect(texts('Ketuanya Budi S. Harsono dari Medan.', 'id')).toHaveLength(1);
    expect(texts('Luasnya 40 m. persegi saja.', 'id')).toHaveLength(1);
  });
});

describe('segment: ellipses', () => {
  it('splits after an ellipsis attached to a word before a capital', () => {
    expect(texts('Kami menunggu... Lalu hujan turun.', 'id')).toEqual(['Kami menunggu...', 'Lalu hujan turun.']);
    expect(texts('They waited… Then the rain came.', 'en')).toEqual(['They waited…', 'Then the rain came.']);
  });

  it('does not split after an ellipsis before a lower-case word or a standalone ellipsis', () => {
    expect(texts('Kami menunggu... dan menunggu.', 'id')).toHaveLength(1);
    expect(texts('“We will … Rebuild every home,” she said.', 'en')).toHaveLength(1);
    expect(texts('He said [...] The rest was lost.', 'en')).toHaveLength(1);
  });
});

describe('segment: quotes', () => {
  it('keeps a quote closed by a comma with its attribution', () => {
    expect(texts('“Kami siap mengirim pasukan,” kata Budanov. Ia tidak merinci.', 'id')).toEqual([
      '“Kami siap mengirim pasukan,” kata Budanov.',
      'Ia tidak merinci.',
    ]);
  });

  it('keeps a quoted question or exclamation with a lower-case attribution', () => {
    expect(texts('“Siapa yang bertanggung jawab?” tanya warga. Tak ada jawaban.', 'id')).toHaveLength(2);
    expect(texts('"Get out now!" shouted a firefighter. Nobody moved.', 'en')).toEqual([
      '"Get out now!" shouted a firefighter.',
      'Nobody moved.',
    ]);
  });

  it('splits after a closing quote that ends a sentence', () => {
    expect(texts('He said: “It is over.” Then he left.', 'en')).toEqual(['He said: “It is over.”', 'Then he left.']);
    expect(texts('Ia berkata: "Kami kalah." Lalu ia pergi.', 'id')).toEqual(['Ia berkata: "Kami kalah."', 'Lalu ia pergi.']);
  });

  it('handles guillemets', () => {
    expect(texts('He spoke of «a new era.» Critics scoffed. «No comment,» his aide said.', 'en')).toEqual([
      'He spoke of «a new era.»',
      'Critics scoffed.',
      '«No comment,» his aide said.',
    ]);
  });

  it('splits a quotation of several sentences at its inner sentence ends', () => {
    expect(texts('“Airnya naik cepat. Kami lari,” kata Sari.', 'id')).toEqual(['“Airnya naik cepat.', 'Kami lari,” kata Sari.']);
  });
});

describe('segment: brackets', () => {
  it('splits after a closing bracket and before an opening one', () => {
    expect(texts('Korban bertambah. (Data sementara.) Pencarian berlanjut.', 'id')).toEqual([
      'Korban bertambah.',
      '(Data sementara.)',
      'Pencarian berlanjut.',
    ]);
    expect(texts('The agency (AFP) confirmed it. (Reporting by Ana Cruz.)', 'en')).toHaveLength(2);
  });
});

describe('segment: line breaks', () => {
  it('ends a headline and a byline without a final period', () => {
    expect(texts('Harga Beras Naik Lagi\nOleh: Dewi Sartika\nHarga beras naik 5 persen.', 'id')).toEqual([
      'Harga Beras Naik Lagi',
      'Oleh: Dewi Sartika',
      'Harga beras naik 5 persen.',
    ]);
    expect(texts('Storm Hits Coast\nBy Sam Reed\nWinds reached 150 km/h.', 'en')).toHaveLength(3);
  });

  it('ends a title-case headline even before a lower-case dateline', () => {
    expect(texts('Ekspor Teh Turun Tajam\nkabarsumatra.id - Ekspor teh turun.', 'id')).toHaveLength(2);
  });

  it('joins a line break inside a sentence', () => {
    expect(texts('Pemerintah akan menaikkan harga\nbahan bakar bulan depan.', 'id')).toEqual([
      'Pemerintah akan menaikkan harga\nbahan bakar bulan depan.',
    ]);
    expect(texts('The minister said the cuts would hit the\nUnited States hardest.', 'en')).toHaveLength(1);
  });

  it('reads a hard-wrapped paragraph as running text', () => {
    const text =
      'The central bank kept its main rate unchanged on Thursday, as\n' +
      'officials said inflation in services remained far too high for\n' +
      'Governor Alan Price and his deputies to consider an early cut.\n' +
      'Markets had expected the decision.';
    expect(texts(text, 'en')).toHaveLength(2);
  });

  it('a blank line always ends a sentence', () => {
    const sentences = segment('Rapat dimulai tanpa\n\nketua hadir', 'id');
    expect(sentences.map((s) => [s.text, s.paragraph])).toEqual([
      ['Rapat dimulai tanpa', 0],
      ['ketua hadir', 1],
    ]);
  });
});

describe('segment: list items', () => {
  it('makes each dash, number or letter item a sentence', () => {
    expect(texts('Syaratnya:\n- berusia 17 tahun\n- memiliki KTP\nPendaftaran gratis.', 'id')).toEqual([
      'Syaratnya:',
      '- berusia 17 tahun',
      '- memiliki KTP',
      'Pendaftaran gratis.',
    ]);
    expect(texts('Steps:\n1. Register online.\n2. Pay the fee.', 'en')).toEqual(['Steps:', '1. Register online.', '2. Pay the fee.']);
    expect(texts('Pilihan:\na) naik bus, atau\nb) naik kereta', 'id')).toEqual(['Pilihan:', 'a) naik bus, atau', 'b) naik kereta']);
  });

  it('does not split at the period of a list number', () => {
    expect(texts('1. Harga naik.', 'id')).toEqual(['1. Harga naik.']);
  });
});

describe('segment: URLs and e-mail addresses', () => {
  it('does not split inside them', () => {
    expect(texts('Lihat https://data.contoh.go.id/laporan?tahun=2024&hal=2 atau tulis ke humas@contoh.go.id segera.', 'id')).toHaveLength(1);
    expect(texts('See www.example.com/news.html for details.', 'en')).toHaveLength(1);
  });

  it('splits after a URL that ends a sentence', () => {
    expect(texts('Daftar di www.contoh.go.id. Kuota terbatas.', 'id')).toEqual(['Daftar di www.contoh.go.id.', 'Kuota terbatas.']);
  });
});

describe('segment: punctuation and whitespace', () => {
  it('treats ?! as one sentence end', () => {
    expect(texts('Serius?! Harga naik lagi?! Ya.', 'id')).toEqual(['Serius?!', 'Harga naik lagi?!', 'Ya.']);
    expect(texts('Really?!? Prices rose again!! Yes.', 'en')).toEqual(['Really?!?', 'Prices rose again!!', 'Yes.']);
  });

  it('copes with runs of spaces, tabs and non-breaking spaces', () => {
    expect(texts('Hujan turun.\t\u00a0  Jalan  banjir.', 'id')).toEqual(['Hujan turun.', 'Jalan  banjir.']);
    expect(texts('Rain fell.     Roads   flooded.', 'en')).toEqual(['Rain fell.', 'Roads   flooded.']);
  });

  it('handles CRLF and CR line endings like LF', () => {
    const lf = segment('Judul Berita Hari Ini\nIsi berita pertama.\n\nParagraf kedua.', 'id').map((s) => [s.text, s.paragraph]);
    expect(segment('Judul Berita Hari Ini\r\nIsi berita pertama.\r\n\r\nParagraf kedua.', 'id').map((s) => [s.text, s.paragraph])).toEqual(lf);
    expect(segment('Judul Berita Hari Ini\rIsi berita pertama.\r\rParagraf kedua.', 'id').map((s) => [s.text, s.paragraph])).toEqual(lf);
    expect(segment('Markets Rally Again\r\nStocks rose.\r\n\r\nBonds fell.', 'en').map((s) => [s.text, s.paragraph])).toEqual([
      ['Markets Rally Again', 0],
      ['Stocks rose.', 0],
      ['Bonds fell.', 1],
    ]);
  });

  it('does not make a sentence of punctuation alone', () => {
    expect(texts('... Lalu sunyi.', 'id')).toEqual(['... Lalu sunyi.']);
  });
});

describe('a language that writes ordinals with a full stop (`de`, `da`, `cs` …)', () => {
  it('German `am 4. Juni` and `der 3. Platz` do not end a sentence; `… Stand 7. Er kam` does', () => {
    const text = 'Die Hütte ist seit dem 4. Juni 2024 offen. Das Team kam auf den 3. Platz am Stand 7. Er war zufrieden.';
    expect(segment(text, 'en', 'de-CH').map((s) => s.text)).toEqual(['Die Hütte ist seit dem 4. Juni 2024 offen.', 'Das Team kam auf den 3. Platz am Stand 7.', 'Er war zufrieden.']);
  });
  it('guard: without such a language a number and a full stop before a capital ends the sentence as before', () => {
    expect(segment('Sales rose in 2004. The year after they fell.', 'en').map((s) => s.text)).toEqual(['Sales rose in 2004.', 'The year after they fell.']);
    expect(segment('Ils sont arrivés à 7. Le soir, ils dormaient.', 'en', 'fr').map((s) => s.text)).toHaveLength(2);
  });
});
