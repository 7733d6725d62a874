/**
 * The one table of what a figure counts: each concept with its family and its Indonesian and
 * English forms. The figures core reads units and names concepts from it (`unitConcept`,
 * `knownUnit`); the drift engine decides from it whether two figures count the same thing and
 * names ledger groups. One entry per concept, one concept per form and language.
 *
 * `family` says which concepts may stand for each other: two different concepts of a measuring
 * family (`company` vs `battalion`, `ton` vs `kilogram`) are a unit drift, while people words
 * (`warga` vs `evacuees`) are too loosely used by translators to be called a drift.
 * English forms are listed singular or plural as written; the readers add the other number.
 */
export type UnitFamily =
  | 'people'
  | 'military-unit'
  | 'mass'
  | 'length'
  | 'area'
  | 'volume'
  | 'time'
  | 'vehicle'
  | 'building'
  | 'place'
  | 'goods'
  | 'animal'
  | 'power'
  | 'energy'
  | 'temperature'
  | 'speed'
  | 'data'
  | 'other';

export interface ConceptEntry {
  concept: string;
  family: UnitFamily;
  id: readonly string[];
  en: readonly string[];
  /**
   * For units of measure: the size in the family's base unit (metre, kilogram, square metre, litre, watt,
   * watt-hour),
   * so that a figure converted into another unit (`100 km` ↔ `62 miles`) is recognised.
   */
  size?: number;
}

/** Families whose members measure the same dimension in different sizes: a swap changes the figure. */
export const MEASURING_FAMILIES: ReadonlySet<UnitFamily> = new Set<UnitFamily>(['military-unit', 'mass', 'length', 'area', 'volume', 'time', 'power', 'energy', 'temperature', 'speed', 'data']);

export const CONCEPTS: readonly ConceptEntry[] = [
  // people
  { concept: 'troops', family: 'people', id: ['tentara', 'prajurit', 'pasukan', 'serdadu', 'tentara infanteri', 'prajurit infanteri'], en: ['troops', 'troop', 'soldier', 'soldiers', 'servicemen', 'serviceman', 'infantry', 'infantrymen', 'infantry troops', 'infantry soldier', 'fighters'] },
  { concept: 'personnel', family: 'people', id: ['personel'], en: ['personnel'] },
  { concept: 'members', family: 'people', id: ['anggota', 'anggota dewan'], en: ['member', 'members', 'lawmaker', 'legislator'] },
  { concept: 'volunteers', family: 'people', id: ['relawan', 'sukarelawan'], en: ['volunteer'] },
  { concept: 'people', family: 'people', id: ['orang', 'jiwa', 'manusia', 'individu', 'lainnya', 'orang lainnya'], en: ['people', 'persons', 'person', 'individuals', 'individual', 'others'] },
  { concept: 'civilians', family: 'people', id: ['warga sipil', 'sipil', 'penduduk sipil'], en: ['civilians', 'civilian'] },
  { concept: 'residents', family: 'people', id: ['warga', 'penduduk', 'warga negara', 'warga desa'], en: ['residents', 'resident', 'inhabitants', 'inhabitant', 'citizens', 'citizen', 'villager'] },
  { concept: 'evacuees', family: 'people', id: ['pengungsi'], en: ['evacuee', 'refugees', 'refugee', 'displaced', 'displaced people'] },
  { concept: 'children', family: 'people', id: ['anak', 'anak-anak', 'balita', 'bayi'], en: ['children', 'child', 'kids', 'toddler', 'infants', 'babies'] },
  { concept: 'students', family: 'people', id: ['siswa', 'mahasiswa', 'pelajar', 'murid'], en: ['students', 'student', 'pupils', 'pupil'] },
  { concept: 'women', family: 'people', id: ['perempuan', 'wanita', 'ibu'], en: ['women', 'woman', 'mothers'] },
  { concept: 'elderly', family: 'people', id: ['lansia', 'lanjut usia'], en: ['elderly', 'elderly people', 'elderly resident', 'senior'] },
  { concept: 'medical workers', family: 'people', id: ['tenaga medis', 'tenaga kesehatan', 'nakes', 'dokter', 'perawat', 'bidan'], en: ['medical worker', 'health worker', 'medic', 'doctor', 'nurse', 'midwife'] },
  { concept: 'workers', family: 'people', id: ['pekerja', 'buruh', 'karyawan', 'pegawai', 'tenaga kerja', 'tenaga'], en: ['workers', 'worker', 'employees', 'employee', 'staff', 'labourers', 'laborers'] },
  { concept: 'victims', family: 'people', id: ['korban'], en: ['victim'] },
  { concept: 'killed', family: 'people', id: ['tewas', 'korban tewas', 'korban jiwa', 'meninggal', 'meninggal dunia', 'korban meninggal', 'terbunuh'], en: ['killed', 'dead', 'deaths', 'death', 'fatalities', 'fatality', 'casualties', 'casualty'] },
  { concept: 'injured', family: 'people', id: ['luka', 'luka-luka', 'terluka', 'korban luka', 'cedera', 'korban luka-luka'], en: ['injured', 'wounded', 'injuries', 'hurt'] },
  { concept: 'missing', family: 'people', id: ['hilang'], en: ['missing'] },
  { concept: 'families', family: 'people', id: ['keluarga', 'kepala keluarga', 'kk'], en: ['families', 'family', 'households', 'household'] },
  { concept: 'participants', family: 'people', id: ['peserta'], en: ['participant'] },
  { concept: 'farmers', family: 'people', id: ['petani'], en: ['farmer'] },
  { concept: 'fishermen', family: 'people', id: ['nelayan'], en: ['fisherman', 'fishermen', 'fisher'] },
  { concept: 'passengers', family: 'people', id: ['penumpang'], en: ['passenger'] },
  { concept: 'patients', family: 'people', id: ['pasien'], en: ['patients', 'patient'] },
  { concept: 'hostages', family: 'people', id: ['sandera'], en: ['hostages'] },
  { concept: 'suspects', family: 'people', id: ['tersangka', 'terdakwa', 'terpidana', 'pelaku'], en: ['suspects', 'defendants', 'perpetrators'] },
  { concept: 'prisoners', family: 'people', id: ['tahanan', 'narapidana', 'napi', 'tawanan', 'tahanan perang'], en: ['prisoners', 'detainees', 'inmates', 'pows'] },
  { concept: 'journalists', family: 'people', id: ['wartawan', 'jurnalis'], en: ['journalists', 'reporters'] },
  { concept: 'teachers', family: 'people', id: ['guru', 'pengajar'], en: ['teachers', 'teacher'] },
  { concept: 'officials', family: 'people', id: ['pejabat', 'aparatur', 'aparatur sipil negara', 'asn', 'pns'], en: ['officials', 'official', 'civil servant'] },
  { concept: 'leaders', family: 'people', id: ['pemimpin'], en: ['leaders'] },
  { concept: 'diplomats', family: 'people', id: ['diplomat'], en: ['diplomats'] },
  { concept: 'protesters', family: 'people', id: ['demonstran', 'pengunjuk rasa'], en: ['protesters', 'demonstrators'] },
  { concept: 'deminers', family: 'people', id: ['penjinak ranjau', 'penjinak', 'pembersih ranjau'], en: ['deminers', 'sappers', 'demining troops', 'demining specialists'] },
  { concept: 'builders', family: 'people', id: ['pembangun', 'insinyur'], en: ['builders', 'engineers', 'construction personnel', 'construction workers'] },
  { concept: 'musicians', family: 'people', id: ['musisi', 'penyanyi', 'band'], en: ['musician', 'singer', 'band'] },
  { concept: 'spectators', family: 'people', id: ['penonton', 'pengunjung', 'wisatawan', 'turis'], en: ['spectator', 'visitors', 'visitor', 'tourists', 'tourist', 'concertgoer'] },
  // military units
  { concept: 'companies', family: 'military-unit', id: ['kompi', 'perusahaan'], en: ['company', 'companies', 'firms'] },
  { concept: 'battalions', family: 'military-unit', id: ['batalion', 'batalyon'], en: ['battalions', 'battalion'] },
  { concept: 'brigades', family: 'military-unit', id: ['brigade'], en: ['brigades', 'brigade'] },
  { concept: 'divisions', family: 'military-unit', id: ['divisi'], en: ['divisions', 'division'] },
  { concept: 'platoons', family: 'military-unit', id: ['peleton'], en: ['platoon'] },
  { concept: 'regiments', family: 'military-unit', id: ['resimen'], en: ['regiment'] },
  // measures
  { concept: 'tonnes', family: 'mass', id: ['ton'], en: ['tonnes', 'tonne', 'tons', 'ton', 'metric ton'], size: 1000 },
  { concept: 'kilograms', family: 'mass', id: ['kilogram', 'kg'], en: ['kilograms', 'kilogram', 'kg', 'kilos', 'kilo'], size: 1 },
  { concept: 'grams', family: 'mass', id: ['gram', 'g'], en: ['gram', 'g'], size: 0.001 },
  { concept: 'milligrams', family: 'mass', id: ['miligram', 'mg'], en: ['milligrams', 'milligram', 'mg'], size: 0.000001 },
  // (money when a price's context or the sign says so: the reader decides; `pon` is the Indonesian weight)
  { concept: 'pounds', family: 'mass', id: ['pon'], en: ['pounds', 'pound', 'lb', 'lbs'], size: 0.45359237 },
  { concept: 'kilometres', family: 'length', id: ['kilometer', 'km'], en: ['kilometres', 'kilometers', 'kilometre', 'kilometer', 'km'], size: 1000 },
  { concept: 'metres', family: 'length', id: ['meter', 'm'], en: ['metres', 'meters', 'metre', 'meter', 'm'], size: 1 },
  { concept: 'centimetres', family: 'length', id: ['sentimeter', 'cm'], en: ['centimeter', 'centimetre', 'cm'], size: 0.01 },
  { concept: 'millimetres', family: 'length', id: ['milimeter', 'mm'], en: ['millimeter', 'millimetre', 'mm'], size: 0.001 },
  { concept: 'miles', family: 'length', id: ['mil'], en: ['miles', 'mile', 'mi'], size: 1609.344 },
  { concept: 'feet', family: 'length', id: ['kaki'], en: ['feet', 'foot', 'ft'], size: 0.3048 },
  { concept: 'inches', family: 'length', id: ['inci'], en: ['inches', 'inch'], size: 0.0254 },
  { concept: 'nautical miles', family: 'length', id: ['mil laut'], en: ['nautical miles', 'nautical mile', 'nmi'], size: 1852 },
  { concept: 'hectares', family: 'area', id: ['hektare', 'hektar', 'ha'], en: ['hectares', 'hectare', 'ha'], size: 10000 },
  { concept: 'square kilometres', family: 'area', id: ['kilometer persegi', 'km2', 'km²'], en: ['square kilometer', 'square kilometre', 'km2', 'km²', 'sq km', 'sq kilometre', 'sq kilometer'], size: 1000000.0 },
  { concept: 'square miles', family: 'area', id: ['mil persegi'], en: ['square mile', 'square miles', 'sq mile', 'sq miles', 'sq mi'], size: 2589988.11 },
  { concept: 'square metres', family: 'area', id: ['meter persegi', 'm2', 'm²'], en: ['square meter', 'square metre', 'm2', 'm²'], size: 1 },
  { concept: 'acres', family: 'area', id: ['ekar', 'acre'], en: ['acres', 'acre'], size: 4046.856 },
  { concept: 'kilometres per hour', family: 'speed', id: ['kilometer per jam', 'km per jam', 'km/jam', 'kph', 'km/h'], en: ['kph', 'km/h', 'kmh', 'kilometres per hour', 'kilometers per hour', 'kilometre per hour', 'kilometer per hour', 'kilometres an hour', 'kilometers an hour', 'kilometre an hour', 'kilometer an hour'], size: 1 },
  { concept: 'miles per hour', family: 'speed', id: ['mil per jam', 'mph'], en: ['mph', 'miles per hour', 'mile per hour', 'miles an hour', 'mile an hour'], size: 1.609344 },
  { concept: 'knots', family: 'speed', id: ['knot', 'knot per jam'], en: ['knots', 'knot'], size: 1.852 },
  // (a temperature scale: no size, converted with its zero in shared/drift/classify)
  // (`c` and `f`: the scale's capital the reader takes as a unit only right after a temperature's digits, `30C`, `(104 F)`)
  { concept: 'degrees celsius', family: 'temperature', id: ['derajat celsius', 'derajat celcius', '°c', 'c'], en: ['degrees celsius', 'degree celsius', 'degrees centigrade', 'celsius', 'centigrade', '°c', 'c'] },
  { concept: 'degrees fahrenheit', family: 'temperature', id: ['derajat fahrenheit', '°f', 'f'], en: ['degrees fahrenheit', 'degree fahrenheit', 'fahrenheit', '°f', 'f'] },
  { concept: 'litres', family: 'volume', id: ['liter', 'l'], en: ['litres', 'liters', 'litre', 'liter'], size: 1 },
  { concept: 'cubic metres', family: 'volume', id: ['meter kubik', 'm3', 'm³'], en: ['cubic meter', 'cubic metre', 'm3', 'm³'], size: 1000 },
  { concept: 'barrels', family: 'volume', id: ['barel'], en: ['barrels', 'barrel'], size: 158.987 },
  { concept: 'gallons', family: 'volume', id: ['galon'], en: ['gallons', 'gallon'], size: 3.785 },
  // amounts of data (decimal sizes, as storage is sold)
  { concept: 'kilobytes', family: 'data', id: ['kilobita', 'kilobyte', 'kb'], en: ['kilobytes', 'kilobyte', 'kb'], size: 1e3 },
  { concept: 'megabytes', family: 'data', id: ['megabita', 'megabyte', 'mb'], en: ['megabytes', 'megabyte', 'mb'], size: 1e6 },
  { concept: 'gigabytes', family: 'data', id: ['gigabita', 'gigabyte', 'gb'], en: ['gigabytes', 'gigabyte', 'gb'], size: 1e9 },
  { concept: 'terabytes', family: 'data', id: ['terabita', 'terabyte'], en: ['terabytes', 'terabyte'], size: 1e12 },
  { concept: 'watts', family: 'power', id: ['watt'], en: ['watts', 'watt'], size: 1 },
  { concept: 'kilowatts', family: 'power', id: ['kilowatt', 'kw'], en: ['kilowatts', 'kilowatt', 'kw'], size: 1e3 },
  { concept: 'megawatts', family: 'power', id: ['megawatt', 'mw'], en: ['megawatts', 'megawatt', 'mw'], size: 1e6 },
  { concept: 'gigawatts', family: 'power', id: ['gigawatt', 'gw'], en: ['gigawatts', 'gigawatt', 'gw'], size: 1e9 },
  { concept: 'kilowatt-hours', family: 'energy', id: ['kilowatt jam', 'kwh'], en: ['kilowatt-hours', 'kilowatt hours', 'kilowatt-hour', 'kilowatt hour', 'kwh'], size: 1e3 },
  { concept: 'megawatt-hours', family: 'energy', id: ['megawatt jam', 'mwh'], en: ['megawatt-hours', 'megawatt hours', 'megawatt-hour', 'megawatt hour', 'mwh'], size: 1e6 },
  { concept: 'gigawatt-hours', family: 'energy', id: ['gigawatt jam', 'gwh'], en: ['gigawatt-hours', 'gigawatt hours', 'gigawatt-hour', 'gigawatt hour', 'gwh'], size: 1e9 },
  { concept: 'seconds', family: 'time', id: ['detik'], en: ['second'] },
  { concept: 'minutes', family: 'time', id: ['menit'], en: ['minute'] },
  { concept: 'hours', family: 'time', id: ['jam'], en: ['hour'] },
  { concept: 'days', family: 'time', id: ['hari'], en: ['day'] },
  { concept: 'weeks', family: 'time', id: ['minggu', 'pekan'], en: ['week'] },
  { concept: 'months', family: 'time', id: ['bulan'], en: ['month'] },
  { concept: 'years', family: 'time', id: ['tahun'], en: ['year'] },
  { concept: 'decades', family: 'time', id: ['dekade', 'dasawarsa'], en: ['decade'] },
  // vehicles
  { concept: 'boats', family: 'vehicle', id: ['perahu', 'perahu karet', 'kapal', 'sekoci', 'speedboat'], en: ['boats', 'boat', 'rubber boat', 'ships', 'ship', 'vessels', 'vessel', 'warships', 'dinghy', 'speedboat'] },
  { concept: 'trucks', family: 'vehicle', id: ['truk', 'truk tangki'], en: ['trucks', 'truck', 'lorries', 'lorry', 'tanker truck'] },
  { concept: 'vehicles', family: 'vehicle', id: ['kendaraan', 'unit kendaraan', 'mobil'], en: ['vehicles', 'vehicle', 'cars', 'car'] },
  { concept: 'buses', family: 'vehicle', id: ['bus'], en: ['bus', 'buses'] },
  { concept: 'aircraft', family: 'vehicle', id: ['pesawat', 'jet', 'helikopter'], en: ['aircraft', 'planes', 'plane', 'jets', 'fighter jets', 'helicopters', 'helicopter'] },
  { concept: 'drones', family: 'vehicle', id: ['drone', 'pesawat nirawak'], en: ['drones', 'uavs', 'uav'] },
  { concept: 'tanks', family: 'vehicle', id: ['tank'], en: ['tanks'] },
  { concept: 'cranes', family: 'vehicle', id: ['derek', 'crane'], en: ['crane'] },
  // buildings and places
  { concept: 'houses', family: 'building', id: ['rumah', 'unit rumah', 'hunian'], en: ['houses', 'house', 'homes', 'home', 'dwelling'] },
  { concept: 'buildings', family: 'building', id: ['gedung', 'bangunan'], en: ['buildings', 'building'] },
  { concept: 'schools', family: 'building', id: ['sekolah', 'gedung sekolah'], en: ['schools', 'school'] },
  { concept: 'hospitals', family: 'building', id: ['rumah sakit'], en: ['hospitals', 'hospital'] },
  { concept: 'classrooms', family: 'building', id: ['ruang kelas', 'kelas'], en: ['classroom'] },
  { concept: 'bridges', family: 'building', id: ['jembatan', 'jembatan gantung'], en: ['bridge', 'suspension bridge'] },
  { concept: 'health posts', family: 'building', id: ['posko', 'posko kesehatan', 'puskesmas', 'pos'], en: ['post', 'health post', 'health center', 'clinic'] },
  { concept: 'shelters', family: 'building', id: ['titik pengungsian', 'titik', 'tenda'], en: ['evacuation site', 'evacuation point', 'site', 'shelter', 'tent'] },
  { concept: 'berths', family: 'building', id: ['dermaga', 'tambatan'], en: ['berth', 'pier', 'wharf'] },
  { concept: 'stages', family: 'building', id: ['panggung'], en: ['stage'] },
  { concept: 'villages', family: 'place', id: ['desa', 'kampung', 'kelurahan', 'dusun'], en: ['villages', 'village', 'hamlet'] },
  { concept: 'settlements', family: 'place', id: ['permukiman', 'pemukiman'], en: ['settlements', 'settlement'] },
  { concept: 'districts', family: 'place', id: ['kecamatan'], en: ['districts', 'district', 'subdistrict'] },
  { concept: 'regencies', family: 'place', id: ['kabupaten', 'kabupaten/kota'], en: ['regencies', 'regency'] },
  { concept: 'cities', family: 'place', id: ['kota'], en: ['cities', 'city', 'towns'] },
  { concept: 'regions', family: 'place', id: ['wilayah', 'daerah'], en: ['regions', 'areas'] },
  { concept: 'provinces', family: 'place', id: ['provinsi'], en: ['provinces', 'province'] },
  { concept: 'countries', family: 'place', id: ['negara'], en: ['countries', 'country', 'nations', 'nation', 'states'] },
  // goods and other things
  { concept: 'packages', family: 'goods', id: ['paket', 'paket makanan', 'paket sembako', 'bungkus', 'kotak'], en: ['package', 'pack', 'parcel', 'meal pack', 'box'] },
  { concept: 'doses', family: 'goods', id: ['dosis'], en: ['doses', 'dose'] },
  { concept: 'containers', family: 'goods', id: ['kontainer', 'peti kemas', 'teu'], en: ['container', 'teu'] },
  { concept: 'units', family: 'goods', id: ['unit', 'buah'], en: ['units', 'unit'] },
  { concept: 'refrigerators', family: 'goods', id: ['lemari pendingin', 'lemari es', 'kulkas'], en: ['refrigerator', 'fridge'] },
  { concept: 'missiles', family: 'goods', id: ['rudal', 'peluru kendali'], en: ['missiles', 'missile'] },
  { concept: 'artillery', family: 'goods', id: ['artileri', 'meriam'], en: ['artillery', 'guns', 'cannons'] },
  { concept: 'weapons', family: 'goods', id: ['senjata'], en: ['weapons', 'arms'] },
  { concept: 'shells', family: 'goods', id: ['peluru', 'amunisi'], en: ['shells', 'rounds', 'bullets'] },
  { concept: 'mines', family: 'goods', id: ['ranjau'], en: ['mines', 'landmines'] },
  { concept: 'cattle', family: 'animal', id: ['sapi', 'ekor sapi', 'ternak', 'ekor'], en: ['cow', 'cattle', 'head of cattle', 'livestock'] },
  { concept: 'cases', family: 'other', id: ['kasus', 'perkara', 'insiden', 'kejadian'], en: ['cases', 'case', 'incident'] },
  { concept: 'notes', family: 'other', id: ['catatan', 'rekomendasi'], en: ['note', 'recommendation'] },
  { concept: 'banks', family: 'other', id: ['bank'], en: ['bank'] },
  { concept: 'teams', family: 'other', id: ['tim', 'regu'], en: ['team', 'crew'] },
  { concept: 'votes', family: 'other', id: ['suara'], en: ['votes', 'ballots'] },
  { concept: 'waves', family: 'other', id: ['gelombang'], en: ['waves', 'wave'] },
  { concept: 'seats', family: 'other', id: ['kursi'], en: ['seats'] },
  { concept: 'projects', family: 'other', id: ['proyek'], en: ['projects'] },
  { concept: 'points', family: 'other', id: ['poin'], en: ['points'] },
  { concept: 'basis points', family: 'other', id: ['basis poin', 'basis point', 'bps'], en: ['basis points', 'base points', 'bps'] },
];
