namespace Kansrijk.CarePaths;

/// <summary>Dutch words for the care path enums and languages.</summary>
public static class CarePathNames
{
    public static string Dutch(OfferAccess access) => access switch
    {
        OfferAccess.SelfReferral => "Zelf aanmelden",
        OfferAccess.ReferralNeeded => "Verwijzing nodig",
        OfferAccess.ConsentNeeded => "Toestemming van de cliënt nodig",
        _ => access.ToString(),
    };

    public static string Dutch(InsuranceCriterion insurance) => insurance switch
    {
        InsuranceCriterion.Any => "Verzekerd en onverzekerd",
        InsuranceCriterion.InsuredOnly => "Alleen met zorgverzekering",
        InsuranceCriterion.UninsuredOnly => "Alleen zonder zorgverzekering",
        _ => insurance.ToString(),
    };

    public static string Dutch(ContentStatus status) => status == ContentStatus.Published ? "Gepubliceerd" : "Concept";

    public static readonly IReadOnlyDictionary<string, string> Languages = new Dictionary<string, string>
    {
        ["nl"] = "Nederlands",
        ["en"] = "Engels",
        ["ar"] = "Arabisch",
        ["tr"] = "Turks",
        ["pl"] = "Pools",
        ["ti"] = "Tigrinya",
        ["uk"] = "Oekraïens",
        ["pap"] = "Papiaments",
        ["so"] = "Somalisch",
        ["fr"] = "Frans",
        ["es"] = "Spaans",
        ["ber"] = "Berbers",
        ["bg"] = "Bulgaars",
        ["ro"] = "Roemeens",
        ["fa"] = "Perzisch (Farsi)",
        ["gebarentaal"] = "Nederlandse Gebarentaal",
    };

    public static string Language(string code) => Languages.GetValueOrDefault(code, code);

    public static IReadOnlyList<string> LanguageCodes(string stored) =>
        [.. stored.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    public static string AgeRange(int? min, int? max) => (min, max) switch
    {
        (null, null) => "alle leeftijden",
        (null, { } to) => $"tot en met {to} jaar",
        ({ } from, null) => $"{from} jaar en ouder",
        ({ } from, { } to) => $"{from} tot en met {to} jaar",
    };
}
