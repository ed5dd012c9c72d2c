namespace Kansrijk.Organisations;

/// <summary>The kinds of organisation in a Kansrijke Start coalition (stored by name, so the order may change).</summary>
public enum OrganisationKind
{
    Other,
    MidwifePractice,
    Hospital,
    Jgz,
    Wijkteam,
    SocialDomain,
    Informal,
    GeneralPractitioner,
    MaternityCare,
}

public static class OrganisationKinds
{
    public static string Name(OrganisationKind kind) => kind switch
    {
        OrganisationKind.MidwifePractice => "Verloskundigenpraktijk",
        OrganisationKind.Hospital => "Ziekenhuis",
        OrganisationKind.Jgz => "Jeugdgezondheidszorg (JGZ)",
        OrganisationKind.Wijkteam => "Wijkteam of CJG",
        OrganisationKind.SocialDomain => "Sociaal domein",
        OrganisationKind.Informal => "Informele hulp",
        OrganisationKind.GeneralPractitioner => "Huisarts",
        OrganisationKind.MaternityCare => "Kraamzorg",
        _ => "Anders",
    };

    /// <summary>For a select box: the stored value and the Dutch name, "Anders" last.</summary>
    public static IReadOnlyList<(string Value, string Text)> Options { get; } =
        [.. Enum.GetValues<OrganisationKind>().Where(k => k != OrganisationKind.Other).Append(OrganisationKind.Other).Select(k => (k.ToString(), Name(k)))];

    public static OrganisationKind? Parse(string? value) =>
        Enum.TryParse<OrganisationKind>(value, ignoreCase: false, out var kind) && Enum.IsDefined(kind) ? kind : null;
}
