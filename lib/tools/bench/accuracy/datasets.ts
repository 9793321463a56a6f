/**
 * The benchmark's tables: US government statistics typed in from the releases that state them
 * (../shared/fixtures/dev/texts, whose sources are listed in ../shared/fixtures/dev/sources.json).
 * Works of the US federal government are in the public domain (17 U.S.C. § 105); each table
 * records where its figures come from. Column headers are written out where the release's table
 * has none or uses an abbreviation ("UACs" → "Unaccompanied children (UACs)"); the figures are the
 * release's own.
 */
export interface BenchmarkDataset {
  file: string;
  title: string;
  publisher: string;
  url: string;
  licence: string;
}

const PD = "Public domain (work of the US federal government, 17 U.S.C. § 105)";

export const BENCHMARK_DATASETS: BenchmarkDataset[] = [
  {
    file: "cbp-enforcement.csv",
    title: "CBP enforcement statistics: total CBP enforcement actions, FY2017–FY2024",
    publisher: "U.S. Customs and Border Protection",
    url: "https://cbp.gov/newsroom/stats/cbp-enforcement-statistics",
    licence: PD,
  },
  {
    file: "dhs-southwest-border-monthly.csv",
    title: "Southwest border apprehensions by the Border Patrol, by month, July 2015–February 2016",
    publisher: "U.S. Department of Homeland Security",
    url: "https://dhs.gov/archive/news/2016/03/09/statement-secretary-jeh-c-johnson-southwest-border-security",
    licence: PD,
  },
  {
    file: "dhs-single-adults.csv",
    title: "Southwest border apprehensions of single adults, selected months",
    publisher: "U.S. Department of Homeland Security",
    url: "https://dhs.gov/archive/news/2016/03/09/statement-secretary-jeh-c-johnson-southwest-border-security",
    licence: PD,
  },
  {
    file: "faa-air-traffic-fy2019.csv",
    title: "FAA Air Traffic by the Numbers (FY2019 figures)",
    publisher: "Federal Aviation Administration, Air Traffic Organization",
    url: "https://www.faa.gov/air_traffic/by_the_numbers/",
    licence: PD,
  },
  {
    file: "bls-cpi-february-2012.csv",
    title: "Consumer Price Index for All Urban Consumers (CPI-U), February 2012: percent changes",
    publisher: "U.S. Bureau of Labor Statistics",
    url: "https://www.bls.gov/news.release/archives/cpi_03162012.htm",
    licence: PD,
  },
  {
    file: "nces-enrollment-change-2020-21.csv",
    title: "Public school enrollment change, SY 2020–21 (Common Core of Data preliminary files)",
    publisher: "National Center for Education Statistics",
    url: "https://ies.ed.gov/blogs/nces/author/ncesblogeditor?page=3",
    licence: PD,
  },
  {
    file: "cdc-inactivity-50-plus-2014.csv",
    title: "Physical inactivity among US adults age 50 and older, 2014 (BRFSS)",
    publisher: "Centers for Disease Control and Prevention",
    url: "http://metroforensics.blogspot.com/2017/03/31-million-americans-age-50-years-and.html?m=1",
    licence: PD,
  },
  {
    file: "bjs-ncvs-1993.csv",
    title: "National Crime Victimization Survey, 1993: crimes and victimization rates",
    publisher: "Bureau of Justice Statistics",
    url: "https://webharvest.gov/peth04/20041021074102/http://www.ojp.usdoj.gov/bjs/pub/press/cv93.pr",
    licence: PD,
  },
  {
    file: "treasury-budget-fy2019.csv",
    title: "Federal budget results: deficit, FY2018–FY2019",
    publisher: "U.S. Department of the Treasury",
    url: "https://fraser.stlouisfed.org/title/press-releases-united-states-department-treasury-6111/mnuchin-vought-release-joint-statement-budget-results-fiscal-year-2019-587473/fulltext",
    licence: PD,
  },
  {
    // BTS, "2019 Traffic Data for U.S. Airlines and Foreign Airlines U.S. Flights" (March 19, 2020): 1.1 billion
    // systemwide passengers in 2019, 3.9% more than 2018's 1.0 billion; domestic 811 million (2018: 778), international
    // 241 million (2018: 236). Added in session 6 with the claims of LATER_CLAIMS.
    file: "bts-airline-passengers-2019.csv",
    title: "Scheduled service passengers on U.S. and foreign airlines serving the U.S., 2018–2019",
    publisher: "Bureau of Transportation Statistics",
    url: "https://www.bts.gov/statistical-releases?shs_term_node_tid_depth=321",
    licence: PD,
  },
  {
    // BTS 77-21: 412,844 FTEs in October 2021, 410,836 in September 2021, 452,352 in October 2019.
    file: "bts-airline-employment-october-2021.csv",
    title: "Employment at U.S. scheduled passenger airlines, October 2021",
    publisher: "Bureau of Transportation Statistics",
    url: "https://www.bts.gov/taxonomy/term/426?page=132",
    licence: PD,
  },
  {
    // BTS, second-quarter 2019 airline financial data (September 16, 2019): after-tax net profit $4.8 billion,
    // pre-tax operating profit $6.9 billion. One period: a snapshot table.
    file: "bts-airline-profits-2019-q2.csv",
    title: "U.S. scheduled passenger airlines' second-quarter 2019 financial results",
    publisher: "Bureau of Transportation Statistics",
    url: "https://cms.bts.gov/statistical-releases",
    licence: PD,
  },
];
