/**
 * The word lists entity extraction reads by: titles and honorifics, attribution cues, pronouns
 * and generic references, organisation heads and the function words that open sentences. All
 * lower case; lookups fold case first.
 */

const set = (words: string) => new Set(words.trim().split(/\s+/));

/** Titles and honorifics written before a name; they are not part of it. */
export const TITLES = set(`
  presiden wakil menteri menlu menhan mendagri gubernur bupati wali walikota kapolri kapolda kapolres panglima
  jenderal jend letjen mayjen brigjen kolonel kombes kombespol akbp irjen kasad kasal kasau kepala ketua sekretaris
  sekjen direktur dirut juru bicara jubir profesor prof dr drs ir h hj kh pak bapak bu ibu sdr saudara tuan nyonya
  dokter doctor raja ratu pangeran putra paus imam syekh ustaz ustad kyai kiai haji hajjah senator anggota duta besar dubes
  kanselir perdana pm komisaris hakim jaksa kapten letnan sersan kopral marsekal laksamana menkeu menko meneg
  menneg mendag menperin menakertrans menhut menkes mendiknas menag menpora dirjen wapres presdir deputi kadin
  kepala kabag kadis kapuspen kabid ketum waka wagub wabup sesmen staf analis ekonom pengamat peneliti
  president vice minister secretary governor mayor general gen lt col colonel major captain sgt chief head
  director ceo chairman chairwoman chair spokesman spokeswoman spokesperson professor prof dr mr mrs ms miss sir
  maj brig cpl pvt sen gov dame lord lady king queen prince princess pope sheikh senator rep representative ambassador chancellor premier
  prime judge justice commissioner admiral marshal deputy acting former mantan eks ex
`);

/** Words that, after a quote or a comma, introduce the speaker: *kata Budanov*, "said Putin". */
export const SPEAKER_BEFORE = {
  id: set(`kata ujar ucap tutur jelas tegas ungkap papar imbuh tambah lanjut sebut terang kilah tukas pungkas
    seru tanya jawab sambung timpal lapor tulis`),
  en: set(`said says told added stated explained asked wrote reported noted continued according`),
};

/** Verbs whose subject is the speaker or actor: *Budanov mengatakan*, "Putin said". */
export const SPEAKER_AFTER = {
  id: set(`mengatakan menyatakan menegaskan mengungkapkan menjelaskan menyebutkan menyebut mengaku mengklaim
    membantah menolak membenarkan mengonfirmasi mengkonfirmasi melaporkan memperingatkan menuding menuduh
    menduga memperkirakan mengumumkan menyampaikan berkata menambahkan menerangkan mengutip mengecam
    mengkritik menampik menyangkal mengakui menilai berpendapat bilang menunjukkan`),
  en: set(`said says told stated claimed claims denied denies confirmed confirms reported reports announced
    announces added warned accused estimated insisted argued acknowledged admitted rejected rejects
    dismissed noted explained wrote believes believed alleged alleges quoted cited stressed emphasised emphasized
    affirmed asserted revealed disclosed mentioned urged insists maintained maintains show shows showed indicated`),
};

/** Verbs of stance (a party acting, not quoting): the subject is an `actor`, not a `source`. */
export const ACTOR_VERBS = set(`membantah menolak membenarkan mengonfirmasi mengkonfirmasi menampik menyangkal
  mengakui mengecam mengkritik menuding menuduh memperingatkan mengumumkan
  denied denies confirmed confirms rejected rejects dismissed acknowledged admitted accused warned announced announces`);

/** Cues that put the source after them with no quote needed: *menurut X*, *dikutip dari X*, "according to X". */
export const SOURCE_PREPOSITIONS = {
  id: [['menurut'], ['dikutip', 'dari'], ['seperti', 'dikutip'], ['dilansir', 'dari'], ['dilansir'], ['mengutip'], ['kata'], ['lapor'], ['ujar']],
  en: [['according', 'to'], ['quoted', 'by'], ['citing'], ['cited', 'by'], ['reported', 'by'], ['said']],
};

/** Nouns for a party's mouthpiece (*juru bicara*, "spokesman"): *juru bicara di Seoul* speaks for the party the place names. */
export const SPOKES = set(`jubir spokesman spokeswoman spokesperson`);
/** Nouns for a country's government: *Pemerintah Korea Utara*, "the South Korean government" act for the country. */
export const GOVERNMENT = set(`pemerintah pemerintahan rezim government administration regime`);

/** Pronouns and generic references that can stand for a named party. */
export const ANONYMOUS = set(`
  dia ia mereka beliau kami kita saya aku pihaknya pihak nya kalian
  he she they it we i you who officials official sources source authorities spokesman spokeswoman spokesperson
  agency ministry company government police military army group party organisation organization office
  department commission body institute committee council firm bank court regulator report reports statement board data figures
  regime administration polls poll surveys survey everybody everyone someone somebody nobody orang
  pemerintah polisi militer badan kementerian perusahaan lembaga instansi kantor departemen komisi pejabat
  sumber otoritas juru bicara laporan pernyataan tersebut itu ini
`);

/** Words that end a name to the right in Indonesian but are joined with `-nya` to a cue: *katanya*. */
export const CUE_NYA = /^(?:(kata|ujar|ucap|tutur|jelas|tegas|ungkap|papar|imbuh|tambah|lanjut|sebut|terang|menurut|kilah|tukas|pungkas|sambung|timpal)nya|dikatakannya|ditambahkannya|dijelaskannya|disebutkannya|diungkapkannya|ditegaskannya)$/i;

/** Heads that make a capitalised name an organisation. */
export const ORG_HEADS = set(`
  kementerian departemen badan komisi dewan partai bank universitas institut lembaga kantor majelis mahkamah
  pengadilan kejaksaan kepolisian polri polda polres tni angkatan pt tbk cv yayasan perserikatan organisasi
  persatuan asosiasi ikatan himpunan perhimpunan serikat federasi kongres parlemen senat pemerintah pemkot
  pemkab pemprov dinas biro direktorat inspektorat sekretariat rumah sakit rs sekolah kedutaan konsulat
  ministry department agency commission council party bank university institute institution office assembly
  court police army navy force forces corporation corp inc ltd company co group union association federation
  congress parliament senate government administration bureau directorate secretariat hospital school embassy
  consulate fund foundation organisation organization authority board news times post journal agency
  press exchange bursa reuters antara yonhap bernama xinhua kompas tempo tribunnews
`);

/** Heads that make an unknown name a place (`Provinsi Aceh`, "Kursk region"); generic, so never what identifies a name. */
export const PLACE_HEADS = set(`provinsi kabupaten kota kecamatan desa kelurahan jalan pulau gunung sungai selat teluk laut danau
  wilayah province regency district village island mount mountain river street strait bay sea lake region city`);

/** Function words that may open a sentence capitalised; never names on their own. */
export const FUNCTION_WORDS = set(`
  a an the this that these those it its he she they we i you his her their our my your there here
  and or but if when while as at by for from in into of on to with without after before since until because
  although though however meanwhile moreover furthermore also so then thus yet still even only just not no
  yes what which who whom whose why how where all any both each every some many much more most other such
  according earlier later last next first second third one two three four five six seven eight nine ten
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december
  yang dan atau tetapi tapi namun jika kalau ketika saat sedangkan sementara serta juga pun lalu kemudian
  sehingga karena sebab meski meskipun walaupun walau bahwa agar supaya untuk dari di ke pada dalam dengan
  oleh tentang terhadap sejak sampai hingga antara tanpa bagi demi menurut selain sebelum sesudah setelah
  ini itu tersebut sebuah seorang para sang si kami kita mereka dia ia saya aku anda beliau
  apa siapa mengapa kenapa bagaimana dimana kapan mana tidak bukan belum sudah telah akan sedang masih
  ada adalah ialah yaitu yakni merupakan hal semua setiap beberapa banyak sebagian seluruh sekitar hampir
  sebelumnya selanjutnya akhirnya bahkan padahal apalagi terlebih sebagai seperti dikutip artikel sekadar
  senin selasa rabu kamis jumat sabtu minggu januari februari maret april mei juni juli agustus september
  oktober november desember satu dua tiga empat lima enam tujuh delapan sembilan sepuluh pertama kedua ketiga
  dr mr mrs ms pasal ayat bab article chapter section artikel
`);

/** Prepositions of place: a capital after one is the city, not its government (*di Seoul*, "in Seoul"). */
export const LOCATIVE = set(`di ke dari dekat sekitar menuju kota ibu kota ibukota in to from at near into toward towards city outside inside around across via of`);

/** Connectors that may stand inside a name (`Universitas Gadjah Mada`, `Bank of Japan`, `Ibn al-Khattab`). */
export const NAME_JOINERS = set(`of de van von der den bin binti al el`);
