namespace Kansrijk.Access;

public enum Role
{
    Administrator,
    Coordinator,
    Professional,
    Analyst,
    /// <summary>Privacyfunctionaris of an organisation: sees its break-the-glass accesses, never client data.</summary>
    PrivacyOfficer,
}

public enum ScopeType { None, Municipality, Coalition, Organisation }

public static class RoleNames
{
    public const string Administrator = nameof(Role.Administrator);
    public const string Coordinator = nameof(Role.Coordinator);
    public const string Professional = nameof(Role.Professional);
    public const string Analyst = nameof(Role.Analyst);
    public const string PrivacyOfficer = nameof(Role.PrivacyOfficer);

    public static string Dutch(Role role) => role switch
    {
        Role.Administrator => "Beheerder",
        Role.Coordinator => "Coördinator",
        Role.Professional => "Professional",
        Role.Analyst => "Analist",
        Role.PrivacyOfficer => "Privacyfunctionaris",
        _ => role.ToString(),
    };

    public static string Dutch(ScopeType scope) => scope switch
    {
        ScopeType.None => "Geen (landelijk)",
        ScopeType.Municipality => "Gemeente",
        ScopeType.Coalition => "Coalitie",
        ScopeType.Organisation => "Organisatie",
        _ => scope.ToString(),
    };

    /// <summary>Which scope a role needs: administrators and analysts work nationwide.</summary>
    public static bool NeedsScope(Role role) => role is Role.Coordinator or Role.Professional or Role.PrivacyOfficer;
}
