using Kansrijk.Access;
using Kansrijk.Access.Authorization;
using Kansrijk.Platform.Layout;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kansrijk.Pathways;

/// <summary>
/// Break-the-glass for one pathway her organisation is not involved in: a reason is required, access lasts 24 hours,
/// every read under it is flagged in the log and her organisation's privacy officer sees it.
/// </summary>
[Authorize]
public sealed class EmergencyRequestModel(Authorizer authorizer, PathwayService pathways, EmergencyAccessService emergencies, UserManager<User> users) : PageModel
{
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public int? OrganisationId { get; set; }
    public FormErrors Errors { get; private set; } = new();
    public int Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await authorizer.AllowsAsync(Permissions.EmergencyAccess, ct: ct)) return Forbid();
        Id = id;
        return await AlreadyAllowedAsync(id) ? Redirect($"/trajecten/{id}") : Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await authorizer.AllowsAsync(Permissions.EmergencyAccess, ct: ct)) return Forbid();
        Id = id;
        if (await AlreadyAllowedAsync(id)) return Redirect($"/trajecten/{id}");
        // An unknown number is refused like a pathway that does not exist for her anywhere else: refused and logged.
        if (await pathways.ResourceAsync(id, ct) is null)
        {
            await authorizer.AllowsAsync(Permissions.ClientRead, PathwayResources.Pathway(id, "", []), ct);
            return Forbid();
        }
        var mine = (await authorizer.ScopeAsync(ct)).Organisations;
        var organisation = OrganisationId is { } chosen && mine.Contains(chosen) ? chosen : mine.Min();
        var (access, errors) = await emergencies.RequestAsync(id, Reason, organisation, users.GetUserId(User)!, User.Identity!.Name!, ct);
        if (access is null)
        {
            Errors = errors;
            return Page();
        }
        return Redirect($"/trajecten/{id}?noodtoegang=1");
    }

    private async Task<bool> AlreadyAllowedAsync(int id) =>
        await pathways.ResourceAsync(id, HttpContext.RequestAborted) is { } resource && await authorizer.MayAsync(Permissions.ClientRead, resource);
}
