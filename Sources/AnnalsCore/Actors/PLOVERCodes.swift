/// The closed code lists of the PLOVER manual (chapter "Country Names and
/// Sector Codes") and ISO 3166-1, against which the actor knowledge files
/// are validated. These are fixed by the standards, not knowledge to edit,
/// so they live in code.
public enum PLOVERCodes {
    /// PLOVER sector codes (Table "Sector Codes"), frequent and less frequent.
    public static let sectors: Set<String> = [
        "COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK",
        "AGR", "BUS", "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC",
    ]

    /// PLOVER's international non-state "country names" (Table "International
    /// Non-state actor names"): the UN and the EU get codes of their own; every
    /// other intergovernmental organization is IGO.
    public static let nonStateCountries: [String: String] = [
        "IGO": "International Governmental Organization",
        "UNO": "United Nations",
        "EUR": "European Union",
        "NGO": "Non-governmental Organization",
        "ISM": "International Social Movement",
        "IMG": "Transnational Militarized Group",
        "MNC": "Multi-national Corporation",
    ]

    /// PLOVER's code for Kosovo, which has no ISO 3166-1 code (the EU and
    /// the IMF use the user-assigned XKX; PLOVER and CAMEO use KOS).
    public static let kosovo = "KOS"

    /// ISO 3166-1 alpha-3: all 249 officially assigned codes.
    public static let iso3166Alpha3: Set<String> = Set("""
        AFG ALA ALB DZA ASM AND AGO AIA ATA ATG ARG ARM ABW AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN
        BMU BTN BOL BES BIH BWA BVT BRA IOT BRN BGR BFA BDI CPV KHM CMR CAN CYM CAF TCD CHL CHN CXR CCK
        COL COM COG COD COK CRI CIV HRV CUB CUW CYP CZE DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH
        FLK FRO FJI FIN FRA GUF PYF ATF GAB GMB GEO DEU GHA GIB GRC GRL GRD GLP GUM GTM GGY GIN GNB GUY
        HTI HMD VAT HND HKG HUN ISL IND IDN IRN IRQ IRL IMN ISR ITA JAM JPN JEY JOR KAZ KEN KIR PRK KOR
        KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MAC MDG MWI MYS MDV MLI MLT MHL MTQ MRT MUS MYT MEX
        FSM MDA MCO MNG MNE MSR MAR MOZ MMR NAM NRU NPL NLD NCL NZL NIC NER NGA NIU NFK MKD MNP NOR OMN
        PAK PLW PSE PAN PNG PRY PER PHL PCN POL PRT PRI QAT REU ROU RUS RWA BLM SHN KNA LCA MAF SPM VCT
        WSM SMR STP SAU SEN SRB SYC SLE SGP SXM SVK SVN SLB SOM ZAF SGS SSD ESP LKA SDN SUR SJM SWE CHE
        SYR TWN TJK TZA THA TLS TGO TKL TON TTO TUN TUR TKM TCA TUV UGA UKR ARE GBR USA UMI URY UZB VUT
        VEN VNM VGB VIR WLF ESH YEM ZMB ZWE
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// True for a code of the ISO 3166-1 user-assigned range XAA–XZZ, which
    /// countries.tsv uses as keys for entities without an ISO code.
    public static func isUserAssigned(_ code: some StringProtocol) -> Bool {
        code.utf8.count == 3 && code.utf8.first == UInt8(ascii: "X") && isUpperCode(code, length: 3)
    }

    static func isUpperCode(_ s: some StringProtocol, length: Int) -> Bool {
        s.utf8.count == length && s.utf8.allSatisfy(\.isASCIIUpper)
    }
}
