using Kansrijk.Access;
using Kansrijk.Access.AccessLog;
using Kansrijk.Access.Authorization;
using Kansrijk.Pathways;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kansrijk.Platform.Pages;

/// <summary>The start page: a visitor reads what Kansrijk is; each role finds its own work first.</summary>
public sealed class IndexModel(StartPage start, AccessLogVerifier verifier, Authorizer authorizer, EmergencyAccessService emergencies) : PageModel
{
    public IReadOnlyList<StartPage.CoalitionWork> Coalitions { get; private set; } = [];
    public IReadOnlyList<StartPage.Place> ProfessionalPlaces { get; private set; } = [];
    public IReadOnlyList<StartPage.Import> Imports { get; private set; } = [];
    public int Indicators { get; private set; }
    public StartPage.Administration? Administration { get; private set; }
    public ChainCheck? Chain { get; private set; }
    public EmergencyAccessService.Counts? Emergencies { get; private set; }

    public bool IsCoordinator => User.IsInRole(RoleNames.Coordinator);
    public bool IsProfessional => User.IsInRole(RoleNames.Professional);
    public bool IsAnalyst => User.IsInRole(RoleNames.Analyst);
    public bool IsAdministrator => User.IsInRole(RoleNames.Administrator);
    public bool IsPrivacyOfficer => User.IsInRole(RoleNames.PrivacyOfficer);

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return;
        }
        if (IsCoordinator)
        {
            Coalitions = await start.CoalitionsAsync(StartPage.Municipalities(User, Role.Coordinator), ct);
        }
        if (IsProfessional)
        {
            ProfessionalPlaces = await start.PlacesAsync(StartPage.Municipalities(User, Role.Professional), ct);
        }
        if (IsAnalyst || IsAdministrator)
        {
            Imports = await start.ImportsAsync(ct);
            Indicators = await start.IndicatorCountAsync(ct);
        }
        if (IsAdministrator)
        {
            Administration = await start.AdministrationAsync(ct);
            Chain = await verifier.VerifyAsync(ct);
        }
        if (IsPrivacyOfficer && await authorizer.AllowsAsync(Permissions.EmergencyAccessReview, ct: ct))
        {
            Emergencies = await emergencies.CountsAsync((await authorizer.ScopeAsync(ct)).SupervisedOrganisations, ct);
        }
    }
}
