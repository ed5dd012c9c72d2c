using Kansrijk.Access;

namespace Kansrijk.Demo;

/// <summary>The demo accounts. They exist only in demo mode and are listed in the README.</summary>
public static class DemoAccounts
{
    public const string Password = "Kansrijk-demo-2026!";

    /// <summary>The administrator's authenticator key (Base32), so the demo's two-factor step can be tried.</summary>
    public const string AdministratorAuthenticatorKey = "KANSRIJKDEMOBEHEER234567";

    public sealed record Account(string Email, string DisplayName, Role Role, ScopeType ScopeType, string? ScopeId);

    public static readonly Account Administrator = new("beheerder@kansrijk.demo", "Bea Beheerder", Role.Administrator, ScopeType.None, null);
    public static readonly Account Coordinator = new("coordinator.haarlem@kansrijk.demo", "Chris Coördinator", Role.Coordinator, ScopeType.Municipality, "GM0392");
    public static readonly Account Professional = new("verloskundige.denhaag@kansrijk.demo", "Vera Verloskundige", Role.Professional, ScopeType.Municipality, "GM0518");
    public static readonly Account Analyst = new("analist@kansrijk.demo", "Anton Analist", Role.Analyst, ScopeType.None, null);
    // Professionals of the pathway demo; their organisations are added by PathwayDemoData (ids come from the database).
    public static readonly Account JgzNurse = new("jgz.haarlem@kansrijk.demo", "Jet JGZ-verpleegkundige", Role.Professional, ScopeType.Municipality, "GM0392");
    public static readonly Account NeighbourhoodWorker = new("wijkteam.denhaag@kansrijk.demo", "Wim Wijkteam", Role.Professional, ScopeType.Municipality, "GM0518");
    // Privacy officer of the JGZ; PathwayDemoData scopes the role to the organisation once it exists.
    public static readonly Account PrivacyOfficer = new("privacy.haarlem@kansrijk.demo", "Pien Privacyfunctionaris", Role.PrivacyOfficer, ScopeType.None, null);

    public static IReadOnlyList<Account> All => [Administrator, Coordinator, Professional, Analyst, JgzNurse, NeighbourhoodWorker, PrivacyOfficer];
}
