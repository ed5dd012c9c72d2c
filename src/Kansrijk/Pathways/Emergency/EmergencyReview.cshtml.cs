using Kansrijk.Access.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kansrijk.Pathways;

/// <summary>The privacy officer's list: break-the-glass accesses by professionals of her organisation; no client data but the reason.</summary>
[Authorize]
public sealed class EmergencyReviewModel(Authorizer authorizer, EmergencyAccessService emergencies) : PageModel
{
    public IReadOnlyList<EmergencyAccessService.Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await authorizer.AllowsAsync(Permissions.EmergencyAccessReview, ct: ct)) return Forbid();
        Rows = await emergencies.ForOrganisationsAsync((await authorizer.ScopeAsync(ct)).SupervisedOrganisations, ct);
        return Page();
    }
}
