using Kansrijk.Access.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kansrijk.Pathways;

/// <summary>The inbox of the professional's organisations: referrals received, urgent first, 50 a page; quiet for 14 days is flagged.</summary>
[Authorize]
public sealed class InboxModel(Authorizer authorizer, PathwayReader reader, HomeVisits.HomeVisitWarnings homeVisitWarnings) : PageModel
{
    public PathwayReader.ListPage<PathwayReader.InboxRow> Referrals { get; private set; } = new([], 0, 1);
    [BindProperty(SupportsGet = true, Name = "pagina")] public int Pagina { get; set; } = 1;
    /// <summary>Prenatal home visits not planned while week 28 is reached, by referral.</summary>
    public IReadOnlyDictionary<int, HomeVisits.HomeVisitWarnings.Warning> HomeVisitWarnings { get; private set; } = new Dictionary<int, HomeVisits.HomeVisitWarnings.Warning>();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await authorizer.AllowsAsync(Permissions.PathwayOpen, ct: ct)) return Forbid();
        var organisations = (await authorizer.ScopeAsync(ct)).Organisations;
        Referrals = await reader.InboxAsync(organisations, Pagina, ct);
        HomeVisitWarnings = (await homeVisitWarnings.ForOrganisationsAsync(organisations, ct)).ToDictionary(w => w.ReferralId);
        return Page();
    }
}
