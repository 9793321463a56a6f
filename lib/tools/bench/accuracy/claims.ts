/**
 * The benchmark's claims: sentences written the way releases state these figures, each with the
 * figure to check and the cell or computation of its table it should be checked against. `wrong`
 * claims misstate the figure on purpose: the suggestion must still find the right computation,
 * and say it differs. Category and period are matched as written in lib/tools/bench/accuracy/run.ts.
 */
import type { CandidateKind } from "@/lib/datasets/suggest";

export interface BenchmarkClaim {
  id: string;
  file: string;
  sentence: string;
  figure: string;
  expect: { kind: CandidateKind; category?: string; measure?: string; period?: string; from?: string };
  wrong?: true;
}

const CBP = "cbp-enforcement.csv";
const DHS = "dhs-southwest-border-monthly.csv";
const SA = "dhs-single-adults.csv";
const FAA = "faa-air-traffic-fy2019.csv";
const CPI = "bls-cpi-february-2012.csv";
const NCES = "nces-enrollment-change-2020-21.csv";
const CDC = "cdc-inactivity-50-plus-2014.csv";
const BJS = "bjs-ncvs-1993.csv";
const UST = "treasury-budget-fy2019.csv";
const PAX = "bts-airline-passengers-2019.csv";
const FTE = "bts-airline-employment-october-2021.csv";
const PROFIT = "bts-airline-profits-2019-q2.csv";

const TOTAL = "Total Enforcement Encounters";
const USBP = "U.S. Border Patrol (USBP)";
const OFO = "Office of Field Operations (OFO)";
const ONE = "1-month percent change";
const TWELVE = "12-month percent change";

export const BENCHMARK_CLAIMS: BenchmarkClaim[] = [
  { id: "cbp-01", file: CBP, sentence: "CBP recorded 3.2 million total enforcement encounters in FY2023.", figure: "3.2 million", expect: { kind: "cell", category: TOTAL, period: "FY2023" } },
  { id: "cbp-02", file: CBP, sentence: "Total enforcement encounters reached 2.9 million in FY2024.", figure: "2.9 million", expect: { kind: "cell", category: TOTAL, period: "FY2024" } },
  { id: "cbp-03", file: CBP, sentence: "The Border Patrol made 2.1 million encounters in fiscal year 2023.", figure: "2.1 million", expect: { kind: "cell", category: USBP, period: "FY2023" } },
  { id: "cbp-04", file: CBP, sentence: "Office of Field Operations encounters rose to 1.34 million in FY24.", figure: "1.34 million", expect: { kind: "cell", category: OFO, period: "FY2024" } },
  { id: "cbp-05", file: CBP, sentence: "The Border Patrol recorded 1.9 million encounters in FY2024.", figure: "1.9 million", expect: { kind: "cell", category: USBP, period: "FY2024" }, wrong: true },
  { id: "cbp-06", file: CBP, sentence: "Total enforcement encounters rose 15.7 percent in FY2023.", figure: "15.7 percent", expect: { kind: "change-percent", category: TOTAL, period: "FY2023", from: "FY2022" } },
  { id: "cbp-07", file: CBP, sentence: "Total enforcement encounters fell 20 percent in FY2024.", figure: "20 percent", expect: { kind: "change-percent", category: TOTAL, period: "FY2024", from: "FY2023" }, wrong: true },
  { id: "cbp-08", file: CBP, sentence: "Border Patrol encounters fell 24 percent in FY2024, CBP data show.", figure: "24 percent", expect: { kind: "change-percent", category: USBP, period: "FY2024", from: "FY2023" } },
  { id: "cbp-09", file: CBP, sentence: "Office of Field Operations encounters increased 106 percent in FY2023.", figure: "106 percent", expect: { kind: "change-percent", category: OFO, period: "FY2023", from: "FY2022" } },
  { id: "cbp-10", file: CBP, sentence: "Total enforcement encounters increased by 600,000 in FY2023.", figure: "600,000", expect: { kind: "change", category: TOTAL, period: "FY2023", from: "FY2022" }, wrong: true },
  { id: "cbp-11", file: CBP, sentence: "Total enforcement encounters increased by 434,562 from FY2022 to FY2023.", figure: "434,562", expect: { kind: "change", category: TOTAL, period: "FY2023", from: "FY2022" } },
  { id: "cbp-12", file: CBP, sentence: "In FY2019, total enforcement encounters reached 1,148,024.", figure: "1,148,024", expect: { kind: "cell", category: TOTAL, period: "FY2019" } },
  { id: "cbp-13", file: CBP, sentence: "In FY2020, total enforcement encounters dropped to 546,822.", figure: "546,822", expect: { kind: "cell", category: TOTAL, period: "FY2020" }, wrong: true },
  { id: "cbp-14", file: CBP, sentence: "Border Patrol encounters accounted for 64 percent of all enforcement encounters in FY2023.", figure: "64 percent", expect: { kind: "share", category: USBP, period: "FY2023" } },
  { id: "cbp-15", file: CBP, sentence: "The Office of Field Operations accounted for 25 percent of total enforcement encounters in FY2024.", figure: "25 percent", expect: { kind: "share", category: OFO, period: "FY2024" }, wrong: true },
  { id: "cbp-16", file: CBP, sentence: "USBP encounters totaled 859,501 in FY19.", figure: "859,501", expect: { kind: "cell", category: USBP, period: "FY2019" } },
  { id: "cbp-17", file: CBP, sentence: "Total enforcement encounters in FY2021 were 1,956,519.", figure: "1,956,519", expect: { kind: "cell", category: TOTAL, period: "FY2021" } },
  { id: "cbp-18", file: CBP, sentence: "Border Patrol encounters in FY2022 were 2.5 million.", figure: "2.5 million", expect: { kind: "cell", category: USBP, period: "FY2022" }, wrong: true },
  { id: "cbp-19", file: CBP, sentence: "Encounters by the Office of Field Operations were 294,352 in FY21.", figure: "294,352", expect: { kind: "cell", category: OFO, period: "FY2021" } },
  { id: "cbp-20", file: CBP, sentence: "Total enforcement encounters rose 202 percent in FY2021.", figure: "202 percent", expect: { kind: "change-percent", category: TOTAL, period: "FY2021", from: "FY2020" } },

  { id: "dhs-01", file: DHS, sentence: "In February 2016, Border Patrol apprehensions on the southwest border totaled 26,078.", figure: "26,078", expect: { kind: "cell", measure: "All apprehensions", period: "2016-02" } },
  { id: "dhs-02", file: DHS, sentence: "Apprehensions on the southwest border increased 10 percent in February 2016 from January 2016.", figure: "10 percent", expect: { kind: "change-percent", measure: "All apprehensions", period: "2016-02", from: "2016-01" } },
  { id: "dhs-03", file: DHS, sentence: "Apprehensions of unaccompanied children fell to 3,111 in January 2016.", figure: "3,111", expect: { kind: "cell", measure: "Unaccompanied children (UACs)", period: "2016-01" } },
  { id: "dhs-04", file: DHS, sentence: "Family members apprehended in December 2015 numbered 7,974.", figure: "7,974", expect: { kind: "cell", measure: "Family members", period: "2015-12" }, wrong: true },
  { id: "dhs-05", file: DHS, sentence: "Apprehensions of unaccompanied children peaked at 6,775 in December 2015.", figure: "6,775", expect: { kind: "cell", measure: "Unaccompanied children (UACs)", period: "2015-12" } },
  { id: "dhs-06", file: DHS, sentence: "Southwest border apprehensions reached 35,014 in December 2015.", figure: "35,014", expect: { kind: "cell", measure: "All apprehensions", period: "2015-12" }, wrong: true },
  { id: "dhs-07", file: DHS, sentence: "Apprehensions of family members fell 65 percent in January 2016 from December 2015.", figure: "65 percent", expect: { kind: "change-percent", measure: "Family members", period: "2016-01", from: "2015-12" } },
  { id: "dhs-08", file: DHS, sentence: "Apprehensions of unaccompanied children rose 20 percent in August 2015.", figure: "20 percent", expect: { kind: "change-percent", measure: "Unaccompanied children (UACs)", period: "2015-08", from: "2015-07" }, wrong: true },
  { id: "dhs-09", file: DHS, sentence: "In October 2015, apprehensions of family members reached 6,026.", figure: "6,026", expect: { kind: "cell", measure: "Family members", period: "2015-10" } },
  { id: "dhs-10", file: DHS, sentence: "Unaccompanied children made up 12 percent of all apprehensions on the southwest border in February 2016.", figure: "12 percent", expect: { kind: "share", measure: "Unaccompanied children (UACs)", period: "2016-02" } },
  { id: "dhs-11", file: DHS, sentence: "Southwest border apprehensions fell 40 percent in January 2016 from December 2015.", figure: "40 percent", expect: { kind: "change-percent", measure: "All apprehensions", period: "2016-01", from: "2015-12" }, wrong: true },
  { id: "dhs-12", file: DHS, sentence: "The number of unaccompanied children apprehended in November 2015 was 5,610.", figure: "5,610", expect: { kind: "cell", measure: "Unaccompanied children (UACs)", period: "2015-11" } },

  { id: "sa-01", file: SA, sentence: "In February 2016, apprehensions of single adults rose to 19,917.", figure: "19,917", expect: { kind: "cell", period: "2016-02" } },
  { id: "sa-02", file: SA, sentence: "Apprehensions of single adults were 17,505 in January 2016.", figure: "17,505", expect: { kind: "cell", period: "2016-01" } },
  { id: "sa-03", file: SA, sentence: "In February 2015, apprehensions of single adults were 21,950.", figure: "21,950", expect: { kind: "cell", period: "2015-02" }, wrong: true },
  { id: "sa-04", file: SA, sentence: "Apprehensions of single adults rose 13.8 percent from January 2016 to February 2016.", figure: "13.8 percent", expect: { kind: "change-percent", period: "2016-02", from: "2016-01" } },
  { id: "sa-05", file: SA, sentence: "Apprehensions of single adults in February 2014 were 18,277.", figure: "18,277", expect: { kind: "cell", period: "2014-02" }, wrong: true },

  { id: "faa-01", file: FAA, sentence: "The FAA handles 45,000 flights a day.", figure: "45,000", expect: { kind: "cell", category: "Average daily flights" } },
  { id: "faa-02", file: FAA, sentence: "The FAA handles 16.4 million flights every year.", figure: "16.4 million", expect: { kind: "cell", category: "Flights handled by the FAA yearly" } },
  { id: "faa-03", file: FAA, sentence: "There are 25,633 airports in the United States, according to the FAA.", figure: "25,633", expect: { kind: "cell", category: "U.S. airports" }, wrong: true },
  { id: "faa-04", file: FAA, sentence: "The United States has 5,082 public airports.", figure: "5,082", expect: { kind: "cell", category: "Public airports" } },
  { id: "faa-05", file: FAA, sentence: "There are 14,551 private airports in the U.S.", figure: "14,551", expect: { kind: "cell", category: "Private airports" } },
  { id: "faa-06", file: FAA, sentence: "Aviation contributed 7.2 percent of U.S. gross domestic product.", figure: "7.2 percent", expect: { kind: "cell", category: "gross domestic product" }, wrong: true },
  { id: "faa-07", file: FAA, sentence: "Aviation generated 10.9 million U.S. jobs.", figure: "10.9 million", expect: { kind: "cell", category: "U.S. jobs generated from aviation" } },
  { id: "faa-08", file: FAA, sentence: "The FAA operates 720 airport traffic control towers.", figure: "720", expect: { kind: "cell", category: "Airport traffic control towers" }, wrong: true },
  { id: "faa-09", file: FAA, sentence: "At peak operational times, 5,400 aircraft are in the sky.", figure: "5,400", expect: { kind: "cell", category: "Aircraft in the sky" } },
  { id: "faa-10", file: FAA, sentence: "The FAA manages 24.1 million square miles of oceanic airspace.", figure: "24.1 million", expect: { kind: "cell", category: "oceanic airspace" } },
  { id: "faa-11", file: FAA, sentence: "Aviation produces $588 billion in annual earnings.", figure: "$588 billion", expect: { kind: "cell", category: "Annual earnings from aviation" }, wrong: true },
  { id: "faa-12", file: FAA, sentence: "General aviation logged 25.5 million flight hours per year.", figure: "25.5 million", expect: { kind: "cell", category: "General aviation flight hours" } },
  { id: "faa-13", file: FAA, sentence: "The FAA runs 21 air route traffic control centers.", figure: "21", expect: { kind: "cell", category: "Air route traffic control centers" } },

  { id: "cpi-01", file: CPI, sentence: "The all items index increased 0.4 percent in February 2012 on a seasonally adjusted basis.", figure: "0.4 percent", expect: { kind: "cell", category: "All items", measure: ONE, period: "2012-02" } },
  { id: "cpi-02", file: CPI, sentence: "Over the last 12 months, the all items index increased 2.9 percent.", figure: "2.9 percent", expect: { kind: "cell", category: "All items", measure: TWELVE, period: "2012-02" } },
  { id: "cpi-03", file: CPI, sentence: "The energy index rose 4.2 percent in February 2012.", figure: "4.2 percent", expect: { kind: "cell", category: "Energy", measure: ONE, period: "2012-02" }, wrong: true },
  { id: "cpi-04", file: CPI, sentence: "The index for all items less food and energy rose 0.1 percent in February 2012.", figure: "0.1 percent", expect: { kind: "cell", category: "All items less food and energy", measure: ONE, period: "2012-02" } },
  { id: "cpi-05", file: CPI, sentence: "The 12-month change in the energy index was 9.0 percent in February 2012.", figure: "9.0 percent", expect: { kind: "cell", category: "Energy", measure: TWELVE, period: "2012-02" }, wrong: true },
  { id: "cpi-06", file: CPI, sentence: "The 12-month change in the food index fell to 3.9 percent in February 2012.", figure: "3.9 percent", expect: { kind: "cell", category: "Food", measure: TWELVE, period: "2012-02" } },
  { id: "cpi-07", file: CPI, sentence: "The index for all items less food and energy was up 2.2 percent over the 12 months to February 2012.", figure: "2.2 percent", expect: { kind: "cell", category: "All items less food and energy", measure: TWELVE, period: "2012-02" } },
  { id: "cpi-08", file: CPI, sentence: "The index for all items less food and energy rose 0.5 percent in January 2012.", figure: "0.5 percent", expect: { kind: "cell", category: "All items less food and energy", measure: ONE, period: "2012-01" }, wrong: true },
  { id: "cpi-09", file: CPI, sentence: "The 12-month change in the energy index was 6.1 percent in January 2012.", figure: "6.1 percent", expect: { kind: "cell", category: "Energy", measure: TWELVE, period: "2012-01" } },
  { id: "cpi-10", file: CPI, sentence: "The all items index rose 2.9 percent over the 12 months to January 2012.", figure: "2.9 percent", expect: { kind: "cell", category: "All items", measure: TWELVE, period: "2012-01" } },

  { id: "nces-01", file: NCES, sentence: "Public school enrollment decreased by 13 percent for prekindergarten and kindergarten in SY 2020–21.", figure: "13 percent", expect: { kind: "cell", category: "Prekindergarten and kindergarten", period: "SY2020-21" } },
  { id: "nces-02", file: NCES, sentence: "Public school enrollment in grades 9–12 increased by 2.4 percent in the 2020–21 school year.", figure: "2.4 percent", expect: { kind: "cell", category: "Grades 9–12", period: "SY2020-21" }, wrong: true },
  { id: "nces-03", file: NCES, sentence: "Public school enrollment decreased by 3 percent for grades 1–8 in SY 2020–21.", figure: "3 percent", expect: { kind: "cell", category: "Grades 1–8", period: "SY2020-21" } },
  { id: "nces-04", file: NCES, sentence: "Public school enrollment in Mississippi decreased 5 percent in 2020–21.", figure: "5 percent", expect: { kind: "cell", category: "Mississippi", period: "SY2020-21" } },
  { id: "nces-05", file: NCES, sentence: "Public school enrollment in Vermont fell 9 percent in SY 2020–21.", figure: "9 percent", expect: { kind: "cell", category: "Vermont", period: "SY2020-21" }, wrong: true },
  { id: "nces-06", file: NCES, sentence: "Overall, the number of students enrolled in public schools decreased by 3 percent from SY 2019–20 to SY 2020–21.", figure: "3 percent", expect: { kind: "cell", category: "All public school students", period: "SY2020-21" } },

  { id: "cdc-01", file: CDC, sentence: "Inactivity was 29.4 percent for women age 50 and older in 2014.", figure: "29.4 percent", expect: { kind: "cell", category: "Women" } },
  { id: "cdc-02", file: CDC, sentence: "Inactivity among men age 50 and older was 21.5 percent in 2014.", figure: "21.5 percent", expect: { kind: "cell", category: "Men" }, wrong: true },
  { id: "cdc-03", file: CDC, sentence: "Among adults 75 years and older, 35.3 percent were inactive.", figure: "35.3 percent", expect: { kind: "cell", category: "Adults 75 years and older" } },
  { id: "cdc-04", file: CDC, sentence: "Inactivity among non-Hispanic blacks age 50 and older was 33.1 percent.", figure: "33.1 percent", expect: { kind: "cell", category: "Non-Hispanic black" } },
  { id: "cdc-05", file: CDC, sentence: "Among Hispanics age 50 and older, 38.7 percent were inactive.", figure: "38.7 percent", expect: { kind: "cell", category: "Hispanic" }, wrong: true },
  { id: "cdc-06", file: CDC, sentence: "In 2014, 28 percent of all adults age 50 and older were inactive.", figure: "28 percent", expect: { kind: "cell", category: "All adults age 50 and older" } },
  { id: "cdc-07", file: CDC, sentence: "Inactivity among adults with no chronic disease was 19.2 percent.", figure: "19.2 percent", expect: { kind: "cell", category: "No chronic disease" } },

  { id: "bjs-01", file: BJS, sentence: "In 1993 there were 52 violent victimizations per 1,000 persons age 12 or older.", figure: "52", expect: { kind: "cell", category: "Violent victimizations per 1000 persons" } },
  { id: "bjs-02", file: BJS, sentence: "In 1993 there were 362 property crimes per 1,000 households.", figure: "362", expect: { kind: "cell", category: "Property crimes per 1000 households" }, wrong: true },
  { id: "bjs-03", file: BJS, sentence: "The total number of crimes against residents age 12 or older in 1993 was 43.6 million.", figure: "43.6 million", expect: { kind: "cell", category: "Total crimes" } },
  { id: "bjs-04", file: BJS, sentence: "In 1993, 52 percent of violent crimes were reported to police.", figure: "52 percent", expect: { kind: "cell", category: "Percent of violent crimes reported to police" }, wrong: true },
  { id: "bjs-05", file: BJS, sentence: "In 1993, 33 percent of property crimes were reported to police.", figure: "33 percent", expect: { kind: "cell", category: "Percent of property crimes reported to police" } },
  { id: "bjs-06", file: BJS, sentence: "There were 485,000 victims of rape or other sexual assault in 1993.", figure: "485,000", expect: { kind: "cell", category: "Victims of rape" } },

  { id: "ust-01", file: UST, sentence: "The deficit in FY 2019 was $984 billion.", figure: "$984 billion", expect: { kind: "cell", measure: "Deficit (billions of dollars)", period: "FY2019" } },
  { id: "ust-02", file: UST, sentence: "The deficit in FY 2019 was $205 billion more than in the prior fiscal year.", figure: "$205 billion", expect: { kind: "change", measure: "Deficit (billions of dollars)", period: "FY2019", from: "FY2018" } },
  { id: "ust-03", file: UST, sentence: "The federal deficit in fiscal year 2018 was $879 billion.", figure: "$879 billion", expect: { kind: "cell", measure: "Deficit (billions of dollars)", period: "FY2018" }, wrong: true },
  { id: "ust-04", file: UST, sentence: "As a percentage of GDP, the deficit was 4.6 percent in FY 2019.", figure: "4.6 percent", expect: { kind: "cell", measure: "Deficit as a percent of GDP", period: "FY2019" } },
  { id: "ust-05", file: UST, sentence: "The deficit rose to 5.6 percent of GDP in FY 2019.", figure: "5.6 percent", expect: { kind: "cell", measure: "Deficit as a percent of GDP", period: "FY2019" }, wrong: true },
  { id: "ust-06", file: UST, sentence: "The deficit was 3.8 percent of GDP in FY 2018.", figure: "3.8 percent", expect: { kind: "cell", measure: "Deficit as a percent of GDP", period: "FY2018" } },
];

/**
 * Written after the ranking rule was tuned on the claims above, and never tuned on: phrasings the
 * rule was not shaped by ("fiscal 2023", "nearly", "climbed"). Reported separately.
 */
export const HELD_OUT_CLAIMS: BenchmarkClaim[] = [
  { id: "h-01", file: CBP, sentence: "Encounters nationwide hit a record 3,201,144 in fiscal 2023.", figure: "3,201,144", expect: { kind: "cell", category: TOTAL, period: "FY2023" } },
  { id: "h-02", file: CBP, sentence: "Border Patrol encounters dropped by about 486,000 in FY2024.", figure: "486,000", expect: { kind: "change", category: USBP, period: "FY2024", from: "FY2023" } },
  { id: "h-03", file: CBP, sentence: "CBP's Office of Field Operations logged 1.5 million encounters in FY2024.", figure: "1.5 million", expect: { kind: "cell", category: OFO, period: "FY2024" }, wrong: true },
  { id: "h-04", file: CBP, sentence: "In FY2018 the Border Patrol recorded 404,142 encounters.", figure: "404,142", expect: { kind: "cell", category: USBP, period: "FY2018" } },
  { id: "h-05", file: CBP, sentence: "Total CBP enforcement encounters climbed 30 percent in FY2022.", figure: "30 percent", expect: { kind: "change-percent", category: TOTAL, period: "FY2022", from: "FY2021" }, wrong: true },
  { id: "h-06", file: DHS, sentence: "There were 37,014 apprehensions on the southwest border in December 2015.", figure: "37,014", expect: { kind: "cell", measure: "All apprehensions", period: "2015-12" } },
  { id: "h-07", file: DHS, sentence: "Some 5,900 unaccompanied children were apprehended in October 2015.", figure: "5,900", expect: { kind: "cell", measure: "Unaccompanied children (UACs)", period: "2015-10" }, wrong: true },
  { id: "h-08", file: DHS, sentence: "Apprehensions of family members dropped to 3,048 in February 2016.", figure: "3,048", expect: { kind: "cell", measure: "Family members", period: "2016-02" } },
  { id: "h-09", file: SA, sentence: "Single adult apprehensions fell by 8,327 between February 2014 and February 2015.", figure: "8,327", expect: { kind: "change", period: "2015-02", from: "2014-02" } },
  { id: "h-10", file: FAA, sentence: "FAA controllers handle 2.9 million airline passengers every day.", figure: "2.9 million", expect: { kind: "cell", category: "Passengers flying every day" } },
  { id: "h-11", file: FAA, sentence: "The nation has 247 terminal radar approach control facilities.", figure: "247", expect: { kind: "cell", category: "Terminal radar approach control" }, wrong: true },
  { id: "h-12", file: FAA, sentence: "General aviation includes 167,000 fixed-wing aircraft.", figure: "167,000", expect: { kind: "cell", category: "Fixed-wing general aviation aircraft" } },
  { id: "h-13", file: FAA, sentence: "Aviation moves 54.5 billion pounds of freight a year.", figure: "54.5 billion", expect: { kind: "cell", category: "Pounds of freight" }, wrong: true },
  { id: "h-14", file: CPI, sentence: "Energy prices climbed 3.2 percent in February 2012, seasonally adjusted.", figure: "3.2 percent", expect: { kind: "cell", category: "Energy", measure: ONE, period: "2012-02" } },
  { id: "h-15", file: CPI, sentence: "Food prices were 4.9 percent higher in February 2012 than a year earlier.", figure: "4.9 percent", expect: { kind: "cell", category: "Food", measure: TWELVE, period: "2012-02" }, wrong: true },
  { id: "h-16", file: NCES, sentence: "Kindergarten and prekindergarten enrollment dropped 13 percent in the 2020–21 school year.", figure: "13 percent", expect: { kind: "cell", category: "Prekindergarten and kindergarten", period: "SY2020-21" } },
  { id: "h-17", file: CDC, sentence: "Among non-Hispanic whites 50 and older, 26.2 percent get no physical activity.", figure: "26.2 percent", expect: { kind: "cell", category: "Non-Hispanic white" } },
  { id: "h-18", file: CDC, sentence: "Inactivity reached 31.4 percent among adults aged 65 to 74.", figure: "31.4 percent", expect: { kind: "cell", category: "Adults 65-74 years" }, wrong: true },
  { id: "h-19", file: BJS, sentence: "Nearly 485,000 people were victims of rape or sexual assault in 1993.", figure: "485,000", expect: { kind: "cell", category: "Victims of rape" } },
  { id: "h-20", file: UST, sentence: "The FY 2019 deficit of $1.1 trillion was the largest in years.", figure: "$1.1 trillion", expect: { kind: "cell", measure: "Deficit (billions of dollars)", period: "FY2019" }, wrong: true },
  { id: "h-21", file: UST, sentence: "The deficit grew by 26 percent in fiscal year 2019.", figure: "26 percent", expect: { kind: "change-percent", measure: "Deficit (billions of dollars)", period: "FY2019", from: "FY2018" } },
  { id: "h-22", file: CDC, sentence: "Men 50 and older had an inactivity rate of 25.5 percent.", figure: "25.5 percent", expect: { kind: "cell", category: "Men" } },
];

/**
 * Written in session 6, after the snapshot rule (a claim naming no period against a table of one
 * period), with three new BTS tables, and never tuned on: the first run's numbers are the ones
 * reported. Realistic phrasings on purpose, including ones the period reader does not parse
 * ("the second quarter of 2019", "from September").
 */
export const LATER_CLAIMS: BenchmarkClaim[] = [
  { id: "pax-01", file: PAX, sentence: "U.S. and foreign airlines carried 1.05 billion systemwide passengers in 2019.", figure: "1.05 billion", expect: { kind: "cell", category: "Systemwide", period: "2019" } },
  { id: "pax-02", file: PAX, sentence: "Domestic passengers rose 4.2 percent in 2019.", figure: "4.2 percent", expect: { kind: "change-percent", category: "Domestic", period: "2019", from: "2018" } },
  { id: "pax-03", file: PAX, sentence: "International passengers numbered 241 million in 2019.", figure: "241 million", expect: { kind: "cell", category: "International", period: "2019" } },
  { id: "pax-04", file: PAX, sentence: "Airlines carried 820 million domestic passengers in 2019.", figure: "820 million", expect: { kind: "cell", category: "Domestic", period: "2019" }, wrong: true },
  { id: "pax-05", file: PAX, sentence: "Systemwide passenger traffic grew 6 percent in 2019 from 2018.", figure: "6 percent", expect: { kind: "change-percent", category: "Systemwide", period: "2019", from: "2018" }, wrong: true },
  { id: "pax-06", file: PAX, sentence: "International passengers totaled 236 million in 2018.", figure: "236 million", expect: { kind: "cell", category: "International", period: "2018" } },
  { id: "pax-07", file: PAX, sentence: "Airlines now carry 811 million domestic passengers.", figure: "811 million", expect: { kind: "cell", category: "Domestic", period: "2019" } },
  { id: "pax-08", file: PAX, sentence: "Airlines now carry 250 million international passengers.", figure: "250 million", expect: { kind: "cell", category: "International", period: "2019" }, wrong: true },
  { id: "fte-01", file: FTE, sentence: "U.S. scheduled passenger airlines employed 412,844 full-time equivalents in October 2021.", figure: "412,844", expect: { kind: "cell", period: "2021-10" } },
  { id: "fte-02", file: FTE, sentence: "Airline employment rose 0.5 percent in October 2021 from September.", figure: "0.5 percent", expect: { kind: "change-percent", period: "2021-10", from: "2021-09" } },
  { id: "fte-03", file: FTE, sentence: "Airline full-time equivalents fell 8.7 percent from October 2019 to October 2021.", figure: "8.7 percent", expect: { kind: "change-percent", period: "2021-10", from: "2019-10" } },
  { id: "fte-04", file: FTE, sentence: "Scheduled passenger airlines employed 425,000 full-time equivalents in October 2021.", figure: "425,000", expect: { kind: "cell", period: "2021-10" }, wrong: true },
  { id: "fte-05", file: FTE, sentence: "Airlines had 39,508 fewer full-time equivalents in October 2021 than in October 2019.", figure: "39,508", expect: { kind: "change", period: "2021-10", from: "2019-10" } },
  { id: "fte-06", file: FTE, sentence: "In September 2021 airlines employed 401,836 full-time equivalents.", figure: "401,836", expect: { kind: "cell", period: "2021-09" }, wrong: true },
  { id: "fte-07", file: FTE, sentence: "Airline employment fell 12 percent from October 2019 to October 2021.", figure: "12 percent", expect: { kind: "change-percent", period: "2021-10", from: "2019-10" }, wrong: true },
  { id: "pro-01", file: PROFIT, sentence: "U.S. scheduled passenger airlines reported an after-tax net profit of $4.8 billion.", figure: "$4.8 billion", expect: { kind: "cell", category: "After-tax net profit" } },
  { id: "pro-02", file: PROFIT, sentence: "Airlines posted a pre-tax operating profit of $6.9 billion in the second quarter of 2019.", figure: "$6.9 billion", expect: { kind: "cell", category: "Pre-tax operating profit" } },
  { id: "pro-03", file: PROFIT, sentence: "U.S. airlines reported a $5.8 billion after-tax net profit.", figure: "$5.8 billion", expect: { kind: "cell", category: "After-tax net profit" }, wrong: true },
  { id: "pro-04", file: PROFIT, sentence: "The airlines' pre-tax operating profit was $7.9 billion.", figure: "$7.9 billion", expect: { kind: "cell", category: "Pre-tax operating profit" }, wrong: true },
];
