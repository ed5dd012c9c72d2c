namespace Kansrijk.Coalitions;

/// <summary>Dutch words for the coalition registry.</summary>
public static class CoalitionNames
{
    public static string Dutch(CoalitionStatus status) => status switch
    {
        CoalitionStatus.Exploring => "verkennend",
        CoalitionStatus.Preparing => "in voorbereiding",
        CoalitionStatus.Formed => "gevormd",
        CoalitionStatus.Stopped => "gestopt",
        _ => status.ToString(),
    };

    public static string Dutch(CoalitionKind kind) => kind == CoalitionKind.Regional ? "regionaal" : "lokaal";

    public static string Dutch(PlanStatus? plan) => plan switch
    {
        null => "onbekend",
        PlanStatus.None => "geen",
        PlanStatus.InDevelopment => "in ontwikkeling",
        PlanStatus.Adopted => "vastgesteld",
        _ => "onbekend",
    };

    public static string Dutch(PartnerDomain domain) => domain switch
    {
        PartnerDomain.Medical => "medisch",
        PartnerDomain.Social => "sociaal",
        PartnerDomain.Informal => "informeel",
        _ => domain.ToString(),
    };

    public static string Dutch(PartnerType type) => type switch
    {
        PartnerType.MidwiferyPractice => "verloskundigenpraktijk",
        PartnerType.Vsv => "verloskundig samenwerkingsverband (VSV)",
        PartnerType.Hospital => "ziekenhuis",
        PartnerType.MaternityCare => "kraamzorg",
        PartnerType.Jgz => "jeugdgezondheidszorg (JGZ)",
        PartnerType.Ggd => "GGD",
        PartnerType.Cjg => "centrum voor jeugd en gezin (CJG)",
        PartnerType.SocialTeam => "sociaal wijkteam",
        PartnerType.GeneralPractitioner => "huisarts",
        PartnerType.HealthInsurer => "zorgverzekeraar",
        PartnerType.Welfare => "welzijn",
        PartnerType.SocialWork => "maatschappelijk werk",
        PartnerType.InformalSupport => "informele steun",
        PartnerType.LivedExperience => "ervaringsdeskundigen",
        PartnerType.MunicipalDepartment => "gemeentelijke afdeling",
        PartnerType.ResearchEducation => "onderzoek/onderwijs",
        _ => "overig",
    };

    public static string Dutch(ActivityStatus status) => status switch
    {
        ActivityStatus.Planned => "gepland",
        ActivityStatus.Running => "lopend",
        ActivityStatus.Completed => "afgerond",
        ActivityStatus.Stopped => "gestopt",
        _ => status.ToString(),
    };

    public static string Dutch(BudgetSource source) => source switch
    {
        BudgetSource.MunicipalBudget => "gemeentebegroting",
        BudgetSource.Spuk => "SPUK",
        BudgetSource.NationalImpulseFunds => "impulsmiddelen Rijk",
        BudgetSource.MunicipalFund => "gemeentefonds",
        BudgetSource.HealthInsurer => "zorgverzekeraar",
        BudgetSource.Province => "provincie",
        _ => "overig",
    };

    public static string Dutch(Recognition? recognition) => recognition switch
    {
        null => "nog niet ingevuld",
        Recognition.NotAssessed => "niet beoordeeld",
        Recognition.WellFounded => "goed onderbouwd",
        Recognition.FirstEvidence => "eerste aanwijzingen voor effectiviteit",
        Recognition.GoodEvidence => "goede aanwijzingen voor effectiviteit",
        _ => "sterke aanwijzingen voor effectiviteit",
    };

    /// <summary>"€ 135.000", or with cents when there are any: "€ 12.500,50".</summary>
    public static string Euro(decimal amount) =>
        amount.ToString(amount % 1 == 0 ? "C0" : "C2", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"));
}
