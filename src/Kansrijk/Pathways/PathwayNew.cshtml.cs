using Kansrijk.Access.Authorization;
using Kansrijk.Platform.Layout;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kansrijk.Pathways;

/// <summary>Opens a pathway: the least a handover needs, typed once. A duplicate within the organisation is refused with a link.</summary>
[Authorize]
public sealed class PathwayNewModel(Authorizer authorizer, PathwayService pathways, InvolvementService involvements, Organisations.OrganisationDirectory organisations, UserManager<Access.User> users) : PageModel
{
    [BindProperty] public PathwayService.OpenInput Form { get; set; } = new(null, null, null, null, null, null, null, null, null);
    public FormErrors Errors { get; private set; } = new();
    public int? Duplicate { get; private set; }
    public IReadOnlyList<(string Value, string Text)> Organisations { get; private set; } = [];
    public IReadOnlyList<(string Group, IReadOnlyList<(string Value, string Text)> Options)> Municipalities { get; } =
        [.. Geography.MunicipalityDirectory.ByProvince().Select(g => (g.Group, (IReadOnlyList<(string, string)>)[.. g.Areas.Select(a => (a.Code, a.Name))]))];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await authorizer.AllowsAsync(Permissions.PathwayOpen, ct: ct)) return Forbid();
        // Her own municipality first: most women she sees live there.
        Form = Form with { MunicipalityCode = Platform.Pages.StartPage.Municipalities(User, Access.Role.Professional).FirstOrDefault() };
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await authorizer.AllowsAsync(Permissions.PathwayOpen, ct: ct)) return Forbid();
        var (id, errors, duplicate) = await pathways.OpenAsync(Form, (await authorizer.ScopeAsync(ct)).Organisations, users.GetUserId(User)!, fictional: false, ct);
        if (id is not null)
        {
            // Opening a pathway is also registering involvement: another organisation with her gets a contact point.
            await involvements.MatchAsync(id.Value, ct);
            return Redirect($"/trajecten/{id}?geopend=1");
        }
        Errors = errors;
        Duplicate = duplicate;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var mine = (await authorizer.ScopeAsync(ct)).Organisations.ToList();
        Organisations = [.. (await organisations.NamesAsync(mine, ct)).OrderBy(o => o.Value, StringComparer.CurrentCulture)
            .Select(o => (o.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), o.Value))];
    }
}
