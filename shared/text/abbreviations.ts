import type { Lang } from './types';

/**
 * How an abbreviation that ends in a period behaves at a possible sentence end.
 *
 * - `title`: stands before a name, a number or a word (`Dr.`, `Jl.`, `No.`, `Rp.`, `e.g.`); never
 *   ends a sentence inside a paragraph.
 * - `ambiguous`: usually inside a sentence but may end one (`U.S.`, `St.`, `Jan.`); ends it only
 *   when the next word is a typical sentence opener (`The`, `Namun`, …).
 * - `final`: often the last word of a sentence (`etc.`, `dll.`, `Inc.`, `Tbk.`, `S.H.`, `p.m.`);
 *   ends it before any capitalised word except a continuation word (a weekday, month, time zone,
 *   job title) or another abbreviation.
 */
export type AbbreviationKind = 'title' | 'ambiguous' | 'final';

/** Written as in text, with the final period; case matters (`No.` is listed, `no.` only for Indonesian). */
const COMMON_TITLE = [
  'Dr.', 'DR.', 'Drs.', 'Dra.', 'Prof.', 'PROF.', 'Ir.', 'IR.', 'Hj.', 'KH.', 'K.H.',
  'Mr.', 'Mrs.', 'Ms.', 'Mx.', 'Gen.', 'Lt.', 'Col.', 'Maj.', 'Capt.', 'Cpt.', 'Cmdr.', 'Sgt.',
  'Adm.', 'Brig.', 'Sen.', 'Rep.', 'Gov.', 'Pres.', 'Rev.', 'Hon.', 'Fr.', 'Mt.', 'Ft.',
  'No.', 'Nos.', 'Nr.', 'vs.', 'Vs.', 'v.', 'e.g.', 'i.e.', 'cf.', 'Cf.', 'viz.', 'approx.',
  'Fig.', 'Figs.', 'Vol.', 'vol.', 'pp.', 'Art.', 'Sec.', 'Dept.', 'Univ.',
  'PT.', 'CV.', 'Rp.', 'RP.', 'Tel.', 'Telp.', 'telp.', 'Tlp.', 'tel.', 'ext.', 'Ext.',
];

const COMMON_AMBIGUOUS = [
  'U.S.', 'U.K.', 'U.N.', 'E.U.', 'U.S.A.', 'D.C.', 'St.', 'Ave.', 'Blvd.', 'Rd.', 'Sr.',
  'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.',
  'Mon.', 'Tue.', 'Tues.', 'Wed.', 'Thu.', 'Thur.', 'Thurs.', 'Fri.', 'Sat.', 'Sun.',
];

const COMMON_FINAL = [
  'etc.', 'Inc.', 'Ltd.', 'Co.', 'Corp.', 'Jr.', 'LLC.', 'PLC.', 'Bros.', 'Pte.', 'Pty.',
  'Sdn.', 'Bhd.', 'a.m.', 'p.m.',
  'A.M.', 'P.M.', 'Ph.D.', 'M.Sc.', 'B.Sc.', 'M.A.', 'B.A.', 'M.D.', 'MBA.',
];

const ID_TITLE = [
  'Jl.', 'Jln.', 'jl.', 'Gg.', 'no.', 'Kel.', 'Kec.', 'Kab.', 'Prov.', 'Ds.', 'Kp.', 'Sta.',
  'Mayjen.', 'Brigjen.', 'Letjen.', 'Jend.', 'Jen.', 'Kol.', 'Letkol.', 'Kapt.', 'Lettu.',
  'Letda.', 'Serma.', 'Sertu.', 'Kombes.', 'Kompol.', 'AKBP.', 'Irjen.', 'Komjen.', 'Pol.',
  'Inf.', 'Laksda.', 'Laksdya.', 'Marsda.', 'Marsdya.', 'Purn.',
  'Sdr.', 'Sdri.', 'Bpk.', 'Bp.', 'Yth.', 'Tn.', 'Ny.', 'Nn.', 'Pdt.', 'Ust.',
  'a.n.', 'u.p.', 'd.a.', 'q.q.', 'c.q.', 's.d.', 's/d.', 'hlm.', 'Hlm.', 'Psl.',
];

const ID_AMBIGUOUS = ['Agu.', 'Agt.', 'Okt.', 'Des.', 'Peb.'];

const ID_FINAL = [
  'dll.', 'dsb.', 'dst.', 'dkk.', 'tsb.', 'sda.', 'Tbk.', 'TBK.',
  'S.H.', 'M.H.', 'S.E.', 'M.M.', 'M.Si.', 'S.Si.', 'M.Pd.', 'S.Pd.', 'S.Kom.', 'M.Kom.',
  'S.Sos.', 'M.Sos.', 'S.T.', 'M.T.', 'S.Ag.', 'M.Ag.', 'S.IP.', 'S.Psi.', 'M.Psi.', 'S.Ked.',
  'Sp.A.', 'Sp.B.', 'Sp.PD.', 'Sp.OG.', 'S.Hut.', 'S.Farm.', 'Apt.', 'Lc.', 'M.Hum.', 'S.S.',
  'Ak.',
];

const EN_TITLE = ['Messrs.', 'Mmes.', 'Msgr.', 'Supt.', 'Insp.', 'Det.', 'Cpl.', 'Pvt.', 'Gens.', 'Reps.', 'Sens.', 'Govs.', 'Atty.', 'Rt.'];

const EN_AMBIGUOUS = ['Calif.', 'Fla.', 'Mass.', 'Penn.', 'Wash.', 'Ill.', 'Mich.', 'Minn.', 'Ariz.', 'Colo.', 'Conn.', 'Ga.', 'Ky.', 'La.', 'Md.', 'Mo.', 'Nev.', 'Okla.', 'Ore.', 'Pa.', 'Tenn.', 'Tex.', 'Va.', 'Wis.'];

const EN_FINAL = ['Esq.', 'al.'];

const OTHER_AMBIGUOUS = ['Mio.', 'Mrd.', 'Bio.', 'Tsd.', 'ca.', 'bzw.', 'z.B.', 'd.h.', 'u.a.', 'env.', 'aprox.', 'млн.', 'млрд.', 'тыс.'];

function table(...groups: Array<[string[], AbbreviationKind]>): ReadonlyMap<string, AbbreviationKind> {
  const map = new Map<string, AbbreviationKind>();
  for (const [words, kind] of groups) {
    // Keyed without the final period: the segmenter looks up the word before a period.
    for (const w of words) map.set(w.slice(0, -1), kind);
  }
  return map;
}

/** Abbreviations per language, keyed by the abbreviation without its final period (`U.S`, `dll`). */
export const ABBREVIATIONS: Readonly<Record<Lang, ReadonlyMap<string, AbbreviationKind>>> = {
  id: table(
    [COMMON_AMBIGUOUS, 'ambiguous'],
    [COMMON_FINAL, 'final'],
    [COMMON_TITLE, 'title'],
    [ID_AMBIGUOUS, 'ambiguous'],
    [ID_FINAL, 'final'],
    [ID_TITLE, 'title'],
  ),
  en: table(
    [COMMON_AMBIGUOUS, 'ambiguous'],
    [COMMON_FINAL, 'final'],
    [COMMON_TITLE, 'title'],
    [EN_AMBIGUOUS, 'ambiguous'],
    [EN_FINAL, 'final'],
    [EN_TITLE, 'title'],
    // Indonesian names and places turn up in English reports too.
    [['Jl.', 'Jln.', 'Brigjen.', 'Mayjen.', 'Letjen.', 'Irjen.', 'Kombes.'], 'title'],
    [['Tbk.', 'dll.', 'dkk.', 'S.H.', 'M.Si.'], 'final'],
    // (the languages read through this table by their tag, `de`, `fr`, `es`, `ru`: scale words and hedges after or before
    // a number, `3,5 Mio. €`, `ca. 20`, `env. 300`, `1,2 млн. рублей`; ambiguous, as they may end a sentence)
    [OTHER_AMBIGUOUS, 'ambiguous'],
  ),
};
