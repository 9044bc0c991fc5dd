/**
 * The sources and the theory the model uses, by the citation key that scenarios/sources.ts writes
 * after `src:` (docs/MODEL.md's reference table is generated from this list).
 */

/** Citation keys of the sources and of the theory the model uses, with the full reference. */
export const CITATIONS: Readonly<Record<string, string>> = {
  seed: 'Ou & Guo, "\'1558\' work approach … collaborative governance … Nanchong", DOI 10.12238/ems.v7i9.15195; "seed §6.1.2" is its section 6.1.2',
  'Nanchong 2021–2025 plan':
    'Nanchong old-community renovation plan 2021–2025: 3,770 old communities, 326,300 households, 34.29 M m²; at least 60 % done by 2023',
  'State Council 2020':
    'General Office of the State Council, Guiding Opinions on comprehensively promoting the renovation of old urban communities (2020; seed reference [1]): renovation focuses on communities built before the end of 2000; works are basic (基础类, mandatory), improvement (完善类) or upgrade (提升类) content',
  'maintenance fund rules':
    'Ministry of Construction and Ministry of Finance, 住宅共用部位共用设施设备维修基金管理办法 (建住房〔1998〕213号), succeeded by 住宅专项维修资金管理办法 (2007, Order 165): flats sold from the 1998 housing reform on pay into a housing maintenance fund',
  'Nanchong districts': 'Nanchong’s three urban districts: Shunqing 顺庆区, Gaoping 高坪区, Jialing 嘉陵区',
  'MOHURD 2017 retention':
    'Ministry of Housing and Urban-Rural Development and Ministry of Finance, Measures for the management of construction-quality retention money (建设工程质量保证金管理办法, 建质〔2017〕138号): retention at most 3 % of the settled contract price',
  'Civil Code Art. 278': 'Civil Code of the PRC, Article 278 (in force 2021-01-01)',
  'central subsidy 2022': 'central subsidy per renovated household, about 3,650 RMB in 2022',
  'elevator costs': 'elevator retrofit costs 400–700k RMB per elevator',
  'elevator subsidies':
    'elevator subsidies: Nanchong 150k, Chengdu 200k RMB; Sichuan fund 490 M RMB for 3,726 elevators',
  'Guangzhou coefficients': 'Guangzhou floor coefficients: floors 3–9 0.7–1.3, floors 1–2 exempt',
  'Nanjing shares': 'Nanjing 6-storey negotiated shares: 2F 3 %, 3F 8 %, 4F 18 %, 5F 30 %, 6F 41 %',
  'Zhou, Liu & Yang':
    'Zhou, Liu & Yang (Tongji): elevator premium and compensation, break-even at the 3rd floor',
  'GB/T 51149-2016':
    'Code for urban parking planning (城市停车规划规范, GB/T 51149-2016): a surface car park takes 25–30 m² of land per car space',
  Jinsong:
    'Beijing Jinsong: 76 M RMB (46 M public, 30 M private), 3,605 households, fee collection 82–85 %, elderly-headed households 39.6 %',
  'national 2023':
    'national 2023: 53,700 communities, 8.97 M households, about 240 bn RMB (about 26,800 RMB per household)',
  'property fees': 'property fees of renovated old communities 0.3–1.35 RMB per m² per month',
  'Deffuant et al. 2000':
    'Deffuant, Neau, Amblard & Weisbuch 2000, Adv. Complex Syst. 3:87–98 (bounded confidence)',
  'Hegselmann & Krause 2002': 'Hegselmann & Krause 2002, JASSS 5(3) (bounded confidence)',
  'Granovetter 1978': 'Granovetter 1978, AJS 83(6):1420–1443 (threshold models of collective behaviour)',
  'Bruneau et al. 2003': 'Bruneau et al. 2003, Earthquake Spectra 19(4):733–752 (resilience triangle)',
  'tripartite games':
    'Wang, Ren, Shan & Zhang 2025, Sustainability 17(19):8713; Jiang & Dong 2026, PLOS One, DOI 10.1371/journal.pone.0339495',
  'Dai, Han & de Vries 2024': 'Dai, Han & de Vries 2024, Cities 105145 (participation ABM)',
  'Sichuan problems list':
    'Sichuan list of problems in old-community renovation (few revenue points deter enterprises)',
  'Rockafellar & Uryasev 2002':
    'Rockafellar & Uryasev 2002, J. Banking & Finance 26(7):1443–1471 (conditional value-at-risk)',
  'Littlechild & Owen 1973': 'Littlechild & Owen 1973, Management Science 20(3):370–372 (airport game)',
  'Watts & Strogatz 1998': 'Watts & Strogatz 1998, Nature 393:440–442 (small-world networks)',
  'Müller et al. 2013': 'Müller et al. 2013, Environ. Model. Softw. 48:37–48 (the ODD+D protocol)',
  'Grimm et al. 2020': 'Grimm et al. 2020, JASSS 23(2):7 (the ODD protocol, second update)',
};
