namespace Kansrijk.Access;

public enum Role { Administrator, Coordinator, Professional, Analyst }

public enum ScopeType { None, Municipality, Coalition, Organisation }

public static class RoleNames
{
    public const string Administrator = nameof(Role.Administrator);
    public const string Coordinator = nameof(Role.Coordinator);
    public const string Professional = nameof(Role.Professional);
    public const string Analyst = nameof(Role.Analyst);

    public static string Dutch(Role role) => role switch
    {
        Role.Administrator => "Beheerder",
        Role.Coordinator => "Coördinator",
        Role.Professional => "Professional",
        Role.Analyst => "Analist",
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
    public static bool NeedsScope(Role role) => role is Role.Coordinator or Role.Professional;
}
