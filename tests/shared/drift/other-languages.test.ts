/**
 * Versions in languages outside the Indonesian and English readers (`de`, `fr`, `es` files): correct
 * renderings match, a changed figure is a drift, and a figure one side states where the other may
 * say it in words (not read in these languages) is for review. The sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { analyse, checkVersions } from '../../../shared/pipeline';
import { mismatchesByTag } from './helpers';

/** Line A (tag `tagA`) against line B as one bead: the mismatches as `level kind:text`. */
function flags(lineA: string, tagA: string, lineB: string, tagB: string): string[] {
  return mismatchesByTag(lineA, tagA, lineB, tagB).map((m) => `${m.level} ${m.kind}:${m.aFigure?.text ?? m.aEntity?.text ?? ''}|${m.bFigure?.text ?? m.bEntity?.text ?? ''}`);
}

describe('German against French', () => {
  it('correct renderings match: dot and space groups, decimal commas, Prozent and %, Millionen and millions, dates and clock times', () => {
    expect(flags('Die Hütte liegt auf 2.350 Metern und bietet 1.250 Schlafplätze.', 'de-DE', 'La cabane se trouve à 2 350 mètres et offre 1 250 places.', 'fr-FR')).toEqual([]);
    expect(flags('Der Anteil stieg um 3,5 Prozent auf 12,75 Millionen Franken.', 'de-DE', 'La part a augmenté de 3,5 % pour atteindre 12,75 millions de francs.', 'fr-FR')).toEqual([]);
    expect(flags('Am 4. Juni 2024 um 18.30 Uhr kamen 4.000 Besucher.', 'de-DE', 'Le 4 juin 2024 à 18 h 30, 4 000 visiteurs sont venus.', 'fr-FR')).toEqual([]);
  });
  it('numeric dates in each language\'s order match: 04.06.2024 ↔ 04/06/2024 ↔ 4 juin 2024; another day is a drift', () => {
    expect(flags('Am 04.06.2024 stiegen die Preise um 5 Prozent.', 'de-DE', 'Le 04/06/2024, les prix ont augmenté de 5 %.', 'fr-FR')).toEqual([]);
    expect(flags('Am 04.06.2024 kamen 300 Gäste.', 'de-DE', 'Le 4 juin 2024, 300 invités sont venus.', 'fr-FR')).toEqual([]);
    expect(flags('Am 04.06.2024 kamen 300 Gäste.', 'de-DE', 'Le 05/06/2024, 300 invités sont venus.', 'fr-FR')).toEqual(['drift date:04.06.2024|05/06/2024']);
  });
  it('a changed figure is a drift: a value, a scale word, a day', () => {
    expect(flags('Die Hütte liegt auf 2.350 Metern.', 'de-DE', 'La cabane se trouve à 2 530 mètres.', 'fr-FR')).toEqual(['drift value:2.350 Metern|2 530 mètres']);
    expect(flags('Es kostete 12,75 Millionen Franken.', 'de-DE', 'Cela a coûté 12,75 milliards de francs.', 'fr-FR')).toEqual(['drift scale:12,75 Millionen Franken|12,75 milliards de francs']);
    expect(flags('Am 4. Juni 2024.', 'de-DE', 'Le 14 juin 2024.', 'fr-FR')).toEqual(['drift date:4. Juni 2024|14 juin 2024']);
  });
  it('a figure in digits on one side only is for review: the other may say it in words not read (`dreidimensional` ↔ `3 dimensions`); a compound of a number read matches (`zweistündig` ↔ `2 heures`), and an hour in words before `Uhr` (`fünf Uhr` ↔ `5 heures`)', () => {
    expect(flags('Die Bilder sind dreidimensional.', 'de-CH', 'Les images ont 3 dimensions.', 'fr-CH')).toEqual(['review added:|3 dimensions']);
    expect(flags('Nach einem zweistündigen Marsch erreichten wir die Hütte.', 'de-CH', 'Après une marche de 2 heures, nous avons atteint la cabane.', 'fr-CH')).toEqual([]);
    expect(flags('Er hat den Grat mehr als zwanzigmal überschritten.', 'de-CH', 'Il a parcouru l’arête plus de vingt fois.', 'fr-CH')).toEqual([]);
    expect(flags('Er hat den Grat mehr als zwanzigmal überschritten.', 'de-CH', 'Il a parcouru l’arête plus de trente fois.', 'fr-CH')).not.toEqual([]);
    expect(flags('Noch einmal stiegen wir auf.', 'de-CH', 'Nous sommes remontés une fois encore.', 'fr-CH')).toEqual([]);
    expect(flags('Um fünf Uhr verlassen wir die Hütte.', 'de-CH', 'A 5 heures, nous quittons la cabane.', 'fr-CH')).toEqual([]);
  });
  it('a date one side states in part is for review (the month may be said in a form not read: `oct.`, a lone `(November)`); a year changed stays a drift', () => {
    expect(flags('Die Alpen 1956 (November) brachten einen Bericht.', 'de-CH', 'Les Alpes de novembre 1956 ont publié un rapport.', 'fr-CH')).toEqual(['review date:1956|novembre 1956']);
    expect(flags('Seit 1938 heisst er Sia Kangri.', 'de-CH', 'Depuis 1937, il s’appelle Sia Kangri.', 'fr-CH')).toEqual(['drift date:1938|1937']);
  });
  it('no names are compared (German capitalises every noun)', () => {
    expect(flags('Die Hütte liegt im Tal.', 'de-DE', 'La cabane est dans la vallée.', 'fr-FR')).toEqual([]);
  });
});

describe('against English', () => {
  it('German and French figures match their English renderings', () => {
    expect(flags('Der Umsatz stieg um 3,5 Prozent auf 2,5 Mrd. Euro; 1.250 Betten.', 'de', 'Sales rose 3.5 percent to 2.5 billion euros; 1,250 beds.', 'en-GB')).toEqual([]);
    expect(flags("Le chiffre a augmenté de 3,5 % pour atteindre 12,75 milliards d'euros.", 'fr', 'The figure rose 3.5% to 12.75 billion euros.', 'en')).toEqual([]);
    expect(flags('El 4 de junio de 2024 llegaron 12.500 visitantes, 1.500 millones de dólares.', 'es', 'On June 4, 2024, 12,500 visitors came, 1.5 billion dollars.', 'en')).toEqual([]);
  });
  it('guard: a German decimal comma is no English thousands comma: 2,5 Prozent against 2,500 percent is a drift', () => {
    expect(flags('Die Inflation lag bei 2,5 Prozent.', 'de', 'Inflation stood at 2,500 percent.', 'en')).toEqual(['drift value:2,5 Prozent|2,500 percent']);
  });
  it('a figure English drops from a German source stays a drift when English was read (the missing side reads words)', () => {
    expect(flags('Es kamen 4.000 Besucher und 300 Kinder.', 'de', '4,000 visitors came.', 'en').map((f) => f.split(' ')[0])).toEqual(['drift']);
  });
  it('hedges and bounds are read in each language and match their English renderings', () => {
    const same: Array<[string, string, string]> = [
      ['Rund 1,2 Millionen Menschen leben in der Stadt.', 'de', 'About 1.2 million people live in the city.'],
      ['Mehr als 500 Häuser wurden zerstört, nicht weniger als 58 Brücken.', 'de', 'More than 500 houses were destroyed, no fewer than 58 bridges.'],
      ['Bis zu 5.000 Euro Strafe drohen.', 'de', 'Fines of up to 5,000 euros are possible.'],
      ['Environ 200 personnes ont manifesté, au moins 12 ont été blessées.', 'fr', 'About 200 people protested, at least 12 were injured.'],
      ['Moins de 10 % des personnes interrogées.', 'fr', 'Less than 10 percent of respondents.'],
      ['Más de 100 personas murieron, unos 40 kilómetros al sur.', 'es', 'More than 100 people died, some 40 kilometres to the south.'],
      ['Menos del 10 % de los encuestados.', 'es', 'Less than 10 percent of respondents.'],
      ['Circa 70 persone sono state evacuate.', 'it', 'About 70 people were evacuated.'],
      ['Cerca de 80 pessoas ficaram feridas.', 'pt', 'About 80 people were injured.'],
      ['Ongeveer 25 procent van de bevolking, ruim 200 mensen.', 'nl', 'About 25 percent of the population, well over 200 people.'],
      ['Minst 200 personer kom.', 'sv', 'At least 200 people came.'],
    ];
    for (const [a, tag, b] of same) expect([tag, flags(a, tag, b, 'en')]).toEqual([tag, []]);
  });
  it('an abbreviated hedge and its full stop (`ca. 1,5 Mio.`, `rd. 80 Tsd.`, `env.`, English `approx.`) is a hedge', () => {
    expect(flags('Der Umsatz betrug ca. 1,5 Mio. Euro.', 'de', 'Sales were about 1.5 million euros.', 'en')).toEqual([]);
    expect(flags('Der Konzern hat rd. 80 Tsd. Mitarbeiter.', 'de', 'The group has around 80,000 employees.', 'en')).toEqual([]);
    expect(flags('Le trajet dure env. 40 minutes.', 'fr', 'The trip takes approx. 40 minutes.', 'en')).toEqual([]);
  });
  it('a hedge changed between read words is a drift; a figure that reads exact where a hedge may be unread is for review', () => {
    expect(flags('Environ 200 personnes ont manifesté.', 'fr', 'More than 200 people protested.', 'en')).toEqual(['drift qualifier:Environ 200 personnes|More than 200 people']);
    expect(flags('Il a marqué plus de 20 buts.', 'fr', 'He scored 20 goals.', 'en')).toEqual(['drift qualifier:plus de 20 buts|20 goals']);
    // `gegen 200` ("some 200") is no hedge the German reader lists; the English one is read
    expect(flags('Gegen 200 Menschen kamen.', 'de', 'About 200 people came.', 'en')).toEqual(['review qualifier:200 Menschen|About 200 people']);
    expect(flags('Les prix ont augmenté de 5 %.', 'fr', 'Prices rose by about 5 percent.', 'en')).toEqual(['review qualifier:5 %|about 5 percent']);
    // both sides in languages read by their digits: their listed hedges meet
    expect(flags('Rund 200 Menschen kamen.', 'de', 'Environ 200 personnes sont venues.', 'fr')).toEqual([]);
  });
  it('a currency sign after the amount, US-Dollar, Prozentpunkte, a score with a colon, a minus sign: read as English reads them', () => {
    const same: Array<[string, string, string]> = [
      ['Der Preis stieg auf 2,5 Mio. € und das Paket kostet 49,99 €.', 'de', 'The price rose to €2.5 million and the package costs €49.99.'],
      ['Le billet coûte 12,50 €.', 'fr', 'The ticket costs 12.50 euros.'],
      ['Das Unternehmen meldete einen Gewinn von 1,2 Mrd. US-Dollar.', 'de', 'The company reported a profit of $1.2 billion.'],
      ['Die Quote sank um 0,3 Prozentpunkte auf 5,7 Prozent.', 'de', 'The rate fell 0.3 percentage points to 5.7 percent.'],
      ['La tasa bajó 0,3 puntos porcentuales.', 'es', 'The rate fell 0.3 percentage points.'],
      ['Bayern gewann 2:1 gegen Dortmund vor 75.000 Zuschauern.', 'de', 'Bayern beat Dortmund 2-1 in front of 75,000 fans.'],
      ['Il faisait -5 °C.', 'fr', 'It was minus 5 degrees.'],
    ];
    for (const [a, tag, b] of same) expect([tag, flags(a, tag, b, 'en')]).toEqual([tag, []]);
    // guard: another amount in euros is still a drift, and so is another score
    expect(flags('Das Paket kostet 49,99 €.', 'de', 'The package costs €59.99.', 'en')).toEqual(['drift value:49,99 €|€59.99']);
    expect(flags('Bayern gewann 2:1 gegen Dortmund.', 'de', 'Bayern beat Dortmund 3-1.', 'en').map((f) => f.split(':')[0])).toEqual(['drift value']);
  });
  it('a label word written out numbers a thing (`Artikel 5`, `chapitre 3`, `página 12`); an ordinal the other version may give as a name is for review', () => {
    expect(flags('Artikel 5 des Vertrags sieht 2 Jahre vor.', 'de', 'Article 5 of the treaty provides for 2 years.', 'en')).toEqual([]);
    expect(flags('Le chapitre 3 compte 40 pages.', 'fr', 'Chapter 3 runs to 40 pages.', 'en')).toEqual([]);
    expect(flags('En la página 12 hay 3 gráficos.', 'es', 'Page 12 has 3 charts.', 'en')).toEqual([]);
    // a version number (`wersję 2.1`, `Version 2.1`) as English `version 2.1`: a name, no figure
    expect(flags('Pobierz wersję 2.1 za 300 złotych.', 'pl', 'Download version 2.1 for 300 zlotys.', 'en')).toEqual([]);
    expect(flags('Die Version 2.1 kostet 300 Euro.', 'de', 'Version 2.1 costs 300 euros.', 'en')).toEqual([]);
    // another number under a label that translates is a value drift, as `Pasal 33` ↔ "Article 34" is
    expect(flags('Artikel 5 des Vertrags sieht 2 Jahre vor.', 'de', 'Article 6 of the treaty provides for 2 years.', 'en')).toEqual(['drift value:Artikel 5|Article 6']);
    expect(flags('Der 2. Weltkrieg endete 1945.', 'de', 'World War II ended in 1945.', 'en')).toEqual(['review missing:2.|']);
    // guard: another year is still a drift
    expect(flags('Der 2. Weltkrieg endete 1945.', 'de', 'World War II ended in 1946.', 'en')).toEqual(['review missing:2.|', 'drift date:1945|1946']);
  });
  it('a span of hours, a rate per month in words not read, the degree sign typed for the first day: no drift', () => {
    expect(flags('Le magasin est ouvert de 9 h à 17 h.', 'fr', 'The shop is open from 9 am to 5 pm.', 'en')).toEqual([]);
    expect(flags('Die Miete stieg auf 1.200 € pro Monat.', 'de', 'Rent rose to €1,200 a month.', 'en')).toEqual([]);
    expect(flags('Dal 1° maggio ci sono stati 1.500 arresti.', 'it', 'Since May 1 there have been 1,500 arrests.', 'en')).toEqual([]);
    // guards: another closing hour, and another day, are drifts
    expect(flags('Le magasin est ouvert de 9 h à 17 h.', 'fr', 'The shop is open from 9 am to 6 pm.', 'en')).toEqual(['drift value:17 h|6 pm']);
    expect(flags('Dal 1° maggio ci sono stati 1.500 arresti.', 'it', 'Since May 2 there have been 1,500 arrests.', 'en')).toEqual(['drift date:1° maggio|May 2']);
  });
  it('guard: `unter` ("among"), Swedish `under` ("during") and German `über` before a year or after a noun ("on", "worth") are no bounds', () => {
    expect(flags('Unter 500 Bewerbern wurden 20 ausgewählt.', 'de', 'Of 500 applicants, 20 were chosen.', 'en')).toEqual([]);
    expect(flags('Ein Bericht über 2019 zeigt 40 Fälle.', 'de', 'A report on 2019 shows 40 cases.', 'en').filter((f) => f.startsWith('drift'))).toEqual([]);
    expect(flags('Sie erhielt einen Auftrag über 300 Millionen Euro.', 'de', 'She won a 300 million euro order.', 'en')).toEqual([]);
    expect(flags('Det pågick under 3 dagar.', 'sv', 'It went on for 3 days.', 'en')).toEqual([]);
    // `über` is a bound after a preposition or opening the sentence
    expect(flags('Mit über 300 Gästen war es voll.', 'de', 'With more than 300 guests it was full.', 'en')).toEqual([]);
  });
});

describe('text without a tag (a plain-text file)', () => {
  it('German and French told by their words are read by their own number formats: no drift, and each version says its language', () => {
    const a = analyse('Die Hütte liegt auf 2.350 Metern und bietet 1.250 Schlafplätze für 3,5 Millionen Franken, die der Verein mit der Gemeinde teilt.', { lang: 'auto', lines: true });
    const b = analyse('La cabane se trouve à 2 350 mètres et offre 1 250 places pour 3,5 millions de francs, que le club partage avec la commune.', { lang: 'auto', lines: true });
    expect([a.langTag, b.langTag]).toEqual(['de', 'fr']);
    expect(checkVersions(a, b, { beads: [{ a: [0], b: [0], score: 1 }] }).comparison.mismatches).toEqual([]);
  });
  it('guard: a language given as Indonesian or English is read as given', () => {
    expect(analyse('Die Hütte liegt auf 2.350 Metern und bietet 1.250 Schlafplätze für die Gäste.', { lang: 'en', lines: true }).langTag).toBeUndefined();
  });
});
