/**
 * Invented names for the demo school. First names are common Dutch ones; every surname is a made-up
 * nature word, so nobody mistakes a demo pupil for a real child.
 */
export const demoFirstNames = [
  'Daan', 'Emma', 'Sem', 'Julia', 'Lucas', 'Mila', 'Levi', 'Tess', 'Finn', 'Sophie', 'Noah', 'Zoë',
  'Milan', 'Sara', 'Jesse', 'Nora', 'Bram', 'Evi', 'Luuk', 'Lotte', 'Thijs', 'Fenna', 'Jens', 'Roos',
  'Mats', 'Saar', 'Ravi', 'Yara', 'Adam', 'Liv', 'Mohamed', 'Amira', 'Ties', 'Fleur', 'Stijn', 'Ilse',
  'Gijs', 'Noor', 'Ruben', 'Isa', 'Hugo', 'Anna', 'Teun', 'Lieke', 'Joep', 'Maud', 'Olivier', 'Elin',
] as const;

export const demoSurnames = [
  'Appelgaard', 'Berkenveld', 'Distelhoek', 'Eikenlaar', 'Fluitekruid', 'Gagelbos', 'Hazelwinde',
  'Irisdal', 'Jeneverbes', 'Kievitsbloem', 'Lijsterhof', 'Meidoornveld', 'Nachtegaalweide', 'Oeverzegge',
  'Paardenbloem', 'Reigershorst', 'Sleedoorn', 'Tuinfluiter', 'Uilenburcht', 'Vlierbes', 'Wilgenkamp',
  'Zonnedauw', 'van Klaverhoeve', 'de Kwikstaart', 'van Rietkraag', 'ter Varenweide', 'van Mosbeek',
  'de Zwaluwstaart', 'van Heidebloem', 'Linderhout', 'Vossenstaart', 'Boterbloem', 'Koekoeksbloem',
] as const;

export const demoStaffNames = {
  teachers: [
    'Merel Zonnekamp', 'Bram Keteldal', 'Anouk Wolkenveld', 'Jorrit Stroomdal', 'Femke Hazeloord',
    'Sven Regenboogh', 'Ilona Duinhof', 'Koen Windhoek',
  ],
  ivps: ['Hanneke Vlinderhof', 'Ruud Lindeboom'],
  ib: 'Carla Beekhuis',
  directeur: 'Otto Molenwiek',
  surveillant: 'Gerda Pleinzicht',
} as const;
