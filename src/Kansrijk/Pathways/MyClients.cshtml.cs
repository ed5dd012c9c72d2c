using Kansrijk.Access.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kansrijk.Pathways;

/// <summary>"Mijn cliënten": the open pathways her organisations are involved in, by due date, with week of pregnancy and open referrals.</summary>
[Authorize]
public sealed class MyClientsModel(Authorizer authorizer, PathwayReader reader) : PageModel
{
    public IReadOnlyList<PathwayReader.ClientRow> Clients { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await authorizer.AllowsAsync(Permissions.PathwayOpen, ct: ct)) return Forbid();
        Clients = await reader.MyClientsAsync((await authorizer.ScopeAsync(ct)).Organisations, ct);
        return Page();
    }
}
