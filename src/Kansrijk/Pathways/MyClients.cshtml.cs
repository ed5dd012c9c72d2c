using Kansrijk.Access.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kansrijk.Pathways;

/// <summary>
/// "Mijn cliënten": the open pathways her organisations are involved in, by due date, with week of pregnancy and open
/// referrals; 50 a page. <c>?weergave=afgesloten</c> lists the closed ones of the same organisations, last closed first.
/// </summary>
[Authorize]
public sealed class MyClientsModel(Authorizer authorizer, PathwayReader reader, InvolvementService involvements) : PageModel
{
    public const string ClosedView = "afgesloten";

    public PathwayReader.ListPage<PathwayReader.ClientRow> Clients { get; private set; } = new([], 0, 1);
    [BindProperty(SupportsGet = true, Name = "weergave")] public string? View { get; set; }
    [BindProperty(SupportsGet = true, Name = "pagina")] public int Pagina { get; set; } = 1;
    public bool Closed => View == ClosedView;
    /// <summary>Per pathway: other organisations involved with her (name and contact point only).</summary>
    public ILookup<int, InvolvementService.ContactPoint> Others { get; private set; } = Array.Empty<InvolvementService.ContactPoint>().ToLookup(c => c.PathwayId);
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await authorizer.AllowsAsync(Permissions.PathwayOpen, ct: ct)) return Forbid();
        var mine = (await authorizer.ScopeAsync(ct)).Organisations;
        Clients = await reader.MyClientsAsync(mine, Closed, Pagina, ct);
        var others = await involvements.ContactPointsAsync([.. Clients.Rows.Select(c => c.Id)], ct);
        Others = others.SelectMany(g => g).Where(c => !mine.Contains(c.OrganisationId)).ToLookup(c => c.PathwayId);
        Message = Request.Query.ContainsKey("verwijderd") ? "Haar gegevens zijn verwijderd en het traject is gesloten."
            : Request.Query.ContainsKey("beeindigd") ? "De betrokkenheid van uw organisatie is beëindigd. U kunt het traject niet meer openen." : null;
        return Page();
    }

    public string PageUrl(int page) => Closed ? $"/trajecten?weergave={ClosedView}&pagina={page}" : $"/trajecten?pagina={page}";
}
